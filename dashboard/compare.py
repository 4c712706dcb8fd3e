"""Imported (ACLED, UCDP) against extracted events in the same view: how many each has, and
which extracted events no imported event matches (same days, nearby).

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


def compare_origins(frame: pd.DataFrame, *, km: float = 25.0, days: int = 1) -> Comparison:
    """Compare the imported and extracted events of ``frame`` (one row per event-place).

    An extracted event is matched when an imported event lies within ``km`` of one of its
    places and its date is within ``days`` of the extracted event's dates.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> f = pd.DataFrame({"event_id": ["x1", "x2", "a1"], "source": ["wire", "wire", "ACLED"],
    ...     "event_date": ["2020-02-10", "2020-02-10", "2020-02-11"],
    ...     "geometry": [Point(36.80, 35.86), Point(40.0, 35.0), Point(36.81, 35.87)]})
    >>> c = compare_origins(f)
    >>> c.extracted, c.imported, c.unmatched["event_id"].tolist()
    (2, 1, ['x2'])
    """
    imported_rows = is_imported(frame)
    imported = frame[imported_rows]
    extracted = frame[~imported_rows]
    n_imported = imported["event_id"].nunique() if len(imported) else 0
    n_extracted = extracted["event_id"].nunique() if len(extracted) else 0
    if extracted.empty:
        return Comparison(0, n_imported, extracted)
    lon_i, lat_i, day_i = _points_days(imported)
    lon_x, lat_x, day_x = _points_days(extracted)
    matched = np.zeros(len(extracted), dtype=bool)
    if len(imported):
        order = np.argsort(day_i, kind="stable")
        sorted_days = day_i[order]
        for row in range(len(extracted)):
            if np.isnan(day_x[row]) or np.isnan(lon_x[row]):
                continue
            low = np.searchsorted(sorted_days, day_x[row] - days, side="left")
            high = np.searchsorted(sorted_days, day_x[row] + days, side="right")
            near = order[low:high]
            if len(near):
                distance = great_circle_km_many(lon_x[row], lat_x[row], lon_i[near], lat_i[near])
                matched[row] = bool(np.any(distance <= km))
    hit = pd.Series(matched, index=extracted.index).groupby(extracted["event_id"]).transform("any")
    unmatched = extracted[~hit.to_numpy(dtype=bool)].drop_duplicates("event_id")
    return Comparison(n_extracted, n_imported, unmatched)


def _points_days(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    geometry = frame["geometry"] if "geometry" in frame else pd.Series(dtype=object)
    lon = np.array([getattr(g, "x", np.nan) if g is not None else np.nan for g in geometry], float)
    lat = np.array([getattr(g, "y", np.nan) if g is not None else np.nan for g in geometry], float)
    dates = pd.to_datetime(frame.get("event_date"), errors="coerce")
    day = (dates - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float, na_value=np.nan)
    return lon, lat, day
