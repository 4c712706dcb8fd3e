"""Build inputs: the records every source reader produces and the builder consumes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from geodata.models import Site

__all__ = ["PlaceRecord", "Source", "SourceRecords"]


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One place as a source describes it, before merging and indexing.

    Attributes
    ----------
    place_id : str
        Stable id with a source prefix (``gn:169389``); records sharing an id are merged, the
        later source's attributes winning and names unioned.
    name : str
        Preferred name (score 1.0).
    kind : str
        ``country``, ``admin1``, ``city`` or ``site``.
    country : str
        ISO 3166-1 alpha-2 code.
    lon, lat : float
        WGS84 degrees.
    population : int
        0 when unknown.
    admin1 : str
        Name of the first-level region if the source knows it.
    admin1_code : str
        GeoNames admin1 code, resolved to a name by the builder when ``admin1`` is empty.
    feature_code : str
        GeoNames feature code where known.
    alt_names : tuple of str
        Alternate names (score 0.9); non-Latin and short all-caps names are dropped by the builder.
    strong_names : tuple of str
        Further names scored like the preferred one (a country's official and common names).
    codes : tuple of str
        Case-sensitive codes (``US``, ``USA``): matched only when the query is upper case.
    region_type : str
        For first-level regions, the source's type word (``province``, ``governorate``).
    secondary : bool
        True for a source that only fills gaps: dropped when a non-secondary place of the same
        country with the same folded or transliteration key lies within 10 km.
    """

    place_id: str
    name: str
    kind: str
    country: str
    lon: float
    lat: float
    population: int = 0
    admin1: str = ""
    admin1_code: str = ""
    feature_code: str = ""
    alt_names: tuple[str, ...] = ()
    strong_names: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    region_type: str = ""
    secondary: bool = False


@dataclass(frozen=True, slots=True)
class SourceRecords:
    """Everything one source contributes to the index.

    Attributes
    ----------
    name : str
        Source name, for messages.
    records : tuple of PlaceRecord
        Places.
    demonyms : tuple of (str, str)
        ``(word, iso2)`` pairs such as ``("Syrian", "SY")``.
    sites : tuple of Site
        Curated sites handed out by :meth:`Gazetteer.sites`.
    outlines : tuple of (str, dict)
        ``(iso2, GeoJSON)`` country outlines; the builder places regions inside them.
    """

    name: str
    records: tuple[PlaceRecord, ...] = ()
    demonyms: tuple[tuple[str, str], ...] = ()
    sites: tuple[Site, ...] = ()
    outlines: tuple[tuple[str, dict[str, Any]], ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A lazily read source: a cheap fingerprint for staleness, and a reader run only to build.

    Attributes
    ----------
    name : str
        Source name.
    fingerprint : str
        Changes whenever the source's content may change (package version, file hash).
    read : callable
        Returns the source's :class:`SourceRecords`; called only when the index is rebuilt.
    """

    name: str
    fingerprint: str
    read: Callable[[], SourceRecords]
