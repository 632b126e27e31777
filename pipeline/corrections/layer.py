"""Human corrections kept as their own layer over the machine output, so that no re-run ever loses one."""

from __future__ import annotations

import fcntl
import getpass
import hashlib
import json
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.align import Alignment, align
from pipeline.core.document import CleanDocument
from pipeline.core.errors import InputError
from pipeline.core.mention import LABELS, Mention
from pipeline.core.standoff import AnnFileError, format_ann, parse_ann
from pipeline.formats.record import document_paths, write_document

KINDS = ("add", "delete", "relabel", "span", "link")
CONTEXT = 32
CONTEXT_SLACK = CONTEXT // 2
ANNOTATOR_ENV = "BRIEFS_ANNOTATOR"
MENTION_FIELDS = tuple(f.name for f in fields(Mention))

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Correction:
    """One human change to one span, with the text it was made on so it can follow that text when it changes."""

    kind: str
    before: Mention | None
    after: Mention | None
    annotator: str
    time: str
    text_sha256: str
    left: str
    right: str

    @property
    def anchor(self) -> tuple[int, int]:
        """The stretch of text the correction touches: the union of its before and after spans."""
        spans = [m.span for m in (self.before, self.after) if m]
        return min(s for s, _ in spans), max(e for _, e in spans)

    @property
    def quote(self) -> str:
        """The anchor's text, rebuilt from the before and after mentions (they always overlap)."""
        start, end = self.anchor
        chars = {}
        for m in (self.before, self.after):
            if m:
                chars.update((m.start + i, c) for i, c in enumerate(m.text))
        return "".join(chars.get(i, "\ufffd") for i in range(start, end))

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "before": self.before.to_json() if self.before else None,
            "after": self.after.to_json() if self.after else None,
            "annotator": self.annotator,
            "time": self.time,
            "text_sha256": self.text_sha256,
            "left": self.left,
            "right": self.right,
        }

    @classmethod
    def from_json(cls, record: dict) -> Correction:
        correction = cls(
            record["kind"], _mention(record["before"]), _mention(record["after"]), record["annotator"],
            record["time"], record["text_sha256"], record["left"], record["right"],
        )
        if correction.kind not in KINDS or not (correction.before or correction.after):
            raise ValueError(f"unknown correction kind {correction.kind!r} or no mention")
        return correction


def _mention(value: dict | None) -> Mention | None:
    return Mention(**value) if value else None


@dataclass(frozen=True)
class Unanchored:
    """A correction whose text is gone from the current document: reported, kept, not applied."""

    line: int
    correction: Correction
    reason: str

    def to_json(self) -> dict:
        mention = self.correction.after or self.correction.before
        return {"line": self.line, "kind": self.correction.kind, "label": mention.label,
                "text": mention.text, "reason": self.reason}


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def annotator_name(option: str | None = None) -> str:
    """Who made a correction: the command-line option, else BRIEFS_ANNOTATOR, else the OS user."""
    return option or os.environ.get(ANNOTATOR_ENV) or getpass.getuser()


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _key(m: Mention) -> tuple:
    return (m.start, m.end, m.label, m.entity_id, m.value)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def make_correction(kind: str, before: Mention | None, after: Mention | None, text: str,
                    annotator: str, time: str) -> Correction:
    """A correction with the digest of `text` and the context either side of the span it touches."""
    after = replace(after, source="human", origin=None) if after else None
    draft = Correction(kind, before, after, annotator, time, text_digest(text), "", "")
    start, end = draft.anchor
    return replace(draft, left=text[max(0, start - CONTEXT):start], right=text[end:end + CONTEXT])


def diff_mentions(old: list[Mention], new: list[Mention], text: str, annotator: str, time: str) -> list[Correction]:
    """The corrections that turn `old` into `new`: same span → relabel/link, overlap → span, else add/delete."""
    new_keys = {_key(m) for m in new}
    old_keys = {_key(m) for m in old}
    gone = sorted((m for m in old if _key(m) not in new_keys), key=_key)
    came = sorted((m for m in new if _key(m) not in old_keys), key=_key)
    pairs: list[tuple[str, Mention | None, Mention | None]] = []
    for rule in (lambda o, n: o.span == n.span, _overlaps):
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


def _context_score(text: str, start: int, end: int, left: str, right: str) -> int:
    """How many context characters agree around [start, end): common suffix on the left plus prefix on the right."""
    score = 0
    for a, b in zip(reversed(left), reversed(text[max(0, start - len(left)):start])):
        if a != b:
            break
        score += 1
    for a, b in zip(right, text[end:end + len(right)]):
        if a != b:
            break
        score += 1
    return score


def _candidates(text: str, quote: str) -> list[tuple[int, int]]:
    found, at = [], text.find(quote)
    while at >= 0:
        found.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return found


