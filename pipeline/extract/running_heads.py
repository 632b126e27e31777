"""Running heads: what a page number looks like, and what a running header says (series, number, date)."""

from __future__ import annotations

import re

MONTHS = "january february march april may june july august september october november december".split()
_MONTH = r"(" + "|".join(MONTHS) + r"|" + "|".join(m[:3] for m in MONTHS) + r")\.?"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b", re.I)
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+(\d{4})\b", re.I)
MONTH_NAME = re.compile(  # capitalised, as a month's name is ("May 2025", "MAY 2025", not "may")
    r"\b(?:" + "|".join(f"{m[0].upper()}(?:{m[1:]}|{m[1:].upper()})" for m in MONTHS + [m[:3] for m in MONTHS]) + r")\b"
)
YEAR = re.compile(r"(?<![\w–-])(?:19|20)\d\d(?![\w–-])")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[-–—]?\s*\d{1,5}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,5})?\s*$", re.I)
_NUMBER = re.compile(r"(?:\bno\.?\s*|\bnumber\s+|\bn[º°]\s*|#\s*)?\b(\d{1,4})\b", re.I)


def header_metadata(header: str) -> dict:
    """Series (the words before the issue number), number and ISO date found in a running header."""
    found: dict = {"running_header": header}
    date = parse_date(header)
    if date:
        found["date"] = date
    number = _NUMBER.search(header)
    if number and not _is_year(number.group(1)):
        series = header[: number.start()].strip(" .,-–|/")
        if series:
            found["series"] = series
        found["number"] = number.group(1)
    return found


def without_folio(header: str, folio: str) -> str:
    """The header without the page number printed at its start or end."""
    words = header.split()
    if len(words) > 1 and words[-1] == folio:
        words = words[:-1]
    elif len(words) > 1 and words[0] == folio:
        words = words[1:]
    return " ".join(words)


def parse_date(text: str) -> str | None:
    """The first calendar date in `text` as YYYY-MM-DD or YYYY-MM."""
    match = _DAY_MONTH_YEAR.search(text)
    if match:
        return f"{match.group(3)}-{_month(match.group(2)):02d}-{int(match.group(1)):02d}"
    match = _MONTH_DAY_YEAR.search(text)
    if match:
        return f"{match.group(3)}-{_month(match.group(1)):02d}-{int(match.group(2)):02d}"
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{match.group(2)}-{_month(match.group(1)):02d}"
    return None


def _month(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name[:3].lower()) + 1


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits[:2] in ("19", "20")
