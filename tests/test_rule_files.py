"""Rule files and the knowledge base are read once per version: an edit is seen without restarting the process."""

import json
import os
import shutil

from pipeline.core.paths import MODELS_DIR
from pipeline.tagging.dates import load_date_rules
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.rule_files import load_json


def bump(path, text):
    """Rewrite a file with a modification time that is surely new, as an editor saving it later would."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_an_edited_rule_file_is_read_again(tmp_path):
    path = tmp_path / "names.json"
    shutil.copy(MODELS_DIR / "names.json", path)
    first = load_json(str(path))
    assert load_json(str(path)) is first  # unchanged: the same loaded object
    data = json.loads(path.read_text(encoding="utf-8"))
    data["titles"] = [*data["titles"], "Grand Vizier"]
    bump(path, json.dumps(data))
    assert "Grand Vizier" in load_json(str(path))["titles"]
    assert "Grand Vizier" not in first["titles"]


def test_an_edited_knowledge_base_is_read_again(tmp_path):
    path = tmp_path / "kb.jsonl"
    record = {"id": "atlantis", "label": "PLACE", "name": "Atlantis", "kind": "region", "aliases": [], "source": "curated"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert KnowledgeBase.load(path).lookup("Lemuria") is None
    bump(path, path.read_text(encoding="utf-8") + json.dumps({**record, "id": "lemuria", "name": "Lemuria"}) + "\n")
    assert KnowledgeBase.load(path).lookup("Lemuria").id == "lemuria"


def test_edited_date_rules_are_read_again(tmp_path):
    path = tmp_path / "dates.json"
    shutil.copy(MODELS_DIR / "dates.json", path)
    first = load_date_rules(str(path))
    assert load_date_rules(str(path)) is first
    bump(path, path.read_text(encoding="utf-8"))
    assert load_date_rules(str(path)) is not first
