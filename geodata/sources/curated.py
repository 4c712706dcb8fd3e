"""Curated sites (kind ``site``, id ``site:<site_id>``) and curated areas (id ``area:<id>``) as
gazetteer records."""

from __future__ import annotations

import csv
from pathlib import Path

from geodata.normalize import is_code_like
from geodata.records import PlaceRecord, SourceRecords
from geodata.sites import load_sites

__all__ = ["FEATURES_PATH", "REGIONS_PATH", "read_features", "read_regions", "read_sites"]


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
    records = tuple(
        _area_record(row, "area", row["kind"], row["country"])
        for row in _rows(path or REGIONS_PATH)
    )
    return SourceRecords(name="curated-regions", records=records)


#: Oceans, seas, gulfs, straits, large lakes, rivers, islands, peninsulas, ranges and deserts
#: that world news names ("the Pacific", "Java", "the Urals"), each with its source.
FEATURES_PATH = Path(__file__).resolve().parent.parent / "data" / "world_features.csv"


def read_features(path: Path | None = None) -> SourceRecords:
    """Read the curated world features as records of kind ``natural`` (id ``feature:<id>``,
    the feature type as feature code): the well-known features a town of the same name
    never outranks on the name alone (see :mod:`pipeline.geoparse.ranking`).

    Parameters
    ----------
    path : Path, optional
        Features CSV; default the packaged ``geodata/data/world_features.csv``.
    """
    records = tuple(
        _area_record(row, "feature", "natural", "", row["type"])
        for row in _rows(path or FEATURES_PATH)
    )
    return SourceRecords(name="curated-features", records=records)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _area_record(
    row: dict[str, str], prefix: str, kind: str, country: str, feature_code: str = ""
) -> PlaceRecord:
    """One curated row as a record; upper-case aliases ("EU") become lookup codes."""
    return PlaceRecord(
        place_id=f"{prefix}:{row['id']}",
        name=row["name"],
        kind=kind,
        country=country,
        lon=float(row["lon"]),
        lat=float(row["lat"]),
        admin1=row["name"] if kind == "admin1" else "",
        feature_code=feature_code,
        alt_names=tuple(a for a in _aliases(row) if not is_code_like(a)),
        codes=tuple(a for a in _aliases(row) if is_code_like(a)),
    )


def _aliases(row: dict[str, str]) -> list[str]:
    """A regions row's ``;``-separated aliases; upper-case codes ("EU") become lookup codes."""
    return [alias.strip() for alias in row["aliases"].split(";") if alias.strip()]
