"""Relation rows and dated-mention rows: what the relation table says of each pair of parties in a sentence."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.core.mention import Mention
from pipeline.relations.event_dates import DateResolver
from pipeline.relations.grammar import BODY_OF, OWN_PARTY, PARTIES, RULED_UNDER, Found, listed
from pipeline.relations.lexicon import CO_OCCURS, Lexicon
from pipeline.relations.surface import PERSON_POSSESSIVE, TITLE_OF

TARGETS = (*PARTIES, "PLACE")
EVENT_PLACE_PREPS = ("in", "at", "near", "outside", "inside")
PERSON_HEADED = (PERSON_POSSESSIVE, TITLE_OF, RULED_UNDER, BODY_OF, OWN_PARTY)  # rules whose rows hold only if their head is a person


@dataclass(frozen=True)
class Party:
    """The named mention a row is about, and the anaphor it was reached through ("the group"), if any."""

    mention: Mention
    via: str | None = None
    acts: bool = False  # an ACTOR or GROUP, or a place the knowledge base knows as a state (a country or capital)
    person: bool = False  # an ACTOR that is not a state: no one is a member, splinter or part of a person


def related_sentences(doc: Doc, mentions: dict[int, Mention], anaphoric=None) -> list[Span]:
    """The sentences that can hold a row: two ACTOR/GROUP/PLACE mentions, or (with
    `anaphoric`, a test of a token) one mention and a word that may stand for another."""
    positions = sorted(i for i, m in mentions.items() if m.label in TARGETS)
    found = []
    for sentence in doc.sents:
        first = bisect.bisect_left(positions, sentence.start)
        inside = positions[first:bisect.bisect_left(positions, sentence.end, first)]
        if len(inside) >= 2:  # two places may be a place and the larger one it lies in
            found.append(sentence)
        elif inside and anaphoric is not None and any(anaphoric(t) for t in sentence):
            found.append(sentence)
    return found


def admissible(kind: str, head: Party, tail: Party, lexicon: Lexicon) -> bool:
    """Whether a kind may join these two: parties relate to parties (a state named as a place may act, and a leader
    may lead a country, not a person), places hold parties and places, attacks and kidnappings may strike either."""
    mh, mt = head.mention, tail.mention
    if mh.span == mt.span or (mh.entity_id and mh.entity_id == mt.entity_id):
        return False
    if kind == "located_in":  # a place lies in a place, or in a state named as the party that holds it ("its
        return mt.label == "PLACE" or mh.label == "PLACE" and tail.acts and not tail.person  # exclave of X")
    if not head.acts:
        return False
    if kind in lexicon.place_kinds:
        return mt.label == "PLACE"
    if kind in ("member_of", "split_from", "leads", "founded", "spokesperson_of") and tail.person:
        return False  # one belongs to, leads, founds or speaks for a body, not a person
    if kind == "spokesperson_of" and state(head) and state(tail):
        return False  # "Algeria's representative, speaking also for Guyana": a state is no other state's spokesman
    if kind in lexicon.party_kinds:
        return tail.acts or (kind == "leads" and mt.label == "PLACE")
    return True


def rift(relation: Found, tail: Party, doc: Doc, lexicon: Lexicon) -> bool:
    """"X broke with Morales", "split from its founder": a split from a person is a rift, opposition (CAMEO 16), as
    one splits only from a body; not a person left somewhere ("leaving X as the candidate")."""
    if relation.kind != "split_from" or not tail.person or relation.trigger is None:
        return False
    frames = lexicon.verbs.get(doc[relation.trigger].lemma_.lower(), ())
    return any(f.kind == "split_from" and "obj" not in f.tail for f in frames)


def see(relation: Found, tail: Party, doc: Doc, lexicon: Lexicon) -> bool:
    """"Bishop X of Matagalpa", "the Archbishop of Douala": the place a church office is of is its see, which its
    holder does not lead (the church or diocese named as a body he does)."""
    if relation.kind != "leads" or tail.mention.label != "PLACE" or relation.trigger is None:
        return False
    trigger = doc[relation.trigger]  # the office, or the name its title is a compound of
    return any(listed(t, lexicon.sees) for t in (trigger, *trigger.lefts))


def state(party: Party) -> bool:
    """A party that acts and is neither a person nor a named group: a state, under its name or its capital's."""
    return party.acts and not party.person and party.mention.label != "GROUP"


