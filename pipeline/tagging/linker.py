"""Links every ACTOR, GROUP and PLACE mention to one canonical entity id, known or derived."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.context_types import CONTEXT_ORIGIN
from pipeline.tagging.gazetteer import is_weak
from pipeline.tagging.knowledge_base import KnowledgeBase, normalise_name
from pipeline.tagging.name_kinds import REGION_NAMED

LINKED_LABELS = frozenset({"ACTOR", "GROUP", "PLACE"})
LISTED = f"{CONTEXT_ORIGIN}listed"


def link_name(text: str, kb: KnowledgeBase) -> str:
    """The id of the entity a surface form names: the knowledge base's, else one derived from the name. A plural
    names the group its singular names ("Tuaregs"); a name ending in "s" is no plural of a town ("Marcos", "Reyes")."""
    entity = kb.lookup(text)
    if entity is None and normalise_name(text).endswith("s"):
        singular = kb.lookup(text[:-1])
        entity = singular if singular is not None and singular.label == "GROUP" else None
    return entity.id if entity else kb.derived_id(text)


ALIAS_REACH = 30


def join_aliases(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """An alias introduced right after a name ("Rodrigo Londoño, a.k.a. Timochenko") is that entity's, and so is
    each later use of the alias alone ("Fito" after "José Adolfo Macías Villamar, known as "Fito""), whatever
    type was guessed for it there; an alias the knowledge base knows as a group's name is a group ("the Islamic
    State, also known as Daesh")."""
    result: list[Mention] = []
    aliases: dict[str, Mention] = {}
    for m in mentions:
        alias = bool(m.origin and m.origin.startswith("names:alias:") and m.entity_id)
        if alias and kb.is_known(m.entity_id):
            if kb.get(m.entity_id).label == "GROUP":  # "also known as Daesh": the known group's name
                m = replace(m, label="GROUP")
        elif alias:
            named = [p for p in result if p.label == m.label and 0 <= m.start - p.end <= ALIAS_REACH]
            if named:
                m = aliases[m.text] = replace(m, entity_id=named[-1].entity_id)
        elif m.text in aliases and m.label in LINKED_LABELS and not kb.is_known(m.entity_id):
            m = replace(m, label=aliases[m.text].label, entity_id=aliases[m.text].entity_id)
        result.append(m)
    return result


def lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case: a capitalised one among them is a common word there, not a name."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


def common_words(text: str, heads: frozenset[str] = frozenset()) -> frozenset[str]:
    """Words that cannot stand alone for a person: those the document writes in lower case ("energy" beside "Ovo
    Energy") and organisation heads ("Group", "Council"), in lower case."""
    return lower_case_words(text) | {h.lower() for h in heads}


INVERTED = "names:inverted"  # the origin of names written surname first (names.inverted_names)
SHOWN = "names:shown"  # the origin of names proposed by a cue beside them (shown_names)


def particle_ends(words: list[str], particles: frozenset[str]) -> list[int]:
    """Where a person's name goes on from a lower-case particle, its first and last words apart: "von der Leyen" and
    "der Leyen" of "Ursula von der Leyen", the surname said alone with its particles."""
    return [k for k in range(1, len(words) - 1) if words[k] in particles]


def _particle_surnames(mentions: list[Mention], particles: frozenset[str]) -> dict[str, str]:
    """The ends of persons' names from a lower-case particle on, normalised ("al burhan" of "Abdel Fattah al-Burhan",
    "von der leyen"), to the person's entity: "al-Burhan" said alone is him."""
    found: dict[str, str] = {}
    for m in mentions:
        written, words = re.split(r"[\s-]+", m.text), normalise_name(m.text).split()
        if m.label == "ACTOR" and m.entity_id and len(written) == len(words):
            for k in particle_ends(written, particles):
                found.setdefault(" ".join(words[k:]), m.entity_id)
    return found


