"""A person's name cut short in one place though the document writes it in full ("Egianus Kogoya said ..." read as
"Kogoya"): where the words right before the mention complete a full name the document gives elsewhere, the
mention is that full name, linked as it is there."""

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
