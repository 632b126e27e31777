"""Authors of cited works, persons by the shape of the citation: initials after the surname in a reference list
("Poole, L., Ramasawmy, M., & Banerjee, A. (2021)", "Chisenga CC, Bosomprah S, et al."), "et al." ("Butler et al.,
2013"), or co-authors joined and followed by the year ("Bolton & Stewart, 2024", "Carley and Konisky (2020)"), or
one author and the year without a comma ("(Wallis 2022; Kabutaulaka 2021)", "As Fraenkel (2023) argues"; not "the
Strategy (2021)"). Each author is the surname alone (guidelines, section 9); a surname that is also a town's name
("Poole", "Toyama") is the author here. An entry of a reference list whose author is a name without initials
("Ofgem. (2015).") cites an organisation. Across the document, the same name is then that author ("(Toyama, 2015)")
or that organisation ("Ofgem, as the regulator").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.core.mention import Mention
from pipeline.tagging.acronyms import is_acronym
from pipeline.tagging.candidates import TIER_RULE, Candidate
from pipeline.tagging.dates import MONTH_WORDS, WEEKDAYS, load_date_rules
from pipeline.tagging.doc_access import doc_text
from pipeline.tagging.gazetteer import is_weak
from pipeline.tagging.knowledge_base import KnowledgeBase
from pipeline.tagging.linker import free

ORIGIN = "names:cited-author"
# a capitalised word with a lower-case letter, taken whole (`*+`): read as two runs around the lower-case letter it
# could be split many ways, and a long list of such words with no year after it took minutes to refuse
SURNAME = r"[A-Z](?=[\w’'-]*[a-z])[\w’'-]*+"
INITIALS = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"
YEAR = r"\(?(?:1[89]|20)\d\d[a-h]?\b"
JOIN = r"(?:,\s*(?:&\s*|and\s+)?|\s*&\s*|\s+and\s+)"
# a reference-list entry: surnames with initials, then (after "et al." or more authors) the year
WITH_INITIALS = re.compile(rf"({SURNAME}),\s+({INITIALS})")
AUTHOR = rf"(?<![\w’'-]){SURNAME},\s+{INITIALS}"
INITIALLED_LIST = re.compile(rf"{AUTHOR}(?:{JOIN}{AUTHOR})*(?:,?\s*et\s+al\.)?,?\s*{YEAR}")
# the same entry in the Vancouver style of medical journals: initials without stops after the surname, two or more
# authors or one and "et al." ("Chisenga CC, Bosomprah S, Mwaba J, et al. Cholera in Lusaka …")
# (not a firm's legal form: "Total SA, Eni SpA")
NOT_A_FORM = r"(?!(?:SA|AG|AB|AS|SE|NV|BV|LP|KG|OY|SPA)\b)"
PLAIN_INITIALS = re.compile(rf"({SURNAME}) {NOT_A_FORM}([A-Z]{{1,3}})(?=[,.])")
PLAIN_AUTHOR = rf"(?<![\w’'-]){SURNAME} {NOT_A_FORM}[A-Z]{{1,3}}(?=[,.])"
VANCOUVER_LIST = re.compile(rf"{PLAIN_AUTHOR}(?:,\s*{PLAIN_AUTHOR})+(?:,\s*et\s+al\.)?|{PLAIN_AUTHOR},\s*et\s+al\.")
# running text: surnames ending in "and" or "&" and the year ("Poole, Ramasawmy, and Banerjee (2021)"; not "Lall,
# Ranjit (2010)", a given name after the surname); or one surname and "et al."
NAMED_LIST = re.compile(rf"(?<![\w’'-])({SURNAME})(?:,\s*{SURNAME})*,?\s*(?:&|and)\s*{SURNAME},?\s*{YEAR}")
ET_AL = re.compile(rf"(?<![\w’'-])({SURNAME})\s+et\s+al\b")
# one author: "(Wallis 2022; Kabutaulaka 2021)" inside the brackets, "As Fraenkel (2023) argues" in running text
ONE_AUTHOR = re.compile(rf"(?:(?<=\()|(?<=;\s))({SURNAME})\s+(?:1[89]|20)\d\d[a-h]?\b"
                        rf"|(?<![\w’'-])({SURNAME})\s+\((?:1[89]|20)\d\d[a-h]?\)")
NOT_BEFORE_AN_AUTHOR = re.compile(r"(?:\b(?i:the|a|an|this|that|its|their|our|his|her)|,)\s*$")
# an entry of a reference list whose author has no initials or given name: an organisation ("19. Ofgem. (2015).",
# "DESNZ. (2024a).", "17. National Grid. (2024)."); persons are cited with them
CAPITALISED = r"[A-Z][\w’'-]+"
ORGANISATION_AUTHOR = re.compile(
    rf"(?:^|\n|(?<=\d\.)\s)({CAPITALISED}(?:\s+(?:(?:of|for|and|&|the)\s+)*{CAPITALISED}){{0,5}})\.\s+\((?:1[89]|20)\d\d[a-h]?[),]")
ORGANISATION_ORIGIN = "names:cited-organisation"
WORD_BEFORE = re.compile(r"([\w’'-]+)[^\w\n]*$")
CITED_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def cited_authors(doc: Doc, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """Every surname in a citation shape, as ACTOR; not a name the knowledge base knows as anything but a town or a
    region from the geographic lists ("Washington, D.C. (2019)"), not a calendar word, an organisation's head word or
    an acronym, and, without initials, not a sentence adverb ("Additionally, Carley and Konisky (2020)"). An author
    with initials gets the id of initials and surname ("b-k-sovacool"), which the surname takes elsewhere."""
    text = doc_text(doc)
    if not CITED_YEAR.search(text):  # every shape but "et al." ends in a year: most paragraphs cite nothing
        return _et_al_authors(doc, text, rules, kb) if "et al" in text else []
    authors: dict[tuple[int, int], str] = {}
    for match in NAMED_LIST.finditer(text):
        if not _inside_a_name(text, match.start()):
            for m in re.finditer(SURNAME, match.group()):
                authors[match.start() + m.start(), match.start() + m.end()] = kb.derived_id(m.group())
    for match in ONE_AUTHOR.finditer(text):
        span = match.span(1) if match.group(1) else match.span(2)
        if not _inside_a_name(text, span[0]) and not NOT_BEFORE_AN_AUTHOR.search(text, max(0, span[0] - 8), span[0]):
            authors.setdefault(span, kb.derived_id(text[span[0]:span[1]]))
    authors = {span: entity_id for span, entity_id in authors.items() if not _adverb(doc, *span)}
    for match in INITIALLED_LIST.finditer(text):
        for m in WITH_INITIALS.finditer(text, match.start(), match.end()):
            authors[m.span(1)] = kb.derived_id(f"{m.group(2)} {m.group(1)}")
    for match in VANCOUVER_LIST.finditer(text):
        for m in PLAIN_INITIALS.finditer(text, match.start(), match.end()):
            authors[m.span(1)] = kb.derived_id(f"{'. '.join(m.group(2))}. {m.group(1)}")
    found = [Candidate(start, end, "ACTOR", "rule", ORIGIN, TIER_RULE, 1, entity_id)
             for (start, end), entity_id in sorted(authors.items()) if _could_be_a_surname(text[start:end], rules, kb)]
    organisations = [Candidate(*m.span(1), "GROUP", "rule", ORGANISATION_ORIGIN, TIER_RULE, 1) for m in ORGANISATION_AUTHOR.finditer(text)]
    return sorted(_et_al_authors(doc, text, rules, kb) + found + organisations, key=lambda c: (c.start, c.end))


def _et_al_authors(doc: Doc, text: str, rules: dict, kb: KnowledgeBase) -> list[Candidate]:
    """"Butler et al.": the surname before it, not the end of a longer name or a sentence adverb."""
    return [Candidate(*m.span(1), "ACTOR", "rule", ORIGIN, TIER_RULE, 1, kb.derived_id(m.group(1))) for m in ET_AL.finditer(text)
            if not _inside_a_name(text, m.start()) and not _adverb(doc, *m.span(1)) and _could_be_a_surname(m.group(1), rules, kb)]


def _adverb(doc: Doc, start: int, end: int) -> bool:
    token = doc.char_span(start, end, alignment_mode="expand")
    return token is not None and (token[0].pos_ == "ADV" or token[0].is_stop)


def _inside_a_name(text: str, start: int) -> bool:
    """"Department for Levelling Up Housing & Communities, 2024": a capitalised word before the list makes it the
    end of a longer name, not authors."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in STOP_WORDS \
        and text[before.end(1):start].strip() == ""