def unify_short_forms(mentions: list[Mention], kb: KnowledgeBase, common: frozenset[str] = frozenset(),
                      guessed: Callable[[Mention], bool] = lambda m: m.source == "model",
                      particles: frozenset[str] = frozenset()) -> list[Mention]:
    """A person's later surname alone ("Touré") joins the full name's entity in the same document; a surname the
    model labelled otherwise ("Shekau" as an organisation after "Abubakar Shekau") is that person too, and so is a
    surname that only the geographic packages know as a town ("Ali" after "Irfaan Ali") or that a list typed like
    its neighbours ("when Ali and Maduro met"). A given name that opens one person's full name and no other name
    of the document is that person's usual short form ("Tedros" after "Tedros Adhanom Ghebreyesus", "Sirajuddin"
    after "Sirajuddin Haqqani"). A last word in `common` is no surname: "Energy" after "Ovo Energy" is the word,
    not a short form. A name only a cue beside it proposed ("challengers around Karapetyan") is the person whose
    surname it is ("Samvel Karapetyan"), whatever the cue typed it, and so is a surname a locative context guessed a
    place (`guessed`: a type the model or a context proposed), or a verb that only a person or a body governs made a
    party ("accused Petro"). A name the document also types PLACE is no person's
    ("Azad Kashmir" read as a given name and a surname does not make "Kashmir" its short form)."""
    full_names: dict[str, str] = {}
    given: dict[str, set[str]] = {}
    places = {m.text for m in mentions if m.label == "PLACE"}
    for m in mentions:
        words = normalise_name(m.text).split()
        if m.label == "ACTOR" and len(words) > 1 and words[-1] not in common and m.text not in places:
            full_names.setdefault(words[-1], m.entity_id)
        if m.label in LINKED_LABELS and len(words) > 1:
            given.setdefault(words[0], set()).add(m.entity_id if m.label == "ACTOR" else "")
    full_names |= {w: ids.pop() for w, ids in given.items() if len(ids) == 1 and "" not in ids and w not in full_names
                   and w not in common and len(w) > 3}
    particle_surnames = _particle_surnames(mentions, particles)
    result = []
    for m in mentions:
        words = normalise_name(m.text).split()
        if m.label == "ACTOR" and " ".join(words) in particle_surnames and not kb.is_known(m.entity_id):
            m = replace(m, entity_id=particle_surnames[" ".join(words)])
        context = (m.origin or "").partition(CONTEXT_ORIGIN)[2]
        shown = (m.origin or "").startswith(SHOWN)
        unknown_guess = guessed(m) and not kb.is_known(m.entity_id)
        if len(words) == 1 and words[0] in full_names and (context in ("", "listed", "party-verb") or shown
                                                           or context == "locative" and unknown_guess):
            town = is_weak(kb.get(m.entity_id)) or shown
            if m.label == "ACTOR" and not kb.is_known(m.entity_id):
                m = replace(m, entity_id=full_names[words[0]])
            elif m.label in LINKED_LABELS and (town or unknown_guess):
                m = replace(m, label="ACTOR", entity_id=full_names[words[0]], origin=f"{m.origin}+surname")
        result.append(m)
    return result


def siblings_named_in_full(text: str, mentions: list[Mention], kb: KnowledgeBase, siblings: frozenset[str]) -> list[Mention]:
    """"Iván Archivaldo Guzmán Salazar and his brother Jesús Alfredo": a sibling named by given names only shares the
    person's surnames (the words of the first name beyond as many as the sibling's), so both his mentions link to
    "Jesús Alfredo Guzmán Salazar"; a sibling named in full keeps his own."""
    if not siblings:
        return mentions
    nouns = "|".join(sorted(map(re.escape, siblings)))
    persons = {m.start: m for m in mentions if m.label == "ACTOR"}
    by_end = {m.end: m for m in persons.values()}
    full: dict[str, str] = {}
    for match in re.finditer(rf" and (?:his|her) (?:{nouns}),? ", text):
        first, second = by_end.get(match.start()), persons.get(match.end())
        if first is None or second is None:
            continue
        own, theirs = second.text.split(), first.text.split()
        if len(own) < len(theirs) and not set(own) & set(theirs[len(own):]):
            full[second.text] = link_name(" ".join(own + theirs[len(own):]), kb)
    return [replace(m, entity_id=full[m.text]) if m.label == "ACTOR" and m.text in full and not kb.is_known(m.entity_id) else m
            for m in mentions]


def organisations_shown_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """A name a list typed like its neighbours ("an attack on Guyana or ExxonMobil") that the document types GROUP,
    and nothing else, at least twice elsewhere ("ExxonMobil began pumping oil", "called ExxonMobil an enemy") is
    that organisation here too; one guess elsewhere ("Western Tigray" taken for a body once) is no evidence."""
    shown: dict[str, list[Mention]] = {}
    for m in mentions:
        if LISTED not in (m.origin or ""):
            shown.setdefault(m.text, []).append(m)
    organisations = {text: named[0].entity_id for text, named in shown.items()
                     if len(named) > 1 and all(m.label == "GROUP" for m in named)}
    return [replace(m, label="GROUP", entity_id=organisations[m.text]) if LISTED in (m.origin or "") and m.text in organisations
            else m for m in mentions]


