"""The dashboard's filters as a value, applied to the events frame without touching the store.

The same selection drives ``python -m pipeline export`` (see :mod:`pipeline.export.viewfilter`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import shapely

from pipeline.export.viewfilter import FilterState, apply_filters, event_dates
from pipeline.models import is_coded_row

__all__ = [
    "FilterOptions",
    "FilterState",
    "Summary",
    "apply_filters",
    "filter_options",
    "state_from_selection",
    "summarise",
]


@dataclass(frozen=True, slots=True)
class FilterOptions:
    """The choices the widgets offer, read from the unfiltered frame."""

    actors: tuple[str, ...]
    event_types: tuple[str, ...]
    categories: tuple[str, ...]
    date_min: date | None
    date_max: date | None
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts for the page header; an event at several places counts once. ``places`` are
    the rows drawn at a place (an event without places counts as an event, not a place).
    ``articles`` are the articles read (extracted events); ``coded_rows`` the rows of coded
    datasets (ACLED, UCDP GED), each one event."""

    events: int
    places: int
    fatalities: int
    articles: int
    coded_rows: int = 0


def _values(frame: pd.DataFrame, *columns: str) -> tuple[str, ...]:
    found: set[str] = set()
    for column in columns:
        if column in frame.columns:
            # unique first: a large store has few distinct values and many rows
            found.update(str(v) for v in frame[column].dropna().unique() if str(v).strip())
    return tuple(sorted(found))


def filter_options(frame: pd.DataFrame) -> FilterOptions:
    """Actors (from ``actor1`` and ``actor2``), event types, categories and the date span.

    Examples
    --------
    >>> f = pd.DataFrame({"actor1": ["B", "A"], "actor2": ["", "C"],
    ...                   "event_type": ["Battles", "Battles"], "category": ["x", "y"],
    ...                   "event_date": ["2020-02-01", None], "event_date_end": [None, None]})
    >>> o = filter_options(f)
    >>> o.actors, o.event_types, o.date_min
    (('A', 'B', 'C'), ('Battles',), datetime.date(2020, 2, 1))
    >>> filter_options(pd.DataFrame()).date_min is None
    True
    """
    starts = event_dates(frame, "event_date")
    ends = event_dates(frame, "event_date_end").fillna(starts)
    lo, hi = starts.min(), ends.max()
    return FilterOptions(
        actors=_values(frame, "actor1", "actor2"),
        event_types=_values(frame, "event_type"),
        categories=_values(frame, "category"),
        date_min=None if pd.isna(lo) else lo.date(),
        date_max=None if pd.isna(hi) else hi.date(),
        countries=_values(frame, "country"),
        regions=_values(frame, "admin1"),
        sources=_values(frame, "source"),
    )


def summarise(frame: pd.DataFrame) -> Summary:
    """Events, places, fatalities, articles read and coded rows of a frame, each event once.

    Examples
    --------
    >>> f = pd.DataFrame({"event_id": ["e1", "e1", "e2", "acled:1", "acled:2"],
    ...                   "fatalities": [3, 3, None, 1, 4],
    ...                   "article_id": ["a", "a", "a", "acled:1", "acled:2"]})
    >>> summarise(f)
    Summary(events=4, places=5, fatalities=8, articles=1, coded_rows=2)
    >>> from shapely.geometry import Point
    >>> summarise(f.assign(geometry=[Point(36, 35), Point(37, 35), None, Point(), Point(1, 1)]))
    Summary(events=4, places=3, fatalities=8, articles=1, coded_rows=2)
    """
    if frame.empty or "event_id" not in frame.columns:
        return Summary(events=0, places=0, fatalities=0, articles=0)
    fatalities = 0
    if "fatalities" in frame.columns:
        # counts sit on an event's first place only; max per event also survives duplicates
        numbers = pd.to_numeric(frame["fatalities"], errors="coerce").astype("Float64")
        fatalities = int(numbers.groupby(frame["event_id"]).max().fillna(0).sum())
    articles = coded = 0
    if "article_id" in frame.columns:
        ids = pd.Series(frame["article_id"].dropna().astype(str).unique())
        is_coded = ids.map(is_coded_row).astype(bool)
        coded, articles = int(is_coded.sum()), int((~is_coded).sum())
    return Summary(
        events=int(frame["event_id"].nunique()),
        places=_placed_rows(frame),
        fatalities=fatalities,
        articles=articles,
        coded_rows=coded,
    )


def _placed_rows(frame: pd.DataFrame) -> int:
    """Rows with a geometry (all rows of a frame without a ``geometry`` column)."""
    if "geometry" not in frame.columns:
        return int(frame.shape[0])
    geometry = frame["geometry"]
    missing = np.asarray(geometry.isna(), dtype=bool) | shapely.is_empty(geometry.to_numpy())
    return int((~missing).sum())


def state_from_selection(
    date_range: Sequence[date] | date | None,
    options: FilterOptions,
    actors: Sequence[str] = (),
    event_types: Sequence[str] = (),
    categories: Sequence[str] = (),
    **more: Any,
) -> FilterState:
    """Turn the widgets' values into a :class:`FilterState`.

    ``st.date_input`` in range mode gives a 2-tuple, or a 1-tuple while the user has picked
    only the first day. A range equal to the data's whole span is "no date filter", so undated
    events stay visible until the user narrows the dates.

    Examples
    --------
    >>> o = FilterOptions((), (), (), date(2020, 1, 1), date(2020, 3, 1))
    >>> state_from_selection((date(2020, 1, 1), date(2020, 3, 1)), o).date_from is None
    True
    >>> state_from_selection((date(2020, 2, 1),), o, ["A"])
    FilterState(date_from=datetime.date(2020, 2, 1), date_to=None, actors=('A',), \
event_types=(), categories=(), countries=(), regions=(), sources=(), min_fatalities=0, text='')
    """
    if isinstance(date_range, date):
        chosen: tuple[date, ...] = (date_range,)
    else:
        chosen = tuple(date_range or ())
    date_from = chosen[0] if chosen else None
    date_to = chosen[1] if len(chosen) > 1 else None
    if (date_from, date_to) == (options.date_min, options.date_max):
        date_from = date_to = None
    return FilterState(
        date_from=date_from,
        date_to=date_to,
        actors=tuple(actors),
        event_types=tuple(event_types),
        categories=tuple(categories),
        countries=tuple(more.get("countries") or ()),
        regions=tuple(more.get("regions") or ()),
        sources=tuple(more.get("sources") or ()),
        min_fatalities=max(0, int(more.get("min_fatalities") or 0)),
        text=str(more.get("text") or ""),
    )
