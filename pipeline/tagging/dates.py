"""Explicit calendar expressions and their TIMEX3 values, kept apart from durations and vague time."""

from __future__ import annotations

import bisect
import calendar
import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from dateutil import parser as date_parser

from pipeline.core.paths import MODELS_DIR, file_version

DATES_PATH = MODELS_DIR / "dates.json"
UNKNOWN_YEAR = "XXXX"
_MONTH_NAMES = frozenset(calendar.month_name[1:]) | {f"{m}." for m in calendar.month_abbr[1:]} | {"Sept."}
MONTH_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:]) | {"Sept"}
WEEKDAYS = frozenset(calendar.day_name) | frozenset(calendar.day_abbr)
SHORT_YEAR_PIVOT = 60  # "FY25" is 2025, "FY99" 1999: a two-digit fiscal year below it is of this century
YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}  # "October last year": years from the document's time
RANGE_JOIN = re.compile(r"\s*(?:–|—|-|to|until|till|and)\s*")
# "Projections for March to June 2026": a month that opens a range ending in another month is a date without a cue
RANGE_TO_MONTH = re.compile(r"\s*(?:–|—|-|to|until|till|and)\s*(?:" + "|".join(calendar.month_name[1:]) + r")\b")


@dataclass(frozen=True)
class DateMatch:
    """A calendar expression found in a text, with its value (year `XXXX` until anchored)."""

    start: int
    end: int
    text: str
    value: str | None
    rule: str


@dataclass(frozen=True)
class DateRules:
    """The compiled date shapes, built once from models/dates.json."""

    pattern: re.Pattern
    seasons: dict[str, str]
    bare_month_cues: frozenset[str]
    determiner_month_cues: frozenset[str]
    year_blockers: frozenset[str]
    number_cues: frozenset[str]
    projection_cues: frozenset[str]
    past_cues: frozenset[str]
    season_cues: frozenset[str]
    calendar_season_cues: frozenset[str]
    ambiguous_seasons: frozenset[str]
    event_days: dict[str, str]
    event_nouns: re.Pattern


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def load_date_rules(path: str | None = None) -> DateRules:
    """The date patterns built from models/dates.json (or `path`), once per version of the file."""
    return _date_rules(file_version(path or DATES_PATH))


