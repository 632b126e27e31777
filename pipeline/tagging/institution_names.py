"""Document-wide joins and drops for names of institutions that the paragraph rules read in pieces: a state's or a
region's name before an organisation's acronym ("UK AISI", "Africa CDC"), a university system's campus ("University
of California, Santa Barbara"), and acronyms the text uses for a class of bodies ("AISIs", as "NGOs")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipeline.core.mention import Mention
from pipeline.tagging.acronyms import is_acronym
from pipeline.tagging.compass_names import ORIGIN as COMPASS_ORIGIN
from pipeline.tagging.context_types import a_country_office
from pipeline.tagging.knowledge_base import KnowledgeBase, slugify
from pipeline.tagging.linker import link_name, surnames_of_persons

PREFIX_KINDS = frozenset({"country", "continent", "region"})
TOWN_KINDS = frozenset({"city", "capital"})
ACRONYM_AFTER = re.compile(r" ([A-Z][A-Z&]{1,7})(?![\w&-]|\s+(?:[A-Z\d]|of\b|for\b))")
CAMPUS_AFTER = re.compile(r", ((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)(?=\s*(?:[;.,)(]|$))", re.MULTILINE)
SYSTEM_NAME = re.compile(r"(?:State )?University of ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


def _joined(mentions: list[Mention], joined: list[Mention]) -> list[Mention]:
    """The mentions with each joined name in place of the pieces it covers."""
    kept = [m for m in mentions if all(m.end <= j.start or m.start >= j.end for j in joined)]
    return sorted(kept + joined, key=lambda m: (m.start, m.end))


def join_place_prefixes(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"UK AISI", "US CDC", "Africa CDC", "South COUD": a state's, a continent's or a region's name (or a compass name
    the document has shown to be a unit's) right before an acronym the document (or the knowledge base) takes for an
    organisation is part of that institution's name, one GROUP, not a place; "in the UK", "EU AI Act" (an acronym
    inside a longer name) and "US GDP" (no organisation) stay apart."""
    organisations = {m.text for m in mentions if m.label == "GROUP" and is_acronym(m.text)}
    prefixes = [(m.start, m.end) for m in mentions if m.label in ("PLACE", "ACTOR") and m.entity_id
                and (entity := kb.get(m.entity_id)) is not None and entity.kind in PREFIX_KINDS]
    units = {m.text for m in mentions if m.label == "PLACE" and (m.origin or "").startswith(COMPASS_ORIGIN)}
    if units:
        prefixes += [(u.start(), u.end()) for u in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(units)))})(?![\w-])", text)]
    joined = []
    for start, end in sorted(prefixes):
        match = ACRONYM_AFTER.match(text, end)
        known = kb.lookup(match.group(1)) if match else None
        if match and (match.group(1) in organisations or (known is not None and known.label == "GROUP")):
            name = text[start:match.end()]
            joined.append(Mention(start, match.end(), "GROUP", name, link_name(name, kb), None, "rule", "names:place-prefix"))
    return _joined(mentions, joined)


