"""The package installs anywhere: a built wheel carries the rule data, and runs from a folder outside the repository."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline.relations.lexicon import LEXICON_FILES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(out)],
                   check=True, capture_output=True)
    (built,) = out.glob("policy_briefs-*.whl")
    return built


def test_the_wheel_carries_the_rule_data_and_knowledge_base(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("kb.jsonl", "names.json", "roles.json", "dates.json", *LEXICON_FILES, "config.cfg"):
        assert f"pipeline/models/{data}" in names, data


def test_an_installed_copy_runs_a_brief_from_another_folder(wheel, tmp_path, shipped_pdf):
    """Installed (not editable) and started away from the repository, the package finds its own data."""
    target, work = tmp_path / "site", tmp_path / "elsewhere"
    work.mkdir()
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("BRIEFS_MODELS", None)
    script = ("import pipeline, pipeline.core.paths as paths; print(pipeline.__file__); print(paths.MODELS_DIR);"
              "from pipeline.cli.main import main; main()")
    result = subprocess.run([sys.executable, "-c", script, "run", str(shipped_pdf), "--rules-only", "--out", "out"],
                            cwd=work, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    package_file, models_dir = result.stdout.splitlines()[:2]
    assert package_file.startswith(str(target)) and models_dir.startswith(str(target))
    ann = (work / "out" / "cidob-notes-67-algeria-mali.ann").read_text(encoding="utf-8")
    assert "\tACTOR " in ann and "BriefsKB:algeria" in ann


def test_the_models_folder_can_be_moved_with_one_setting(tmp_path, shipped_pdf):
    """BRIEFS_MODELS names another folder; a folder without the knowledge base fails with one line."""
    env = {**os.environ, "BRIEFS_MODELS": str(tmp_path / "nowhere")}
    script = "import pipeline.core.paths as paths; print(paths.MODELS_DIR)"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == str(tmp_path / "nowhere")
