"""Turn human corrections into rule data the tagger reads on its next run: names, blocked false positives, aliases."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.paths import LEARNED_ALIASES as ALIASES
from pipeline.core.paths import LEARNED_BLOCKLIST as BLOCKLIST
from pipeline.core.paths import LEARNED_DIR
from pipeline.core.paths import LEARNED_PATTERNS as PATTERNS
from pipeline.corrections.store import load_corrections

CONTEXTUAL = {"ACTOR", "PLACE"}


def gather(out_dirs: list[Path]) -> list:
    """Every correction of every document in the folders, in file order."""
    found = []
    for out_dir in out_dirs:
        for path in sorted(Path(out_dir).glob("*.corrections.jsonl")):
            found += load_corrections(out_dir, path.name[: -len(".corrections.jsonl")])
    return found


def learned_entries(corrections: list) -> dict[str, dict[tuple, dict]]:
    """Votes per (label, text): more additions than removals make a pattern, more removals a block; links make aliases.

    Dates are left to the date rules; a switch between ACTOR and PLACE depends on context, so it teaches nothing.
    """
    votes: Counter = Counter()
    ids: dict[tuple, str | None] = {}
    aliases: dict[tuple, dict] = {}
    for c in corrections:
        before, after = c.before, c.after
        if after and after.label != "DATE" and not (before and {before.label, after.label} == CONTEXTUAL):
            votes[after.label, after.text] += 1
            ids[after.label, after.text] = after.entity_id
            if after.entity_id and (before is None or before.entity_id != after.entity_id):
                aliases[after.text, after.entity_id] = {"alias": after.text, "entity_id": after.entity_id, "label": after.label}
        if before and before.label != "DATE" and c.kind in ("delete", "span"):
            votes[before.label, before.text] -= 1
    patterns = {key: _pattern(key, ids[key]) for key, n in votes.items() if n > 0}
    blocks = {key: {"label": key[0], "text": key[1]} for key, n in votes.items() if n < 0}
    return {PATTERNS: patterns, BLOCKLIST: blocks, ALIASES: aliases}


def _pattern(key: tuple, entity_id: str | None) -> dict:
    """A spaCy EntityRuler pattern line: label, exact phrase and, when linked, the entity id."""
    return {"label": key[0], "pattern": key[1]} | ({"id": entity_id} if entity_id else {})


def _key(name: str, entry: dict) -> tuple:
    if name == ALIASES:
        return (entry["alias"], entry["entity_id"])
    return (entry["label"], entry.get("pattern", entry.get("text")))


def learn(out_dirs: list[Path], models_dir: Path) -> dict[str, list[dict]]:
    """Merge what the corrections teach into models/learned/*.jsonl; returns the entries each file gained."""
    fresh = learned_entries(gather(out_dirs))
    folder = Path(models_dir) / LEARNED_DIR
    decided = set(fresh[BLOCKLIST]) | set(fresh[PATTERNS])
    added = {}
    for name, entries in fresh.items():
        path = folder / name
        old = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] if path.exists() else []
        previous = {_key(name, e): e for e in old}
        added[name] = [e for k, e in sorted(entries.items()) if previous.get(k) != e]
        kept = {k: e for k, e in previous.items() if name == ALIASES or k not in decided}
        merged = kept | entries
        atomic.write_text(path, "".join(json.dumps(merged[k], ensure_ascii=False, sort_keys=True) + "\n" for k in sorted(merged)))
    return added
