"""Polarity and modality of a relation: `negated` (not, never, refused to, out of the question …; a denial of a
denial, "did not prevent", affirms) and `hedged` (could, may, reportedly, alleged, accused of …), from the cues of
models/relation_modality.json.

With a parse a cue counts when it sits on the trigger word or on the words the trigger depends on within its clause
(`clause_chain`); without one, when it lies between the two mentions or just before the first."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.relations.lexicon import Lexicon

CLIMBS = frozenset({"xcomp", "advcl", "prep", "pobj", "dobj", "pcomp", "attr", "acomp", "oprd", "nsubj", "nsubjpass",
                    "agent", "amod", "npadvmod", "compound"})  # a trigger still belongs to the clause of its head
HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent"})  # a noun phrase as an argument of its clause
OUTCOME_PREPS = ("with", "in")  # "the war ended with a ceasefire", "ended in a deal": an outcome, not a denial
WINDOW_BEFORE = 3  # tokens before the first mention that a cue may stand in, without a parse


def clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to the head of its clause ("negotiate" ← "refused"; "talks" ← "for" ←
    "opted"); a relative clause, a coordinated or reported clause keeps its own polarity."""
    chain = [trigger]
    token = trigger
    while token.dep_ in CLIMBS and token.head is not token:
        if token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX"):
            break  # "did not cross into Mali to eradicate AQIM": the purpose is not denied
        token = token.head
        chain.append(token)
    return chain


def before_a_ground(chain: list[Token]) -> list[Token]:
    """The chain up to a "for" phrase that gives the ground of an act on the verb's object ("no longer sanctions X for
    financing Y"): denying the act does not deny its ground, though a charge ("blamed X for the killing") is hedged
    with it."""
    for k, token in enumerate(chain[:-1]):
        verb = token.head.head
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "for" and verb.pos_ == "VERB" and any(
                c.dep_ == "dobj" for c in verb.children):
            return chain[:k + 1]
    return chain


def phrase_tokens(sentence: Span, phrases: frozenset[str]) -> set[int]:
    """Indices of the tokens of every cue phrase found in the sentence (matched on lower-case words)."""
    words = [t.lower_ for t in sentence]
    present = set(words)
    found = set()
    for phrase in phrases:
        parts = phrase.split()
        if not present.issuperset(parts):
            continue
        for k in range(len(words) - len(parts) + 1):
            if words[k:k + len(parts)] == parts:
                found.update(sentence.start + k + j for j in range(len(parts)))
    return found


def phrase_cues(sentence: Span, lexicon: Lexicon) -> tuple[set[int], set[int]]:
    """The tokens of the sentence's negation and hedging phrases, found once for all its triggers."""
    return phrase_tokens(sentence, lexicon.negation["phrases"]), phrase_tokens(sentence, lexicon.hedge["phrases"])


