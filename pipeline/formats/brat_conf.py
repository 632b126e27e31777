"""brat configuration for annotations/, so the folder opens in brat with the scheme's labels, attribute and references."""

from __future__ import annotations

from pathlib import Path

from pipeline.core import atomic
from pipeline.core.mention import LABELS, SOURCES
from pipeline.core.standoff import KB, TIMEX

COLOURS = {"ACTOR": "#ffccaa", "GROUP": "#8fb2ff", "PLACE": "#7fe2a0", "DATE": "#ffe680"}
SOURCE_GLYPHS = {"rule": "<NONE>", "model": "M", "human": "H"}
REFERENCES = {
    KB: "<URL>:report.html, <URLBASE>:report.html#%s",
    TIMEX: "<URL>:https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html",
}


def annotation_conf() -> str:
    """The four entity labels and the Source attribute that every T line carries."""
    return "\n".join([
        "[entities]", *LABELS, "",
        "[relations]", "",
        "[events]", "",
        "[attributes]", f"Source\tArg:<ENTITY>, Value:{'|'.join(SOURCES)}", "",
    ])


def visual_conf() -> str:
    """Colour per label and a glyph marking model and human mentions."""
    return "\n".join([
        "[labels]", *(f"{label} | {label.title()} | {label[:3]}" for label in LABELS), "",
        "[drawing]",
        "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
        "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
        "ATTRIBUTE_DEFAULT\tglyph:*",
        *(f"{label}\tbgColor:{COLOURS[label]}" for label in LABELS),
        f"Source\tglyph:{'|'.join(SOURCE_GLYPHS[s] for s in SOURCES)}", "",
    ])


def tools_conf() -> str:
    """brat reads normalisation sources (the N lines' BriefsKB and TIMEX3) from tools.conf."""
    return "\n".join(["[normalization]", *(f"{name}\t{spec}" for name, spec in REFERENCES.items()), ""])


def write_brat_conf(out_dir: Path) -> list[Path]:
    """Write annotation.conf, visual.conf and tools.conf beside the documents."""
    files = {"annotation.conf": annotation_conf(), "visual.conf": visual_conf(), "tools.conf": tools_conf()}
    paths = []
    for name, content in files.items():
        atomic.write_text(Path(out_dir) / name, content)
        paths.append(Path(out_dir) / name)
    return paths
