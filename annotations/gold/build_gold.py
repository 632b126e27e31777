"""Build a gold `.ann` from its hand-written list: `python annotations/gold/build_gold.py DOC_ID [DOC_ID ...]`.

The list (`<id>.gold-list.tsv`) is the source of truth: one row per mention in text order, with label,
surface text, entity id or TIMEX3 value, and optionally a stretch of text that contains the surface once.
Each row is anchored after the previous mention, on whole words, so offsets come from the text itself
and a row that cannot be placed stops the build with its line number.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.core.mention import Mention
from pipeline.core.standoff import format_ann, parse_ann

GOLD = Path(__file__).resolve().parent


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) < 3:
                raise SystemExit(f"{path}:{number}: expected label, surface, reference[, context]")
            rows.append((number, fields))
    return rows


def anchor(text: str, surface: str, context: str, after: int) -> int | None:
    """Offset of `surface` inside the first whole-word `context` at or after `after`."""
    stretch = context or surface
    inner = stretch.find(surface)
    if inner < 0:
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(stretch) + r"(?!\w)" if stretch[-1].isalnum() else r"(?<!\w)" + re.escape(stretch))
    for found in pattern.finditer(text, after - inner if after >= inner else 0):
        start = found.start() + inner
        if start >= after:
            return start
    return None


def build(doc_id: str, gold: Path = GOLD) -> list[Mention]:
    text = (gold / f"{doc_id}.txt").read_text(encoding="utf-8")
    listing = gold / f"{doc_id}.gold-list.tsv"
    mentions, after = [], 0
    for number, (label, surface, reference, *rest) in read_rows(listing):
        start = anchor(text, surface, rest[0] if rest else "", after)
        if start is None:
            raise SystemExit(f"{listing}:{number}: cannot place {surface!r} after offset {after}")
        is_date = label == "DATE"
        mentions.append(
            Mention(start, start + len(surface), label, surface, entity_id=None if is_date else reference,
                    value=reference if is_date else None, source="human")
        )
        after = start + len(surface)
    content = format_ann(mentions)
    assert parse_ann(content, text, f"{doc_id}.ann") == mentions
    (gold / f"{doc_id}.ann").write_text(content, encoding="utf-8")
    return mentions


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {len(build(name))} mentions")