def bodies_shown_by_context(mentions: list[Mention]) -> list[Mention]:
    """A name the model guessed with no context of its own ("Los Chapitos have denied", typed a place) is the body its
    context shows it to be elsewhere in the document ("Los Chapitos, the faction led by …", "factions of the
    Nyatura") when no context there shows it otherwise; a guess is no evidence, the context is."""
    shown: dict[str, set[str]] = {}
    for m in mentions:
        if m.source == "model" and CONTEXT_ORIGIN in (m.origin or "") and LISTED not in m.origin:
            shown.setdefault(m.text, set()).add(m.label)
    bodies = {text for text, labels in shown.items() if labels == {"GROUP"}}
    return [replace(m, label="GROUP", origin=f"{m.origin}+shown-body") if m.text in bodies and m.source == "model"
            and m.label != "GROUP" and "+" not in (m.origin or "") else m for m in mentions]


def free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """No span of `taken` (sorted, none overlapping another) overlaps start..end: only the last one starting
    before `end` can."""
    i = bisect.bisect_left(taken, (end,))
    return i == 0 or taken[i - 1][1] <= start


def add_organisation_modifiers(text: str, mentions: list[Mention], kb: KnowledgeBase, particles: frozenset[str]) -> list[Mention]:
    """A one-word name of a known organisation is that organisation wherever the word stands, as a noun or a
    modifier, in the plural or the singular: "Houthi fighters", "a Houthi delegation", "anti-Houthi", "Houthi-held",
    "Saudi–Houthi talks" once "the Houthis" is named; never after a name particle ("Abdulmalik al-Houthi", a
    person). A same-worded mention of no known entity takes the organisation's label and id, unless it is the region
    a community names ("moved to Amhara")."""
    forms: dict[str, Mention] = {}
    for m in mentions:
        entity = kb.get(m.entity_id) if m.label == "GROUP" and kb.is_known(m.entity_id) else None
        if entity is None or entity.label != "GROUP" or " " in m.text or not m.text.isalpha() or m.text.isupper():
            continue
        forms.setdefault(m.text, m)
        if m.text.endswith("s"):
            forms.setdefault(m.text[:-1], m)
    if not forms:
        return mentions
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w’'])")
    spans = sorted((m.start, m.end) for m in mentions)
    relabelled = [
        replace(m, label="GROUP", entity_id=forms[m.text].entity_id)
        if m.text in forms and not kb.is_known(m.entity_id) and REGION_NAMED not in (m.origin or "") else m
        for m in mentions
    ]
    added = []
    for match in pattern.finditer(text):
        glued = re.search(r"(\w+)[-–]$", text[max(0, match.start() - 12):match.start()])
        if glued and glued.group(1).lower() in particles:
            continue
        if any(s < match.end() and match.start() < e for s, e in spans):
            continue
        organisation = forms[match.group()]
        added.append(Mention(match.start(), match.end(), "GROUP", match.group(), organisation.entity_id, None, "rule", "linker:organisation-modifier"))
    return relabelled + added


RESIDENTS = frozenset({"people", "peoples", "community", "communities", "forces"})


def towns_named_like_organisations(text: str, mentions: list[Mention], kb: KnowledgeBase, group_nouns: frozenset[str]) -> list[Mention]:
    """A town or region the geographic packages alone know whose name the document puts before a group's noun
    ("Fano militias", "Fano fighters", "Fano movement") names an organisation there, in every mention: the packages'
    town (Fano, Italy) is no evidence against the text. Its residents or forces ("Goma people") say nothing."""
    named = set()
    for m in mentions:
        if m.label == "PLACE" and is_weak(kb.get(m.entity_id)):
            after = re.match(r"\s+([a-z]+)\b", text[m.end:m.end + 30])
            if after and after.group(1) in group_nouns and after.group(1) not in RESIDENTS:
                named.add(m.entity_id)
    return [replace(m, label="GROUP", entity_id=kb.derived_id(m.text)) if m.entity_id in named else m for m in mentions]