@lru_cache(maxsize=4)
def _date_rules(version: tuple[str, int, int]) -> DateRules:
    with open(version[0], encoding="utf-8") as handle:
        data = json.load(handle)
    months = [m for m in calendar.month_name[1:]] + [f"{m}." for m in calendar.month_abbr[1:] if m != "May"] + ["Sept."]
    month = rf"(?:{_alternation(months)})"
    # with a day or a year beside it, a month may also be abbreviated without a full stop ("24 Nov 2025") or printed
    # in capitals, as headings and cover pages print it ("SINCE APRIL 2023")
    dated = months + [m for m in calendar.month_abbr[1:] if m != "May"] + ["Sept"]
    dated_month = rf"(?:{_alternation(dated + [m.upper() for m in calendar.month_name[1:]])})"
    bare_abbreviation = rf"(?:{_alternation([m for m in calendar.month_abbr[1:] if m != 'May'] + ['Sept'])})"
    weekday = rf"(?:(?:{_alternation(calendar.day_name)}),?\s+)"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    day_range = rf"{day}\s*(?:–|—|-|and|to)\s*{day}"
    year = r"(?:1[89]\d\d|20\d\d)"
    season = rf"(?i:{_alternation(data['seasons'])})"
    quarter = r"(?i:first|second|third|fourth|last|final)\s+quarter"  # a quarter of a year by its rank
    other_month = rf"(?:{_alternation(data['other_calendar_months'])})"
    modifier_word = rf"(?i:{_alternation(data['modifiers'])})"
    modifier = rf"(?:{modifier_word}(?:\s+|(?<=-)))"
    shapes = {
        # an author-date citation written year first: "(2022, May 20)"
        "year-month-day": rf"(?<=\(){year},\s+{dated_month}\s+{day}(?!\d)",
        "day-range": rf"{modifier}?{day_range}\s+{dated_month}(?:,?\s+{year})?(?!\d)",
        # without a year only with a full month name and a range word ("July 21 to 23"), as "month-day" below, or
        # "and" before a stop or a comma ("On July 12 and 13, RSF fighters"; not the count in "July 12 and 13 others")
        "month-day-range": rf"{modifier}?(?:{dated_month}\s+{day_range},?\s+{year}"
                           rf"|{month}\s+{day}\s*(?:–|—|-|to)\s*{day}(?![\d,.]*\d)"
                           rf"|{month}\s+{day}\s+and\s+{day}(?=\s*[,.;:)]))",
        "day-month-year": rf"{weekday}?{modifier}?{day}\s+{dated_month}(?:,?\s+{year})?(?!\d)",
        "month-day-year": rf"{weekday}?{modifier}?{dated_month}\s+{day},?\s+{year}",
        # a month abbreviated without its stop before a day too, as wire datelines write it ("Sept 23", "Feb 18")
        "month-day": rf"{weekday}?{modifier}?{dated_month}\s+{day}(?![\d,.]*\d)",
        # "in February and March 2025", "January, February or March 2025": units sharing one written year, one date;
        # "between March and June 2025" is a range, its sides a date each
        "months-year": rf"(?<!(?i:between)\s){modifier}?{month}(?:,\s+{month})*,?\s+(?:and|or)\s+{dated_month}\s+(?:of\s+)?{year}",
        "month-year": rf"{modifier}?{dated_month},?\s+{year}",
        "month-relative": rf"{modifier}?{dated_month}\s+(?i:{'|'.join(YEAR_SHIFTS)})\s+year",
        # "November that year": the month of the year last written; "that year" is relative time, outside the span
        "month-that-year": rf"{modifier}?{dated_month}(?=\s+(?i:that)\s+year)",
        # "the winter of 2025–26": a season across two years is one date, the first year's season
        "seasons-year": rf"{modifier}?{season}(?:\s*(?:,|and|or|to|-|–)\s*{season})*\s+(?:of\s+)?{year}(?:[–-]\d\d(?![\d–-]))?",
        # numeric dates: ISO "2024-03-15", the day first with dots "15.03.2024", and with slashes, whose order
        # ("15/10/2024", "10/15/2024") only a number above 12 tells
        "iso-date": rf"{year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])",
        "dotted-date": rf"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.{year}(?!\.?\d)",
        "slashed-date": rf"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])/{year}(?![/\d])",
        "year-span": rf"{modifier}?(?:(?i:(?:fiscal|financial|farming|crop)\s+years?)\s+|FY\s?)?{year}\s*[/–-]\s*\d\d(?!\d|[/–-]\d)",
        # "the first quarter of FY2025": a part of a fiscal year as of a calendar one
        "fiscal-year": rf"{modifier}?(?:FY\s?|(?i:(?:fiscal|financial)\s+years?)\s+){year}",
        # "FY25": the fiscal year its two digits end; each end of "FY23–FY27", not "FY24-25"
        "fiscal-year-short": r"FY\s?\d\d(?![\d/]|[–-]\d)",
        # "Q3 2018", "H1 2025": a quarter or a half of a year takes the year, the letter and number inside the span
        "quarter-year": rf"(?:Q[1-4]|H[12])\s+{year}",
        "year": rf"{modifier}?{year}",
        "decade": rf"{modifier}?(?:(?:1[89]|20)?[0-9]0s|[’']\d0s)",
        # a month abbreviated without its stop alone only after a modifier ("late Oct", "early Sept", "mid-Nov"), as
        # monthly trackers write it; bare, "Mar" and "Jan" are names as often
        "month": rf"{modifier}?{month}|{modifier}{bare_abbreviation}(?![\w.])",
        "other-calendar-month": rf"{modifier}?{other_month}(?:\s+{year})?(?![\w’'])",
        "season": season,
        # "during the second quarter": a quarter of the year its episode is in (guidelines), not "a third quarter of"
        "quarter": rf"(?<=\b(?i:the)\s){quarter}(?![\w-]|\s+of\b)",
    }
    body = "|".join(f"(?P<{name.replace('-', '_')}>{shape})" for name, shape in shapes.items())
    # Every shape starts with one of these: testing them first spares trying all shapes at each word (5x faster).
    first_word = rf"(?=\d|[’']\d|FY|Q[1-4]\s|H[12]\s|(?i:fiscal|financial|farming|crop)\s|{quarter}|{modifier_word}|{season}|{dated_month}|{weekday}|{other_month})"
    # a year may carry the letter that tells two cited works of one year apart ("DESNZ, 2024a"), left outside
    end = r"(?:(?![\w%])|(?<=\d{4})(?=[a-h](?![\w%])))"
    pattern = re.compile(rf"(?<![\w$£€.,]){first_word}(?:{body}){end}")
    return DateRules(
        pattern=pattern,
        seasons={k.lower(): v for k, v in data["seasons"].items()},
        bare_month_cues=frozenset(data["bare_month_cues"]),
        determiner_month_cues=frozenset(data["determiner_month_cues"]),
        year_blockers=frozenset(data["year_blockers_after"]),
        number_cues=frozenset(data["number_cues_before"]),
        projection_cues=frozenset(data["projection_cues"]),
        past_cues=frozenset(data["past_cues_before"]),
        season_cues=frozenset(data["season_cues"]),
        calendar_season_cues=frozenset(data["calendar_season_cues"]),
        ambiguous_seasons=frozenset(data["ambiguous_seasons"]),
        event_days=dict(data["event_days"]),
        event_nouns=re.compile(rf"\s+(?:{_alternation(data['event_nouns_after'])})\b"),
    )


