"""Gross errors (answered more than 1,000 km away) and abstentions of geoparsing with the gold
spans, by kind, on gold corpora such as LGL and GeoVirus; prints counts.

    python benchmarks/geoparse_errors.py ../shared/eval/geoparsing/LGL.jsonl \
        ../shared/eval/geoparsing/GeoVirus.jsonl [--show 5]

Kinds: another town of the same name in the same country; a famous place abroad where a local
namesake was meant; a country where a namesake town was meant; a lookalike or alternate name
of another place; a wide area (continent, macro-region, sea) at another reference point; an
unknown name placed among the article's places; a region; unanswered.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GROSS_KM = 1000.0


def error_kind(name: str, truth_country: str, place: object | None, km: float | None) -> str:
    """The kind of one gold span's error, ``""`` when it is answered within 1,000 km."""
    from geodata.normalize import fold_name

    if place is None or km is None:
        return "unanswered"
    if km <= GROSS_KM:
        return ""
    kind, country, answer = (getattr(place, a) for a in ("kind", "country", "name"))
    if str(getattr(place, "place_id", "")).startswith("near:"):
        return "unknown name placed among the article's places, story elsewhere"
    if fold_name(name) not in fold_name(answer):
        return "lookalike or alternate name of another place"
    if kind in ("continent", "natural"):
        return "wide area (continent, macro-region, sea) at another reference point"
    if kind == "country":
        return "country where a namesake town was meant"
    if kind == "admin1":
        return "region where a namesake town or another region was meant"
    if truth_country and country == truth_country:
        return "another town of the same name in the same country"
    return "famous place abroad where a local namesake was meant"


def _country_code(gazetteer: object, name: str) -> str:
    """ISO code of a country named in a gold record (LGL gives them; GeoVirus does not)."""
    found = gazetteer.lookup(name, limit=3) if name else []  # type: ignore[attr-defined]
    return next((c.country for c in found if c.kind == "country"), "")


def main() -> None:
    """Command line."""
    from geodata import Gazetteer
    from geodata.geometry import great_circle_km
    from pipeline.config import Settings
    from pipeline.events.extract import Extractor
    from pipeline.geoparse.corpus import geoparse, parse_geoparse_line
    from pipeline.nlp.model import load_nlp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--show", type=int, default=0, help="names shown per kind")
    args = parser.parse_args()
    settings = Settings.from_env(os.environ)
    extractor = Extractor(
        nlp=load_nlp(settings.model), gazetteer=Gazetteer.load(settings.cache_dir)
    )
    for path in args.gold:
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        items = [parse_geoparse_line(line, n) for n, line in enumerate(lines, 1)]
        gold = {str(json.loads(line)["id"]): json.loads(line)["toponyms"] for line in lines}
        kinds: Counter[str] = Counter()
        names: dict[str, Counter[str]] = defaultdict(Counter)
        spans = 0
        for record in geoparse(items, extractor, gold_spans=True):
            answers = {(s, e): (lat, lon, pid) for s, e, _, lat, lon, pid, _ in record.toponyms}
            for truth in gold[record.id]:
                if truth.get("lat") is None:
                    continue
                spans += 1
                answer = answers.get((int(truth["start"]), int(truth["end"])))
                place = extractor.gazetteer.get(answer[2]) if answer else None
                if answer and place is None:  # placed among the article's places
                    place = argparse.Namespace(place_id=answer[2], kind="", country="", name="")
                km = (
                    great_circle_km(float(truth["lon"]), float(truth["lat"]), answer[1], answer[0])
                    if answer
                    else None
                )
                truth_country = _country_code(extractor.gazetteer, str(truth.get("country", "")))
                kind = error_kind(truth["name"], truth_country, place, km)
                if kind:
                    kinds[kind] += 1
                    names[kind][truth["name"]] += 1
        print(f"{path.name}: {spans} gold spans, {sum(kinds.values())} gross or unanswered")
        for kind, count in kinds.most_common():
            shown = ", ".join(f"{n} {c}" for n, c in names[kind].most_common(args.show))
            print(f"  {count:5d}  {kind}" + (f" ({shown})" if shown else ""))


if __name__ == "__main__":
    main()
