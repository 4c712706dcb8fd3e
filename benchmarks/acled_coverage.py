"""Gazetteer coverage of ACLED-style precise locations: is the gold point among the candidates?

Usage: ``python benchmarks/acled_coverage.py [GOLD.jsonl] [--limit N] [--km K] [--top T]``.

By default it reads ``../shared/eval/events/acled_dev.jsonl`` (relative to the project root;
nothing is copied). For every row with ``geo_precision == 1`` it looks up the ``location`` field
as spelled with :meth:`Gazetteer.lookup` and counts the row as covered when a candidate lies
within ``K`` km (default 10) of the gold ``lat``/``lon``. Prints the share overall and for the
``T`` countries with most such rows. The gazetteer comes from ``$ATLAS_CACHE`` (built if needed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geodata import Gazetteer  # noqa: E402
from geodata.geometry import great_circle_km  # noqa: E402
from pipeline.config import Settings  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "events" / "acled_dev.jsonl"


def precise_rows(lines: Iterable[str]) -> list[tuple[str, str, float, float]]:
    """``(country, location, lat, lon)`` of the rows coded at the place itself."""
    rows = []
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("geo_precision") != 1 or not record.get("location"):
            continue
        rows.append(
            (
                str(record["country"]),
                str(record["location"]),
                float(record["lat"]),
                float(record["lon"]),
            )
        )
    return rows


def covered(gazetteer: Gazetteer, name: str, lat: float, lon: float, limit: int, km: float) -> bool:
    """True when a candidate for ``name`` lies within ``km`` of (lat, lon)."""
    return any(
        great_circle_km(c.lon, c.lat, lon, lat) <= km for c in gazetteer.lookup(name, limit=limit)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--limit", type=int, default=25, help="candidates per lookup")
    parser.add_argument("--km", type=float, default=10.0)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    settings = Settings.from_env(os.environ)
    start = time.perf_counter()
    gazetteer = Gazetteer.load(settings.cache_dir, progress=sys.stderr.isatty())
    took = time.perf_counter() - start
    print(f"gazetteer: {len(gazetteer)} places from {settings.cache_dir} ({took:.1f} s)")
    with args.gold.open(encoding="utf-8") as handle:
        rows = precise_rows(handle)
    total, hits = Counter[str](), Counter[str]()
    for country, name, lat, lon in rows:
        total[country] += 1
        hits[country] += covered(gazetteer, name, lat, lon, args.limit, args.km)
    share = sum(hits.values()) / max(1, len(rows))
    print(f"overall: {sum(hits.values())}/{len(rows)} = {share:.1%} within {args.km:g} km")
    for country, count in total.most_common(args.top):
        print(f"  {country:<34} {hits[country]:>4}/{count:<4} = {hits[country] / count:.1%}")


if __name__ == "__main__":
    main()
