"""The heading test of the name finder: a line of capitalised words and connectors is a heading; a sentence, or a
line of capitals with a sign no heading word holds, is not, and is told at once (the pattern once re-split every
word of capitals letter by letter, and a cover page's title line held a document for minutes)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.tagging.shown_names import _in_a_heading

TITLE_LINE = ("PROJECT APPRAISAL DOCUMENT ON A PROPOSED GRANT IN THE AMOUNT OF US$190 MILLION TO THE REPUBLIC OF "
              "MOZAMBIQUE FOR THE NORTHERN RESILIENCE AND LIVELIHOODS PROJECT (P181204)")


@pytest.mark.parametrize("line", [
    "Strategic Context and Outlook of the Region",
    "THE REPUBLIC OF MOZAMBIQUE",
    "Peace, Security and Governance in the Sahel",
    "Ministry of Agriculture & Rural Development, Maputo",
    "Women’s Rights in Kenya",
])
def test_a_line_of_capitalised_words_is_a_heading(line):
    assert _in_a_heading(f"Intro text.\n{line}\nBody text.", len("Intro text.\n"))


@pytest.mark.parametrize("line", [
    "Mozambique is among the countries most exposed",
    "The Government of Mozambique (GoM)",
    "A. Country Context",
    "Under the Ander toll",  # "and" inside a lower-case word is no connector
])
def test_a_sentence_or_a_line_with_other_signs_is_no_heading(line):
    assert not _in_a_heading(line, 0)


def test_a_title_line_of_capitals_ending_in_a_code_is_no_heading_and_is_told_at_once():
    check = ("from pipeline.tagging.shown_names import _in_a_heading; import sys; "
             f"sys.exit(0 if _in_a_heading({TITLE_LINE!r}, 0) is False else 3)")
    done = subprocess.run([sys.executable, "-c", check], timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()[-500:]