def find_dates(text: str, rules: DateRules | None = None) -> list[DateMatch]:
    """Every explicit calendar expression in `text`, left to right, without overlaps."""
    rules = rules or load_date_rules()
    found = []
    for match in rules.pattern.finditer(text):
        rule = match.lastgroup.replace("_", "-")
        if text[match.start() - 1:match.start()] in ("-", "–") and not (found and found[-1].end == match.start() - 1) \
                and not (PREFIXED.search(text, max(0, match.start() - 5), match.start()) and match.group()[:1].isalpha()):
            continue  # after a dash only as the second side of a range ("June-July", "October 2025–May 2026") or a
            # named day after a prefix ("post-September 11"), not in a code ("FAA–2020–0686") nor a year after a
            # prefix ("pre-2010 level")
        if rule == "day-range" and NUMBER_MARK.search(text[max(0, match.start() - 8):match.start()]):
            found.append(_after_the_number(text, match, rules))  # "Update No. 14 – 15 November 2025": an issue's
            continue  # number, then its date
        if rule == "month" and match.group() in _MONTH_NAMES and not _cued(text, match.start(), match.end(), rules) \
                and not RANGE_TO_MONTH.match(text, match.end()) and not (found and found[-1].end == match.start() - 1):
            continue
        if rule == "other-calendar-month" and (not _cued(text, match.start(), match.end(), rules) or NAME_WORD_AFTER.match(text, match.end())):
            continue  # "during Ramadan", not "Tariq Ramadan" nor "of Ramadan Shallah"
        if rule == "month-day" and after_a_name_word(text, match.start()):
            continue
        if rule == "season" and not _a_season_of_the_calendar(text, match.start(), match.end(), rules):
            continue
        if rule == "year-span" and not _a_year_range(match.group()):
            continue
        if rule in ("year", "decade", "year-span") and _blocked(text, match.start(), match.end(), rules):
            continue
        found.append(DateMatch(match.start(), match.end(), match.group(), normalise_date(match.group(), rule, rules), rule))
    return _years_from_range_ends(text, found)


NUMBER_MARK = re.compile(r"(?:\b(?:No|Nos|Nº|Number|Issue)\.?|#)\s*$")  # what stands before an issue's number
RANGE_DASH = re.compile(r"\s*(?:–|—|-|and|to)\s*")


def _after_the_number(text: str, match: re.Match, rules: DateRules) -> DateMatch:
    """The date after a dash that follows a numbered issue ("No. 14 – 15 November 2025": 15 November 2025)."""
    start = match.start() + RANGE_DASH.search(match.group()).end()
    written = text[start:match.end()]
    return DateMatch(start, match.end(), written, normalise_date(written, "day-month-year", rules), "day-month-year")


PREFIXED = re.compile(r"(?<![\w-])(?i:post|pre)-$")  # "post-September 11": a prefix glued to a named day
# "the August 17 Communiqué of 1982": a date opening a name whose year follows it after "of"
NAME_OF_YEAR = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){1,4}of\s+")