def add_bare_surnames(text: str, mentions: list[Mention], kb: KnowledgeBase, common: frozenset[str] = frozenset()) -> list[Mention]:
    """A named person's surname is that person wherever it stands alone in the document ("Petro" after "Gustavo
    Petro", "Lall" after "Lall, Ranjit"), unless the surname is also a known name ("Washington"), a word in
    `common` (see common_words) or in capitals, as an acronym ending a name is ("AFB" of "Minot AFB"); the full
    name written again where nothing read it ("talks with To Lam") is that person whole, not its surname, and so is
    one written surname first where only the model read its parts ("STANIC, Nenad" of a sanctions entry, later
    guessed "STANIC" a body and "Nenad" a person)."""
    full = {m.text: m.entity_id for m in _persons(mentions, kb) if " " in m.text and "\n" not in m.text
            and ("," not in m.text or (m.origin or "").startswith(INVERTED))}
    if full:
        pattern = re.compile(r"(?<![\w@.-])(" + "|".join(re.escape(s) for s in sorted(full, key=len, reverse=True)) + r")(?![\w@-])")
        written = list(pattern.finditer(text))
        inverted = [match.span() for match in written if "," in match.group(1)
                    and all(m.source == "model" for m in mentions if m.start < match.end() and match.start() < m.end)]
        mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in inverted)]
        taken = sorted((m.start, m.end) for m in mentions)
        mentions = sorted(mentions + [Mention(*match.span(), "ACTOR", match.group(1), full[match.group(1)], None, "rule", "names:full-name")
                                      for match in written if free(taken, *match.span())], key=lambda m: (m.start, m.end))
    surnames: dict[str, str] = {}
    for m in _persons(mentions, kb):
        words = m.text.split(",")[0].split() if "," in m.text else m.text.split()
        surname = words[0] if "," in m.text else words[-1] if len(words) > 1 else None
        if surname and len(surname) >= 3 and surname[:1].isupper() and surname.isalpha() and not surname.isupper() \
                and kb.lookup(surname) is None \
                and surname.lower() not in common:
            surnames.setdefault(surname, m.entity_id)
    if not surnames:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    pattern = re.compile(r"(?<![\w@.-])(" + "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True)) + r")(?![\w@-])")
    for match in pattern.finditer(text):
        if free(taken, match.start(), match.end()):
            added.append(Mention(match.start(), match.end(), "ACTOR", match.group(1), surnames[match.group(1)], None, "rule", "names:surname"))
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _persons(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The ACTOR mentions that name a person: linked, and not to a known entity of another kind (a state)."""
    return [m for m in mentions if m.label == "ACTOR" and m.entity_id and not (kb.is_known(m.entity_id) and kb.get(m.entity_id).kind != "person")]


def surnames_of_persons(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """{last word: entity id} of the persons the document names in more than one word ("Japarov" of "Sadyr
    Japarov"; the later of two alike), for a surname that stands alone elsewhere; a state is no person ("Sudan" of
    "South Sudan")."""
    return {m.text.split()[-1]: m.entity_id for m in _persons(mentions, kb) if len(m.text.split()) > 1}


# kinds of place too well known to be read as a person's name ("Washington" beside "George Washington")
KEEPS_ITS_SENSE = frozenset({"country", "capital", "continent"})


def persons_over_places(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"Murad" after "Al Haj Murad Ebrahim", "Salamat" after "Hashim Salamat": a word the document uses in a person's
    name is that person where it stands alone and was read as a place (a same-named town or region elsewhere in
    the world, or the model's guess); one sense per document. A state, a capital or a continent keeps its sense
    ("Washington" beside "George Washington"), and so does a word in capitals."""
    names: dict[str, str] = {}
    places = {m.text for m in mentions if m.label == "PLACE"} | {m.entity_id for m in mentions if m.label == "PLACE"}
    for m in _persons(mentions, kb):
        words = m.text.replace(",", " ").split()
        if len(words) > 1 and m.text not in places and m.entity_id not in places:  # "Maguindanao del Norte" read once as a person
            for word in words:
                if len(word) >= 3 and word.isalpha() and word[:1].isupper() and not word.isupper():
                    names.setdefault(word, m.entity_id)
    if not names:
        return mentions

    def a_place_only(m: Mention) -> bool:
        return m.label == "PLACE" and m.text in names and not (m.entity_id and kb.is_known(m.entity_id) and kb.get(m.entity_id).kind in KEEPS_ITS_SENSE)

    return [replace(m, label="ACTOR", entity_id=names[m.text], origin=f"{m.origin}+person-word") if a_place_only(m) else m
            for m in mentions]


def link_candidates(text: str, candidates: list, kb: KnowledgeBase) -> list[Mention]:
    """The chosen candidates as mentions, each ACTOR, GROUP and PLACE with an entity id (known or derived)."""
    mentions = []
    for c in candidates:
        surface = text[c.start:c.end]
        entity_id = (c.entity_id or link_name(surface, kb)) if c.label in LINKED_LABELS else None
        mentions.append(Mention(c.start, c.end, c.label, surface, entity_id, c.value, c.source, c.origin))
    return mentions
