"""Compile source records into a :class:`~geodata.index.GazetteerIndex`.

Accepts any sequence of :class:`~geodata.records.SourceRecords`, so tests build tiny indexes from
literal records; the real readers live in :mod:`geodata.sources`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from tqdm import tqdm

from geodata.admin1 import resolve_admin1_codes
from geodata.errors import GazetteerBuildError
from geodata.geometry import great_circle_km
from geodata.index import FORMAT_VERSION, GazetteerIndex, Postings, write_index
from geodata.models import GAP_FILLING_PREFIX, KINDS, Site
from geodata.nearadmin1 import fill_admin1_from_nearest
from geodata.normalize import fold_name, is_code_like, is_latin, translit_key
from geodata.records import PlaceRecord, SourceRecords
from geodata.regionpoints import region_areas_centroids

__all__ = ["BuildStats", "build_index", "compile_index", "fingerprint_of", "priority_of"]

_fold = fold_name.__wrapped__  # the cache only helps repeated queries, not a one-pass build
_translit = translit_key.__wrapped__
_MAX_ALT_TOKENS = 6
_MIN_REGION_TOWNS = 8
# countrystatecity city coordinates are often 5-10 km off GeoNames (Jisr al-Shughur: 7 km).
_DEDUPE_KM = 10.0
#: A gap-filling place named like a town or district of its country this near is its area.
_NAMESAKE_AREA_KM = 60.0
_TOWNISH = frozenset({"city", "admin2"})
#: ... and a gap-filling district named like a town this near is that town's district.
_SEAT_KM = 80.0
TIER_STRONG, TIER_ALT, TIER_CODE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class BuildStats:
    """What a build produced."""

    places: int
    keys: int
    translit_keys: int
    dropped_duplicates: int
    bytes_written: int


def fingerprint_of(parts: Iterable[str]) -> str:
    """Hash the format version and source fingerprints into the index fingerprint."""
    digest = hashlib.sha256(f"format={FORMAT_VERSION}".encode())
    for part in parts:
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def priority_of(kind: str, feature_code: str, population: int) -> int:
    """Rank of a place among equal-score candidates (lower first).

    Countries and continents first, then capitals and cities of a million or more, then
    first-level regions, then other cities, then curated sites, then natural features (a lake
    or a river never outranks a town of the same name on the name alone).
    """
    if kind in ("country", "continent"):
        return 0
    if kind == "city" and (feature_code == "PPLC" or population >= 1_000_000):
        return 1
    return {"admin1": 2, "city": 3, "natural": 5}.get(kind, 4)


def _merge(sources: Sequence[SourceRecords]) -> list[PlaceRecord]:
    merged: dict[str, PlaceRecord] = {}
    for source in sources:
        for record in source.records:
            old = merged.get(record.place_id)
            if old is not None:
                names = tuple(dict.fromkeys(old.alt_names + record.alt_names))
                record = replace(record, alt_names=names, admin1=record.admin1 or old.admin1)
            merged[record.place_id] = record
    return list(merged.values())


def _with_admin1(
    records: list[PlaceRecord], outlines: Mapping[str, dict[str, Any]] | None = None
) -> list[PlaceRecord]:
    regions = [r for r in records if r.kind == "admin1" and r.region_type]
    pending = [r for r in records if r.admin1_code and not r.admin1]
    mapping = resolve_admin1_codes(pending, regions)
    out = [
        replace(r, admin1=mapping.get((r.country, r.admin1_code), ""))
        if r.admin1_code and not r.admin1
        else r
        for r in records
    ]
    region_pop: dict[tuple[str, str], int] = defaultdict(int)
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in out:
        if r.kind == "city" and r.admin1:
            region_pop[(r.country, r.admin1)] += r.population
            towns[(r.country, r.admin1)].append((r.lon, r.lat))
    areas = _region_areas(towns, outlines or {})
    return [
        _region_point(
            replace(r, population=r.population or region_pop.get((r.country, r.name), 0)),
            towns.get((r.country, r.name), []),
            areas.get((r.country, r.name)),
        )
        if r.kind == "admin1"
        else r
        for r in out
    ]


def _region_areas(
    towns: Mapping[tuple[str, str], list[tuple[float, float]]],
    outlines: Mapping[str, dict[str, Any]],
) -> dict[tuple[str, str], tuple[float, float]]:
    """Each region's centroid of its share of the country (:mod:`geodata.regionpoints`)."""
    by_country: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(dict)
    for (country, region), points in towns.items():
        by_country[country][region] = points
    return {
        (country, region): point
        for country, regions in sorted(by_country.items())
        if country in outlines
        for region, point in region_areas_centroids(regions, outlines[country]).items()
    }


#: Percentile trimmed at each end of a region's towns (stray coordinates).
_TRIM = 0.5