def _years_from_range_ends(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """"24 October – 24 Nov 2025": the first side of a range takes the year the second side gives, and a date
    in a document's name the year the name gives ("the August 17 Communiqué of 1982", guidelines)."""
    result = list(found)
    for i in range(len(result) - 2, -1, -1):
        first, second = result[i], result[i + 1]
        if first.value and first.value.startswith(UNKNOWN_YEAR) and second.value and second.value[:4].isdigit() \
                and (RANGE_JOIN.fullmatch(text[first.end:second.start]) or second.value.isdigit()
                     and NAME_OF_YEAR.fullmatch(text[first.end:second.start])):
            result[i] = DateMatch(first.start, first.end, first.text, second.value[:4] + first.value[4:], first.rule)
    return result


def _a_year_range(expression: str) -> bool:
    """"2018-19" is a year and the next, "1987–89" a span of years; "2018-05" is a month (or a number range), and a
    later number after a hyphen or a slash may be a number's or a symbol's ("Decision 2013-19", "S/2024/92"): a span
    of more years only with a dash."""
    first, second = (int(n) for n in re.findall(r"\d+", expression))
    return second == (first + 1) % 100 or second > first % 100 and re.search("[–—]", expression) is not None


NAME_WORD_AFTER = re.compile(r"\s+[A-Z]")
NAME_WORD_BEFORE = re.compile(r"\b[a-z]+\s+([A-Z][\w'’-]*)\s+$")


def after_a_name_word(text: str, start: int) -> bool:
    """"the tanker Unaizah May 1": a month and day right after a capitalised word inside the sentence (no weekday,
    no month) end a name, they date nothing."""
    before = NAME_WORD_BEFORE.search(text[max(0, start - 40):start])
    return before is not None and before.group(1) not in WEEKDAYS and before.group(1) not in _MONTH_NAMES


def _cued(text: str, start: int, end: int, rules: DateRules) -> bool:
    """A month name alone ("in April") is a date only after a cue word, so "May" the verb is not; after a
    determiner ("the August deal", "extradited that September") unless a capitalised word follows, the month then
    opening a name ("the May Fourth Movement")."""
    before = re.findall(r"[\w\-]+", text[max(0, start - 20):start])
    if not before:
        return False
    cue = before[-1].lower()
    return cue in rules.bare_month_cues or cue in rules.determiner_month_cues and not NAME_WORD_AFTER.match(text, end)


def _a_season_of_the_calendar(text: str, start: int, end: int, rules: DateRules) -> bool:
    """"last summer", "well into the winter": a season named alone, in lower case, after a word that sets it in
    time and not modifying a noun ("the winter wheat"); "the spring" and "the fall" may be a source or a collapse."""
    word = text[start:end]
    before = re.findall(r"[\w\-]+", text[max(0, start - 20):start])
    cue = before[-1].lower() if before else ""
    cues = rules.calendar_season_cues if word in rules.ambiguous_seasons else rules.season_cues
    return word.islower() and cue in cues and (ATTRIBUTIVE_AFTER.match(text, end) is None or NOT_A_NOUN_AFTER.match(text, end) is not None
                                                or CLAUSE_AFTER.match(text, end) is not None)


# a year that opens a document's number ("AD 2018–23–51", "FR Doc. 2020–17221", "Product Identifier 2019–NM–035–AD"):
# a dash and a number that is neither a later year ("2018–19", "2018–2019") nor the month and day of an ISO date
# ("2020-02-16"), or a dash and a code in capitals that goes on after another dash
IDENTIFIER_AFTER_YEAR = re.compile(
    r"[–-](?:(?!(?:0[1-9]|1[0-2])[–-](?:0[1-9]|[12]\d|3[01])(?!\d))(?:\d+[–-]\d|\d{3}(?!\d)|\d{5,})|[A-Z]{1,6}[–-][\dA-Z])")


def _blocked(text: str, start: int, end: int, rules: DateRules) -> bool:
    """A number followed by a unit ("2400 km") is a quantity, one after "Resolution" or "No." an identifier, and so is
    one that opens a document's number or closes a resolution's symbol ("resolution 2771 (2025)")."""
    after = re.match(r"\s*([\w%]+)", text[end:])
    before = re.findall(r"[\w.]+", text[max(0, start - 20):start])
    return bool(after) and after.group(1).lower() in rules.year_blockers or bool(before) and before[-1].lower() in rules.number_cues \
        or IDENTIFIER_AFTER_YEAR.match(text, end) is not None or _year_of_a_symbol(text, start, rules)


# "resolution 2771 (2025)", "resolutions 550 (1984) and 789 (1992)": the year in brackets after a number is part of its symbol
SYMBOL_BEFORE_YEAR = re.compile(r"([A-Za-z.]+)\s+(?:\d+\s*\(\d{4}\)\s*(?:,|and)\s*)*\d+\s*\($")


# "PSC/PR/COMM.1256 (2025)", "S/RES/2719 (2023)": a document symbol, letters and numbers between slashes
SLASHED_SYMBOL_BEFORE_YEAR = re.compile(r"(?<![\w/])[A-Z][A-Za-z0-9.-]*(?:/[A-Za-z0-9.-]+)+(?<=\d)\s*\($")


def _year_of_a_symbol(text: str, start: int, rules: DateRules) -> bool:
    """A year in brackets after an identifier's number, itself after "resolution", "law" or "No.", or after a
    document symbol (guidelines: "PSC/PR/COMM.1245 (2024)"), names no time of the narrative."""
    before = text[max(0, start - 80):start]
    symbol = SYMBOL_BEFORE_YEAR.search(before)
    return symbol is not None and symbol.group(1).lower() in rules.number_cues or (
        SLASHED_SYMBOL_BEFORE_YEAR.search(before) is not None)


def normalise_date(expression: str, rule: str, rules: DateRules | None = None) -> str | None:
    """The TIMEX3 value of one expression: the smallest value that covers it."""
    rules = rules or load_date_rules()
    core = re.sub(r"\s+", " ", expression.strip())
    if rule == "decade":
        digits = re.sub(r"\D", "", core)
        century = digits[:2] if len(digits) == 4 else ("19" if int(digits) >= 30 else "20")
        return f"{century}{digits[-2]}X"
    year = re.search(r"(1[89]\d\d|20\d\d)", core)
    if rule == "iso-date":
        return core
    if rule == "dotted-date":
        day_, month_, year_ = core.split(".")
        return f"{year_}-{int(month_):02d}-{int(day_):02d}"
    if rule == "slashed-date":
        return _slashed_date_value(core)
    if rule == "year-span":  # "2023/24", "fiscal year 2018-19": the decade covering both, else the first year
        last = re.search(r"(\d\d)$", core).group(1)
        return f"{year.group(1)[:3]}X" if year.group(1)[2] == last[0] and last > year.group(1)[2:] else year.group(1)
    if rule in ("day-range", "month-day-range"):
        core = re.sub(r"^\D*?\d+(?:st|nd|rd|th)?\s*(?:–|—|-|and|to)\s*", "", core) if rule == "day-range" else \
            re.sub(r"(\d+)(?:st|nd|rd|th)?\s*(?:–|—|-|and|to)\s*\d+(?:st|nd|rd|th)?", r"\1", core)
        value = calendar_value(core)
        return value[:7] if value else None
    if rule in ("fiscal-year", "quarter-year"):  # "FY2023", "fiscal year 2025", "Q3 2018": the year that names it
        return year.group(1)
    if rule == "fiscal-year-short":  # "FY25", "FY99": the century that puts the year nearest the present
        two = int(core[-2:])
        return str(2000 + two if two < SHORT_YEAR_PIVOT else 1900 + two)
    if rule == "quarter":  # "the second quarter": the year of its episode (the values have no quarters)
        return UNKNOWN_YEAR
    if rule == "other-calendar-month":  # "the month of Ramadan": the Gregorian year it falls in, that of its episode
        return year.group(1) if year else UNKNOWN_YEAR
    if rule == "season":  # "last summer": the season of a year the narrative gives
        return f"{UNKNOWN_YEAR}-{rules.seasons[core.lower()]}"
    if rule == "months-year":  # one month named twice is that month, else the year covers them
        months = {w.rstrip(".")[:3].lower() for w in re.findall(r"[A-Za-z]+\.?", core) if w.rstrip(".") in MONTH_WORDS}
        return calendar_value(core) if len(months) == 1 else year.group(1)
    if rule == "seasons-year":
        seasons = {rules.seasons[w.lower()] for w in re.findall(r"[A-Za-z]+", core) if w.lower() in rules.seasons}
        return f"{year.group(1)}-{seasons.pop()}" if len(seasons) == 1 else year.group(1)
    return calendar_value(core)


def _slashed_date_value(core: str) -> str | None:
    """"15/10/2024" (day first), "10/15/2024" (month first): the full date where a number above 12 or two equal
    numbers settle the order, else only the year both readings share; a day past the month's end is no date."""
    first, second, year_ = (int(part) for part in core.split("/"))
    if first == second or (first > 12) != (second > 12):
        day_, month_ = (first, second) if first > 12 or first == second else (second, first)
        try:
            return datetime(year_, month_, day_).strftime("%Y-%m-%d")
        except ValueError:
            return None
    return f"{year_:04d}" if first <= 12 and second <= 12 else None


@lru_cache(maxsize=4096)
def calendar_value(expression: str) -> str | None:
    """Year, year-month or full date, as far as the expression says; `XXXX` stands for a missing year."""
    first, second = datetime(1, 1, 1), datetime(2, 2, 2)
    try:
        a = date_parser.parse(expression, default=first, fuzzy=True)
        b = date_parser.parse(expression, default=second, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    year = f"{a.year:04d}" if a.year == b.year else UNKNOWN_YEAR
    if a.month != b.month:
        return year
    if a.day != b.day:
        return f"{year}-{a.month:02d}"
    return f"{year}-{a.month:02d}-{a.day:02d}"


@dataclass(frozen=True)
class Placement:
    """Where a date stands in the narrative: its paragraph and sentence, whether its year may anchor the year-less dates after it
    (not a year that modifies a noun: "the 1972 Simla Agreement", "the 2019 elections"), the years it lies from
    the document's time ("October last year": -1), whether it heads an entry of a chronology (a line of dates alone,
    "20–23 October 2023"), whether it is the first date of the document's opening lines (its date of writing, in a
    dateline or title block) and whether it refers back to the year last written ("November that year")."""

    paragraph: int
    anchors: bool = True
    shift: int | None = None
    past: bool = False
    sentence: int = 0
    heading: bool = False
    opening: bool = False
    back: bool = False


SENTENCE_END = re.compile(r"[.!?][”’\"')]?(?:\s+|$)(?=[A-Z“\"‘(\d])|\n")
RELATIVE_YEAR = re.compile(rf"\s+({'|'.join(YEAR_SHIFTS)})\s+year$", re.IGNORECASE)
THAT_YEAR = re.compile(r"\s+(?:of\s+)?that\s+year\b", re.IGNORECASE)  # "in August (of) that year": the month alone is the date
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|this|that|whose)\s+$")
ATTRIBUTIVE_AFTER = re.compile(r"\s+[A-Za-z]")
NOT_A_NOUN_AFTER = re.compile(r"\s+(?i:and|or|to|until|till|through|when|while|as|in|on|at|by|of|for|with)\b")
EVENT_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
CLAUSE_AFTER = re.compile(r"\s+(?i:the|a|an|its|their|it|they|he|she|we|i|this|these|those|there)\b")
# a dateline's place before the date of writing: "QUITO, ", "NEW DELHI/ISLAMABAD, "
DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’/-]*,\s*")
# what a line of dates alone may hold besides them: range dashes, "and", "to", a closing colon or full stop
HEADING_REST = re.compile(r"[\s–—\-:,./]*(?:(?:and|to)[\s–—\-:,./]*)*", re.IGNORECASE)