def join_campuses(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"University of California, Santa Barbara": a university named after a state or a region and followed by a
    comma and a town is that system's campus, one name; "University of Oxford, UK" and "University of Warwick,
    Coventry" (named after a town) give the university and a place."""
    joined = []
    for m in mentions:
        system = SYSTEM_NAME.fullmatch(m.text) if m.label == "GROUP" else None
        region = kb.lookup(system.group(1)) if system else None
        if region is None or region.kind not in PREFIX_KINDS - {"continent"}:
            continue
        campus = CAMPUS_AFTER.match(text, m.end)
        town = kb.lookup(campus.group(1)) if campus else None
        if town is not None and town.kind in TOWN_KINDS:
            name = text[m.start:campus.end()]
            joined.append(Mention(m.start, campus.end(), "GROUP", name, link_name(name, kb), None, "rule", "names:campus"))
    return _joined(mentions, joined)


def drop_class_acronyms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"the AISI network" in a text that also writes "AISIs": an acronym the document puts in the plural names a
    class of bodies (as "NGOs"), not one organisation, unless the text defines it by a name ("the Artibonite
    Departmental Emergency Operations Centre (COUD)" beside "the four departmental COUDs") or the knowledge base
    knows it; a place before it still names one body ("UK AISI", joined before)."""
    defined = {m.text for m in mentions if m.origin == "acronyms:definition"}
    plural = {word[:-1] for word in re.findall(r"\b[A-Z]{2,8}s\b", text)}
    classes = {m.text for m in mentions if m.label == "GROUP" and m.text in plural and m.text not in defined
               and not kb.is_known(m.entity_id)}
    return [m for m in mentions if m.text not in classes]


BODY_REMIT = re.compile(r" (?:of|for|on) ")  # "Ministry of Internal Affairs", "Directorate-General for Trade"
PARENT_SEAM = re.compile(r" (of|in) (?:the )?")
SEAT_KINDS = frozenset({"city", "capital", "town", "village", "province", "region"})


def split_parent_bodies(mentions: list[Mention], kb: KnowledgeBase, state_forms: frozenset[str], possessed: frozenset[str],
                        state_heads: frozenset[str], org_heads: frozenset[str],
                        association_heads: frozenset[str] = frozenset(), services: frozenset[str] = frozenset()) -> list[Mention]:
    """"the Venice Commission of the Council of Europe", "the Directorate-General for Trade of the European
    Commission", "the Ministry of Internal Affairs of Georgia": a body named with its parent after "of" is two
    mentions (guidelines, sections 8 and 10), the body and the parent, a state there its possessor (ACTOR). Read
    only where the two names show their seam: the body's own name has its remit ("of Internal Affairs"), or the
    parent's name has its own "of" ("Council of Europe"), also where the state is named in its formal name ("the
    Ministry of Foreign Affairs of the Russian Federation", "of the People's Republic of China": guidelines, section
    9), or the body is a named organ of a known organisation ("the Peace and Security Council of the African Union":
    two words or more ending in an organisation's head, guidelines section 10), also of a body the knowledge base does
    not know whose name has a head of its own ("the Electoral Chamber of the Supreme Tribunal of Justice", "the Taiwan
    Affairs Office of the State Council"), but not of a state's armed service named alone ("the Supreme Council of the
    Armed Forces", one name: `services`); "the Armed Forces of the Philippines"
    and a bare head ("the Office of the …") are one name, as is a whole the knowledge base knows. "the
    Government of the Philippines" is the state alone (ACTOR; `possessed`), and a body "in" a known place where it sits ("Al-Azhar
    University in Cairo", "the Prosperity Party in Amhara") is the body and the place (PLACE); a body "in" a country
    is named by it ("the American Institute in Taiwan", "the EU Monitoring Mission in Georgia"); a name whose
    acronym abbreviates the parent too ("the Election Commission of Sri Lanka (ECSL)") is one (section 9), and so is
    an association of members named with its country ("the Confederation of Indigenous Nationalities of Ecuador"):
    it is no body of the state."""
    result = []
    acronyms = {m.start: m.text for m in mentions if is_acronym(m.text)}
    pending = list(reversed(mentions))
    while pending:  # a parent split off is read again ("the Main Intelligence Directorate of the Ministry of Defence
        m = pending.pop()  # of Ukraine": the directorate, the ministry, the state)
        seam = _seam(m.text, kb, state_forms, possessed, state_heads, org_heads, association_heads, services) \
            if m.label == "GROUP" and kb.lookup(m.text) is None else None
        if seam is not None and m.text[:seam[0]] not in possessed and _abbreviated_whole(m, acronyms):
            seam = None  # "the Election Commission of Sri Lanka (ECSL)"; not "the Federal Government of Somalia (FGS)"
        if seam is None:
            result.append(m)
            continue
        body_end, parent_start, parent, seat = seam
        body, parent_name = m.text[:body_end], m.text[parent_start:]
        parent_id = parent.id if parent is not None else kb.derived_id(parent_name)
        if body not in possessed:
            body_id = link_name(body, kb) if kb.lookup(body) or seat else kb.derived_id(f"{body} {kb.name_of(parent_id)}")
            result.append(replace(m, end=m.start + body_end, text=body, entity_id=body_id, origin=f"{m.origin}+body"))
        label = "PLACE" if seat else "ACTOR" if parent is not None and parent.kind == "country" else "GROUP"
        parent_mention = replace(m, start=m.start + parent_start, text=parent_name, label=label, entity_id=parent_id,
                                 origin=f"{m.origin}+parent")
        if parent is None:
            pending.append(parent_mention)
        else:
            result.append(parent_mention)
    return result


def _abbreviated_whole(name: Mention, acronyms: dict[int, str]) -> bool:
    """Whether the acronym given in brackets right after a name abbreviates every capitalised word of it, the
    parent's included ("Election Commission of Sri Lanka (ECSL)"; not "Ministry of Internal Affairs of Georgia
    (MIA)"), in any order: an acronym of the name in its own language orders them its way ("Armed Forces for the
    Defence of Mozambique (FADM)")."""
    acronym = acronyms.get(name.end + 2)
    initials = "".join(word[0] for word in name.text.split() if word[:1].isupper())
    return acronym is not None and sorted(acronym.upper()) == sorted(initials.upper())


def _seam(name: str, kb: KnowledgeBase, state_forms: frozenset[str], possessed: frozenset[str], state_heads: frozenset[str],
          org_heads: frozenset[str], association_heads: frozenset[str], services: frozenset[str] = frozenset()):
    """(end of the body's name, start of the parent's or the seat's, that entity, whether it is the seat) where
    `name` is a body and its parent or its seat, else None."""
    for seam in PARENT_SEAM.finditer(name):
        body, rest = name[:seam.start()], name[seam.end():]
        parent = kb.lookup(rest)
        organ = len(body.split()) > 1 and body.split()[-1] in org_heads  # "Peace and Security Council", not "Office"
        if parent is None and organ and seam.group().endswith(" the ") and any(w in org_heads for w in rest.split()) \
                and rest not in services:
            return seam.start(), seam.end(), None, False  # "the Electoral Chamber of the Supreme Tribunal of Justice":
            # an organ of a body the knowledge base does not know, named with its own head
        if parent is None or body.split()[-1] in state_forms:
            continue
        if seam.group(1) == "in":
            if parent.label == "PLACE" and parent.kind in SEAT_KINDS:
                return seam.start(), seam.end(), parent, True
            continue
        remit = BODY_REMIT.search(body) is not None
        state_body = remit and body.split()[0] not in association_heads
        if parent.kind == "country" and (body in possessed or state_body or body.split()[-1] in state_heads) \
                or parent.label == "GROUP" and (remit or organ or " of " in rest):
            return seam.start(), seam.end(), parent, False
    return None


def join_slashed_designations(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"AFC/M23", "OSCE/ODIHR", "UN/OCHA": two organisations' acronyms glued by a slash are the designation one body
    uses for itself (guidelines, section 9), one GROUP linked as the knowledge base knows the whole, else to the
    second, an office whose own name holds its parent's (ODIHR is the "OSCE Office for Democratic Institutions and
    Human Rights"); two peers ("the NATO/EU summit") and two places ("Bogotá/Brussels") paired by a slash stay two."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    joined = []
    for first, second in zip(ordered, ordered[1:]):
        if (first.label == second.label == "GROUP" and is_acronym(first.text) and is_acronym(second.text)
                and text[first.end:second.start] == "/" and not (joined and joined[-1].end > first.start)):
            whole = text[first.start:second.end]
            known = kb.lookup(whole)
            if known is None and not _an_office_of(first, second, kb):
                continue
            joined.append(replace(first, end=second.end, text=whole, entity_id=known.id if known else second.entity_id,
                                  origin=f"{first.origin}+slash"))
    return _joined(mentions, joined) if joined else mentions


def join_acronym_country_offices(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """"UNHAS Haiti" where the text defines "UNHAS" itself: an acronym the paragraph rules could not yet know (it is
    found document-wide, add_bare_acronyms) right before a country's name is that country office, one GROUP, as
    the paragraph rules join known names ("UNICEF Haiti", context_types.join_country_offices)."""
    joined = []
    for first, second in pairwise(sorted(mentions, key=lambda m: (m.start, m.end))):
        entity = kb.get(second.entity_id or "")
        if first.label == "GROUP" and is_acronym(first.text) and second.label in ("PLACE", "ACTOR") \
                and entity is not None and entity.kind == "country" and a_country_office(text, first.end, second.start, second.end):
            whole = text[first.start:second.end]
            joined.append(replace(first, end=second.end, text=whole, entity_id=slugify(whole), origin=f"{first.origin}+country-office"))
    return _joined(mentions, joined) if joined else mentions


def _an_office_of(parent: Mention, office: Mention, kb: KnowledgeBase) -> bool:
    """The knowledge base's name of `office` holds `parent`'s acronym or name: an office named with its parent."""
    entity, owner = kb.get(office.entity_id or ""), kb.get(parent.entity_id or "")
    return entity is not None and any(re.search(rf"\b{re.escape(name)}\b", entity.name) for name in {parent.text, owner.name if owner else parent.text})


def governments_named_by_their_leader(text: str, mentions: list[Mention], kb: KnowledgeBase, organs: frozenset[str],
                                      common: frozenset[str]) -> list[Mention]:
    """"the Trump Administration", "the Modi government", "the Kishida Cabinet", "the Assad regime": a government
    called by its leader's surname is that person acting (ACTOR, the surname alone; guidelines), where the document
    names the person in full elsewhere ("Donald Trump") or the word is no English word (`common`, empty without a
    lemmatizer) and no place or body the knowledge base knows, save a town ("Obama"). "the Maritime Administration",
    "the Kurdish Administration", "the Kenya government", "the Taliban regime" and a body named with "of" after its
    head ("the Cyberspace Administration of China") are no leaders' names."""
    if not organs:
        return mentions
    surnames = surnames_of_persons(mentions, kb)
    heads = "|".join(sorted({o for organ in organs for o in (organ, organ.lower())}))
    result = list(mentions)
    ordinal = r"(?:(?:first|second|third|former|then|outgoing|new|current) )?"
    for found in re.finditer(rf"\b[Tt]he {ordinal}([A-Z][\w’'-]*[a-z][\w’'-]*) (?:{heads})\b(?! of\b)", text):
        name, (start, end) = found.group(1), found.span(1)
        if name not in surnames and not _a_leaders_name(name, kb, common):
            continue
        entity_id = surnames.get(name) or link_name(name, kb)
        at = next((k for k, m in enumerate(result)
                   if m.start == start and m.end in (end, found.end()) and m.label != "DATE"), None)
        if at is not None and not (result[at].end == found.end() and kb.lookup(result[at].text) is not None):
            m = result[at]
            result[at] = replace(m, end=end, text=name, label="ACTOR", entity_id=entity_id, origin=f"{m.origin}+leader")
        elif at is None and not any(m.start < found.end() and start < m.end for m in result):
            result.append(Mention(start, end, "ACTOR", name, entity_id, None, "rule", "names:leader"))
    return sorted(result, key=lambda m: (m.start, m.end))


def _a_leaders_name(name: str, kb: KnowledgeBase, common: frozenset[str]) -> bool:
    """A capitalised word that can only be a person's name before a government's head: no English word, and no
    place or body the knowledge base knows (nor its plural), a town apart."""
    known = kb.lookup(name)
    return bool(common) and name.lower() not in common and kb.lookup(f"{name}s") is None and (
        known is None or known.kind == "city" and not known.is_state)  # "the Houthi administration": the Houthis


# "OCHA Western Region", "WHO Eastern Mediterranean Region", "UNICEF Central Regional Office"
REGIONAL_OFFICE_AFTER = re.compile(r" (?:Central|[A-Z][a-z]*(?:-[a-z]+)?ern)(?: [A-Z][a-z]+)? (?:Region|Regional Office|Sub-Office)(?![\w-])")


def join_regional_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """"OCHA Western Region": an organisation's acronym before a compass-named region or regional office is that
    office, one GROUP (as "UN Country Team"), not the organisation and a place."""
    joined = []
    for m in mentions:
        office = REGIONAL_OFFICE_AFTER.match(text, m.end) if m.label == "GROUP" and is_acronym(m.text) else None
        if office is not None:
            whole = text[m.start:office.end()]
            joined.append(replace(m, end=office.end(), text=whole, entity_id=f"{m.entity_id}-{slugify(whole[len(m.text) + 1:])}",
                                  origin=f"{m.origin}+regional-office"))
    return _joined(mentions, joined) if joined else mentions
