"""brat configuration for annotations/, so the folder opens in brat with the scheme's labels, attribute and references."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.core import atomic
from pipeline.core.errors import InputError
from pipeline.core.mention import LABELS, SOURCES
from pipeline.core.standoff import KB, TIMEX

# The one label palette: brat, Label Studio, the displaCy pages and the report all draw with it.
COLOURS = {"ACTOR": "#ffccaa", "GROUP": "#8fb2ff", "PLACE": "#7fe2a0", "DATE": "#ffe680"}
# brat appends the glyph of the Source value to every label, so each value needs a visible one
# (brat prints "<NONE>" literally inside a list of glyphs, and rejects an empty one).
SOURCE_GLYPHS = {"rule": "R", "model": "M", "human": "H"}
SOURCE_GLYPH_COLOUR = "#555555"
SHORTCUTS = {"ACTOR": "A", "GROUP": "G", "PLACE": "P", "DATE": "D"}
REFERENCES = {
    KB: "<URL>:report.html, <URLBASE>:report.html#%s",
    TIMEX: "<URL>:https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html",
}
# brat's word for "no lookup database": hovering a reference then shows the N line's text instead of an error.
NO_DATABASE = "<NONE>"
_DATABASE_NAME = re.compile(r"[A-Za-z0-9_.-]+")
_KB_DATABASE = re.compile(rf"^{KB}\tDB:([^,\s]+)", re.M)


def annotation_conf() -> str:
    """The four entity labels and the Source attribute that every T line carries."""
    return "\n".join([
        "[entities]", *LABELS, "",
        "[relations]", "",
        "[events]", "",
        "[attributes]", f"Source\tArg:<ENTITY>, Value:{'|'.join(SOURCES)}", "",
    ])


def visual_conf() -> str:
    """Colour per label and a glyph telling rule, model and human mentions apart."""
    glyphs = "|".join(SOURCE_GLYPHS[s] for s in SOURCES)
    glyph_colours = "|".join(SOURCE_GLYPH_COLOUR for _ in SOURCES)
    return "\n".join([
        "[labels]", *(f"{label} | {label.title()} | {label[:3]}" for label in LABELS), "",
        "[drawing]",
        "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
        "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
        "ATTRIBUTE_DEFAULT\tglyph:*",
        *(f"{label}\tbgColor:{COLOURS[label]}" for label in LABELS),
        f"Source\tglyph:{glyphs}, glyphColor:{glyph_colours}", "",
    ])


def tools_conf(kb_database: str = NO_DATABASE) -> str:
    """brat reads normalisation sources (the N lines' BriefsKB and TIMEX3) and the database behind each from tools.conf."""
    databases = {KB: kb_database, TIMEX: NO_DATABASE}
    return "\n".join([
        "[normalization]",
        *(f"{name}\tDB:{databases[name]}, {spec}" for name, spec in REFERENCES.items()), "",
    ])


def kb_shortcuts_conf() -> str:
    """One key per label for brat's span dialog (and present, so brat never copies its own example in)."""
    return "".join(f"{SHORTCUTS[label]}\t{label}\n" for label in LABELS)


def kb_database(out_dir: Path) -> str:
    """The normalisation database the folder's tools.conf names for BriefsKB, else brat's NO_DATABASE."""
    path = Path(out_dir) / "tools.conf"
    found = _KB_DATABASE.search(path.read_text(encoding="utf-8")) if path.is_file() else None
    return found.group(1) if found and _DATABASE_NAME.fullmatch(found.group(1)) else NO_DATABASE


def use_kb_database(out_dir: Path, name: str) -> None:
    """Point the folder's tools.conf at brat's normalisation database `name`; later runs keep it."""
    if not _DATABASE_NAME.fullmatch(name):
        raise InputError(Path(name), "a brat database name is letters, digits, '.', '_' and '-' only")
    atomic.write_text(Path(out_dir) / "tools.conf", tools_conf(name))


def write_brat_conf(out_dir: Path) -> list[Path]:
    """Write annotation.conf, visual.conf, tools.conf and kb_shortcuts.conf beside the documents."""
    files = {
        "annotation.conf": annotation_conf(),
        "visual.conf": visual_conf(),
        "tools.conf": tools_conf(kb_database(out_dir)),
        "kb_shortcuts.conf": kb_shortcuts_conf(),
    }
    paths = []
    for name, content in files.items():
        atomic.write_text(Path(out_dir) / name, content)
        paths.append(Path(out_dir) / name)
    return paths