def placements(text: str, dates: list[DateMatch], past: frozenset[str] = frozenset()) -> list[Placement]:
    """The narrative place of each date of `text` (see `Placement`); `past`, the words that put a date after them
    in the past."""
    result = []
    lines = [m.end() for m in re.finditer("\n", text)]
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    headings = _heading_lines(text, dates, lines)
    for i, date in enumerate(dates):
        relative = RELATIVE_YEAR.search(date.text)
        # "in September and October last year": the first side of the pair shares the second's year
        joined = dates[i + 1] if i + 1 < len(dates) and RANGE_JOIN.fullmatch(text[date.end:dates[i + 1].start]) else None
        relative = relative or (RELATIVE_YEAR.search(joined.text) if joined and date.value and date.value.startswith(UNKNOWN_YEAR) else None)
        attributive = date.rule == "year" and ATTRIBUTIVE_BEFORE.search(text[max(0, date.start - 12):date.start]) is not None \
            and ATTRIBUTIVE_AFTER.match(text, date.end) is not None and NOT_A_NOUN_AFTER.match(text, date.end) is None
        before = _word_before(text, date.start)
        # "its worst unrest since 2019": the year a span reaching the present starts from; the narrative is not there
        starting_point = date.rule == "year" and before == "since"
        starting_point = starting_point or date.rule == "year" and _in_a_relative_aside(text, date.start)
        line = bisect.bisect_right(lines, date.start)
        result.append(Placement(line, not attributive and not starting_point,
                                YEAR_SHIFTS[relative.group(1).lower()] if relative else None, before in past,
                                bisect.bisect_right(ends, date.start), line in headings,
                                i == 0 and line <= 2 and (line in headings or DATELINE_PLACE.fullmatch(text, _line_start(text, date.start), date.start) is not None),
                                _back_to_the_year_written(text, date)))
    return result


