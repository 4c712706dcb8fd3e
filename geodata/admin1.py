"""Name the GeoNames admin1 codes of cities after countrystatecity regions.

``cities500.json`` gives each city an admin1 *code* (``SY``/``12``) but no region names, and
GeoNames codes are not ISO 3166-2 codes (Turkey's are FIPS-like numbers, not plate numbers), so a
code match would be wrong as often as right. Instead, per country:

1. Choose the region level: countrystatecity mixes levels (France lists 13 regions and 96
   departments). Sets of region *types* whose total count is closest to the number of distinct
   GeoNames admin1 codes in that country (ties: fewer types) are tried; the one whose assignment
   (step 2) costs least is kept.
2. Assign: each (country, code) group of cities is reduced to its median point; group/region
   pairs are taken greedily by ascending distance (equirectangular) between that point and the
   region's centroid, each region used once (codes left over share their nearest region). A
   plain "nearest centroid" vote fails where a region's centroid sits far from its towns (Syria's
   Homs governorate: centroid in the desert, towns next to Tartus).

Checked on the United States, where GeoNames codes happen to be postal codes: see the tests.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from geodata.records import PlaceRecord

__all__ = ["first_level", "resolve_admin1_codes"]

_MAX_TYPES = 10
_NO_CODES = frozenset({"", "00"})


def first_level(regions: Sequence[PlaceRecord], n_codes: int) -> list[list[PlaceRecord]]:
    """Propose the region sets of a country that may form its first administrative level.

    Parameters
    ----------
    regions : sequence of PlaceRecord
        The country's ``admin1`` records, each with its ``region_type``.
    n_codes : int
        Number of distinct GeoNames admin1 codes in the country.

    Returns
    -------
    list of list of PlaceRecord
        Every set of region types whose total count is closest to ``n_codes`` using the fewest
        types, as region lists; the caller keeps the one that fits the cities best.
    """
    counts = Counter(r.region_type for r in regions)
    if len(counts) <= 1:
        return [list(regions)]
    types = [t for t, _ in counts.most_common(_MAX_TYPES)]
    ranked: dict[tuple[int, int], list[tuple[str, ...]]] = defaultdict(list)
    for size in range(1, len(types) + 1):
        for combo in itertools.combinations(types, size):
            ranked[(abs(sum(counts[t] for t in combo) - n_codes), size)].append(combo)
    best = ranked[min(ranked)]
    return [[r for r in regions if r.region_type in combo] for combo in best]


def _assign(cities: list[PlaceRecord], regions: list[PlaceRecord]) -> tuple[dict[str, str], float]:
    """One-to-one greedy assignment of code groups to regions by median-point distance."""
    scale = math.cos(math.radians(sum(r.lat for r in regions) / len(regions)))
    groups: dict[str, list[PlaceRecord]] = defaultdict(list)
    for city in cities:
        groups[city.admin1_code].append(city)
    codes = sorted(groups)
    gx = np.array([np.median([c.lon for c in groups[k]]) for k in codes]) * scale
    gy = np.array([np.median([c.lat for c in groups[k]]) for k in codes])
    rx = np.array([r.lon for r in regions]) * scale
    ry = np.array([r.lat for r in regions])
    cost = (gx[:, None] - rx) ** 2 + (gy[:, None] - ry) ** 2
    result: dict[str, str] = {}
    used: set[int] = set()
    total = 0.0
    for flat in np.argsort(cost, axis=None).tolist():
        gi, ri = divmod(flat, len(regions))
        if codes[gi] not in result and ri not in used:
            result[codes[gi]] = regions[ri].name
            used.add(ri)
            total += float(cost[gi, ri])
    for gi, code in enumerate(codes):  # more codes than regions: nearest, shared
        if code not in result:
            result[code] = regions[int(np.argmin(cost[gi]))].name
            total += float(cost[gi].min())
    return result, total


def resolve_admin1_codes(
    cities: Iterable[PlaceRecord], regions: Iterable[PlaceRecord]
) -> dict[tuple[str, str], str]:
    """Map each (country, GeoNames admin1 code) to a region name.

    Parameters
    ----------
    cities : iterable of PlaceRecord
        Records with an ``admin1_code``; others are ignored.
    regions : iterable of PlaceRecord
        ``admin1`` records with coordinates and ``region_type``.

    Returns
    -------
    dict
        ``{("SY", "12"): "Idlib", ...}``; codes ``""`` and ``"00"`` and countries without regions
        are absent.
    """
    by_country: dict[str, list[PlaceRecord]] = defaultdict(list)
    for city in cities:
        if city.admin1_code not in _NO_CODES:
            by_country[city.country].append(city)
    regions_by_country: dict[str, list[PlaceRecord]] = defaultdict(list)
    for region in regions:
        regions_by_country[region.country].append(region)
    mapping: dict[tuple[str, str], str] = {}
    for country, country_cities in by_country.items():
        candidates = regions_by_country.get(country)
        if not candidates:
            continue
        n_codes = len({c.admin1_code for c in country_cities})
        fits = [_assign(country_cities, level) for level in first_level(candidates, n_codes)]
        for code, name in min(fits, key=lambda fit: fit[1])[0].items():
            mapping[(country, code)] = name
    return mapping
