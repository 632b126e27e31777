"""Label Studio for real: installed and started as the README says, our project config and tasks loaded through
its API, an annotation made as its labelling UI makes one, exported, imported and kept by every later run."""

from __future__ import annotations

import os
import re
import shutil
import time

import pytest
from live_tools import (
    CHROMIUM,
    HOST,
    ROOT,
    Browser,
    Server,
    briefs_project,
    colour_present,
    corrected_result,
    free_port,
    http_json,
    label_studio_login,
    readme_blocks,
    run_block,
    shell_env,
    spans,
    summary_counts,
    tool_venv,
)

from pipeline.core.mention import LABELS
from pipeline.formats.brat_conf import COLOURS

pytestmark = pytest.mark.integration
DOC = "cidob-notes-67-algeria-mali"
USER = "annotator@example.com"
PORT = "8080"  # the README's port, replaced by a free one
# the labelling view shows the text with its regions, and the button of the submitted annotation
LABELLING_READY = ("document.querySelectorAll('.lsf-htx-richtext .htx-highlight').length > 0 && "
                   "document.querySelector('button[aria-label=\"submit\"], button[aria-label=\"Submit current annotation\"]')")


def choose_corrections(task: dict) -> tuple[str, tuple[str, str], tuple[str, str]]:
    """The second predicted region to delete, the fourth to relabel (ACTOR and PLACE swapped, else ACTOR), and a
    capitalised word inside a sentence that no region covers to add (as GROUP): whatever the tagger found, three
    real corrections."""
    regions = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    relabel = regions[3]
    new_label = "PLACE" if relabel["value"]["labels"] == ["ACTOR"] else "ACTOR"
    covered = [(r["value"]["start"], r["value"]["end"]) for r in regions]
    word = next(m for m in re.finditer(r"(?<=[a-z] )[A-Z][a-z]{3,}\b", task["data"]["text"])
                if all(m.end() <= s or m.start() >= e for s, e in covered))
    return regions[1]["id"], (relabel["id"], new_label), (word.group(), "GROUP")


def test_label_studio_corrections_survive_import_and_every_later_run(tmp_path):
    timings = {}
    install, prepare, start, load, take_back = readme_blocks("Label Studio")
    venv, timings["install"] = tool_venv("ls-venv", install)
    home = tmp_path / "home"
    project = briefs_project(tmp_path / "project", home)
    (project / "ls-venv").symlink_to(venv)
    token, password = run_block(prepare + '\nprintf "%s\\n%s\\n" "$LS_TOKEN" "$LS_PASSWORD"\n', project,
                                shell_env(home)).splitlines()[-2:]
    assert len(token) == 40
    port = str(free_port())
    env = shell_env(home, LS_TOKEN=token, LS_PASSWORD=password)
    url = f"http://{HOST}:{port}"
    server = Server(start.replace(PORT, port), project, env, tmp_path / "label-studio.log")
    try:
        timings["start"] = server.wait_until(
            lambda: http_json(url + "/api/current-user/whoami", token=token, timeout=5)["email"] == USER, timeout=600)
        started = time.monotonic()
        run_block(load.replace(PORT, port), project, env)
        [listed] = http_json(f"{url}/api/projects/1/tasks/", token=token)
        task = http_json(f"{url}/api/tasks/{listed['id']}/", token=token)
        config = http_json(f"{url}/api/projects/1/", token=token)["label_config"]
        assert all(f'value="{label}" background="{COLOURS[label]}"' in config for label in LABELS)
        delete, relabel, add = choose_corrections(task)
        result, done = corrected_result(task, delete, relabel, add)
        http_json(f"{url}/api/tasks/{task['id']}/annotations/", "POST", token=token, body={
            "result": result, "was_cancelled": False, "ground_truth": False, "lead_time": 30.0,
            "parent_prediction": task["predictions"][0]["id"]})
        timings["api"] = time.monotonic() - started
        if os.path.exists(CHROMIUM):
            started = time.monotonic()
            shot = tmp_path / "labelstudio.png"
            with Browser(tmp_path / "chromium") as browser:
                browser.set_cookies(label_studio_login(url, USER, password))
                browser.open(f"{url}/projects/1/data?tab=0&task={task['id']}", LABELLING_READY)
                browser.screenshot(shot)
            timings["screenshot"] = time.monotonic() - started
            assert all(colour_present(shot, COLOURS[label]) for label in LABELS)
            if os.environ.get("BRIEFS_UPDATE_DOCS") == "1":
                shutil.copy2(shot, ROOT / "docs" / "labelstudio.png")
        elif os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} missing: .ci/run installs it")
        taken_back = run_block(take_back.replace(PORT, port), project, env)
    finally:
        timings["stop"] = server.stop()
    print("Label Studio timings (s):", {k: round(v, 1) for k, v in timings.items()})

    assert f"{DOC}: 3 correction(s) recorded (add 1, delete 1, relabel 1)" in taken_back
    assert "documents: 1 (0 processed, 1 skipped, 0 failed)" in taken_back
    ann = project / "annotations" / f"{DOC}.ann"

    def corrected() -> dict:
        found = spans(ann)
        assert (done["deleted"]["start"], done["deleted"]["end"]) not in found
        assert found[(done["relabelled"]["start"], done["relabelled"]["end"])] == [done["relabelled"]["new_label"]]
        assert found[(done["added"]["start"], done["added"]["end"])] == done["added"]["labels"]
        return {label: sum(labels.count(label) for labels in found.values()) for label in LABELS}

    assert summary_counts(taken_back) == corrected()
    for name in ("manifest.csv", "manifest.parquet"):
        (project / "annotations" / name).unlink()  # forget the run: the brief is extracted and tagged again
    again = run_block("briefs run", project, shell_env(home))
    assert "documents: 1 (1 processed, 0 skipped, 0 failed)" in again
    assert summary_counts(again) == corrected()
