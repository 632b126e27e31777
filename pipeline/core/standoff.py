"""brat standoff (.ann) written and read in one place, so every tool agrees on the format."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.mention import LABELS, SOURCES, Mention

KB = "BriefsKB"
TIMEX = "TIMEX3"


@dataclass(frozen=True)
class AnnError:
    """One problem in an .ann file, shown to the user as `file:line: reason`."""

    line: int
    reason: str


class AnnFileError(ValueError):
    """An .ann file rejected whole; `errors` lists every problem found."""

    def __init__(self, path: str, errors: list[AnnError]):
        self.path = path
        self.errors = errors
        super().__init__("\n".join(f"{path}:{e.line}: {e.reason}" for e in errors))


def format_ann(mentions: list[Mention]) -> str:
    """T lines in text order, then the source attribute and reference normalisation of each."""
    lines = []
    attributes, norms = [], []
    for number, m in enumerate(sorted(mentions, key=lambda m: (m.start, m.end, m.label)), start=1):
        lines.append(f"T{number}\t{m.label} {m.start} {m.end}\t{m.text}")
        attributes.append(f"Source T{number} {m.source}")
        if m.label == "DATE" and m.value:
            norms.append((f"Reference T{number} {TIMEX}:{m.value}", m.value))
        elif m.entity_id:
            norms.append((f"Reference T{number} {KB}:{m.entity_id}", m.text))
    lines += [f"A{i}\t{a}" for i, a in enumerate(attributes, start=1)]
    lines += [f"N{i}\t{ref}\t{name}" for i, (ref, name) in enumerate(norms, start=1)]
    return "".join(line + "\n" for line in lines)


def parse_ann(content: str, text: str, path: str = "<ann>") -> list[Mention]:
    """Read T, A and N lines back into mentions, checking each against the text; raise on any error."""
    errors: list[AnnError] = []
    spans: dict[str, dict] = {}
    attrs: list[tuple[int, str, str, str]] = []
    refs: list[tuple[int, str, str, str]] = []
    seen_ids: set[str] = set()
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        ident, _, rest = line.partition("\t")
        if ident in seen_ids:
            errors.append(AnnError(number, f"duplicate id {ident}"))
            continue
        seen_ids.add(ident)
        if ident.startswith("T"):
            _parse_span(number, ident, rest, text, spans, errors)
        elif ident.startswith("A"):
            parts = rest.split()
            if len(parts) != 3 or parts[0] != "Source" or parts[2] not in SOURCES:
                errors.append(AnnError(number, f"unsupported attribute line {rest!r}"))
            else:
                attrs.append((number, parts[1], parts[0], parts[2]))
        elif ident.startswith("N"):
            fields = rest.split("\t")[0].split()
            if len(fields) != 3 or fields[0] != "Reference" or ":" not in fields[2]:
                errors.append(AnnError(number, f"unsupported normalisation line {rest!r}"))
            else:
                kb, _, value = fields[2].partition(":")
                refs.append((number, fields[1], kb, value))
        else:
            errors.append(AnnError(number, f"unsupported annotation type {ident!r}"))
    for number, target, _, value in attrs:
        _target(spans, number, target, errors, lambda s: s.__setitem__("source", value))
    for number, target, kb, value in refs:
        key = "value" if kb == TIMEX else "entity_id"
        if kb not in (KB, TIMEX):
            errors.append(AnnError(number, f"unknown reference source {kb!r}"))
        else:
            _target(spans, number, target, errors, lambda s: s.__setitem__(key, value))
    ordered = sorted(spans.values(), key=lambda s: (s["start"], s["end"]))
    for before, after in zip(ordered, ordered[1:]):
        if after["start"] < before["end"]:
            errors.append(AnnError(after["line"], f"span {after['id']} overlaps {before['id']}"))
    if errors:
        raise AnnFileError(path, sorted(errors, key=lambda e: e.line))
    return [
        Mention(s["start"], s["end"], s["label"], s["text"], s.get("entity_id"), s.get("value"), s.get("source", "human"))
        for s in ordered
    ]


def _parse_span(number: int, ident: str, rest: str, text: str, spans: dict, errors: list[AnnError]) -> None:
    head, _, quoted = rest.partition("\t")
    parts = head.split(" ")
    if len(parts) != 3 or ";" in head:
        errors.append(AnnError(number, f"{ident}: expected 'LABEL START END' with one fragment, got {head!r}"))
        return
    label, start, end = parts
    if label not in LABELS:
        errors.append(AnnError(number, f"{ident}: unknown label {label!r}"))
        return
    if not (start.isdigit() and end.isdigit()) or not int(start) < int(end) <= len(text):
        errors.append(AnnError(number, f"{ident}: offsets {start} {end} outside the text (length {len(text)})"))
        return
    start, end = int(start), int(end)
    if text[start:end] != quoted:
        errors.append(AnnError(number, f"{ident}: quoted text {quoted!r} differs from the text at {start}-{end} {text[start:end]!r}"))
        return
    spans[ident] = {"id": ident, "line": number, "start": start, "end": end, "label": label, "text": quoted}


def _target(spans: dict, number: int, target: str, errors: list[AnnError], apply) -> None:
    if target not in spans:
        errors.append(AnnError(number, f"refers to unknown or invalid span {target}"))
    else:
        apply(spans[target])