def typed_rows(found: list[Found], parties, symmetric: frozenset[str]) -> list[tuple[Party, Party, Found]]:
    """The sentence's stated relations between admissible parties, each (head, tail, kind, polarity) once, in the
    order found (grammar before surface patterns); a `symmetric` kind once whichever way round. A word standing for
    several parties ("both groups") gives a row for each."""
    kept, seen = [], set()
    for relation in found:
        for head in parties(relation.head):
            for tail in parties(relation.tail):
                ends = (head.mention.span, tail.mention.span)
                key = (frozenset(ends) if relation.kind in symmetric else ends, relation.kind, relation.negated)
                if key not in seen:
                    seen.add(key)
                    kept.append((head, tail, relation))
    return kept


def relation_rows(doc: Doc, mentions: dict[int, Mention], doc_id: str, text: str, dates: DateResolver,
                  found: dict[int, list[Found]], parsed: bool, sentences: list[Span], lexicon: Lexicon,
                  parties, classify=None) -> list[dict]:
    """One row per stated relation of each sentence (`found`, by sentence start), and one row per other pair of
    named mentions in it: the relation `classify(sentence, first token, second token, mentions)` finds when it is
    admissible, else co_occurs. `parties(token index)` gives the Parties a token names (none, one, or those a
    plural description stands for)."""
    rows = []
    for sentence in sentences:
        here = [(doc[i], mentions[i]) for i in range(sentence.start, sentence.end) if i in mentions]
        evidence = sentence_evidence(text, sentence)
        stated = set()
        for head, tail, relation in typed_rows(found.get(sentence.start, []), parties, lexicon.symmetric_kinds):
            if relation.rule in PERSON_HEADED and not head.person:
                continue  # "Beijing's Taiwan Affairs Office": a capital's body is no one's movement
            if rift(relation, tail, doc, lexicon):
                relation = replace(relation, kind="opposes")
            if not admissible(relation.kind, head, tail, lexicon) or see(relation, tail, doc, lexicon):
                continue
            stated.add(frozenset((head.mention.span, tail.mention.span)))
            rows.append(row(doc_id, evidence, head, tail, relation, trigger_of(doc, relation), here, dates, parsed,
                            lexicon, mentions))
        named = [(t, m) for t, m in here if m.label in TARGETS]
        for x, first in enumerate(named):
            for second in named[x + 1:]:
                (a, ma), (b, mb) = first, second
                if frozenset((ma.span, mb.span)) in stated or (ma.entity_id and ma.entity_id == mb.entity_id):
                    continue
                if ma.label not in PARTIES and mb.label not in PARTIES:
                    continue
                relation = classify(sentence, a, b, mentions) if classify is not None else None
                if relation is not None:
                    head, tail = parties(relation.head)[0], parties(relation.tail)[0]
                    if admissible(relation.kind, head, tail, lexicon):
                        rows.append(row(doc_id, evidence, head, tail, relation, trigger_of(doc, relation), here, dates,
                                        parsed, lexicon, mentions))
                        continue
                if ma.label not in PARTIES:
                    (a, ma), (b, mb) = second, first  # a party heads the row; a place is its tail
                predicate = path_predicate(a, b) if parsed else None
                co = Found(a.i, b.i, CO_OCCURS, "")
                rows.append(row(doc_id, evidence, Party(ma), Party(mb), co, predicate, here, dates, parsed, lexicon,
                                mentions))
    return rows


def trigger_of(doc: Doc, relation: Found) -> Token | None:
    """The word that states the relation, if it has one."""
    return doc[relation.trigger] if relation.trigger is not None else None


