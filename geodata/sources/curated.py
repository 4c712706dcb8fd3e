"""Curated sites as gazetteer records (kind ``site``, id ``site:<site_id>``)."""

from __future__ import annotations

from pathlib import Path

from geodata.records import PlaceRecord, SourceRecords
from geodata.sites import load_sites

__all__ = ["read_sites"]


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
