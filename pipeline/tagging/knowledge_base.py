"""The knowledge base of canonical entities, so every mention of one thing carries one stable id."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.core.paths import KB_PATH, MODELS_DIR, file_version  # noqa: F401  (MODELS_DIR re-exported)

STATE_KINDS = frozenset({"country", "capital"})

_APOSTROPHES = re.compile(r"[’'`´ʼ]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.]+")


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """Fold case, accents, hyphens and apostrophes so spelling variants meet on one key (cached: every lookup and
    link of a mention normalises its name, and the same names recur throughout a batch)."""
    folded = name if name.isascii() else "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    folded = folded.casefold()
    folded = _APOSTROPHES.sub("", folded)
    folded = _SEPARATORS.sub(" ", folded).strip()
    return folded[4:] if folded.startswith("the ") else folded


def all_capitals(name: str) -> bool:
    """Written in capitals, as an acronym is ("UN", "IMO"; not "Imo")."""
    return len(name) > 1 and name.isupper()


def joined_key(key: str) -> str:
    """A normalised name without its spaces, where names written with a hyphen or a space and written as one word
    meet ("Pétion-Ville", "Pétionville"); only names of two parts or more are looked up so, and only names of one
    entity answer, so a word is never read as a longer name's run-together form."""
    return key.replace(" ", "")


def slugify(name: str) -> str:
    """An id-safe form ([a-z0-9-]+) of a name."""
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(name)).strip("-") or "x"


AUTO_PREFIX = "auto-"


@dataclass(frozen=True)
class Entity:
    """One canonical entity: what relation tables and linkers need to know about it."""

    id: str
    label: str
    name: str
    kind: str = ""
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    coords: tuple[float, float] | None = None
    population: int | None = None
    source: str = ""
    territory: bool = False  # a territory of another state the country standard also lists as a country
    country: str = ""  # a town's or a region's ISO country code, where the record gives one

    @property
    def is_state(self) -> bool:
        """Countries and capitals can act as states (ACTOR) as well as be places."""
        return self.kind in STATE_KINDS

    def surface_forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class KnowledgeBase:
    """Entities by id, with an index from normalised names to ids."""

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)
    shadowed: dict[str, list[str]] = field(default_factory=dict)  # later entities whose name folds to a taken key
    joined: dict[str, str | None] = field(default_factory=dict)  # names without their spaces; None where two entities meet
    _places: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | str | None = None) -> KnowledgeBase:
        return _load_cached(file_version(path or KB_PATH))

    @classmethod
    def from_records(cls, records: list[dict]) -> KnowledgeBase:
        """Earlier records win a shared name, so curated entries beat package-derived ones."""
        kb = cls()
        for record in records:
            entity = Entity(
                id=record["id"],
                label=record["label"],
                name=record["name"],
                kind=record.get("kind", ""),
                aliases=tuple(record.get("aliases", ())),
                wikidata=record.get("wikidata"),
                coords=tuple(record["coords"]) if record.get("coords") else None,
                population=record.get("population"),
                source=record.get("source", ""),
                territory=record.get("territory", False),
                country=record.get("country", ""),
            )
            kb.entities.setdefault(entity.id, entity)
            for form in entity.surface_forms():
                key = normalise_name(form)
                first = kb.index.setdefault(key, entity.id)
                if first != entity.id and entity.id not in kb.shadowed.get(key, ()):
                    kb.shadowed.setdefault(key, []).append(entity.id)
                joined = joined_key(key)
                if kb.joined.get(joined, entity.id) != entity.id:
                    kb.joined[joined] = None
                else:
                    kb.joined.setdefault(joined, entity.id)
        return kb

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def lookup(self, name: str) -> Entity | None:
        """The entity a surface form names, if the knowledge base knows it (a name in two parts also as one word:
        "Pétion-Ville" is "Pétionville"). Where entities share the folded name, the one written alike wins: a name
        in capitals ("OTI", "IMO") only names an entity written so ("AQIM", the maritime organisation), not a
        place whose name it spells ("Oti"), and "Imo" is the region before the organisation; with no entity
        written alike, any other name still finds the first ("Nato" is NATO)."""
        key = normalise_name(name)
        if key not in self.index:
            entity_id = self.joined.get(joined_key(key)) if " " in key else None
            return self.entities[entity_id] if entity_id and not all_capitals(name) else None
        bearers = [self.entities[i] for i in (self.index[key], *self.shadowed.get(key, ()))]
        capitals = all_capitals(name)
        for entity in bearers:
            if any(all_capitals(form) == capitals and normalise_name(form) == key for form in entity.surface_forms()):
                return entity
        return None if capitals else bearers[0]

    def bearers(self, name: str) -> list[Entity]:
        """Every entity a surface form names, the first the one `lookup` gives ("Tulcea" the town, then the region)."""
        key = normalise_name(name)
        return [self.entities[i] for i in (self.index[key], *self.shadowed.get(key, ()))] if key in self.index else []

    def derived_id(self, name: str) -> str:
        """The id of an entity the knowledge base lacks: the slug of its name (stable across runs),
        marked `auto-` only when the slug is already a known entity's id."""
        slug = slugify(name)
        return AUTO_PREFIX + slug if slug in self.entities else slug

    def place_names(self, kinds: tuple[str, ...]) -> frozenset[str]:
        """Normalised names of the places of some kinds, for telling demonyms ("Malian") from names (computed once:
        every paragraph asks)."""
        if kinds not in self._places:
            self._places[kinds] = frozenset(normalise_name(e.name) for e in self if e.kind in kinds)
        return self._places[kinds]

    def state_names(self) -> frozenset[str]:
        """Normalised names and aliases of the states ("u.s.", "united states"), computed once."""
        key = ("country", "with-aliases")
        if key not in self._places:
            self._places[key] = frozenset(normalise_name(form) for e in self if e.kind == "country" for form in e.surface_forms())
        return self._places[key]

    def branching_bodies(self) -> frozenset[str]:
        """Ids of the bodies whose branches are named by a place after their acronym and a hyphen ("ISIS-Libya",
        "ISIS-Mozambique"): two or more such branches known, so "ISIL-Somalia" is a branch too, where "PKK-Turkey"
        names two parties (computed once)."""
        key = ("branching-bodies",)
        if key not in self._places:
            branches: dict[str, set[str]] = {}
            for entity in self:
                for form in entity.surface_forms() if entity.label == "GROUP" else ():
                    parent, _, place = form.partition("-")
                    owner, where = self.lookup(parent), self.lookup(place) if place else None
                    if all_capitals(parent) and owner is not None and where is not None and where.label == "PLACE":
                        branches.setdefault(owner.id, set()).add(entity.id)
            self._places[key] = frozenset(body for body, ids in branches.items() if len(ids) > 1)
        return self._places[key]

    def is_known(self, entity_id: str | None) -> bool:
        return entity_id in self.entities

    def name_of(self, entity_id: str) -> str:
        """A display name for any id, including ids derived from names the knowledge base lacks."""
        entity = self.get(entity_id)
        if entity:
            return entity.name
        return entity_id.removeprefix(AUTO_PREFIX).replace("-", " ")

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self):
        return iter(self.entities.values())


@lru_cache(maxsize=4)
def _load_cached(version: tuple[str, int, int]) -> KnowledgeBase:
    with open(version[0], encoding="utf-8") as handle:
        return KnowledgeBase.from_records([json.loads(line) for line in handle if line.strip()])