def _back_to_the_year_written(text: str, date: DateMatch) -> bool:
    """"November that year", "August of that year": the year last written, whatever the narrative's."""
    return THAT_YEAR.match(text, date.end) is not None


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _heading_lines(text: str, dates: list[DateMatch], lines: list[int]) -> set[int]:
    """The lines that hold nothing but dates (and the dashes or words that join them): the headings of a chronology's
    entries or of a dated section, whose year the lines after them tell."""
    starts = [0] + lines
    by_line: dict[int, list[DateMatch]] = {}
    for date in dates:
        by_line.setdefault(bisect.bisect_right(lines, date.start), []).append(date)
    headings = set()
    for line, held in by_line.items():
        end = lines[line] - 1 if line < len(lines) else len(text)
        cuts = [starts[line]] + [p for d in held for p in (d.start, d.end)] + [end]
        if all(HEADING_REST.fullmatch(text[a:b]) for a, b in zip(cuts[::2], cuts[1::2])):
            headings.add(line)
    return headings


RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom)\s+[^,.;:!?\n]*$")
CLAUSE_CLOSED = re.compile(r"[^,.;:!?\n]*,")


def _in_a_relative_aside(text: str, start: int) -> bool:
    """"The BLA, which ... was banned by Islamabad in 2006, hijacked a train on 11 March": a year inside a relative
    clause set off by commas tells the background of a name, not the time the narrative has reached."""
    return RELATIVE_ASIDE.search(text, max(0, start - 200), start) is not None and CLAUSE_CLOSED.match(text, start) is not None


