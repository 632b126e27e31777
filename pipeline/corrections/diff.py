"""Corrections read off two versions of a document's mentions: what a hand edit changed."""

from __future__ import annotations

from pipeline.core.mention import Mention
from pipeline.corrections.model import KINDS, Correction, make_correction


def _key(m: Mention) -> tuple:
    return (m.start, m.end, m.label, m.entity_id, m.value)



def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end



def diff_mentions(old: list[Mention], new: list[Mention], text: str, annotator: str, time: str) -> list[Correction]:
    """The corrections that turn `old` into `new`: same span → relabel/link, overlap → span, else add/delete."""
    new_keys = {_key(m) for m in new}
    old_keys = {_key(m) for m in old}
    gone = sorted((m for m in old if _key(m) not in new_keys), key=_key)
    came = sorted((m for m in new if _key(m) not in old_keys), key=_key)
    pairs: list[tuple[str, Mention | None, Mention | None]] = []
    for rule in (lambda o, n: o.span == n.span, overlaps):
        for o in list(gone):
            partner = next((n for n in came if rule(o, n)), None)
            if partner is not None:
                kind = "span" if o.span != partner.span else "relabel" if o.label != partner.label else "link"
                pairs.append((kind, o, partner))
                gone.remove(o)
                came.remove(partner)
    pairs += [("delete", o, None) for o in gone] + [("add", None, n) for n in came]
    made = [make_correction(kind, o, n, text, annotator, time) for kind, o, n in pairs]
    return sorted(made, key=lambda c: (c.anchor, KINDS.index(c.kind)))