def _region_point(
    region: PlaceRecord,
    towns: list[tuple[float, float]],
    area_point: tuple[float, float] | None = None,
) -> PlaceRecord:
    """Place a region at the middle of its territory, as GeoNames and Wikipedia do.

    With ``area_point`` (the centroid of the region's share of its country's outline, see
    :mod:`geodata.regionpoints`) that point. Without an outline, the centroid of the convex hull
    of the region's towns, after dropping the 0.5% at each end of latitude and longitude
    (stray coordinates): a capital does not pull it, unlike a registry's point. Regions with
    fewer than 8 towns keep their source's point.
    """
    if len(towns) < _MIN_REGION_TOWNS:
        return region
    if area_point is not None:
        return replace(region, lon=area_point[0], lat=area_point[1])
    points = np.array(towns, dtype=np.float64)
    low = np.percentile(points, _TRIM, axis=0)
    high = np.percentile(points, 100 - _TRIM, axis=0)
    kept = points[((points >= low) & (points <= high)).all(axis=1)]
    hull = shapely.MultiPoint(kept if len(kept) >= 3 else points).convex_hull
    lon, lat = hull.centroid.x, hull.centroid.y
    return replace(region, lon=round(float(lon), 4), lat=round(float(lat), 4))


class _Compiler:
    """Accumulates places and their name keys."""

    def __init__(self) -> None:
        self.records: list[PlaceRecord] = []
        self.keys: dict[str, dict[int, int]] = defaultdict(dict)
        self.translit: dict[str, set[int]] = defaultdict(set)
        # per build, not module-wide: village names repeat across a million records
        self._folded: dict[str, str] = {}
        self._translit: dict[str, str] = {}

    def fold(self, name: str) -> str:
        key = self._folded.get(name)
        if key is None:
            key = self._folded[name] = _fold(name)
        return key

    def translit_of(self, key: str) -> str:
        tkey = self._translit.get(key)
        if tkey is None:
            tkey = self._translit[key] = _translit(key)
        return tkey

    def add(self, record: PlaceRecord) -> None:
        idx = len(self.records)
        self.records.append(record)
        named: list[tuple[str, int]] = [(record.name, TIER_STRONG)]
        named += [(n, TIER_STRONG) for n in record.strong_names]
        named += [(n, TIER_CODE) for n in record.codes]
        named += [(n, TIER_ALT) for n in record.alt_names if is_latin(n) and not is_code_like(n)]
        for name, tier in named:
            key = self.fold(name)
            if not key or (tier == TIER_ALT and key.count(" ") >= _MAX_ALT_TOKENS):
                continue
            slot = self.keys[key]
            if slot.get(idx, 99) > tier:
                slot[idx] = tier
            if tier != TIER_CODE:
                tkey = self.translit_of(key)
                if tkey:
                    self.translit[tkey].add(idx)

    def is_duplicate(self, record: PlaceRecord) -> bool:
        key = self.fold(record.name)
        near = list(self.keys.get(key, {}))
        near += list(self.translit.get(self.translit_of(key), ()))
        # a gap-filling municipality, district or village named like a town (of known
        # population) of its country nearby is that town's own area: the town stands for it,
        # as reports use the name ("Malanville" is the town, not its commune's middle 27 km off)
        wof_town = record.place_id.startswith(GAP_FILLING_PREFIX) and record.kind in _TOWNISH
        for idx in near:
            other = self.records[idx]
            if other.country != record.country:
                continue
            reach = _DEDUPE_KM if other.kind == record.kind else 0.0
            if wof_town and not other.secondary and other.kind in _TOWNISH and other.population:
                # a district ("Gusau" LGA) reaches farther from its seat than a commune
                seat = record.kind == "admin2" and other.kind == "city"
                reach = _SEAT_KM if seat else _NAMESAKE_AREA_KM
            if not reach:
                continue
            # under 0.1 degree of latitude per 11 km: skip the trigonometry for the rest
            if (
                abs(other.lat - record.lat) <= reach / 111.0
                and great_circle_km(other.lon, other.lat, record.lon, record.lat) <= reach
            ):
                return True
        return False


def _country_name_keys(records: Iterable[PlaceRecord]) -> frozenset[str]:
    """Transliteration keys of every name of the primary countries and continents. A
    gap-filling (``secondary``) hamlet of such a name is not added: a post office called
    "Sweeden" would only compete with the country every reader means, and no population tells
    them apart. (Hamlets named after cities and regions stay: local news means them.)"""
    keys: set[str] = set()
    for r in records:
        if not r.secondary and r.kind in ("country", "continent"):
            for name in (r.name, *r.strong_names, *r.alt_names):
                if is_latin(name) and not is_code_like(name):
                    keys.add(_translit(_fold(name)))
    keys.discard("")
    return frozenset(keys)


