"""A name cut short in one place though the document writes it in full elsewhere: a person's name cut to its
surname ("Egianus Kogoya said ..." read as "Kogoya"), a body's cut before its remit ("Director of the Odesa Centre for
Maritime Studies" read as "Odesa Centre"). Where the words right before a person's mention, or right after a body's,
complete a full name the document gives elsewhere, the mention is that full name, linked as it is there."""

from __future__ import annotations

from dataclasses import replace

from pipeline.core.mention import Mention


def names_completed_as_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each person's mention whose preceding words, with it, spell another person's mention, widened to it where no
    other mention covers those words."""
    full_names: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.text.split(" ") if m.label == "ACTOR" else []
        for k in range(1, len(words)):
            full_names.setdefault(" ".join(words[k:]), []).append(m)
    ends = [m.end for m in mentions]
    result = []
    for m in mentions:
        full = next((n for n in full_names.get(m.text, ()) if m.label == "ACTOR" and m.start >= len(n.text) - len(m.text)
                     and text[m.start - (len(n.text) - len(m.text)):m.start] == n.text[:len(n.text) - len(m.text)]), None)
        start = m.start - (len(full.text) - len(m.text)) if full is not None else m.start
        if full is None or any(start < e <= m.start for e in ends):
            result.append(m)
        else:
            result.append(replace(m, start=start, text=full.text, entity_id=full.entity_id))
    return result


def bodies_completed_as_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each body's mention whose following words, with it, spell another body's mention, widened to it where no
    other mention starts in those words ("UN" before "Country Teams" is no "UN Country Team")."""
    longer: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.text.split(" ") if m.label == "GROUP" else []
        for k in range(1, len(words)):
            longer.setdefault(" ".join(words[:k]), []).append(m)
    starts = [m.start for m in mentions]
    result = []
    for m in mentions:
        full = max((n for n in longer.get(m.text, ()) if m.label == "GROUP" and text.startswith(n.text, m.start)
                    and not text[m.start + len(n.text):m.start + len(n.text) + 1].isalnum()),
                   key=lambda n: len(n.text), default=None)
        end = m.start + len(full.text) if full is not None else m.end
        if full is None or any(m.end <= s < end for s in starts):
            result.append(m)
        else:
            result.append(replace(m, end=end, text=full.text, entity_id=full.entity_id))
    return result
