"""The relation vocabulary as data: kinds with their PLOVER/CAMEO categories, the verbs, event nouns and role nouns
that express each kind, and the cues of negation, hedging and coreference (models/relation_lexicon.json,
relation_modality.json, coreference.json)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.core.paths import MODELS_DIR

LEXICON_FILES = ("relation_lexicon.json", "relation_modality.json", "coreference.json")

CO_OCCURS = "co_occurs"


@dataclass(frozen=True)
class Frame:
    """How one trigger word expresses one kind: which slots give the tail, and what else it may say.

    `tail`: "obj" (direct object, passive subject) and prepositions whose object is the tail; `place`: the kind
    stated between the trigger's object and a place it happened in ("founded in" → created_in); `holder`: for
    located_in verbs the subject, active or passive, is what is located; `symmetric`: coordinated parties
    ("talks between X and Y", "X and Y signed") relate to each other; `agent_of`: "of" names the agent ("the support
    of X"), not the target; `mediator`: the trigger's agent relates to the parties of a neighbouring agreement or
    negotiation; `tail_labels`: the labels a tail may have, where the word says the relation only of some ("ordered
    its forces" is command, "a court ordered the state" is not); `mutual`: the parties named "between" stand in the
    relation each to the other ("fighting between X and Y": each fights the other); `owner_undergoes`: a noun's
    possessor is the one it is done to ("his arrest", "Duterte's extradition") unless "of" names that one;
    `passive_only`: the word states the relation of its passive subject alone ("a militia linked to Y"), while its
    active subject only asserts it of another ("a group Microsoft links to the SVR")."""

    kind: str
    tail: tuple[str, ...]
    place: str | None = None
    holder: bool = False
    symmetric: bool = False
    agent_of: bool = False
    mediator: bool = False
    tail_labels: tuple[str, ...] = ()
    mutual: bool = False
    owner_undergoes: bool = False
    passive_only: bool = False


@dataclass(frozen=True)
class Lexicon:
    kinds: dict[str, dict]
    verbs: dict[str, tuple[Frame, ...]]
    nouns: dict[str, tuple[Frame, ...]]
    roles: dict[str, str]
    modifiers: dict[str, str]
    hyphenated: dict[str, dict]
    transparent: frozenset[str]
    weapons: frozenset[str]
    sees: frozenset[str]
    transparent_preps: frozenset[str]
    transparent_kinds: frozenset[str]
    transparent_holders: frozenset[str]
    recipient_verbs: frozenset[str]
    light_verbs: frozenset[str]
    performing: frozenset[str]
    partner_preps: frozenset[str]
    partner_adverbs: frozenset[str]
    implementers: frozenset[str]
    commenting: frozenset[str]
    expelling: frozenset[str]
    posts: frozenset[str]
    narrowing_adverbs: frozenset[str]
    part_nouns: frozenset[str]
    branding_verbs: frozenset[str]
    reproaches: frozenset[str]
    organ_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    rule_nouns: frozenset[str]
    gratitude_cues: frozenset[str]
    giving_words: frozenset[str]
    notice_verbs: frozenset[str]
    host_verbs: frozenset[str]
    place_parts: frozenset[str]
    shores: frozenset[str]
    inhabitants: frozenset[str]
    community_nouns: frozenset[str]
    ceasing: frozenset[str]
    undergoing: frozenset[str]
    owner_kinds: frozenset[str]
    symmetric_kinds: frozenset[str]
    party_kinds: frozenset[str]
    place_kinds: frozenset[str]
    gloss_openers: frozenset[str]
    presence_preps: frozenset[str]
    presence_except_kinds: frozenset[str]
    presence_except_lemmas: frozenset[str]
    combat: frozenset[str]
    presence_nouns: frozenset[str]
    destination_nouns: frozenset[str]
    havens: frozenset[str]
    haven_qualifiers: dict[str, frozenset[str]]
    venues: frozenset[str]
    control_nouns: frozenset[str]
    controlling: frozenset[str]
    armed_members: frozenset[str]
    party_nouns: frozenset[str]
    office_verbs: frozenset[str]
    speaking_roles: frozenset[str]
    department_heads: frozenset[str]
    owned_firms: frozenset[str]
    ownership: frozenset[str]
    portfolio_chiefs: frozenset[str]
    shared_ranks: frozenset[str]
    portfolios: frozenset[str]
    summaries: frozenset[str]
    attribution: dict[str, frozenset[str]]
    blaming: frozenset[str]
    mandate_verbs: frozenset[str]
    mandate_nouns: frozenset[str]
    sites: frozenset[str]
    ruling_nouns: frozenset[str]
    quantities: frozenset[str]
    captivity: frozenset[str]
    captor_kinds: frozenset[str]
    captives: frozenset[str]
    seizing: frozenset[str]
    lawful_kinds: frozenset[str]
    lawful_heads: frozenset[str]
    people_seized: frozenset[str]
    confinement: frozenset[str]
    whereabouts: frozenset[str]
    whereabouts_nouns: frozenset[str]
    answering: frozenset[str]
    ties: frozenset[str]
    succession: frozenset[str]
    severing: frozenset[str]
    restoring: frozenset[str]
    striking: frozenset[str]
    contingents: frozenset[str]
    aiming: frozenset[str]
    directing: frozenset[str]
    joint: frozenset[str]
    recourse: dict[str, frozenset[str]]
    accusation: dict[str, frozenset[str]]
    joint_prefixes: frozenset[str]
    prefixes: frozenset[str]
    negation: dict[str, frozenset[str]]
    hedge: dict[str, frozenset[str]]
    contraries: dict[str, str]
    demanded_ceasing: frozenset[str]
    directives: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    gendered_titles: dict[str, frozenset[str]]
    descriptions: dict[str, frozenset[str]]
    determiners: frozenset[str]
    singular: frozenset[str]
    joined_verbs: frozenset[str]
    numbers: dict[str, int]
    named_kinds: dict[str, frozenset[str]]
    named_only: frozenset[str]
    titled: frozenset[str]
    name_prepositions: frozenset[str]
    place_roles: dict[str, frozenset[str]]
    composing: frozenset[str]
    presiding: frozenset[str]
    admitting: frozenset[str]
    fingerprint: str = field(default="", compare=False)

    def modified(self, modifier: str, role: str) -> str | None:
        """The kind a modifier gives a role noun: of the two as a title ("chief minister": the head of a state's or
        province's government, while a "chief adviser" stays an adviser), else of the modifier ("prime")."""
        return self.modifiers.get(f"{modifier} {role}") or self.modifiers.get(modifier)

    def noun_frames(self, lemma: str, form: str) -> tuple[Frame, ...]:
        """The event-noun frames of a word, by its lemma or, when the lemmatiser strays ("auspices" → "auspex"), its
        form."""
        return self.nouns.get(lemma) or self.nouns.get(form, ())

    def names_an_organ(self, name: str) -> bool:
        """A name holding an organ noun ("Taipei's Ministry of National Defense", "the National Assembly"): a body
        its place owns as a member, not a party located there."""
        return bool(self.organ_nouns & set(name.lower().split()))

    def event_code(self, kind: str) -> tuple[str | None, str | None]:
        """(PLOVER category, CAMEO code) of a kind; None where the kind is a standing tie, not an event."""
        entry = self.kinds.get(kind, {})
        return entry.get("plover") or None, entry.get("cameo") or None


def _frames(entries: list[dict]) -> dict[str, tuple[Frame, ...]]:
    """Lemma → the frames it takes, in file order."""
    found: dict[str, list[Frame]] = {}
    for entry in entries:
        frame = Frame(entry["kind"], tuple(entry["tail"]), entry.get("place"), entry.get("holder") == "subject",
                      bool(entry.get("symmetric")), bool(entry.get("agent_of")), bool(entry.get("mediator")),
                      tuple(entry.get("tail_labels", ())), bool(entry.get("mutual")), bool(entry.get("owner_undergoes")),
                      bool(entry.get("passive_only")))
        for lemma in entry["lemmas"]:
            found.setdefault(lemma, []).append(frame)
    return {lemma: tuple(frames) for lemma, frames in found.items()}


def _words(section: dict, key: str) -> frozenset[str]:
    return frozenset(section[key])


@lru_cache(maxsize=4)
def load_lexicon(models_dir: Path = MODELS_DIR) -> Lexicon:
    """The three vocabulary files read once; their digest is part of the extractor's fingerprint."""
    raw = [(Path(models_dir) / name).read_bytes() for name in LEXICON_FILES]
    lexicon, modality, coreference = (json.loads(content) for content in raw)
    roles = {lemma: entry["kind"] for entry in lexicon["roles"] for lemma in entry["lemmas"]}
    return Lexicon(
        kinds=lexicon["kinds"],
        verbs=_frames(lexicon["verbs"]),
        nouns=_frames(lexicon["nouns"]),
        roles=roles,
        modifiers={k: v for k, v in lexicon["modifiers"].items() if k != "about"},
        hyphenated={k: v for k, v in lexicon["hyphenated"].items() if k != "about"},
        transparent=frozenset(lexicon["transparent"]["lemmas"]) | frozenset(lexicon["transparent"]["kinds"]) | frozenset(roles),
        weapons=frozenset(lexicon["weapons"]["lemmas"]),
        sees=frozenset(lexicon["sees"]["lemmas"]),
        transparent_kinds=frozenset(lexicon["transparent"]["kinds"]),
        transparent_preps=frozenset(lexicon["transparent"]["preps"]),
        transparent_holders=frozenset(lexicon["transparent"]["holders"]),
        recipient_verbs=frozenset(lexicon["recipient_verbs"]["lemmas"]),
        light_verbs=frozenset(lexicon["light_verbs"]["lemmas"]),
        performing=frozenset(lexicon["performing"]["lemmas"]),
        partner_preps=frozenset(lexicon["partners"]["preps"]),
        partner_adverbs=frozenset(lexicon["partners"]["adverbs"]),
        implementers=frozenset(lexicon["partners"]["through_nouns"]),
        commenting=frozenset(lexicon["commenting"]["lemmas"]),
        expelling=frozenset(lexicon["expelling"]["lemmas"]),
        posts=frozenset(lexicon["posts"]["lemmas"]),
        narrowing_adverbs=frozenset(lexicon["narrowing"]["adverbs"]),
        part_nouns=frozenset(lexicon["part_nouns"]["lemmas"]),
        branding_verbs=frozenset(lexicon["branding"]["verbs"]),
        reproaches=frozenset(lexicon["branding"]["reproaches"]),
        # civil organs only, unlike the tagging rules' organ heads (models/names.json state_organ_heads, roles.json
        # state_body_heads), which hold armed forces: "Pakistan's Baloch Liberation Army" is no organ of Pakistan
        organ_nouns=frozenset(lexicon["organ_nouns"]["lemmas"]),
        collective_nouns=frozenset(lexicon["collective_nouns"]["lemmas"]),
        rule_nouns=frozenset(lexicon["rule_nouns"]["lemmas"]),
        gratitude_cues=frozenset(lexicon["gratitude"]["cues"]),
        giving_words=frozenset(lexicon["gratitude"]["giving"]),
        notice_verbs=frozenset(lexicon["notice_verbs"]["lemmas"]),
        host_verbs=frozenset(lexicon["host_verbs"]["lemmas"]),
        place_parts=frozenset(lexicon["place_parts"]["lemmas"]),
        shores=frozenset(lexicon["shores"]["lemmas"]),
        inhabitants=frozenset(lexicon["inhabitants"]["lemmas"]),
        community_nouns=frozenset(lexicon["communities"]["lemmas"]),
        ceasing=frozenset(lexicon["ceasing"]["lemmas"]),
        undergoing=frozenset(lexicon["undergoing"]["lemmas"]),
        owner_kinds=frozenset(lexicon["owner_kinds"]["kinds"]),
        symmetric_kinds=frozenset(lexicon["symmetric_kinds"]),
        party_kinds=frozenset(lexicon["party_kinds"]),
        place_kinds=frozenset(lexicon["place_kinds"]),
        gloss_openers=frozenset(lexicon["place_gloss"]["opening"]),
        presence_preps=frozenset(lexicon["presence"]["preps"]),
        presence_except_kinds=frozenset(lexicon["presence"]["except_kinds"]),
        presence_except_lemmas=frozenset(lexicon["presence"]["except_lemmas"]),
        combat=frozenset(lexicon["presence"]["combat"]),
        presence_nouns=frozenset(lexicon["presence"]["nouns"]),
        destination_nouns=frozenset(lexicon["presence"]["destination_nouns"]),
        havens=frozenset(lexicon["havens"]["lemmas"]),
        haven_qualifiers={k: frozenset(v) for k, v in lexicon["havens"]["qualified"].items()},
        venues=frozenset(lexicon["venues"]["lemmas"]),
        control_nouns=frozenset(lexicon["control_nouns"]["lemmas"]),
        controlling=frozenset(lexicon["controlling"]["lemmas"]),
        armed_members=frozenset(lexicon["armed_members"]["lemmas"]),
        party_nouns=frozenset(lexicon["party_nouns"]["lemmas"]),
        office_verbs=frozenset(lexicon["office_verbs"]["lemmas"]),
        speaking_roles=frozenset(lexicon["speaking_roles"]["lemmas"]),
        department_heads=frozenset(lexicon["department_heads"]["lemmas"]),
        owned_firms=frozenset(lexicon["owned_firms"]["lemmas"]),
        ownership=frozenset(lexicon["owned_firms"]["owners"]),
        portfolio_chiefs=frozenset(lexicon["portfolio_chiefs"]["lemmas"]),
        shared_ranks=frozenset(lexicon["shared_ranks"]["lemmas"]),
        portfolios=frozenset(lexicon["portfolios"]["lemmas"]),
        summaries=frozenset(lexicon["summaries"]["lemmas"]),
        mandate_verbs=frozenset(lexicon["mandates"]["verbs"]),
        mandate_nouns=frozenset(lexicon["mandates"]["nouns"]),
        sites=frozenset(lexicon["sites"]["lemmas"]),
        ruling_nouns=frozenset(lexicon["portfolio_chiefs"]["ruling"]),
        quantities=frozenset(lexicon["quantities"]["lemmas"]),
        captivity=frozenset(lexicon["captivity"]["lemmas"]),
        captor_kinds=frozenset(lexicon["captivity"]["captor_kinds"]),
        captives=frozenset(lexicon["captivity"]["nouns"]),
        seizing=frozenset(lexicon["captivity"]["seizing"]),
        lawful_kinds=frozenset(lexicon["captivity"]["lawful_kinds"]),
        lawful_heads=frozenset(lexicon["captivity"]["lawful_heads"]),
        people_seized=frozenset(lexicon["captivity"]["people_seized"]),
        confinement=frozenset(lexicon["confinement"]["lemmas"]),
        whereabouts=frozenset(lexicon["whereabouts"]["lemmas"]),
        whereabouts_nouns=frozenset(lexicon["whereabouts"]["nouns"]),
        answering=frozenset(lexicon["answering"]["lemmas"]),
        ties=frozenset(lexicon["ties"]["nouns"]),
        succession=frozenset(lexicon["succession"]["lemmas"]),
        severing=frozenset(lexicon["ties"]["severing"]),
        restoring=frozenset(lexicon["ties"]["restoring"]),
        striking=frozenset(lexicon["striking"]["lemmas"]),
        contingents=frozenset(lexicon["contingents"]["lemmas"]),
        aiming=frozenset(lexicon["aiming"]["lemmas"]),
        directing=frozenset(lexicon["directing"]["lemmas"]),
        joint=frozenset(lexicon["joint"]["adjectives"]),
        recourse={k: frozenset(v) for k, v in lexicon["recourse"]["verbs"].items()},
        accusation={k: frozenset(v) for k, v in lexicon["accusation"]["verbs"].items()},
        attribution={k: frozenset(v) for k, v in lexicon["attribution"]["verbs"].items()},
        blaming=frozenset(lexicon["attribution"]["blaming"]),
        joint_prefixes=frozenset(lexicon["prefixes"]["joint"]),
        prefixes=frozenset(lexicon["prefixes"]["joint"]) | frozenset(lexicon["prefixes"]["other"]),
        negation={key: _words(modality["negation"], key) for key in ("words", "verbs", "nouns", "phrases", "rebuttals", "involvement")},
        hedge={key: _words(modality["hedge"], key)
               for key in ("conditionals", "awaited", "modals", "adverbs", "adjectives", "verbs", "clause_verbs",
                           "nouns", "phrases", "readiness")},
        contraries=dict(modality["negation"]["contraries"]["lemmas"]),
        demanded_ceasing=_words(modality["negation"]["demanded_ceasing"], "ceasing"),
        directives=_words(modality["negation"]["demanded_ceasing"], "directives"),
        pronouns={k: frozenset(v) for k, v in coreference["pronouns"].items()},
        gendered_titles={k: frozenset(v) for k, v in coreference["gendered_titles"].items() if k != "about"},
        descriptions={k: frozenset(v) for k, v in coreference["descriptions"].items()},
        determiners=frozenset(coreference["determiners"]),
        singular=frozenset(coreference["singular"]),
        joined_verbs=frozenset(coreference["joined_verbs"]["lemmas"]),
        numbers=coreference["numbers"],
        named_kinds={k: frozenset(v) for k, v in coreference["named_kinds"]["kinds"].items()},
        named_only=frozenset(coreference["named_kinds"]["only"]),
        titled=frozenset(coreference["titled"]["words"]),
        name_prepositions=frozenset(coreference["titled"]["prepositions"]),
        place_roles={k: frozenset(v) for k, v in coreference["place_roles"]["roles"].items()},
        composing=frozenset(lexicon["composing"]["lemmas"]),
        presiding=frozenset(lexicon["presiding"]["words"]),
        admitting=frozenset(lexicon["admitting"]["lemmas"]),
        fingerprint=hashlib.sha256(b"".join(raw)).hexdigest()[:16],
    )
