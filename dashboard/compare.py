"""Imported (ACLED, UCDP) against extracted events in the same view: how many each has, and
which extracted events no imported event matches (the duplicate rule's terms: the same event
type, a shared day, nearby; actors are not compared, since a dataset names them its own way).

An analyst uses it both ways: news-extracted events an existing dataset lacks are leads;
the counts show how much of a dataset the news in the store covers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geodata.geometry import great_circle_km_many

__all__ = ["IMPORTED_SOURCES", "Comparison", "compare_origins", "is_imported"]

#: ``source`` values of imported rows (see :mod:`pipeline.sources.importers`).
IMPORTED_SOURCES = ("ACLED", "UCDP GED")


@dataclass(frozen=True)
class Comparison:
    """Event counts per origin and the extracted events without an imported counterpart."""

    extracted: int
    imported: int
    unmatched: pd.DataFrame


def is_imported(frame: pd.DataFrame) -> pd.Series:
    """Whether each row is an imported event (by ``source``).

    Examples
    --------
    >>> is_imported(pd.DataFrame({"source": ["ACLED", "wire", None]})).tolist()
    [True, False, False]
    """
    if "source" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame["source"].isin(IMPORTED_SOURCES).fillna(False).astype(bool)


def compare_origins(frame: pd.DataFrame, *, km: float = 25.0, days: int = 0) -> Comparison:
    """Compare the imported and extracted events of ``frame`` (one row per event-place).

    Every imported row counts as its own event. An extracted event is matched when an imported
    event of the same event type lies within ``km`` of one of its places and their dates share
    a day (ranges overlap; ``days`` widens the window).

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> f = pd.DataFrame({"event_id": ["x1", "x2", "x3", "a1"],
    ...     "source": ["wire", "wire", "wire", "ACLED"],
    ...     "event_type": ["Battles", "Battles", "Protests", "Battles"],
    ...     "event_date": ["2020-02-11", "2020-02-11", "2020-02-11", "2020-02-11"],
    ...     "geometry": [Point(36.80, 35.86), Point(40.0, 35.0), Point(36.80, 35.86),
    ...                  Point(36.81, 35.87)]})
    >>> c = compare_origins(f)
    >>> c.extracted, c.imported, c.unmatched["event_id"].tolist()
    (3, 1, ['x2', 'x3'])
    """
    imported_rows = is_imported(frame)
    imported = frame[imported_rows]
    extracted = frame[~imported_rows]
    n_imported = imported["event_id"].nunique() if len(imported) else 0
    n_extracted = extracted["event_id"].nunique() if len(extracted) else 0
    if extracted.empty:
        return Comparison(0, n_imported, extracted)
    imp = _points_days(imported)
    ext = _points_days(extracted)
    matched = np.zeros(len(extracted), dtype=bool)
    if len(imported):
        order = np.argsort(imp.start, kind="stable")
        starts = imp.start[order]
        longest = float(np.nanmax(imp.end - imp.start)) if len(imp.start) else 0.0
        longest = 0.0 if np.isnan(longest) else longest
        for row in range(len(extracted)):
            if np.isnan(ext.start[row]) or np.isnan(ext.lon[row]):
                continue
            low = np.searchsorted(starts, ext.start[row] - days - longest, side="left")
            high = np.searchsorted(starts, ext.end[row] + days, side="right")
            near = order[low:high]
            near = near[
                (imp.end[near] >= ext.start[row] - days) & (imp.kind[near] == ext.kind[row])
            ]
            if len(near):
                distance = great_circle_km_many(
                    ext.lon[row], ext.lat[row], imp.lon[near], imp.lat[near]
                )
                matched[row] = bool(np.any(distance <= km))
    hit = pd.Series(matched, index=extracted.index).groupby(extracted["event_id"]).transform("any")
    unmatched = extracted[~hit.to_numpy(dtype=bool)].drop_duplicates("event_id")
    return Comparison(n_extracted, n_imported, unmatched)


@dataclass(frozen=True)
class _Located:
    lon: np.ndarray
    lat: np.ndarray
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray


def _days(frame: pd.DataFrame, column: str) -> np.ndarray:
    dates = pd.to_datetime(frame.get(column, pd.Series(index=frame.index)), errors="coerce")
    return (dates - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float, na_value=np.nan)


def _points_days(frame: pd.DataFrame) -> _Located:
    geometry = frame["geometry"] if "geometry" in frame else pd.Series(dtype=object)
    lon = np.array([getattr(g, "x", np.nan) if g is not None else np.nan for g in geometry], float)
    lat = np.array([getattr(g, "y", np.nan) if g is not None else np.nan for g in geometry], float)
    start = _days(frame, "event_date")
    end = np.fmax(start, _days(frame, "event_date_end"))
    kind = frame.get("event_type", pd.Series("", index=frame.index)).fillna("").astype(str)
    return _Located(lon, lat, start, end, kind.to_numpy())