def parsed_modality(trigger: Token, cues: tuple[set[int], set[int]], lexicon: Lexicon) -> tuple[bool, bool]:
    """(negated, hedged) of the relation a trigger word states; `cues`: the sentence's phrase_cues."""
    chain = clause_chain(trigger)
    if trigger.lemma_.lower() in lexicon.roles or trigger.ent_type_:
        chain = holder_chain(chain)  # a role, or a relation the name's own phrase states ("the ELN in Caracas refused
        # to negotiate": it is in Caracas whatever it refused)
    severed = trigger.lemma_.lower() in lexicon.ties  # "broke off relations with Y" states the break, denies nothing
    if severed:
        cues = (cues[0] - {t.i for t in (trigger.head, *trigger.head.children)}, cues[1])
    near = {t.i for t in chain} | {c.i for t in chain for c in t.children}
    negation, hedge = lexicon.negation, lexicon.hedge
    denied = before_a_ground(chain)
    near_denied = {t.i for t in denied} | {c.i for t in denied for c in t.children}
    denials = (
        {c.i for t in denied for c in t.children
         if c.dep_ in ("neg", "det", "advmod", "preconj") and c.lower_ in negation["words"]}  # not a manner phrase
        # ("backs Baku without reservation", "signed with Y without X"): what is done without something is done
        | {t.i for t in denied[1:] if t.lower_ in negation["words"]}
        | {t.i for below, t in zip(denied, denied[1:]) if t.pos_ == "VERB" and t.lemma_.lower() in negation["verbs"]
           and not (below.dep_ == "prep" and below.lower_ in OUTCOME_PREPS and t.lemma_.lower() not in negation["rebuttals"])
           and not (below.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ in OUTCOME_PREPS for c in t.children))
           # "the kidnapping ended in his execution": what ended in an outcome took place
           and not (below.dep_ == "nsubj" and event_noun(below, lexicon))  # "talks between A and B, hosted by C,
           # failed", "the attacks ceased": the event that fails or ends took place
           and not demanded_ceasing(t, lexicon)
           and not (below.dep_ == "nsubj" and below.lemma_.lower() in lexicon.roles)  # "Y's minister, X, has
           # denied that …": what the office holder denies is the complement, not the office
           and not (below.dep_ == "dobj" and not event_noun(below, lexicon) and below.lemma_.lower() not in negation["involvement"])}
    # "X opposes Y's government in Z": opposing a party denies nothing said of it; "rejected the deal with Y" denies
    # the deal, and "denied any role in the killing of Y" the killing
    ) - cues[0] - ({trigger.head.i} if severed else set())
    denials |= {c.i for t in denied for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                for p in c.children if p.dep_ in ("preconj", "det") and p.lower_ == "neither"}  # "Neither X nor Y
    # supports Z"
    top = denied[-1]
    if top.dep_ == "acl" and top.head.lemma_.lower() in negation["nouns"]:
        denials.add(top.head.i)  # "Canada's refusal to negotiate with China"
    if top.dep_ in ("acl", "ccomp", "relcl") and top.head.lemma_.lower() in hedge["nouns"] and top.head.dep_ == "dobj" \
            and top.head.head.lemma_.lower() in negation["rebuttals"]:
        denials.add(top.head.head.i)  # "Rwanda dismissed accusations that it backs the M23": the report denied
    if top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in negation["verbs"] and (
            top.head.i < top.i and not any(t.text in (";", ":") for t in top.doc[top.head.i:top.i])):
        denials.add(top.head.i)  # "officials denied that Washington had mediated between X and Y": the clause denied,
        # which follows the denial in its own sentence (the parser may hang a clause before a semicolon on it)
    denials = {i for i in denials if trigger.doc[i].lower_ != "nor"}  # "neither … nor" is one denial
    negated = (len(denials) + bool(near_denied & cues[0])) % 2 == 1  # "did not prevent X from attacking": two cancel
    hedged = (
        any((c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in hedge["modals"])
            or (c.dep_ == "advmod" and c.lower_ in hedge["adverbs"])
            or (c.dep_ == "amod" and c.lower_ in hedge["adjectives"])
            or (c.dep_ == "mark" and c.lower_ in hedge["conditionals"])  # "if Sudan talks to the RSF": a condition
            or (c.dep_ == "mark" and c.lower_ in hedge["awaited"] and t.dep_ == "advcl" and any(  # "they would hold
                m.tag_ == "MD" and m.lower_ in hedge["modals"] for m in t.head.children))  # him until X and Y began
            for t in chain for c in t.children)  # talks": awaited by an act itself only intended
        or any(t.lemma_.lower() in hedge["verbs"] for t in chain[1:] if t.pos_ == "VERB")
        or any(t.lemma_.lower() in hedge["readiness"] for t in chain[1:] if t.pos_ == "ADJ")  # "willing to mediate"
        or (chain[-1].dep_ in ("acl", "ccomp", "relcl") and chain[-1].head.lemma_.lower() in hedge["nouns"])
        or (chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() in hedge["clause_verbs"])  # "prosecutors
        # allege that X financed Y"
        or bool(near & cues[1])
        or asks(trigger.sent)
    )
    return negated, hedged


def event_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that names an act or a state of affairs the lexicon reads relations from ("deal", "support",
    "presence"), as against a party or a thing."""
    return any(form in lexicon.nouns or form in lexicon.presence_nouns for form in (noun.lower_, noun.lemma_.lower()))


def holder_chain(chain: list[Token]) -> list[Token]:
    """A role noun's or a name's chain up to the phrase that names its holder as an argument of the clause: what the
    holder of an office did or did not do leaves the office his ("The UN Special Rapporteur, X, has never been allowed
    in", "Hamas spokesman X rejected the plan", "Houthi spokesman X claimed the attack"); a role said of him ("X is no
    longer the leader of Y") climbs to the clause that says it."""
    for k, token in enumerate(chain):
        if token.dep_ in HOLDER_DEPS:
            return chain[:k + 1]
    return chain


def demanded_ceasing(verb: Token, lexicon: Lexicon) -> bool:
    """A ceasing asked of a party ("we urge the US to stop arming Taiwan") presupposes the act to be ceased."""
    return (verb.dep_ == "xcomp" and verb.lemma_.lower() in lexicon.demanded_ceasing
            and verb.head.lemma_.lower() in lexicon.directives)


def asks(sentence: Span) -> bool:
    """A question asserts nothing ("how will Algeria keep the door open to a dialogue with X?")."""
    return sentence.text.rstrip().endswith("?")


def window_modality(sentence: Span, first: int, last: int, lexicon: Lexicon) -> tuple[bool, bool]:
    """(negated, hedged) without a parse: a cue word between the two mentions at token positions `first` < `last`,
    or just before the first."""
    low = max(sentence.start, first - WINDOW_BEFORE)
    words = {t.lower_ for t in sentence.doc[low:last]}
    negated = bool(words & lexicon.negation["words"])
    hedged = bool(words & (lexicon.hedge["adverbs"] | lexicon.hedge["adjectives"] | lexicon.hedge["modals"])) or asks(
        sentence)
    return negated, hedged
