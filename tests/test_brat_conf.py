"""The brat configuration parses under brat's conf grammar and declares everything the standoff uses."""

import re
from pathlib import Path

import pytest

from pipeline.core.annotated import read_corpus
from pipeline.core.errors import InputError
from pipeline.formats.brat_conf import kb_database, use_kb_database, write_brat_conf

STANDOFF = Path(__file__).parent / "data" / "standoff"
SHIPPED = Path(__file__).parent.parent / "annotations"
SECTIONS = {
    "annotation.conf": {"entities", "relations", "events", "attributes"},
    "visual.conf": {"labels", "drawing", "options"},
    "tools.conf": {"options", "search", "normalization", "annotators", "disambiguators"},
}
TYPE_NAME = re.compile(r"^!?[A-Za-z_][\w\-]*$")
ARGUMENTS = re.compile(r"^[<>\w\-]+:[^,]+$")


def parse_conf(path: Path) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """brat's grammar: [section] headers; `NAME<TAB>key:value, key:value` lines (entity names bare, labels `A | B`)."""
    sections, current = {}, None
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        where = f"{path.name}:{number}"
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            assert re.fullmatch(r"\[(\w+)\]", line), where
            current = line[1:-1]
            assert current in SECTIONS[path.name], f"{where}: unknown section {current}"
            sections[current] = []
            continue
        assert current is not None, f"{where}: line before any section"
        if current == "labels":
            name, *shown = [part.strip() for part in line.split("|")]
            assert TYPE_NAME.match(name) and shown and all(shown), where
            sections[current].append((name, {}))
            continue
        name, _, rest = line.partition("\t")
        assert TYPE_NAME.match(name) or name in {"SPAN_DEFAULT", "ARC_DEFAULT", "ATTRIBUTE_DEFAULT"}, where
        fields = [f.strip() for f in rest.split(",")] if rest else []
        assert all(ARGUMENTS.match(f) for f in fields), f"{where}: bad arguments {rest!r}"
        sections[current].append((name, dict(f.split(":", 1) for f in fields)))
    return sections


@pytest.fixture(scope="module")
def conf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("conf")
    write_brat_conf(folder)
    return {name: parse_conf(folder / name) for name in SECTIONS}


def used_in_standoff():
    """Labels, Source values and reference sources that the fixture's and the shipped .ann lines use."""
    labels, sources, references = set(), set(), set()
    for ann in [*STANDOFF.glob("*.ann"), *SHIPPED.glob("*.ann")]:
        for line in ann.read_text(encoding="utf-8").splitlines():
            ident, fields = line.split("\t")[0], line.split("\t")[1].split()
            if ident.startswith("T"):
                labels.add(fields[0])
            elif ident.startswith("A"):
                sources.add((fields[0], fields[2]))
            elif ident.startswith("N"):
                references.add(fields[2].split(":")[0])
    return labels, sources, references


def test_every_label_attribute_and_reference_of_the_ann_is_declared(conf):
    labels, sources, references = used_in_standoff()
    assert labels == {"ACTOR", "GROUP", "PLACE", "DATE"}
    entities = {name for name, _ in conf["annotation.conf"]["entities"]}
    assert labels <= entities
    attributes = {name: args for name, args in conf["annotation.conf"]["attributes"]}
    for attribute, value in sources:
        assert attribute in attributes and attributes[attribute]["Arg"] == "<ENTITY>"
        assert value in attributes[attribute]["Value"].split("|")
    assert references <= {name for name, _ in conf["tools.conf"]["normalization"]}
    assert all("<URL>" in args for _, args in conf["tools.conf"]["normalization"])


def test_visual_conf_gives_each_label_a_colour_and_each_source_value_a_glyph(conf):
    drawing = dict(conf["visual.conf"]["drawing"])
    declared = [name for name, _ in conf["annotation.conf"]["entities"]]
    assert {name for name, _ in conf["visual.conf"]["labels"]} == set(declared)
    assert all(drawing[label]["bgColor"].startswith("#") for label in declared)
    values = dict(conf["annotation.conf"]["attributes"])["Source"]["Value"].split("|")
    assert len(drawing["Source"]["glyph"].split("|")) == len(values)


def test_conf_matches_the_mentions_read_back_from_standoff(conf):
    entities = {name for name, _ in conf["annotation.conf"]["entities"]}
    documents = read_corpus(STANDOFF)
    assert documents and all(m.label in entities for d in documents for m in d.mentions)


def test_parse_conf_rejects_a_malformed_attribute_line(tmp_path):
    broken = tmp_path / "annotation.conf"
    broken.write_text("[entities]\nACTOR\n\n[attributes]\nSource\tArg <ENTITY>\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        parse_conf(broken)


def test_every_source_glyph_is_visible_text_never_none_or_empty(conf):
    """brat prints a glyph list's "<NONE>" literally on every label and rejects an empty glyph."""
    glyphs = dict(conf["visual.conf"]["drawing"])["Source"]["glyph"].split("|")
    assert all(g.strip() and g == g.strip() and "<" not in g for g in glyphs)
    assert len(set(glyphs)) == len(glyphs)


def test_every_reference_source_names_its_lookup_database_none_by_default(conf):
    """Without a DB entry brat looks for <name>.db on every hover and shows "not found" when it is missing."""
    databases = {name: args.get("DB") for name, args in conf["tools.conf"]["normalization"]}
    assert databases == {"BriefsKB": "<NONE>", "TIMEX3": "<NONE>"}


def test_kb_shortcuts_give_each_label_its_own_key(tmp_path):
    write_brat_conf(tmp_path)
    lines = [line.split("\t") for line in (tmp_path / "kb_shortcuts.conf").read_text(encoding="utf-8").splitlines()]
    assert sorted(label for _, label in lines) == sorted(name for name, _ in parse_conf(tmp_path / "annotation.conf")["entities"])
    assert len({key for key, _ in lines}) == len(lines) and all(len(key) == 1 for key, _ in lines)


def test_a_chosen_kb_database_is_kept_by_later_runs_and_a_bad_name_refused(tmp_path):
    write_brat_conf(tmp_path)
    use_kb_database(tmp_path, "BriefsKB")
    write_brat_conf(tmp_path)
    databases = {name: args["DB"] for name, args in parse_conf(tmp_path / "tools.conf")["normalization"]}
    assert databases == {"BriefsKB": "BriefsKB", "TIMEX3": "<NONE>"}
    with pytest.raises(InputError, match="brat database name"):
        use_kb_database(tmp_path, "my kb, new")
    assert kb_database(tmp_path) == "BriefsKB"
