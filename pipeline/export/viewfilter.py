"""A view of the events frame: the dashboard's filters, shared with ``export`` so a file and a
screen show the same events. Pure pandas; the store is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from pipeline.models import EventFilter

__all__ = ["FilterState", "apply_filters", "event_dates"]


@dataclass(frozen=True, slots=True)
class FilterState:
    """What the user selected; empty tuples and ``None`` mean "no filter" (as in EventFilter).

    An actor matches an event when it is ``actor1`` or ``actor2``. A date range keeps events
    whose own range (``event_date`` to ``event_date_end``) overlaps it and drops undated ones.
    """

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_fatalities: int = 0
    text: str = ""

    def to_event_filter(self) -> EventFilter:
        """The same selection as the store's and the CLI's :class:`EventFilter`."""
        return EventFilter(
            date_from=self.date_from,
            date_to=self.date_to,
            actors=self.actors,
            event_types=self.event_types,
            categories=self.categories,
        )


def event_dates(frame: pd.DataFrame, column: str) -> pd.Series:
    """A date column as timestamps (``NaT`` where missing or unreadable)."""
    if column not in frame.columns:
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    return pd.to_datetime(frame[column], errors="coerce", format="ISO8601")


def apply_filters(frame: pd.DataFrame, state: FilterState) -> pd.DataFrame:
    """The rows of ``frame`` (one per event-place) that ``state`` keeps, in their order.

    Works on a GeoDataFrame too and returns the same type. An empty frame, or one lacking a
    column a filter needs, gives an empty result for that filter rather than an error. When
    every row is kept the result is ``frame`` itself: treat it as read-only.

    Examples
    --------
    >>> f = pd.DataFrame({"actor1": ["A", "B"], "actor2": ["B", ""],
    ...                   "event_type": ["Battles", "Riots"], "category": ["x", "y"],
    ...                   "event_date": ["2020-02-01", "2020-03-01"],
    ...                   "event_date_end": [None, None]})
    >>> list(apply_filters(f, FilterState(actors=("B",))).index)
    [0, 1]
    >>> list(apply_filters(f, FilterState(date_from=date(2020, 2, 15))).index)
    [1]
    """
    keep = pd.Series(True, index=frame.index)
    if state.actors:
        keep &= _isin(frame, "actor1", state.actors) | _isin(frame, "actor2", state.actors)
    if state.event_types:
        keep &= _isin(frame, "event_type", state.event_types)
    if state.categories:
        keep &= _isin(frame, "category", state.categories)
    if state.countries:
        keep &= _isin(frame, "country", state.countries)
    if state.regions:
        keep &= _isin(frame, "admin1", state.regions)
    if state.sources:
        keep &= _isin(frame, "source", state.sources)
    if state.min_fatalities > 0:
        keep &= _event_fatalities(frame) >= state.min_fatalities
    if state.text.strip():
        keep &= _mentions(frame, state.text.strip())
    if state.date_from is not None or state.date_to is not None:
        starts = event_dates(frame, "event_date")
        ends = event_dates(frame, "event_date_end").fillna(starts)
        in_range = starts.notna()
        if state.date_to is not None:
            in_range &= starts <= pd.Timestamp(state.date_to)
        if state.date_from is not None:
            in_range &= ends >= pd.Timestamp(state.date_from)
        keep &= in_range.fillna(False).astype(bool)
    mask = keep.to_numpy(dtype=bool)
    # nothing filtered out: the frame itself (callers never write to a view), no copy of a
    # large store on every dashboard run
    return frame if mask.all() else frame.loc[mask]


def _isin(frame: pd.DataFrame, column: str, values: tuple[str, ...]) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame[column].isin(values).fillna(False).astype(bool)


def _event_fatalities(frame: pd.DataFrame) -> pd.Series:
    """Each row's event's fatalities (counts sit on an event's first place only)."""
    if "fatalities" not in frame.columns or "event_id" not in frame.columns:
        return pd.Series(0, index=frame.index)
    numbers = pd.to_numeric(frame["fatalities"], errors="coerce").astype("Float64").fillna(0)
    return numbers.groupby(frame["event_id"]).transform("max")


def _mentions(frame: pd.DataFrame, text: str) -> pd.Series:
    """Case-insensitive plain-text search in the evidence, notes, place and actor names."""
    found = pd.Series(False, index=frame.index)
    for column in ("evidence", "notes", "location", "actor1", "actor2"):
        if column in frame.columns:
            cells = frame[column].astype("string").fillna("")
            found |= cells.str.contains(text, case=False, regex=False).fillna(False)
    return found.astype(bool)
