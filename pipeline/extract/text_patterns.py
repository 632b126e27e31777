"""Patterns of running text that both the role sorting and the assembly of a page read: list markers, footnote
labels, sentence ends."""

from __future__ import annotations

import re

BULLETS = "–—−•▪◦‣●■□·*-○◯◆◇►▸➢➤✓✔"  # signs that open a list item
ENUMERATOR = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,5}|[a-z])[.)]", re.I)  # "2.", "(iv)", "b)"
LIST_MARKER = re.compile(r"^[" + re.escape(BULLETS) + r"]\s+")
FOOTNOTE_LABEL = re.compile(r"^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)")
URL_END = re.compile(r"(?:https?://|\bwww\.)\S*[./\-_?=&#~]$", re.I)  # a URL cut after one of its punctuation marks
CITATION_MARKER = r"\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]"  # "[5]", "[5][6]", "[3-4]" set after the sentence they cite
TERMINAL = re.compile(r"[.!?:;…][”’\"')\]»]*(?:" + CITATION_MARKER + r")*$")
ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:etc|vs|cf|al|approx|incl|no|vol|pp?)\.)$", re.I)


def ends_sentence(text: str) -> bool:
    """Closing punctuation that is not the dot of an abbreviation ("i.e.", "etc.")."""
    return bool(TERMINAL.search(text)) and not ABBREVIATION.search(text)
