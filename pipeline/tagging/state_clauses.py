"""Clause shapes that tell a state acting from a state as a setting where the parser's own relation misleads:
an appeal made "upon" a state, a state opening an object relative clause, a country lying between two others,
a country spending years in a condition, and a state named before its organ in a source line."""

from __future__ import annotations

from spacy.tokens import Span

RELATIVE_PRONOUNS = frozenset({"which", "that", "whom"})


def called_upon(preposition, rules: dict) -> bool:
    """"I call upon both sides, and upon Türkiye, to respect …", "urged on Taipei": the state after "on" or "upon"
    is the one appealed to, a party, where the nearest verb before the preposition is one of appeal or giving
    followed by "on"/"upon" (the parser may hang a repeated "upon" on the verb of the infinitive)."""
    if preposition.lower_ not in ("on", "upon"):
        return False
    for token in reversed(preposition.doc[preposition.sent.start:preposition.i]):
        if token.pos_ == "VERB":
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            return token.lemma_ in rules["recipient_verbs"] and following is not None and following.lower_ in ("on", "upon")
    return False


def opens_an_object_clause(token) -> bool:
    """"near Plauru, which Bucharest at first denied": a name the parser left loose ("dep") before the verb of a
    relative clause with no subject of its own, or only the relative pronoun taken for one, is that verb's subject."""
    verb = token.head
    return token.dep_ == "dep" and verb.pos_ == "VERB" and token.i < verb.i and verb.dep_ in ("relcl", "ccomp") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)


def lies_between(governor, rules: dict) -> bool:
    """"the country lies between Colombia and Peru", "a province wedged between Iran and Pakistan": the states a place
    lies between are places, not parties."""
    return governor.pos_ == "VERB" and governor.lemma_ in rules["position_verbs"]


def spends_time(verb, rules: dict) -> bool:
    """"Ecuador … has spent the past two years under a state of emergency": a state spending a stretch of time in a
    condition is described, not acting; "spent $2 billion" (an amount) stays a spender's act."""
    return verb.lemma_ in rules["duration_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in rules["duration_nouns"] for c in verb.children)


def before_its_organ(span: Span, rules: dict) -> bool:
    """"Qatar, Ministry of Foreign Affairs, statement …": in a source or author line a state named before the organ
    that issued the text, after a comma, is that organ's state, which speaks through it (as "the Ministry of
    Foreign Affairs of Qatar")."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].text != "," or (span.start > 0 and not _opens_a_line(doc, span.start)):
        return False
    organ = doc[end + 1]
    return organ.text[:1].isupper() and organ.lower_ in rules["state_body_heads"]


def _opens_a_line(doc, start: int) -> bool:
    """The name opens its paragraph or follows a line break or a list mark."""
    before = doc[start - 1]
    return "\n" in before.text or before.text in ("•", "-", "–", "—", "*") or before.is_sent_end
