"""Label Studio tasks: the stored text with the machine mentions as pre-annotations, and completed tasks back."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.annotated import AnnotatedDocument
from pipeline.core.mention import LABELS, Mention
from pipeline.core.standoff import KB, TIMEX
from pipeline.formats.brat_conf import COLOURS

LABEL_FROM = "label"
REFERENCE_FROM = "reference"
TEXT_TO = "text"
CONFIG_NAME = "labelstudio-config.xml"
_ID_KEY = re.compile(r'"id"\s*:')


def labeling_config() -> str:
    """The Label Studio project set-up: the four labels in the palette brat uses, and a per-span reference box
    for entity ids and dates."""
    labels = "".join(f'    <Label value="{label}" background="{COLOURS[label]}"/>\n' for label in LABELS)
    return (
        "<View>\n"
        f'  <Labels name="{LABEL_FROM}" toName="{TEXT_TO}">\n{labels}  </Labels>\n'
        f'  <Text name="{TEXT_TO}" value="$text"/>\n'
        f'  <TextArea name="{REFERENCE_FROM}" toName="{TEXT_TO}" perRegion="true" editable="true" maxSubmissions="1"/>\n'
        "</View>\n"
    )


def _reference(m: Mention) -> str | None:
    if m.label == "DATE" and m.value:
        return f"{TIMEX}:{m.value}"
    return f"{KB}:{m.entity_id}" if m.entity_id else None


def task(doc_id: str, text: str, mentions: list[Mention], model_version: str) -> dict:
    """One task with the text and the mentions as a prediction; region ids are T1, T2... in text order."""
    result = []
    for number, m in enumerate(sorted(mentions, key=lambda m: (m.start, m.end, m.label)), start=1):
        span = {"start": m.start, "end": m.end, "text": m.text}
        common = {"id": f"T{number}", "to_name": TEXT_TO, "origin": "prediction"}
        result.append(common | {"from_name": LABEL_FROM, "type": "labels", "value": span | {"labels": [m.label]}})
        if _reference(m):
            result.append(common | {"from_name": REFERENCE_FROM, "type": "textarea", "value": span | {"text": [_reference(m)]}})
    return {"data": {"text": text, "doc_id": doc_id}, "predictions": [{"model_version": model_version, "result": result}]}


def write_tasks(documents: list[AnnotatedDocument], path: Path) -> None:
    """A task list Label Studio imports, one task per document, and the labeling config beside it."""
    tasks = [task(d.doc_id, d.text, d.mentions, "briefs " + str(d.record.get("pipeline", {}).get("version", "")))
             for d in sorted(documents, key=lambda d: d.doc_id)]
    atomic.write_text(Path(path), json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    atomic.write_text(Path(path).parent / CONFIG_NAME, labeling_config())


def read_tasks(path: Path) -> list[tuple[str, str, int, list[tuple[int, str, Mention]]]]:
    """(doc id, text, line, items) for every completed task; raises ValueError(line, reason) on a broken file."""
    raw = Path(path).read_text(encoding="utf-8")
    try:
        tasks = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(error.lineno, f"not valid JSON: {error.msg}") from None
    tasks = tasks if isinstance(tasks, list) else [tasks]
    lines = _id_lines(raw, tasks)
    found = []
    for number, item in enumerate(tasks, start=1):
        line = lines.get(id(item), 1)
        try:
            data = item["data"]
            if not isinstance(data.get("text"), str) or not isinstance(data.get("doc_id"), str):
                raise KeyError("data.text and data.doc_id")
            completed = [a for a in item.get("annotations", []) if not a.get("was_cancelled")]
            if completed:
                found.append((data["doc_id"], data["text"], line, _mentions(completed[-1], lines)))
        except (AttributeError, KeyError, TypeError) as error:
            raise ValueError(line, f"task {number} is not a Label Studio task ({type(error).__name__}: {error})") from None
    return found


def _mentions(annotation: dict, lines: dict) -> list[tuple[int, str, Mention]]:
    """Label regions as mentions, each with the reference typed in its per-region box."""
    references = {
        r.get("id"): (r.get("value", {}).get("text") or [""])[0]
        for r in annotation.get("result", [])
        if r.get("from_name") == REFERENCE_FROM
    }
    items = []
    for r in annotation.get("result", []):
        if r.get("type") != "labels":
            continue
        value = r.get("value", {})
        labels = value.get("labels") or [None]
        kb, _, ref = (references.get(r.get("id")) or "").partition(":")
        mention = Mention(value.get("start", -1), value.get("end", -1), labels[0] if len(labels) == 1 else "+".join(labels),
                          value.get("text", ""), ref if kb == KB else None, ref if kb == TIMEX else None, "human")
        items.append((lines.get(id(r), 1), str(r.get("id")), mention))
    return items


def _id_lines(raw: str, parsed) -> dict[int, int]:
    """Line of each JSON object's "id" key, matched to the parsed objects by document order (json gives no positions)."""
    positions = iter(raw.count("\n", 0, match.start()) + 1 for match in _ID_KEY.finditer(raw))
    lines: dict[int, int] = {}

    def walk(node, inherited: int) -> None:
        if isinstance(node, dict):
            line = inherited
            for key, value in node.items():
                if key == "id":
                    line = next(positions, inherited)
                    lines[id(node)] = line
                walk(value, line)
            lines.setdefault(id(node), line)
        elif isinstance(node, list):
            for value in node:
                walk(value, inherited)

    walk(parsed, 1)
    return lines