def _could_be_a_surname(word: str, rules: dict, kb: KnowledgeBase) -> bool:
    entity = kb.lookup(word)
    calendar = word in MONTH_WORDS or word in WEEKDAYS or word.lower() in load_date_rules().seasons  # "Spring and Summer 2012"
    return not is_acronym(word) and not calendar and word not in rules["org_heads"] and (entity is None or is_weak(entity))


CITATION_AFTER = re.compile(rf",?\s*{YEAR}")


def join_cited_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Document-wide: a word the reference list cites as an organisation is that organisation wherever it stands
    (retyped, or added where nothing else is: "Ofgem’s register", "provided to Ofgem"; not on a heading in
    capitals); a cited author's surname is that author where a year follows it ("(Toyama, 2015)", not "in Toyama"),
    with the id the entry with initials gave. Names the knowledge base knows, towns of the place lists aside, stay."""
    organisations = {m.text: m for m in mentions if m.origin == ORGANISATION_ORIGIN}
    authors: dict[str, Mention] = {}
    for m in mentions:
        if m.origin == ORIGIN and (m.text not in authors or m.entity_id != kb.derived_id(m.text)):
            authors[m.text] = m
    if not organisations and not authors:
        return mentions

    def open_to(m: Mention) -> bool:
        return m.label != "DATE" and (not kb.is_known(m.entity_id) or is_weak(kb.get(m.entity_id)))

    result = []
    for m in mentions:
        cited = organisations.get(m.text)
        author = authors.get(m.text)
        if cited is not None and open_to(m):
            m = replace(m, label="GROUP", entity_id=cited.entity_id)
        elif author is not None and (m.label == "ACTOR" or open_to(m) and CITATION_AFTER.match(text, m.end)):
            m = replace(m, label="ACTOR", entity_id=author.entity_id)
        result.append(m)
    taken = sorted((m.start, m.end) for m in result)
    for name, cited in sorted(organisations.items()):
        for match in re.finditer(rf"(?<![\w@./-]){re.escape(name)}(?![\w@-]|\.\w)", text):
            line_end = text.find("\n", match.end())
            line = text[text.rfind("\n", 0, match.start()) + 1:line_end if line_end >= 0 else len(text)]
            if free(taken, *match.span()) and any(ch.islower() for ch in line):
                result.append(Mention(*match.span(), "GROUP", name, cited.entity_id, None, "rule", f"{ORGANISATION_ORIGIN}:bare-use"))
    return sorted(result, key=lambda m: (m.start, m.end))
