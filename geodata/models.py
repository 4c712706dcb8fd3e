"""Typed records the gazetteer hands out: candidates for a name and curated sites."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GAP_FILLING_POPULATION",
    "GAP_FILLING_PREFIX",
    "KINDS",
    "Candidate",
    "Site",
    "gap_filling",
]

#: Feature kinds a candidate can have, coarsest first.
#: ``natural`` is a lake, river, sea, desert or range (its type is the feature code).
KINDS: tuple[str, ...] = (
    "country",
    "admin1",
    "admin2",
    "city",
    "site",
    "continent",
    "natural",
)

#: Id prefix of the villages of Who's On First (:mod:`geodata.sources.wof`), a source that
#: only fills the gaps GeoNames leaves.
GAP_FILLING_PREFIX = "wof:"


#: GeoNames' ``cities500`` holds every place of this many people: a gap-filling place with
#: fewer (most give none, some a household count) is a village GeoNames lacks.
GAP_FILLING_POPULATION = 500


def gap_filling(place_id: str, population: int) -> bool:
    """Whether a place is a village from the gap-filling source that GeoNames lacks: tens of
    thousands of them share their names with towns and with each other, so such a village is
    only an answer where the text itself points to it.

    Examples
    --------
    >>> gap_filling("wof:1108562181", 0), gap_filling("wof:2", 11), gap_filling("wof:1", 5000)
    (True, True, False)
    >>> gap_filling("gn:1", 0)
    False
    """
    return place_id.startswith(GAP_FILLING_PREFIX) and population < GAP_FILLING_POPULATION


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry proposed for a name.

    Attributes
    ----------
    place_id : str
        Stable id with a source prefix: ``gn:169389`` (GeoNames), ``csc:state:2941``
        (countrystatecity region), ``country:SY``, ``site:tr-op-salwa`` (curated).
    name : str
        Preferred English name.
    kind : str
        One of :data:`KINDS`.
    country : str
        ISO 3166-1 alpha-2 code, ``""`` when the place is in no country.
    admin1 : str
        Name of the first-level region, ``""`` when unknown or for countries.
    lon, lat : float
        WGS84 degrees, stored (lon, lat).
    population : int
        0 when unknown.
    score : float
        How well the queried name matches this entry, in [0, 1]: 1.0 for the preferred name,
        lower for alternate names and fuzzy matches.
    feature_code : str
        GeoNames feature code where known (``PPLC``, ``PPLA``, ``ADM1``, ``PCLI``), else ``""``.
    """

    place_id: str
    name: str
    kind: str
    country: str
    admin1: str
    lon: float
    lat: float
    population: int
    score: float
    feature_code: str = ""


@dataclass(frozen=True, slots=True)
class Site:
    """A curated point of interest, such as a military observation post, with its source."""

    site_id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    operator: str
    admin1: str
    country: str
    lon: float
    lat: float
    established: str
    note: str
    source: str
