"""Territories of a state that the country standard also lists as countries: New Caledonia, Puerto Rico, Aruba,
Hong Kong, Guadeloupe. ISO 3166-2 (pycountry) lists each as an overseas collectivity, outlying area, special administrative
region or constituent country of its state, under the alpha-2 code ISO 3166-1 gives it as a country (FR-NC, US-PR,
NL-AW, CN-HK; FR-971 bears the name
Guadeloupe). Such a territory stays a region, PLACE in every use (guidelines, autonomous regions and territories),
where a state's name is told apart as ACTOR or PLACE."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from pipeline.tagging.knowledge_base import normalise_name

# subdivision types of ISO 3166-2 that hold a territory of a state, not a province of its mainland
TERRITORY_TYPES = ("overseas", "outlying area", "special administrative region")
CONSTITUENT = "country"  # "Aruba", "Curaçao", "Sint Maarten" (NL); "England" has no ISO 3166-1 code of its own


@lru_cache(maxsize=1)
def territory_names() -> frozenset[str]:
    """The ISO 3166-1 names (short, common, official) of every country ISO 3166-2 lists as a territory of another."""
    names = set()
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        if not (any(t in kind for t in TERRITORY_TYPES) or kind == CONSTITUENT):
            continue
        code = sub.code.split("-", 1)[1]  # "FR-NC"; "FR-971" is Guadeloupe by name
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 and code != sub.country_code else None
        country = country or next((c for c in pycountry.countries if c.name == sub.name and c.alpha_2 != sub.country_code), None)
        if country is not None:
            names |= {normalise_name(getattr(country, key)) for key in ("name", "common_name", "official_name") if hasattr(country, key)}
    return frozenset(names)


def a_territory_of_a_state(name: str) -> bool:
    """"offers New Caledonia a new status", "the government of Puerto Rico": a territory, never the state that acts."""
    return normalise_name(name) in territory_names()
