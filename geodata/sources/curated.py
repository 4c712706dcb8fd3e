"""Curated sites (kind ``site``, id ``site:<site_id>``) and curated areas (id ``area:<id>``) as
gazetteer records."""

from __future__ import annotations

import csv
from pathlib import Path

from geodata.normalize import is_code_like
from geodata.records import PlaceRecord, SourceRecords
from geodata.sites import load_sites

__all__ = ["REGIONS_PATH", "read_regions", "read_sites"]


def read_sites(path: Path | None = None) -> SourceRecords:
    """Read curated sites as records: the name scores 1.0, each alias 0.9.

    Parameters
    ----------
    path : Path, optional
        Sites CSV; default the packaged ``idlib_sites.csv``.

    Returns
    -------
    SourceRecords
        Site records plus the :class:`~geodata.models.Site` objects themselves.
    """
    sites = load_sites(path)
    records = tuple(
        PlaceRecord(
            place_id=f"site:{site.site_id}",
            name=site.name,
            kind="site",
            country=site.country,
            lon=site.lon,
            lat=site.lat,
            admin1=site.admin1,
            alt_names=site.aliases,
        )
        for site in sites
    )
    return SourceRecords(name="curated-sites", records=records, sites=sites)


#: Well-known areas that are neither countries nor first-level regions in the registry data
#: ("West Bank", "Gaza Strip", "Donbas", "the Sahel"), each with its source.
REGIONS_PATH = Path(__file__).resolve().parent.parent / "data" / "regions.csv"


def read_regions(path: Path | None = None) -> SourceRecords:
    """Read the curated areas: a country's part as ``admin1``, a wider area as ``continent``.

    Parameters
    ----------
    path : Path, optional
        Regions CSV; default the packaged ``geodata/data/regions.csv``.
    """
    with (path or REGIONS_PATH).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    records = tuple(
        PlaceRecord(
            place_id=f"area:{row['id']}",
            name=row["name"],
            kind=row["kind"],
            country=row["country"],
            lon=float(row["lon"]),
            lat=float(row["lat"]),
            admin1=row["name"] if row["kind"] == "admin1" else "",
            alt_names=tuple(a for a in _aliases(row) if not is_code_like(a)),
            codes=tuple(a for a in _aliases(row) if is_code_like(a)),
        )
        for row in rows
    )
    return SourceRecords(name="curated-regions", records=records)


def _aliases(row: dict[str, str]) -> list[str]:
    """A regions row's ``;``-separated aliases; upper-case codes ("EU") become lookup codes."""
    return [alias.strip() for alias in row["aliases"].split(";") if alias.strip()]