def sentence_evidence(text: str, sentence) -> tuple[int, str]:
    """(offset, text) of the sentence without its surrounding whitespace, sliced from the text its Doc was built
    from: what Span.text gives, without joining the sentence's tokens one by one."""
    quoted = text[sentence.start_char:sentence.end_char]
    evidence = quoted.strip()
    return sentence.start_char + len(quoted) - len(quoted.lstrip()), evidence


def event_date(trigger: Token | None, mentions: dict[int, Mention]) -> str | None:
    """The date said of the event itself: the DATE nearest the trigger word among the words that depend on it."""
    if trigger is None:
        return None
    dated = [t for t in trigger.subtree if t.i in mentions and mentions[t.i].label == "DATE" and mentions[t.i].value]
    return mentions[min(dated, key=lambda t: (abs(t.i - trigger.i), t.i)).i].value if dated else None


def event_place(trigger: Token | None, mentions: dict[int, Mention], taken: tuple[Mention, ...]) -> Mention | None:
    """The place the event happened in: a PLACE that a locative preposition hangs on the trigger word."""
    if trigger is None:
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in EVENT_PLACE_PREPS:
            for obj in prep.children:
                m = mentions.get(obj.i)
                if m is not None and m.label == "PLACE" and m not in taken:
                    return m
    return None


def row(doc_id, sentence_evidence: tuple[int, str], head: Party, tail: Party, relation: Found, trigger,
        here, dates: DateResolver, parsed: bool, lexicon: Lexicon, mentions: dict[int, Mention]) -> dict:
    """A table row that reads as a sentence (head, kind, tail, date, place, evidence), then the details."""
    mh, mt = head.mention, tail.mention
    typed = relation.kind != CO_OCCURS
    date_value, date_scope = (event_date(trigger, mentions), "event") if typed and parsed else (None, None)
    if date_value is None:
        spans = [p.mention for p in (head, tail) if p.via is None] or [mh, mt]  # where the sentence names them
        context = dates.at(min(m.start for m in spans), max(m.end for m in spans))
        date_value, date_scope = context.value, context.scope
    place = event_place(trigger, mentions, (mh, mt)) if typed and parsed else None
    place = place or next((m for t, m in here if m.label == "PLACE" and m is not mh and m is not mt), None)
    plover, cameo = lexicon.event_code(relation.kind)
    start, evidence = sentence_evidence
    predicate = trigger if isinstance(trigger, Token) else None
    return {
        "head_text": mh.text, "kind": relation.kind, "tail_text": mt.text,
        "date": date_value, "place_text": place.text if place else None, "evidence": evidence,
        "negated": relation.negated, "hedged": relation.hedged, "past": relation.past,
        "head_via": head.via, "tail_via": tail.via,
        "plover": plover, "cameo": cameo,
        "document": doc_id, "sentence_start": start, "sentence_end": start + len(evidence),
        "head_id": mh.entity_id, "head_label": mh.label, "head_start": mh.start, "head_end": mh.end,
        "tail_id": mt.entity_id, "tail_label": mt.label, "tail_start": mt.start, "tail_end": mt.end,
        "predicate": predicate.lemma_ if predicate is not None and parsed else None,
        "pattern": relation.rule or None, "parsed": parsed,
        "date_scope": date_scope, "place_id": place.entity_id if place else None,
    }


def mention_rows(mentions: dict[int, Mention], doc_id: str, dates: DateResolver) -> list[dict]:
    """Every ACTOR/GROUP/PLACE mention with the date in force where it occurs, for the entity table."""
    return [
        {"document": doc_id, "entity_id": m.entity_id, "label": m.label, "text": m.text,
         "start": m.start, "date": dates.at(m.start, m.end).value}
        for _, m in sorted(mentions.items()) if m.label in TARGETS
    ]


def path_predicate(a: Token, b: Token) -> Token | None:
    """The verb on the dependency path between two tokens nearest their common ancestor."""
    up_a, up_b = [a, *a.ancestors], [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return None
    path = [common, *reversed(up_a[1:up_a.index(common)]), *reversed(up_b[1:up_b.index(common)])]
    return next((t for t in path if t.pos_ == "VERB" and t not in (a, b)), None)
