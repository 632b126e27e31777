"""Speaker labels of a transcript: the name before the colon that opens a turn ("CCTV: Could you share more …",
"Reuters: The Philippine Coast Guard said …", "Lin Jian: …"). A document is a transcript where several paragraphs
open so and one speaker takes more than one turn; there a one-word label of a turn that asks (its paragraph ends
with a question mark) is the outlet or organisation asking, a journalist being named by the outlet; persons who
answer are labelled with their full names, which the name rules read, or with the family name of a person the
document names in full ("Kaisiepo-Lindqvist:" after "Dr Ruth Kaisiepo-Lindqvist"), who is that person. A label is
one name: the colon ends it, and the word after it opens the turn ("Kaisiepo-Lindqvist: Slowly")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name, lower_case_words, surnames_of_persons

ORIGIN = "names:speaker-label"
LABEL = re.compile(r"^([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}): (?=\S)(?=[^\n]*(\?)[\s\"”’]*$)?", re.M)
MIN_TURNS = 3


def is_transcript(text: str) -> bool:
    """Several paragraphs open with a speaker's label and one speaker takes more than one turn. Elsewhere a name before
    a colon at a line's start opens a heading or a list item ("Mali: the junta …"), a name like any other."""
    return _turns_of_a_transcript(list(LABEL.finditer(text)))


def _turns_of_a_transcript(labels: list[re.Match]) -> bool:
    turns = Counter(m.group(1) for m in labels)
    return len(labels) >= MIN_TURNS and max(turns.values(), default=0) >= 2


def speaker_labels(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each one-word label of a turn that asks, in a transcript, as a GROUP: added where nothing covers it, retyped where the model
    alone called it a person; not a word the document also writes in lower case ("Question:", "Note:"), and not a
    name the knowledge base knows as anything but a body. A label that is a person's family name is that person."""
    labels = list(LABEL.finditer(text))
    if not _turns_of_a_transcript(labels):
        return mentions
    mentions = persons_by_family_name(labels, mentions, kb)
    common = lower_case_words(text)
    at = {m.start: m for m in mentions}
    taken = sorted((m.start, m.end) for m in mentions)
    result = list(mentions)
    for label in labels:
        word = label.group(1)
        entity = kb.lookup(word)
        if " " in word or not label.group(2) or word.lower() in common or (entity is not None and entity.label != "GROUP"):
            continue
        start, end = label.span(1)
        present = at.get(start)
        if present is not None and present.end == end and present.source == "model" and present.label == "ACTOR":
            result[result.index(present)] = replace(present, label="GROUP", origin=f"{present.origin}+{ORIGIN}")
        elif not any(s < end and start < e for s, e in taken):
            result.append(Mention(start, end, "GROUP", word, link_name(word, kb), None, "rule", ORIGIN))
    return sorted(result, key=lambda m: (m.start, m.end))


# a hearing's record: "Mr. SMITH. The subcommittee will come to order.", "Ms. PERRIELLO. Thank you.", a turn opening
# a paragraph or following a heading in capitals the reader joined to it ("… RELIEF COALITION Ms. PERRIELLO. Chairman")
RECORD_LABEL = re.compile(r"(?:^|(?<=[A-Z]{2} ))(?:Mr|Ms|Mrs|Miss|Dr)\. ([A-Z][A-Z’'-]+)(?=\. )", re.M)


def record_speakers(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The speakers of a hearing's record, each turn opened by an honorific and the family name in capitals
    ("Ms. PERRIELLO. Chairman Smith, …"), where two turns or more are so opened: the name is the person (ACTOR), the
    one the document names in full ("Ms. Elena Perriello") whatever its case, whatever else read it."""
    labels = list(RECORD_LABEL.finditer(text))
    if len(labels) < 2:
        return mentions
    persons = {name.lower(): entity_id for name, entity_id in surnames_of_persons(mentions, kb).items()}
    spans = [label.span(1) for label in labels]
    named = [Mention(s, e, "ACTOR", text[s:e], persons.get(text[s:e].lower()) or link_name(text[s:e].title(), kb), None,
                     "rule", ORIGIN) for s, e in spans]
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted(kept + named, key=lambda m: (m.start, m.end))


def persons_by_family_name(labels: list[re.Match], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"Kaisiepo-Lindqvist:" where the document names "Ruth Kaisiepo-Lindqvist": the label is the person, linked to
    the full name, whatever the model read there, and any name read across the colon ends at it."""
    persons = surnames_of_persons(mentions, kb)
    spans = {label.span(1): (label.group(1), persons[label.group(1)]) for label in labels if label.group(1) in persons}
    if not spans:
        return mentions

    def on_a_label(m: Mention) -> bool:
        return any(s < m.end and m.start < e for s, e in spans)

    named = [Mention(s, e, "ACTOR", name, entity_id, None, "rule", ORIGIN) for (s, e), (name, entity_id) in spans.items()]
    return sorted([m for m in mentions if not on_a_label(m)] + named, key=lambda m: (m.start, m.end))
