"""Capitals of first-level regions, from Natural Earth's populated places.

ACLED codes an event it can only place in a province at the provincial capital (geo_precision
3), not at the province's middle. ``data/region_capitals.csv`` (built by
``python -m geodata.tools.capitals``) lists the national and first-level capitals of Natural
Earth's ``ne_10m_populated_places`` with their GeoNames ids and regions. A capital is matched to
the gazetteer's town of that id; where Natural Earth's point lies more than
:data:`SAME_TOWN_KM` from that town the id is taken as wrong and the row is left out. A region
in which Natural Earth puts one of the gazetteer's towns elsewhere gets no capital; another
takes its one first-level capital, else a capital of a group of regions, else the nation's;
with several of one rank (Natural Earth's first level is finer in some countries than the
gazetteer's), none.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from geodata.geometry import distance_km
from geodata.models import Candidate
from geodata.normalize import fold_name

__all__ = [
    "CAPITALS_FILE",
    "CapitalRow",
    "capitals_by_region",
    "read_capitals",
    "write_capitals",
]

CAPITALS_FILE = Path(__file__).resolve().parent / "data" / "region_capitals.csv"

#: Natural Earth's ``FEATURECLA`` of capitals, by rank (lower wins within a region).
CLASS_RANKS: Mapping[str, int] = {
    "Admin-0 capital": 0,
    "Admin-0 capital alt": 1,
    "Admin-1 region capital": 2,
    "Admin-1 capital": 3,
}

#: Farther than this from the gazetteer's town of its GeoNames id (or name), a row names
#: another town (Natural Earth's points are rounded, some by 25 km).
SAME_TOWN_KM = 30.0

_FIELDS = ("geonameid", "name", "iso2", "rank", "lat", "lon", "region")


@dataclass(frozen=True, slots=True)
class CapitalRow:
    """One capital of the table: its GeoNames id, name, country, rank, point and the name
    Natural Earth gives its region."""

    geonameid: int
    name: str
    iso2: str
    rank: int
    lat: float
    lon: float
    region: str = ""


def write_capitals(rows: Iterable[CapitalRow], path: Path) -> None:
    """Write the table, sorted by GeoNames id, so that a rebuild gives the same bytes."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(_FIELDS)
        for row in sorted(rows, key=lambda r: (r.geonameid, r.rank)):
            point = (f"{row.lat:.5f}", f"{row.lon:.5f}")
            writer.writerow((row.geonameid, row.name, row.iso2, row.rank, *point, row.region))


def read_capitals(path: Path = CAPITALS_FILE) -> tuple[CapitalRow, ...]:
    """Read the table written by :func:`write_capitals` (none when the file is missing)."""
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            CapitalRow(
                int(r["geonameid"]),
                r["name"],
                r["iso2"],
                int(r["rank"]),
                float(r["lat"]),
                float(r["lon"]),
                r.get("region") or "",
            )
            for r in csv.DictReader(handle)
        )


def capitals_by_region(
    rows: Iterable[CapitalRow],
    get: Callable[[str], Candidate | None],
    lookup: Callable[[str], Sequence[Candidate]] = lambda name: (),
    region_of: Callable[[str, str], Candidate | None] = lambda country, name: None,
) -> dict[tuple[str, str], Candidate]:
    """Each region's capital, keyed by ``(ISO2, folded region name)``.

    A row counts for the region of its town. Where Natural Earth names another region the
    gazetteer knows (``region_of``), the two disagree on where the town is, or the gazetteer's
    region holds regions of Natural Earth's (Uganda's Central region, its districts' capitals):
    that region gets no capital. A region takes
    its own capital before a capital of a group of regions or the nation's (Shah Alam, not
    Kuala Lumpur, for Selangor); one whose capitals of that rank are several towns (Natural
    Earth's first level finer than the gazetteer's: the capitals of Burkina Faso's provinces in
    one of its regions) has none.

    Parameters
    ----------
    rows : iterable of CapitalRow
        The table.
    get : callable
        The gazetteer's place by id (``"gn:98717"``).
    lookup : callable, optional
        The gazetteer's candidates for a name, for rows without a GeoNames id: the town of
        that name in the row's country near its point.
    region_of : callable, optional
        The gazetteer's first-level region of a country by name.

    Examples
    --------
    >>> from geodata.models import Candidate
    >>> towns = {"gn:1": Candidate("gn:1", "Ramadi", "city", "IQ", "Al Anbar", 43.3, 33.42,
    ...                            223500, 1.0)}
    >>> rows = [CapitalRow(1, "Ar Ramadi", "IQ", 3, 33.42, 43.30),
    ...         CapitalRow(2, "Nowhere", "IQ", 3, 30.0, 40.0)]
    >>> [c.name for c in capitals_by_region(rows, towns.get).values()]
    ['Ramadi']
    """
    ranked: dict[tuple[str, str], dict[int, set[Candidate]]] = {}
    disputed: set[tuple[str, str]] = set()
    for row in rows:
        town = _town_of(row, get, lookup)
        if town is None:
            continue
        key = (town.country, fold_name(town.admin1))
        named = region_of(town.country, row.region) if row.region else None
        if named is not None and fold_name(named.name) != key[1]:
            disputed.add(key)  # Natural Earth puts the town in another region it knows
            continue
        ranked.setdefault(key, {}).setdefault(row.rank, set()).add(town)
    found: dict[tuple[str, str], Candidate] = {}
    for key, by_rank in ranked.items():
        best = by_rank[max(by_rank)]  # the region's own capital before a nation's
        if len(best) == 1 and key not in disputed:
            found[key] = next(iter(best))
    return found


def _town_of(
    row: CapitalRow,
    get: Callable[[str], Candidate | None],
    lookup: Callable[[str], Sequence[Candidate]],
) -> Candidate | None:
    """The gazetteer's town a row names: by its id, else by its name; in the row's country
    (where Natural Earth gives one) and near its point, with a region."""
    found = [get(f"gn:{row.geonameid}")] if row.geonameid > 0 else list(lookup(row.name))
    for town in found:
        if (
            town is not None
            and town.kind == "city"
            and town.admin1
            and (len(row.iso2) != 2 or town.country == row.iso2)
            and distance_km(town, row) <= SAME_TOWN_KM
        ):
            return town
    return None