def anchor_years(values: list[str | None], year: str | None = None, periods: list[tuple[str, str] | None] | None = None,
                 places: list[Placement] | None = None) -> list[str | None]:
    """Give each year-less value the year of the narrative: that of the dated expressions as they move on, or the
    document's own (`year`, from its dateline or running header) for a year-less date before any, which puts the
    narrative in the document's year. A date earlier than the narrative's year is an aside ("arrested in July 2019"
    in a report of May 2025, "established in March 1978"): it dates the year-less expressions after it in its own
    sentence only, and the narrative resumes after it ("On 23 April" in the next sentence), unless that date, to
    the day, opens the dates of its paragraph, which then tells the days of that year ("The fighting began on 28
    April 2021 … By 1 May"; not "since August 2021 … on 8 October"); one later than the document's is a target or
    a forecast ("by 2015") and dates nothing. A year
    that modifies a noun anchors nothing (`Placement`); "October last year" counts from the document's time, and a
    month said of the past ("since June") is not later than it. A month said of the period a document projects
    (`projection_periods`) that this year would put outside it takes the year that puts it inside, if any: in an
    outlook for October 2025 to May 2026, "prices will rise during the February to May lean season" is in 2026
    even after a date of 2025, while "recorded in May" after "June 2025" is May 2025. The heading of a chronology's
    entry ("20–23 October 2023" on a line of its own) moves the narrative to its year, earlier or not; the date of
    writing in the opening lines ("QUITO, 20 November 2025 -") is the document's year, no point the narrative has
    reached, so "On 9 August 2023 ... On 15 October" after it stays in 2023; "November that year" takes the year
    last written, whatever its kind."""
    places = places or [Placement(0)] * len(values)
    narrative: str | None = None
    written: str | None = None  # the year of the last date that writes one
    aside: tuple[str, int] | None = None  # the year of an aside and its sentence
    story: tuple[str, int] | None = None  # the year of a paragraph that opens on an earlier date, and the paragraph
    paragraph: int | None = None  # that of the last date
    anchored = []
    for value, period, place in zip(values, periods or [None] * len(values), places):
        explicit = bool(value) and value[:4].isdigit()
        if value and value.startswith(UNKNOWN_YEAR):
            if place.shift is not None and (year or narrative):
                anchor = str(int(year or narrative) + place.shift)
            elif place.back and written:
                anchor = written
            else:
                anchor = aside[0] if aside and aside[1] == place.sentence else \
                    story[0] if story and story[1] == place.paragraph and len(value) == len("XXXX-MM-DD") else narrative or year
                narrative = narrative or year
            if place.past and year and anchor and anchor > year:
                anchor = year
            value = _inside(anchor + value[len(UNKNOWN_YEAR):], period) if anchor else value
        elif value and value[:4].isdigit() and place.anchors:
            if year is not None and value[:4] > year or place.opening and value[:4] == year:
                pass  # a target or a forecast ("by 2015"), or the date of writing: no time the narrative has reached
            elif narrative is None or narrative <= value[:4] or place.heading:
                narrative, aside, story = value[:4], None, None
            else:
                aside = (value[:4], place.sentence)
                if len(value) == len("YYYY-MM-DD") and (place.paragraph != paragraph or story and story[1] == place.paragraph):
                    story = (value[:4], place.paragraph)
        paragraph = place.paragraph
        written = value[:4] if explicit else written
        anchored.append(value)
    return anchored


def anchored_values(text: str, dates: list[DateMatch], year: str | None, rules: DateRules) -> list[str | None]:
    """The values of the dates of `text` with the years their narrative gives (`anchor_years`), after their
    projections (`projection_periods`) and places (`placements`)."""
    periods = projection_periods(text, [(d.start, d.end, d.value) for d in dates], rules.projection_cues, rules.past_cues)
    values = anchor_years([d.value for d in dates], year, periods, placements(text, dates, rules.past_cues))
    values = _dates_referred_back(text, dates, values)
    return [_event_year(text, d, rules) or v for d, v in zip(dates, values)]


def _event_year(text: str, date: DateMatch, rules: DateRules) -> str | None:
    """"the September 11 attacks", "post-September 11", "the 7 October attack": a year-less day naming a known attack
    (`event_days`) is dated to the attack."""
    if not (date.value and date.value.startswith(UNKNOWN_YEAR) and len(date.value) == len("XXXX-MM-DD")):
        return None
    year = rules.event_days.get(date.value[5:])
    named = rules.event_nouns.match(text, date.end) or PREFIXED.search(text, max(0, date.start - 5), date.start)
    return f"{year}{date.value[4:]}" if year and named else None


