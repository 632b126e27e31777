"""Document-wide rules for military texts: a state's armed services named with the state or its demonym ("Indian
Army", "US Navy", "Royal Australian Navy") are one GROUP each, a named operation the text deploys is a force, and
a mention made of ranks and titles alone ("General", "Commanding General") names no one."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.core.mention import Mention
from pipeline.tagging.knowledge_base import KnowledgeBase, normalise_name
from pipeline.tagging.linker import link_name
from pipeline.tagging.names import looks_like_demonym

ORIGIN = "names:armed-service"
PREFIX_WORD = r"(?:[A-Z][\w.’'-]*\s)"
SENTENCE_END = re.compile(r"[a-z]\.\s$")  # "Kingdom. ", not "U.S. "
# "the Algerian Army's 6th division": a service named only as the owner of a numbered lower-case unit is part of
# that unit's description (guidelines, section 1)
OWNER_OF_A_UNIT = re.compile(r"[’']s\s+\d+(?:st|nd|rd|th)\s+[a-z]")
APPOINTMENT_HEADS = frozenset({"Staff"})  # "Chief of the Defence Staff", "Chief of the Army Staff": the appointment itself
PARENT_AFTER = re.compile(r"\s+of(?:\s+the)?\s+$")


def _state_prefix(words: list[str], kb: KnowledgeBase) -> int:
    """How many of the words before a service's head name its state ("United States", "US") or are the state's
    demonym ("Indian", "Australian"), counting a "Royal" before them; 0 when none do."""
    states, countries = kb.state_names(), kb.place_names(("country",))
    for k in (3, 2, 1):
        if len(words) < k:
            continue
        prefix = " ".join(words[-k:])
        if words[-k] != "The" and (normalise_name(prefix) in states or (k == 1 and looks_like_demonym(prefix, countries))):
            royal = len(words) > k and words[-k - 1] == "Royal"
            return k + royal
    return 0


def national_services(text: str, mentions: list[Mention], kb: KnowledgeBase, heads: frozenset[str]) -> list[Mention]:
    """"the Indian Army", "US Navy", "United States Navy", "Royal Australian Navy": a capitalised armed service
    after its state's name or demonym is the service's own name, one GROUP in place of the state ("US" ACTOR) or
    of a place read inside it; a body named with it after "of" keeps its own name ("Eastern Naval Command of the
    Indian Navy": two mentions). "the Libyan National Army" (a name of its own) and "the army" are not read here."""
    if not heads:
        return mentions
    pattern = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    found = []
    for match in re.finditer(rf"((?:{PREFIX_WORD}){{1,4}})(?:{pattern})(?![\w-])", text):
        words = match.group(1).split()
        k = _state_prefix(words, kb)
        if not k or OWNER_OF_A_UNIT.match(text, match.end()) or SENTENCE_END.search(match.group(1)):
            continue  # "… and the United Kingdom. Police officers were provided by …": two sentences
        if len(words) > k and words[-k - 1] != "The":
            continue  # a longer capitalised name ends in the state's name ("Sudan People's Liberation Army" is read elsewhere)
        start = match.start(1) + len(match.group(1)) - len(" ".join(words[-k:])) - 1
        found.append((start, match.end()))
    result = list(mentions)
    for start, end in found:
        result = _placed(text, result, start, end, kb)
    return sorted(result + _acronyms_defined(text, result, found), key=lambda m: (m.start, m.end))


def _acronyms_defined(text: str, mentions: list[Mention], services: list[tuple[int, int]]) -> list[Mention]:
    """"the Royal Australian Navy (RAN)": the acronym a service is given in brackets names it wherever the text
    uses it (the acronym rules ran while the service was still read as a place)."""
    added = []
    for start, end in services:
        bracket = re.match(r" \(([A-Z]{2,6})\)", text[end:end + 10])
        service = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
        if bracket is None or service is None:
            continue
        taken = [(m.start, m.end) for m in mentions + added]
        for use in re.finditer(rf"(?<![\w-]){bracket.group(1)}(?![\w-])", text):
            if not any(a < use.end() and use.start() < b for a, b in taken):
                added.append(Mention(use.start(), use.end(), "GROUP", use.group(), service.entity_id, None, "rule", f"{ORIGIN}+acronym"))
    return added


def _placed(text: str, mentions: list[Mention], start: int, end: int, kb: KnowledgeBase) -> list[Mention]:
    """The mentions with the service start..end in place of those inside it; a body ending in "of (the)" and the
    service is cut before "of"; any other overlap leaves the mentions as they are."""
    kept, cut = [], []
    for m in mentions:
        if m.end <= start or m.start >= end:
            kept.append(m)
            continue
        if start <= m.start and m.end <= end:
            continue
        parent = PARENT_AFTER.search(text, m.start, start) if m.start < start and m.end == end else None
        if parent is None:
            return mentions
        body = text[m.start:parent.start()]
        cut.append(Mention(m.start, parent.start(), m.label, body, link_name(body, kb), None, m.source, m.origin))
    name = text[start:end]
    return kept + cut + [Mention(start, end, "GROUP", name, link_name(name, kb), None, "rule", ORIGIN)]


def drop_ranks(mentions: list[Mention], kb: KnowledgeBase, rank_words: frozenset[str]) -> list[Mention]:
    """"General" of "Lieutenant General Manjinder Singh", "Commanding General", "Commanding" of "General Officer
    Commanding-in-Chief": a mention whose words are all titles or words of a rank names no one (guidelines: titles stay
    outside names); a name the knowledge base knows ("General Assembly" is no rank) is kept."""
    if not rank_words:
        return mentions
    return [m for m in mentions if not (m.label in ("ACTOR", "GROUP") and all(p in rank_words for p in _rank_parts(m.text))
                                        and kb.lookup(m.text) is None)]


def _rank_parts(phrase: str) -> list[str]:
    """The words of a rank, "-in-Chief" one of them ("Commanding-in-Chief")."""
    return phrase.replace("-in-", " in-").split()


OF_THE = re.compile(r"\bof\s+the\s+")
RANK_OF_THE = re.compile(r"([\w-]+)\s+of\s+the\s+$")
RANK_RUN = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*\s){1,4})$")


