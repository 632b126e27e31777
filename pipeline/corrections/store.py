"""The corrections layer and the last machine output on disk: append-only JSON lines, written under a lock."""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.errors import InputError
from pipeline.core.mention import Mention
from pipeline.corrections.model import MENTION_FIELDS, Correction
from pipeline.corrections.validation import rejected
from pipeline.formats.record import document_paths


def corrections_path(out_dir: Path, doc_id: str) -> Path:
    return Path(out_dir) / f"{doc_id}.corrections.jsonl"



def machine_path(out_dir: Path, doc_id: str) -> Path:
    """The last machine output, kept apart so the corrected and machine annotations can always be compared."""
    return Path(out_dir) / f"{doc_id}.machine.jsonl"



def _read_jsonl(path: Path, build) -> list:
    """Every line of a JSON-lines file through `build`; any bad line fails the whole file as `file:line: reason`."""
    if not path.exists():
        return []
    items, errors = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            items.append(build(json.loads(line)))
        except (ValueError, KeyError, TypeError) as error:
            errors.append((number, str(error)))
    if errors:
        raise rejected(path, errors, "unreadable, left untouched")
    return items



def load_corrections(out_dir: Path, doc_id: str) -> list[Correction]:
    return _read_jsonl(corrections_path(out_dir, doc_id), Correction.from_json)



def load_machine(out_dir: Path, doc_id: str) -> list[Mention]:
    return _read_jsonl(machine_path(out_dir, doc_id), lambda record: Mention(**record))



def jsonl_text(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)



def append_corrections(out_dir: Path, doc_id: str, new: list[Correction]) -> None:
    """Add lines after the existing ones, rewriting the file atomically (callers hold `locked`)."""
    if not new:
        return
    path = corrections_path(out_dir, doc_id)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    atomic.write_text(path, existing + jsonl_text([c.to_json() for c in new]))



@contextmanager
def locked(out_dir: Path):
    """Serialise read-modify-write of a folder's correction files across processes of a parallel batch."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)



def last_written(out_dir: Path, doc_id: str) -> tuple[str, list[Mention]] | None:
    """The text and mentions the tool last wrote for a document (its .txt and its .json record), if any."""
    paths = document_paths(out_dir, doc_id)
    if not (paths["txt"].exists() and paths["json"].exists()):
        return None
    try:
        record = json.loads(paths["json"].read_text(encoding="utf-8"))
    except ValueError as error:
        raise InputError(paths["json"], f"not valid JSON ({error}); cannot tell what was edited") from None
    return paths["txt"].read_text(encoding="utf-8"), record_mentions(record)



def record_mentions(record: dict) -> list[Mention]:
    """The mentions of a .json record, without the page and boxes it adds."""
    return [Mention(**{k: v for k, v in m.items() if k in MENTION_FIELDS}) for m in record.get("mentions", [])]
