"""brat for real: its standalone server installed and started on our output as the README says, the brief opened
and edited through brat's own AJAX API, the knowledge base looked up in it, and the edits kept by `briefs run`."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections import Counter

import pytest
from live_tools import (
    CHROMIUM,
    HOST,
    ROOT,
    Browser,
    Server,
    brat_ajax,
    briefs_project,
    colour_present,
    free_port,
    older_python,
    readme_blocks,
    run_block,
    shell_env,
    summary_counts,
    tool_venv,
)

from pipeline.core.annotated import read_document
from pipeline.core.mention import LABELS
from pipeline.corrections.store import load_corrections
from pipeline.formats.brat_conf import COLOURS, SOURCE_GLYPHS

pytestmark = pytest.mark.integration
DOC = "cidob-notes-67-algeria-mali"
COLLECTION = "/"
PORT = "8001"  # the README's port, replaced by a free one
# brat has drawn the document: a group per span in the SVG
DRAWN = "document.querySelectorAll('#svg g.span').length > 100"


@pytest.fixture(scope="module")
def brat_venv():
    python = older_python()
    if python is None:
        pytest.skip("brat's server needs Python 3.7-3.10 and none was found (distribution or pyenv)")
    if shutil.which("simstring") is None:
        message = "brat's search needs the simstring program (Debian: simstring-bin)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; .ci/run installs it")
        pytest.skip(message)
    return tool_venv("brat-venv", readme_blocks("brat")[0], python)


def start_brat(project, home, log):
    """The README's start command on a free port; the server and its address once it answers."""
    port = str(free_port())
    server = Server(readme_blocks("brat")[2].replace(PORT, port), project, shell_env(home), log)
    url = f"http://{HOST}:{port}"
    return server, url, server.wait_until(lambda: brat_ajax(url, "getCollectionInformation", collection=COLLECTION),
                                          timeout=120)