def bodies_in_appointments(text: str, mentions: list[Mention], kb: KnowledgeBase, rank_words: frozenset[str],
                           org_heads: frozenset[str], ship_prefixes: frozenset[str]) -> list[Mention]:
    """"Flag Officer Commanding-in-Chief of the Eastern Naval Command", "Flag Officer Commanding Eastern Fleet",
    "USS Dewey of the Seventh Fleet": a body named inside an appointment or after a ship is a mention of its own, the
    rank and the ship are not, nor is a ship's prefix read alone ("HMAS" of "HMAS Stuart") (guidelines: titles stay
    outside, ships are not annotated); "Chief of the Army Staff"
    names no body ("Army" is no name of its own there)."""
    if not rank_words or not org_heads:
        return mentions
    heads = "|".join(re.escape(h) for h in sorted(org_heads - APPOINTMENT_HEADS, key=len, reverse=True))
    body = rf"((?:[A-Z][\w’'-]*\s){{0,3}}(?:{heads}))(?![\w-]|\s+[A-Z(])"
    result = []
    for m in mentions:
        words = m.text.split(" ")
        leading = next((k for k in range(len(words)) if not all(p in rank_words for p in _rank_parts(words[k]))), len(words))
        if leading >= 2 and words[leading:leading + 2] == ["of", "the"]:
            leading += 2  # the rank read with its body as one name: "Flag Officer Commanding-in-Chief of the Eastern Naval Command"
        if m.text in ship_prefixes and re.match(r" [A-Z]", text[m.end:m.end + 2]):
            continue  # "HMAS Stuart": the prefix of a ship's name
        if words[-1] in APPOINTMENT_HEADS and (rank := RANK_OF_THE.search(text, max(0, m.start - 40), m.start)) \
                and rank.group(1) in rank_words:
            continue  # "Chief of the Defence Staff": the appointment, read as a body after its rank
        ship = words[0] in ship_prefixes and " of the " in m.text
        if m.label == "GROUP" and kb.lookup(m.text) is None and (ship or 2 <= leading < len(words) and words[leading][:1].isupper()):
            start = m.start + (m.text.index(" of the ") + len(" of the ") if ship else len(" ".join(words[:leading])) + 1)
            m = Mention(start, m.end, "GROUP", text[start:m.end], link_name(text[start:m.end], kb), None, m.source, f"{m.origin}+{ORIGIN}")
        result.append(m)
    body_after = re.compile(body)
    for of_the in OF_THE.finditer(text):  # the literal words first: a capital run tried at every capital is slow
        ranks, named = RANK_RUN.search(text, max(0, of_the.start() - 80), of_the.start()), body_after.match(text, of_the.end())
        if ranks and named and all(p in rank_words for p in _rank_parts(ranks.group(1))) and not any(
                m.start < named.end(1) and named.start(1) < m.end for m in result):
            name = named.group(1)
            result.append(Mention(named.start(1), named.end(1), "GROUP", name, link_name(name, kb), None, "rule", ORIGIN))
    return sorted(result, key=lambda m: (m.start, m.end))