def _loose_candidates(text: str, quote: str) -> list[tuple[int, int]]:
    """Places where the quote appears once all but letters and digits are ignored (a line-break hyphen repaired)."""
    keep = [i for i, c in enumerate(text) if c.isalnum()]
    squeezed = "".join(text[i] for i in keep)
    target = "".join(c for c in quote if c.isalnum())
    if not target:
        return []
    return [(keep[s], keep[e - 1] + 1) for s, e in _candidates(squeezed, target)]


def _moved(m: Mention | None, old_start: int, new_start: int, alignment: Alignment, text: str) -> Mention | None:
    if m is None:
        return None
    start = new_start + alignment.starts[m.start - old_start]
    end = new_start + alignment.ends[m.end - old_start]
    return replace(m, start=start, end=end, text=text[start:end])


def anchor_correction(correction: Correction, text: str, digest: str) -> Correction:
    """The correction moved onto `text`: as is on the same text, else at the nearest place with about the best context.

    Briefs repeat passages (pull-quotes), and a repaired hyphen may spoil the context of the right copy a little,
    so context scores within CONTEXT_SLACK of the best count as equal and nearness to the old offset decides.
    """
    if correction.text_sha256 == digest:
        return correction
    quote = correction.quote
    places = _candidates(text, quote) or _loose_candidates(text, quote)
    if not places:
        raise LookupError(f"text {quote!r} no longer in the document")
    scores = {place: _context_score(text, *place, correction.left, correction.right) for place in places}
    good = max(scores.values()) - CONTEXT_SLACK
    old_start = correction.anchor[0]
    ranked = sorted((abs(place[0] - old_start), place) for place, score in scores.items() if score >= good)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        raise LookupError(f"text {quote!r} found in {len(places)} places with equally good context")
    start, end = ranked[0][1]
    alignment = align(quote, text[start:end])
    return replace(correction, before=_moved(correction.before, old_start, start, alignment, text),
                   after=_moved(correction.after, old_start, start, alignment, text))


def apply_corrections(text: str, machine: list[Mention], corrections: list[Correction]) -> tuple[list[Mention], list[Unanchored]]:
    """Machine output with every correction applied in order; a before span is removed, an after span replaces overlaps."""
    digest = text_digest(text)
    current = list(machine)
    missed = []
    for line, correction in enumerate(corrections, start=1):
        try:
            placed = anchor_correction(correction, text, digest)
        except LookupError as error:
            missed.append(Unanchored(line, correction, str(error)))
            continue
        if placed.before:
            current = [m for m in current if m.span != placed.before.span]
        if placed.after:
            current = [m for m in current if not _overlaps(m, placed.after)] + [placed.after]
    return sorted(current, key=lambda m: (m.start, m.end, m.label)), missed


# --- the store: annotations/<id>.corrections.jsonl and the machine layer beside it -------------------------------


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


def _jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def append_corrections(out_dir: Path, doc_id: str, new: list[Correction]) -> None:
    """Add lines after the existing ones, rewriting the file atomically (callers hold `locked`)."""
    if not new:
        return
    path = corrections_path(out_dir, doc_id)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if existing and not existing.endswith("\n"):
        existing += "\n"
    atomic.write_text(path, existing + _jsonl([c.to_json() for c in new]))


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
    return paths["txt"].read_text(encoding="utf-8"), _record_mentions(record)


def _record_mentions(record: dict) -> list[Mention]:
    """The mentions of a .json record, without the page and boxes it adds."""
    return [Mention(**{k: v for k, v in m.items() if k in MENTION_FIELDS}) for m in record.get("mentions", [])]


def written_path(out_dir: Path, doc_id: str) -> Path:
    """The digests of a document's .ann and .json as the tool wrote them (sha256sum format)."""
    return Path(out_dir) / f"{doc_id}.written.sha256"


def _digests(out_dir: Path, doc_id: str) -> str:
    paths = document_paths(out_dir, doc_id)
    lines = []
    for suffix in ("ann", "json"):
        with open(paths[suffix], "rb") as handle:
            lines.append(f"{hashlib.file_digest(handle, 'sha256').hexdigest()}  {paths[suffix].name}\n")
    return "".join(lines)


def record_written(out_dir: Path, doc_id: str) -> None:
    """Note the digests of the .ann and .json just written, so a re-run sees an untouched .ann without parsing."""
    atomic.write_text(written_path(out_dir, doc_id), _digests(out_dir, doc_id))


def has_unrecorded_edits(out_dir: Path, doc_id: str) -> bool:
    """Whether a document's .ann differs from what the tool last wrote, so a run must not skip it."""
    paths = document_paths(out_dir, doc_id)
    ann, noted = paths["ann"], written_path(out_dir, doc_id)
    untouched = ann.exists() and paths["json"].exists() and noted.exists()
    if untouched and noted.read_text(encoding="utf-8") == _digests(out_dir, doc_id):
        return False  # both files are byte for byte what the tool wrote together
    written = last_written(out_dir, doc_id)
    if written is None or not ann.exists():
        return False
    return ann.read_text(encoding="utf-8") != format_ann(written[1])