def _sorted_postings(entries: Iterable[tuple[int, int]], order: list[tuple[int, int]]) -> Postings:
    ranked = sorted(entries, key=lambda e: (e[1] == TIER_ALT, order[e[0]], e[0]))
    codes = tuple(idx << 2 | tier for idx, tier in ranked)
    return codes[0] if len(codes) == 1 else codes


def _demonym_table(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for word, iso in pairs:
        key = _fold(word)
        if not key:
            continue
        table.setdefault(key, iso)
        plural = key + ("es" if key.endswith(("s", "sh", "ch")) else "s")
        table.setdefault(plural, iso)
    return table


def compile_index(
    sources: Sequence[SourceRecords], fingerprint: str, *, progress: bool = False
) -> tuple[GazetteerIndex, int]:
    """Merge, resolve, deduplicate and index source records (no file I/O).

    Parameters
    ----------
    sources : sequence of SourceRecords
        Read sources, in precedence order (later wins on a shared ``place_id``).
    fingerprint : str
        Stored in the index.
    progress : bool
        Show a tqdm bar over the records.

    Returns
    -------
    (GazetteerIndex, int)
        The index and how many secondary records were dropped as duplicates.
    """
    outlines = {iso2: outline for source in sources for iso2, outline in source.outlines}
    records = fill_admin1_from_nearest(_with_admin1(_merge(sources), outlines))
    records.sort(key=lambda r: r.secondary)  # secondary after every primary record
    # nor a demonym: a village called "Russian" or "Iraqi" would take the adjective's place
    demonyms = {_translit(key) for key in _demonym_table(d for s in sources for d in s.demonyms)}
    country_names = _country_name_keys(records) | (demonyms - {""})
    compiler = _Compiler()
    dropped = 0
    for record in tqdm(records, desc="indexing places", unit="place", disable=not progress):
        if record.kind not in KINDS:
            raise GazetteerBuildError(f"{record.place_id}: unknown kind {record.kind!r}")
        if record.secondary and (
            compiler.translit_of(compiler.fold(record.name)) in country_names
            or compiler.is_duplicate(record)
        ):
            dropped += 1
            continue
        compiler.add(record)
    places = compiler.records
    order = [(priority_of(r.kind, r.feature_code, r.population), -r.population) for r in places]
    keys = {k: _sorted_postings(v.items(), order) for k, v in compiler.keys.items()}
    translit = {
        k: _sorted_postings(((i, TIER_STRONG) for i in v), order)
        for k, v in compiler.translit.items()
    }
    sites: tuple[Site, ...] = tuple(s for src in sources for s in src.sites)
    tables = {
        field: tuple(sorted({getattr(r, field) for r in places}))
        for field in ("kind", "country", "admin1", "feature_code")
    }
    lookup = {f: {v: i for i, v in enumerate(t)} for f, t in tables.items()}

    def column(field: str, dtype: type) -> np.ndarray:
        return np.array([lookup[field][getattr(r, field)] for r in places], dtype=dtype)

    index = GazetteerIndex(
        fingerprint=fingerprint,
        place_ids=tuple(r.place_id for r in places),
        names=tuple(r.name for r in places),
        kinds=column("kind", np.uint8),
        countries=column("country", np.uint16),
        admin1=column("admin1", np.uint32),
        features=column("feature_code", np.uint16),
        lon=np.array([r.lon for r in places], dtype=np.float64),
        lat=np.array([r.lat for r in places], dtype=np.float64),
        population=np.array([r.population for r in places], dtype=np.int64),
        kind_table=tables["kind"],
        country_table=tables["country"],
        admin1_table=tables["admin1"],
        feature_table=tables["feature_code"],
        keys=keys,
        translit=translit,
        demonyms=_demonym_table(d for src in sources for d in src.demonyms),
        sites=sites,
        max_name_tokens=max((k.count(" ") + 1 for k in keys), default=0),
    )
    return index, dropped


def build_index(
    sources: Sequence[SourceRecords],
    out_path: Path,
    *,
    fingerprint: str = "",
    progress: bool = False,
) -> BuildStats:
    """Compile ``sources`` and write the index file.

    Parameters
    ----------
    sources : sequence of SourceRecords
        Read sources in precedence order.
    out_path : Path
        Index file to write (atomically).
    fingerprint : str, optional
        Fingerprint to record; default a hash of the source names.
    progress : bool
        Show tqdm progress bars.

    Returns
    -------
    BuildStats
        Counts and the file size.

    Raises
    ------
    GazetteerBuildError
        On an invalid record or an unwritable file.
    """
    fingerprint = fingerprint or fingerprint_of(s.name for s in sources)
    index, dropped = compile_index(sources, fingerprint, progress=progress)
    size = write_index(index, out_path)
    return BuildStats(
        places=len(index.place_ids),
        keys=len(index.keys),
        translit_keys=len(index.translit),
        dropped_duplicates=dropped,
        bytes_written=size,
    )