NUMBERED = re.compile(r"\d+(?:st|nd|rd|th) ")


def join_unit_designations(text: str, mentions: list[Mention], kb: KnowledgeBase, sub_units: frozenset[str]) -> list[Mention]:
    """"1st Battalion, 5th Infantry Regiment", "2nd Squadron, 2nd Cavalry Regiment": a numbered battalion, squadron
    or company written before a comma and its numbered parent is one designation, one GROUP ("1st Battalion" alone
    names nothing); "the 6th Brigade, 7th Brigade" (no sub-unit) stays a list."""
    if not sub_units:
        return mentions
    before = re.compile(rf"\d+(?:st|nd|rd|th) (?:{'|'.join(map(re.escape, sorted(sub_units)))}), $")
    joined = []
    for m in mentions:
        first = before.search(text, max(0, m.start - 30), m.start) if m.label == "GROUP" and NUMBERED.match(m.text) else None
        if first is not None:
            name = text[first.start():m.end]
            joined.append(Mention(first.start(), m.end, "GROUP", name, link_name(name, kb), None, "rule", f"{ORIGIN}+designation"))
    kept = [m for m in mentions if not any(j.start <= m.start and m.end <= j.end for j in joined)]
    return sorted(kept + joined, key=lambda m: (m.start, m.end))


def services_read_as_persons(mentions: list[Mention], kb: KnowledgeBase, organ_heads: frozenset[str]) -> list[Mention]:
    """"the South Western Command, known as the Sapta Shakti Command": a name ending in the head of a state's organ
    or service ("Command", "Army", "Navy", "Police") is a body, GROUP, whichever step read it as a person; a name the
    knowledge base knows keeps its label."""
    return [replace(m, label="GROUP", origin=f"{m.origin}+{ORIGIN}") if m.label == "ACTOR" and m.text.split()[-1] in organ_heads
            and " " in m.text and kb.lookup(m.text) is None else m for m in mentions]


OPERATION = re.compile(r"\bOperation((?: [A-Z][\w’'-]*)+)")
# a force has troops, a commander, a headquarters, states joining or contributing to it; a campaign of strikes none:
# "Operation Mirador now deploys 3,000 troops", "launched Operation Eastern Sentry, with Denmark contributing
# aircraft", "announced Operation Prosperity Guardian on 18 December as a defensive coalition", "the states that
# joined Operation Prosperity Guardian", "warships of Operation Atalanta"
FORCE_AFTER = re.compile(r"(?:\s*\([^)]*\))?(?:,[^,.;]{0,100},)?\s+(?:\w+\s+)??(?:deploy(?:s|ed)|comprises|numbers|"
                         r"is (?:led|commanded|headquartered|based)|was (?:deployed|led|commanded))\b|,\s+with\b[^.;]{0,80}\bcontribut"
                         r"|[^.;]{0,40}\bas an? (?:\w+ )?(?:coalition|force|mission|task force)\b")
FORCE_BEFORE = re.compile(r"\b(?:join(?:s|ed|ing)?|contribut(?:e|es|ed|ing)(?: \w+){0,3} to|command(?:er|ers)? of|"
                          r"troops (?:of|in|under)|deployed (?:in|under|with)|(?:war)?ships (?:of|in|under)|"
                          r"vessels (?:of|in|under)|frigates? (?:of|in|under))\s+(?:the\s+)?$")


def operations_as_forces(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A named military operation is a GROUP where the text treats it as a force, with troops it deploys, a
    commander, a headquarters, or states joining or contributing to it (guidelines, section 4), in every mention
    once one shows it; one the text only names or runs a campaign under ("strikes the Pentagon named Operation
    Poseidon Archer", "fights the ADF under Operation Shujaa") is an event and stays unannotated."""
    named = list(OPERATION.finditer(text))
    forces = {m.group() for m in named
              if FORCE_AFTER.match(text, m.end()) or FORCE_BEFORE.search(text, max(0, m.start() - 60), m.start())}
    found = [Mention(m.start(), m.end(), "GROUP", m.group(), link_name(m.group(), kb), None, "rule", "names:operation")
             for m in named if m.group() in forces and not any(o.start < m.end() and m.start() < o.end for o in mentions)]
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions  # one sense per document