def capture_edits(out_dir: Path, doc_id: str, annotator: str, time: str) -> list[Correction]:
    """Record edits made straight to a written .ann as corrections; an .ann with any error is rejected whole."""
    paths = document_paths(out_dir, doc_id)
    written = last_written(out_dir, doc_id)
    if written is None or not paths["ann"].exists():
        return []
    text, mentions = written
    try:
        edited = parse_ann(paths["ann"].read_text(encoding="utf-8"), text, str(paths["ann"]))
    except AnnFileError as error:
        raise rejected(paths["ann"], [(e.line, e.reason) for e in error.errors]) from None
    new = diff_mentions(mentions, edited, text, annotator, time)
    append_corrections(out_dir, doc_id, new)
    return new


def effective_mentions(out_dir: Path, doc: CleanDocument, machine: list[Mention]) -> list[Mention]:
    """Machine output with the layer applied; unanchored corrections are logged and listed in doc.metadata."""
    corrections = load_corrections(out_dir, doc.doc_id)
    if not corrections:
        doc.metadata.pop("corrections", None)
        return sorted(machine, key=lambda m: (m.start, m.end, m.label))
    mentions, missed = apply_corrections(doc.text, machine, corrections)
    for item in missed:
        log.warning("%s:%d: correction not applied: %s", corrections_path(out_dir, doc.doc_id), item.line, item.reason)
    doc.metadata["corrections"] = {
        "file": corrections_path(out_dir, doc.doc_id).name,
        "count": len(corrections),
        "unanchored": [item.to_json() for item in missed],
    }
    return mentions


def reconcile(out_dir: Path, doc: CleanDocument, machine: list[Mention]) -> list[Mention]:
    """Between tagging and writing: keep edits made to the last output, store the machine layer, apply corrections."""
    with locked(out_dir):
        capture_edits(out_dir, doc.doc_id, annotator_name(), now())
        atomic.write_text(machine_path(out_dir, doc.doc_id), _jsonl([m.to_json() for m in machine]))
        return effective_mentions(out_dir, doc, machine)


def record_annotation(out_dir: Path, doc_id: str, mentions: list[Mention], annotator: str) -> list[Correction]:
    """Take a whole annotation made in another tool: store its differences as corrections and rewrite the outputs."""
    paths = document_paths(out_dir, doc_id)
    with locked(out_dir):
        time = now()
        capture_edits(out_dir, doc_id, annotator, time)
        record = json.loads(paths["json"].read_text(encoding="utf-8"))
        doc = CleanDocument.from_json(record, paths["txt"].read_text(encoding="utf-8"))
        machine = load_machine(out_dir, doc_id) if machine_path(out_dir, doc_id).exists() else _record_mentions(record)
        current = effective_mentions(out_dir, doc, machine)
        new = diff_mentions(current, mentions, doc.text, annotator, time)
        append_corrections(out_dir, doc_id, new)
        write_document(out_dir, doc, effective_mentions(out_dir, doc, machine), record["pipeline"])
        record_written(out_dir, doc_id)
    return new


def rejected(path: Path | str, errors: list[tuple[int, str]], verdict: str = "rejected, nothing applied") -> InputError:
    """A file refused whole, every problem on its own `file:line: reason` line."""
    lines = "\n".join(f"{path}:{line}: {reason}" for line, reason in sorted(errors))
    return InputError(path, f"{verdict}\n{lines}")


def check_import(items: list[tuple[int, str, Mention]], text: str) -> list[tuple[int, str]]:
    """Problems with an imported annotation, as (line, reason): offsets, quoted text, labels, overlaps, ids."""
    errors, seen, valid = [], set(), []
    for line, ident, m in items:
        if ident in seen:
            errors.append((line, f"duplicate id {ident}"))
            continue
        seen.add(ident)
        if m.label not in LABELS:
            errors.append((line, f"{ident}: unknown label {m.label!r}"))
        elif not (isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= len(text)):
            errors.append((line, f"{ident}: offsets {m.start} {m.end} outside the text (length {len(text)})"))
        elif text[m.start:m.end] != m.text:
            errors.append((line, f"{ident}: quoted text {m.text!r} differs from the text at "
                                 f"{m.start}-{m.end} {text[m.start:m.end]!r}"))
        else:
            valid.append((line, ident, m))
    reach, widest = -1, None
    for line, ident, m in sorted(valid, key=lambda item: (item[2].start, item[2].end)):
        if m.start < reach:
            errors.append((line, f"span {ident} overlaps {widest}"))
        if m.end > reach:
            reach, widest = m.end, ident
    return errors
