"""A correction: what an annotator changed (add, delete, relabel, span, link), with who, when and the text around it."""

from __future__ import annotations

import getpass
import hashlib
import os
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone

from pipeline.core.mention import Mention

KINDS = ("add", "delete", "relabel", "span", "link")

CONTEXT = 32

CONTEXT_SLACK = CONTEXT // 2

ANNOTATOR_ENV = "BRIEFS_ANNOTATOR"

MENTION_FIELDS = tuple(f.name for f in fields(Mention))




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



def make_correction(kind: str, before: Mention | None, after: Mention | None, text: str,
                    annotator: str, time: str) -> Correction:
    """A correction with the digest of `text` and the context either side of the span it touches."""
    after = replace(after, source="human", origin=None) if after else None
    draft = Correction(kind, before, after, annotator, time, text_digest(text), "", "")
    start, end = draft.anchor
    return replace(draft, left=text[max(0, start - CONTEXT):start], right=text[end:end + CONTEXT])
