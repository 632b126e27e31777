"""Legal forms that close or open a company's name ("Tarsheed Electronics DMCC", "Shenzhen Huarui Xinda
Electronics Co., Ltd.", "OOO Avtomatika-Servis"): the form says the name is a firm's, and it belongs to the name."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import link_name

FIRM = "+legal-form"
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’&-]*\.? )+$")  # the capitalised words right before a legal form
NAME_AFTER = r" ([A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+)*)"  # the capitalised words right after a legal form
ARTICLES = ("The ", "A ", "An ")


def join_legal_forms(text: str, mentions: list[Mention], kb: KnowledgeBase, forms: frozenset[str],
                     prefixes: frozenset[str], ambiguous: frozenset[str] = frozenset(),
                     heads: frozenset[str] = frozenset()) -> list[Mention]:
    """A name followed by legal forms (", Ltd.", " Co., Ltd.") or preceded by one ("OOO ") takes them in and is a
    GROUP, and so is a name that ends in one; a form read apart inside the whole is dropped, and a town the model
    split off the front of such a name ("Beijing Zhongke Tianyu Navigation Technology Co., Ltd.") joins it. Capitalised
    words before a form that no mention took are the firm's name. A form read alone stays what it was read as ("the
    PLC" is Yemen's Presidential Leadership Council), unless it is written as no body's acronym is ("Ltd.").
    An `ambiguous` form ("SA", "AG") closes only a name of two words or more in mixed case that is no place
    ("Tenke Fungurume Mining SA", not "Cape Town SA"). A body's name read with the firm over "and" ("the Estonian
    Centre for Defence Investment and Nammo Lapua Oy", an organisation's head before "and") is a name of its own."""
    if not forms:
        return mentions
    form = _alternatives(forms)
    after = re.compile(r"(?:,? " + form + r")+(?![\w-])")
    after_ambiguous = re.compile(" " + _alternatives(ambiguous) + r"(?![\w/-])") if ambiguous else None
    before = re.compile(r"(?<![\w-])" + _alternatives(prefixes) + " $") if prefixes else None
    joined: list[Mention] = []
    for m in mentions:
        if m.label not in ("ACTOR", "GROUP", "PLACE") or m.text in forms:
            joined.append(m)
            continue
        closing = after.match(text, m.end) or (
            after_ambiguous.match(text, m.end) if after_ambiguous and _firm_like(m.text, m.label) else None)
        opening = before.search(text, max(0, m.start - 5), m.start) if before else None
        last = m.text.rsplit(" ", 1)
        closed = last[-1] in forms or len(last) == 2 and last[-1] in ambiguous and _firm_like(last[0], m.label)
        if not closing and not opening and not closed:
            joined.append(m)
            continue
        start, end = opening.start() if opening else m.start, closing.end() if closing else m.end
        if joined and joined[-1].label == "PLACE" and text[joined[-1].end:start] == " ":
            start = joined.pop().start
        elif m.label == "PLACE":
            start = _name_words_before(text, start, joined[-1].end if joined else 0)  # "Sino-Metals Leach Zambia Limited"
        body = text.rfind(" and ", start, end)
        if body > start and any(word in heads for word in text[start:body].split()):
            joined.append(replace(m, end=body, text=text[start:body], entity_id=link_name(text[start:body], kb)))
            start = body + len(" and ")
        joined.append(_firm(m, text, start, end, kb))
    joined = _unread_firms(text, joined, kb, re.compile(r"(?<= )" + form + r"(?:,? " + form + r")*(?![\w-])"))
    if ambiguous:
        joined = _unread_firms(text, joined, kb, re.compile(r"(?<=[^\W\d_] )" + _alternatives(ambiguous) + r"(?![\w/-])"), ambiguous=True)
    if prefixes:
        joined = _unread_prefixed_firms(text, joined, kb, re.compile(r"(?<![\w-])" + _alternatives(prefixes) + NAME_AFTER))
    firms = [(m.start, m.end) for m in joined if m.origin.endswith(FIRM)]
    return [m for m in joined if m.origin.endswith(FIRM) or not (any(s <= m.start and m.end <= e for s, e in firms)
                                                                 or m.text in forms and not m.text.isupper())]


def _name_words_before(text: str, start: int, limit: int) -> int:
    """Where the capitalised words right before a place that opens a firm's name begin, no mention among them
    ("Sino-Metals Leach" before "Zambia Limited"); an article or a sentence's opening word is no part of it ("In")."""
    run = CAPITALISED_RUN.search(text, max(limit, start - 150), start)
    if run is None:
        return start
    words = run.group().split()
    while words and words[0].lower() in STOP_WORDS:
        words.pop(0)
    return start - len(" ".join(words)) - 1 if words else start


def _alternatives(forms: frozenset[str]) -> str:
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def _firm_like(name: str, label: str) -> bool:
    """Two words or more, not all in capitals, and no place: a name an ambiguous legal form may close."""
    return label != "PLACE" and len(name.split()) >= 2 and not name.isupper()


def _firm(m: Mention, text: str, start: int, end: int, kb: KnowledgeBase) -> Mention:
    name = text[start:end]
    return replace(m, start=start, end=end, text=name, label="GROUP", entity_id=link_name(name, kb), origin=m.origin + FIRM)


def _unread_firms(text: str, mentions: list[Mention], kb: KnowledgeBase, forms, ambiguous: bool = False) -> list[Mention]:
    """"… determined to add Beijing Zhongke Tianyu Navigation Technology Co., Ltd. for …": the capitalised words
    before a legal form no firm's mention closes are its name (a place among them is part of it); before an
    `ambiguous` form they are a firm's name only as `_firm_like` says, with no place among them."""
    found = []
    for match in forms.finditer(text):
        run = CAPITALISED_RUN.search(text, max(0, match.start() - 150), match.start())
        if run is None:
            continue
        start = run.start() + next((len(a) for a in ARTICLES if text.startswith(a, run.start())), 0)
        inside = [m for m in mentions if m.start < match.end() and start < m.end]
        if ambiguous and (not _firm_like(text[start:run.end()], "") or any(m.label == "PLACE" for m in inside)):
            continue
        if start < run.end() and all(m.start >= match.start() and m.end <= match.end()  # the form read apart
                                     or m.label == "PLACE" and start <= m.start and m.end <= match.start() for m in inside):
            mentions = [m for m in mentions if m not in inside]
            name = text[start:match.end()]
            found.append(Mention(start, match.end(), "GROUP", name, link_name(name, kb), None, "rule", "names:firm" + FIRM))
    return sorted(mentions + found, key=lambda m: (m.start, m.end))


def _unread_prefixed_firms(text: str, mentions: list[Mention], kb: KnowledgeBase, prefixed) -> list[Mention]:
    """"The state-owned PAO Sovcomflot": the capitalised words after a legal form written before a name are a firm's
    name also where no mention read them."""
    found = [Mention(match.start(), match.end(), "GROUP", match.group(), link_name(match.group(), kb), None, "rule", "names:firm" + FIRM)
             for match in prefixed.finditer(text) if not any(m.start < match.end() and match.start() < m.end for m in mentions)]
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions
