"""Layout furniture that holds names but no mentions (guidelines, section 9): contact blocks (names, posts and
e-mail addresses), credit or copyright notices, and the rows of a table flattened to lines of text."""

from __future__ import annotations

import re

E_MAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
WEB_ADDRESS = re.compile(r"\S*(?:www\.|https?://)\S*")
# a credit or copyright notice: "© UNICEF Haiti/2025", "Copyright © 2024 by …", "Copyright 2023 …", "Photo: …",
# "Design: … Image credits: …"
CREDIT_LINE = re.compile(r"\s*(?:©|Copyright\s*(?:©|\([cC]\)|\d{4}\b)|(?:Cover\s+)?(?:Photo|Image|Picture|Illustration)s?(?:\s+credits?)?\s*:"
                         r"|Photography\s*:|Credits?\s*:|Design(?:\s+and\s+layout)?\s*:|Layout\s*:)", re.IGNORECASE)
# a press release's contact line: "For further information, contact the Public Affairs Unit ...", "Media contact: ..."
CONTACT_LINE = re.compile(r"\s*(?:For\s+(?:further|more)\s+information\b|(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)\s*:|Contacts?\s*:)",
                          re.IGNORECASE)
# a contact block's other lines (a name and post, a project, a grant) stand a few short lines from its address
BLOCK_REACH = 4
SHORT_LINE = 6


# a table cell of figures: "1,200", "3.4%", "US$20m", "−12", "n/a", "–", or a bracketed note ("(est.)")
FIGURE_CELL = re.compile(r"(?:[-+−–]?(?:US\$|\$|€|£)?\d[\d.,]*(?:%|[kKmMbB]n?)?|n/a|N/A|[–—-]|\.\.|\([a-z.]+\))")
ROW_LABEL_WORDS = 6  # a row's label is a short name ("Mocímboa da Praia", "Total"), not a sentence
ROW_NAME_LINKS = frozenset({"of", "and", "the", "de", "du", "la", "del", "da", "&"})  # inside a cell's name
# a month's name: a dateline ("Nairobi 12 May 2024"), no row
MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
FIGURE_BETWEEN_CELLS = re.compile(rf"(?:^| ){FIGURE_CELL.pattern}(?= |$)")  # splits a row into its cells of names


def is_table_row(line: str) -> bool:
    """A short label and two cells of figures or more: "Denmark 11 24 38", "Chiúre 41 103,400", "Country 2023 2024
    2025 (est.)", or names and figures in any order ("1 United States 43 +21 Saudi Arabia": a rank, an exporter, its
    share and its main buyer); a sentence ends with a stop, a row does not."""
    words = line.split()
    if not words or line.rstrip().endswith("."):
        return False
    label = len(words)
    while label and FIGURE_CELL.fullmatch(words[label - 1]):
        label -= 1
    if len(words) - label >= 2 and 1 <= label <= ROW_LABEL_WORDS:
        return True
    cells = [cell.split() for cell in FIGURE_BETWEEN_CELLS.split(" ".join(words)) if cell.strip()]
    names = [w for cell in cells for w in cell]
    return len(words) - len(names) >= 2 and 1 <= len(names) <= ROW_LABEL_WORDS and not MONTH.search(line) \
        and not any(w.endswith(",") for w in words) \
        and all(cell[0][:1].isupper() and cell[-1][:1].isupper() for cell in cells) \
        and all(w[:1].isupper() or w in ROW_NAME_LINKS for w in names)  # not "Article 3 and 4", "Vol. 85, No. 152"


def _mostly_capitalised(words: list[str]) -> bool:
    common = sum(word.isalpha() and word.islower() and len(word) > 2 for word in words)
    return common * 4 <= len(words)


def is_contact_line(line: str) -> bool:
    """A line of a contact block (names, posts and e-mail addresses: layout, not text): an e-mail address among
    words that are nearly all capitalised. A sentence that gives an address ("write to the ministry at
    info@health.gov") is text."""
    if not E_MAIL.search(line):
        return False
    return _mostly_capitalised(WEB_ADDRESS.sub(" ", E_MAIL.sub(" ", line)).split())


def is_furniture_line(line: str) -> bool:
    """A line of a contact block, a press release's contact line or a credit or copyright notice: layout furniture,
    whose names are no mentions."""
    return is_contact_line(line) or CREDIT_LINE.match(line) is not None or CONTACT_LINE.match(line) is not None


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every furniture line of the text, with the short, capitalised lines of a contact block
    around a line with its address ("Professor Gina Netto, PI," … "G.Netto@hw.ac.uk"), up to the first longer line,
    and the rows of a flattened table (guidelines: table cells are furniture)."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    furniture = {i for i, (_, _, line) in enumerate(lines) if is_furniture_line(line)}
    rows = [is_table_row(line) for _, _, line in lines]
    furniture |= {i for i, row in enumerate(rows) if row and (i > 0 and rows[i - 1] or i + 1 < len(rows) and rows[i + 1])}
    # a table is two rows or more: one line of figures may be a heading's
    for i in [i for i in sorted(furniture) if is_contact_line(lines[i][2])]:
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and abs(k - i) <= BLOCK_REACH and len(lines[k][2].split()) <= SHORT_LINE:
                if _mostly_capitalised(lines[k][2].split()):
                    furniture.add(k)
                k += step
    lined = [lines[i][:2] for i in sorted(furniture)]
    return sorted(lined + [span for span in flattened_tables(text) if not any(s <= span[0] < e for s, e in lined)])


# a word of a cell's name in a table run together on one line ("Republic of Korea", "Saudi Arabia")
CELL_NAME = re.compile(r"[A-Z][\w’'.-]*")
RUN_ROWS = 3  # three rows in a run: two may be a sentence's figures ("Kenya 1,200 3.4% and Uganda 900 2.1%")


def flattened_tables(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of table rows written on one line ("Rwanda 42 2,701 2,743 India 38 2,351 2,389 Nepal
    30 1,727 1,757", "1 United States 43 +21 Saudi Arabia 2 France 9.6 +11 India 3 Russia 7.8 –64 India"): a stretch
    of names and figures only, where three names or more are each followed by two figures or more or by a share, up
    to its last figure, or its last name where each row opens with a figure (a rank) and may end with a name; a
    table's cells are furniture however the text joined its rows."""
    spans, stretch = [], []
    for word in [*re.finditer(r"\S+", text), None]:
        linking = word is not None and word.group() in ROW_NAME_LINKS and stretch and stretch[-1][0] == "name"
        kind = None if word is None else "figure" if FIGURE_CELL.fullmatch(word.group()) else \
            "name" if CELL_NAME.fullmatch(word.group()) or linking else None
        if kind is not None:
            stretch.append((kind, word))
            continue
        if _rows_in(stretch) >= RUN_ROWS:
            ranked = stretch[0][0] == "figure"
            last = len(stretch) - 1 if ranked else max(i for i, (k, _) in enumerate(stretch) if k == "figure")
            spans.append((stretch[0][1].start(), stretch[last][1].end()))
        stretch = []
    return spans


def _rows_in(stretch: list[tuple[str, re.Match]]) -> int:
    """How many names of a stretch of names and figures are followed by two figures or more, or by a share ("Europe
    28% Middle East 27% Americas 6.2%", a chart's legend): its rows."""
    kinds = "".join("n" if kind == "name" else "p" if word.group().endswith("%") else "f" for kind, word in stretch)
    return len(re.findall(r"n(?=[fp][fp]|p)", kinds))