def test_brat_shows_our_output_without_errors_and_its_edits_are_kept(brat_venv, tmp_path):
    venv, timings = brat_venv[0], {"install": brat_venv[1]}
    home = tmp_path / "home"
    project = briefs_project(tmp_path / "project", home)
    (project / "brat-venv").symlink_to(venv)
    annotations = project / "annotations"
    expected = read_document(annotations, DOC).mentions
    conf_before = {name: (annotations / name).read_bytes() for name in ("annotation.conf", "visual.conf", "tools.conf")}

    server, url, timings["start"] = start_brat(project, home, tmp_path / "brat.log")
    try:
        collection = brat_ajax(url, "getCollectionInformation", collection=COLLECTION)
        assert {"BriefsKB": "<NONE>", "TIMEX3": "<NONE>"} == {n[0]: n[3] for n in collection["normalization_config"]}
        assert [t["type"] for t in collection["entity_types"]] == list(LABELS)
        document = brat_ajax(url, "getDocument", collection=COLLECTION, document=DOC)
        assert document["messages"] == []
        assert sorted((e[1], *e[2][0]) for e in document["entities"]) == sorted((m.label, m.start, m.end) for m in expected)
        sources = Counter(a[3] for a in document["attributes"] if a[1] == "Source")
        assert sources == Counter(m.source for m in expected)
        if os.path.exists(CHROMIUM):
            started, shot = time.monotonic(), tmp_path / "brat.png"
            with Browser(tmp_path / "chromium") as browser:
                browser.open(f"{url}/index.xhtml#{COLLECTION}{DOC}", DRAWN)
                drawn = browser.evaluate("document.getElementById('svg').textContent")
                browser.screenshot(shot)
            timings["screenshot"] = time.monotonic() - started
            assert "<NONE>" not in drawn and "Long lasting traditional" in drawn
            labels = "|".join(form for label in LABELS for form in (label.title(), label[:3]))  # visual.conf's forms
            glyphs = Counter(re.findall(rf"(?:{labels}) ?([{''.join(SOURCE_GLYPHS.values())}])", drawn))
            assert glyphs == Counter(SOURCE_GLYPHS[m.source] for m in expected)
            assert all(colour_present(shot, COLOURS[label]) for label in LABELS)
            if os.environ.get("BRIEFS_UPDATE_DOCS") == "1":
                shutil.copy2(shot, ROOT / "docs" / "brat.png")
        elif os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} missing: .ci/run installs it")
    finally:
        timings["stop"] = server.stop()
    assert {name: (annotations / name).read_bytes() for name in conf_before} == conf_before  # never replaced by brat's

    started = time.monotonic()
    run_block(readme_blocks("brat")[1], project, shell_env(home))
    timings["normalisation database"] = time.monotonic() - started
    assert "DB:BriefsKB" in (annotations / "tools.conf").read_text(encoding="utf-8")

    server, url, timings["restart"] = start_brat(project, home, tmp_path / "brat-2.log")
    try:
        linked = sorted({m.entity_id for m in expected if m.entity_id})
        for entity_id in linked:  # what hovering each linked mention asks for
            data = brat_ajax(url, "normData", database="BriefsKB", key=entity_id, collection=COLLECTION)
            assert data["value"] and not data.get("messages"), entity_id
        found = brat_ajax(url, "normSearch", database="BriefsKB", name="Tuaregs", collection=COLLECTION)
        assert "tuareg" in [row[0] for row in found["items"]]

        by_span = {tuple(e[2][0]): e[0] for e in brat_ajax(url, "getDocument", collection=COLLECTION, document=DOC)["entities"]}
        deleted, relabelled = expected[1], expected[3]
        new_label = "PLACE" if relabelled.label == "ACTOR" else "ACTOR"
        text = (annotations / f"{DOC}.txt").read_text(encoding="utf-8")
        word = next(m for m in re.finditer(r"(?<=[a-z] )[A-Z][a-z]{3,}\b", text)
                    if all(e.end <= m.start() or e.start >= m.end() for e in expected))
        picked = brat_ajax(url, "normSearch", database="BriefsKB", name=word.group(), collection=COLLECTION)["items"][0][0]
        edits = [
            brat_ajax(url, "deleteSpan", collection=COLLECTION, document=DOC, id=by_span[deleted.span]),
            brat_ajax(url, "createSpan", collection=COLLECTION, document=DOC, id=by_span[relabelled.span],
                      offsets=json.dumps([list(relabelled.span)]), type=new_label, attributes="{}", normalizations="[]"),
            brat_ajax(url, "createSpan", collection=COLLECTION, document=DOC, offsets=json.dumps([list(word.span())]),
                      type="GROUP", attributes="{}", normalizations=json.dumps([["BriefsKB", picked, word.group()]])),
        ]
        assert all(not e.get("messages") for e in edits), [e.get("messages") for e in edits]
    finally:
        timings["stop 2"] = server.stop()
    print("brat timings (s):", {k: round(v, 1) for k, v in timings.items()})

    first = run_block("briefs run", project, shell_env(home))
    assert "documents: 1 (1 processed, 0 skipped, 0 failed)" in first
    kinds = Counter(c.kind for c in load_corrections(annotations, DOC))
    assert kinds["delete"] == 1 and kinds["relabel"] == 1 and kinds["add"] == 1

    def corrected() -> dict:
        found = {m.span: m for m in read_document(annotations, DOC).mentions}
        assert deleted.span not in found
        assert found[relabelled.span].label == new_label
        assert (found[word.span()].label, found[word.span()].entity_id, found[word.span()].source) == ("GROUP", picked, "human")
        return {label: sum(m.label == label for m in found.values()) for label in LABELS}

    assert summary_counts(first) == corrected()
    again = run_block("briefs run", project, shell_env(home))
    assert "documents: 1 (0 processed, 1 skipped, 0 failed)" in again
    assert summary_counts(again) == corrected()
