"""Checks that an imported annotation is whole and consistent before any of it becomes a correction."""

from __future__ import annotations

from pathlib import Path

from pipeline.core.errors import InputError
from pipeline.core.mention import LABELS, Mention


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