def _dates_referred_back(text: str, dates: list[DateMatch], values: list[str | None]) -> list[str | None]:
    """"the bombing on the night of 6 October" after a list's "6 October 2024", "the August congress" after "its
    congress in August 2024": a year-less day and month that repeat a date written earlier with its year, and a
    year-less month naming an event ("the August congress") dated earlier in that month with the event's noun, refer
    back to it and take its year, wherever the narrative has moved since; not when the earlier dates give it two
    years ("the August deal" after "8 August 2025" and "30 August 2024")."""
    result = list(values)
    earlier: dict[tuple[bool, str], tuple[set[str], DateMatch]] = {}  # (whole value?, value after its year) -> years, last date
    for i, date in enumerate(dates):
        if date.value and date.value[:4].isdigit():
            _remember(earlier, date)
        if not (date.value and date.value.startswith(UNKNOWN_YEAR)) or RELATIVE_YEAR.search(date.text) or _back_to_the_year_written(text, date):
            continue
        day = len(date.value) == len("XXXX-MM-DD")
        event = None if day else _event_named(text, date)
        if not day and not event:
            continue
        years, last = earlier.get((day, date.value[4:]), (set(), None))
        if len(years) == 1 and (day or event in _sentence_words(text, last.start)):
            result[i] = next(iter(years)) + date.value[4:]
    return result


def _remember(earlier: dict[tuple[bool, str], tuple[set[str], DateMatch]], date: DateMatch) -> None:
    """Files a dated value under its whole rest after the year (a day refers back to the same day) and under each of
    its leading parts (a month refers back to any date in that month)."""
    for key in [(True, date.value[4:])] + [(False, date.value[4:n]) for n in range(4, len(date.value) + 1)]:
        years, _ = earlier.get(key, (set(), None))
        earlier[key] = (years | {date.value[:4]}, date)


def _event_named(text: str, date: DateMatch) -> str | None:
    """The noun after a month between a determiner and it ("the August congress": "congress"), if any."""
    after = EVENT_NOUN_AFTER.match(text, date.end)
    if ATTRIBUTIVE_BEFORE.search(text, max(0, date.start - 12), date.start) is None or after is None \
            or NOT_A_NOUN_AFTER.match(text, date.end) or CLAUSE_AFTER.match(text, date.end):
        return None
    return after.group(1)


def _inside(value: str, period: tuple[str, str] | None) -> str:
    if period is None or len(value) < 7 or period[0] <= value[:7] <= period[1]:
        return value
    years = range(int(period[0][:4]), int(period[1][:4]) + 1)
    return next((f"{y}{value[4:]}" for y in years if period[0] <= f"{y}{value[4:7]}" <= period[1]), value)


def projected_period(text: str, spans: list[tuple[int, int, str | None]], cues: frozenset[str]) -> tuple[str, str] | None:
    """The first range of two months with their years ("between October 2025 and May 2026") in a sentence that
    projects (a cue such as "expected", "projected", "outlook"), at most two years long: the period an outlook
    or a forecast covers. `spans` are the document's dates (start, end, value) in order."""
    for (_, end, first), (start, stop, second) in zip(spans, spans[1:]):
        if not (first and second and len(first) == len(second) == 7 and first[:4].isdigit() and second[:4].isdigit()):
            continue
        if not RANGE_JOIN.fullmatch(text[end:start]) or not first < second or int(second[:4]) - int(first[:4]) > 1:
            continue
        if _sentence_words(text, end) & cues:
            return first, second
    return None


def projection_periods(text: str, spans: list[tuple[int, int, str | None]], cues: frozenset[str],
                       past: frozenset[str] = frozenset()) -> list[tuple[str, str] | None]:
    """For each date, the projected period when its own sentence projects too (a cue word), else None; a date after
    a word that puts it in the past ("the reduction in rations since June") is no part of the projection."""
    period = projected_period(text, spans, cues)
    return [period if period and _sentence_words(text, start) & cues and not _word_before(text, start) in past else None
            for start, _, _ in spans]


def _word_before(text: str, start: int) -> str:
    before = re.findall(r"\w+", text[max(0, start - 20):start])
    return before[-1].lower() if before else ""


SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?!\s))+")


def _sentence_words(text: str, at: int) -> set[str]:
    """The lower-case words of the sentence holding position `at`."""
    line_start = text.rfind("\n", 0, at) + 1
    sentence = next((m.group() for m in SENTENCE.finditer(text, line_start) if m.start() <= at <= m.end()), "")
    return set(re.findall(r"[a-z]+", sentence.lower()))
