"""Events as a GeoDataFrame: one row per (event, place), the tabular boundary of the pipeline.

Columns are :data:`FEATURE_PROPERTIES` then ``geometry`` (Points, EPSG:4326). Integer columns
use pandas' nullable ``Int64`` and text columns ``string``, so a missing count is ``<NA>`` and
never turns the column into floats. An event without places (its report named none we could
resolve) is one row with a missing geometry (``None``), missing place columns, ``place_index``
0 and ``n_places`` 0: kept in tables, counts and files, never drawn on a map.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.errors import ExportError
from pipeline.models import Article, Event, Place

__all__ = [
    "FEATURE_PROPERTIES",
    "FLOAT_PROPERTIES",
    "INT_PROPERTIES",
    "SHARED_COUNT_NOTE",
    "events_to_geodataframe",
    "frame_from_columns",
]

FEATURE_PROPERTIES: tuple[str, ...] = (
    "event_id", "event_date", "event_date_end", "time_precision", "event_type",
    "sub_event_type", "category", "actor1", "actor2", "inter1", "inter2", "fatalities",
    "wounded", "troops", "location", "admin1", "country", "iso3", "geo_precision", "place_id",
    "article_id", "source", "source_url", "published", "source_count", "other_sources",
    "evidence", "evidence_start",
    "evidence_end", "confidence", "notes", "place_index", "n_places", "title", "place_text",
)  # fmt: skip

#: Properties held as integers (``Int64``); they stay ints in GeoJSON and CSV.
INT_PROPERTIES: frozenset[str] = frozenset({
    "time_precision", "inter1", "inter2", "fatalities", "wounded", "troops", "geo_precision",
    "evidence_start", "evidence_end", "place_index", "n_places", "source_count",
})  # fmt: skip

#: Properties held as floats (``Float64``).
FLOAT_PROPERTIES: frozenset[str] = frozenset({"confidence"})

#: Added to the notes of every place of an event but its first, which carries the counts.
SHARED_COUNT_NOTE = "counts at the event's first place"

_CRS = "EPSG:4326"


def _dtype(name: str) -> str:
    if name in INT_PROPERTIES:
        return "Int64"
    if name in FLOAT_PROPERTIES:
        return "Float64"
    return "string"


def frame_from_columns(
    columns: Mapping[str, Sequence[Any] | np.ndarray],
    lons: Sequence[float | None] | np.ndarray,
    lats: Sequence[float | None] | np.ndarray,
) -> gpd.GeoDataFrame:
    """Assemble the events frame from one value list per property and the coordinates.

    Parameters
    ----------
    columns : Mapping[str, Sequence or numpy.ndarray]
        A list (or object array) of equal length for every name in
        :data:`FEATURE_PROPERTIES`; ``None`` for missing values.
    lons, lats : Sequence[float]
        WGS84 degrees, one per row; ``None`` or NaN for a row without a place.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`FEATURE_PROPERTIES` + ``geometry``, CRS EPSG:4326; the geometry is
        missing (``None``) where a coordinate is.

    Examples
    --------
    >>> empty = {name: [None, None] for name in FEATURE_PROPERTIES}
    >>> frame_from_columns(empty, [36.6, None], [35.9, float("nan")]).geometry.isna().tolist()
    [False, True]
    """
    data = {name: _array(columns[name], _dtype(name)) for name in FEATURE_PROPERTIES}
    x, y = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    geometry = gpd.points_from_xy(x, y, crs=_CRS)
    unplaced = ~(np.isfinite(x) & np.isfinite(y))
    if unplaced.any():  # a NaN Point is neither missing nor empty to geopandas: make it None
        geometry[unplaced] = None
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(geometry)))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=_CRS)


def _array(values: Sequence[Any] | np.ndarray, dtype: str) -> Any:
    if dtype == "string":
        try:  # text straight into Arrow: pandas' own conversion checks each value in Python
            return pd.array(pa.array(values, type=pa.large_string(), from_pandas=True), dtype)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass  # not all text: let pandas convert
    return pd.array(list(values), dtype=dtype)


def events_to_geodataframe(
    events: Sequence[Event], articles: Mapping[str, Article]
) -> gpd.GeoDataFrame:
    """One row per (event, place), each drawn at its place's Point (lon, lat).

    An event's ``fatalities`` and ``troops`` are counted once: on ``place_index`` 0; its other
    places get ``<NA>`` and :data:`SHARED_COUNT_NOTE` in their notes. An event without places
    gives one row with its counts, no geometry (``None``), ``<NA>`` place columns
    (``location``, ``admin1``, ``country``, ``iso3``, ``place_id``, ``place_text``),
    ``place_index`` 0 and ``n_places`` 0. ``source``, ``source_url`` and ``published`` come
    from the event's article (left empty if ``articles`` does not have it).

    Parameters
    ----------
    events : Sequence[Event]
    articles : Mapping[str, Article]
        Articles by id, for provenance columns.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`FEATURE_PROPERTIES` + ``geometry``, EPSG:4326, dates as ISO strings.

    Raises
    ------
    ExportError
        A place has a coordinate that is not finite or out of range.

    Examples
    --------
    >>> events_to_geodataframe([], {}).shape
    (0, 36)
    """
    from geodata.countries import iso3_for  # lazy: a sibling package, only needed here

    iso3_cache: dict[str, str] = {}

    def iso3(iso2: str) -> str:
        if iso2 not in iso3_cache:
            iso3_cache[iso2] = (iso3_for(iso2) or "") if iso2 else ""
        return iso3_cache[iso2]

    columns: dict[str, list[Any]] = {name: [] for name in FEATURE_PROPERTIES}
    lons: list[float | None] = []
    lats: list[float | None] = []
    for ev in events:
        article = articles.get(ev.article_id)
        for index, place in enumerate(ev.places or (None,)):
            if place is not None:
                _check_coordinates(ev, place)
            row = _feature_values(ev, index, place, article, iso3)
            for name in FEATURE_PROPERTIES:
                columns[name].append(row[name])
            lons.append(None if place is None else place.lon)
            lats.append(None if place is None else place.lat)
    return frame_from_columns(columns, lons, lats)


def _feature_values(
    ev: Event,
    index: int,
    place: Place | None,
    article: Article | None,
    iso3: Callable[[str], str],
) -> dict[str, Any]:
    """One row's values; ``place`` is ``None`` for the one row of an event without places."""
    first = index == 0
    notes = ev.notes if first else "; ".join(n for n in (ev.notes, SHARED_COUNT_NOTE) if n)
    published = article.published if article is not None else None
    return {
        "event_id": ev.event_id,
        "event_date": None if ev.event_date is None else ev.event_date.isoformat(),
        "event_date_end": None if ev.event_date_end is None else ev.event_date_end.isoformat(),
        "time_precision": ev.time_precision,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "category": ev.category,
        "actor1": ev.actor1,
        "actor2": ev.actor2,
        "inter1": ev.inter1,
        "inter2": ev.inter2,
        "fatalities": ev.fatalities if first else None,
        "wounded": ev.wounded if first else None,
        "troops": ev.troops if first else None,
        **_place_values(place, iso3),
        "geo_precision": ev.geo_precision,
        "article_id": ev.article_id,
        "source_count": 1 + len(ev.other_sources),
        "other_sources": "; ".join(ev.other_sources),
        "source": article.source if article is not None else "",
        "source_url": article.url if article is not None else None,
        "published": None if published is None else published.isoformat(),
        "evidence": ev.evidence,
        "evidence_start": ev.evidence_start,
        "evidence_end": ev.evidence_end,
        "confidence": ev.confidence,
        "notes": notes,
        "place_index": index,
        "n_places": len(ev.places),
        "title": article.title if article is not None else "",
    }


def _place_values(place: Place | None, iso3: Callable[[str], str]) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(("location", "admin1", "country", "iso3", "place_id", "place_text"))
    return {
        "location": place.name,
        "admin1": place.admin1,
        "country": place.country,
        "iso3": iso3(place.country),
        "place_id": place.place_id,
        "place_text": place.mention.text,
    }


def _check_coordinates(ev: Event, place: Place) -> None:
    lon, lat = place.lon, place.lat
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise ExportError(
            f"event {ev.event_id!r}: place {place.place_id!r} ({place.name}) has invalid "
            f"coordinates lon={lon!r}, lat={lat!r}"
        )
