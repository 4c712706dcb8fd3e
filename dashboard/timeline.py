"""The timeline under the map: events and fatalities per day or week, by category."""

from __future__ import annotations

import pandas as pd

__all__ = ["timeline_frame"]


def timeline_frame(frame: pd.DataFrame, *, by: str = "day") -> pd.DataFrame:
    """Events and fatalities per period and category, each event counted once.

    Parameters
    ----------
    frame : pandas.DataFrame
        The (filtered) events frame, one row per event place.
    by : {"day", "week"}
        Period length; weeks start on Monday.

    Returns
    -------
    pandas.DataFrame
        Columns ``period`` (timestamp), ``category``, ``events``, ``fatalities``; undated
        events are left out.

    Examples
    --------
    >>> f = pd.DataFrame({"event_id": ["e1", "e1", "e2", "e3"],
    ...                   "event_date": ["2020-02-10", "2020-02-10", "2020-02-10", None],
    ...                   "category": ["shelling", "shelling", "armed clash", "shelling"],
    ...                   "fatalities": [3, None, 2, 9]})
    >>> timeline_frame(f)[["category", "events", "fatalities"]].values.tolist()
    [['armed clash', 1, 2], ['shelling', 1, 3]]
    """
    columns = ["period", "category", "events", "fatalities"]
    if frame.empty or not {"event_id", "event_date"} <= set(frame.columns):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    data = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
    data["_day"] = pd.to_datetime(data["event_date"], errors="coerce", format="ISO8601")
    data["_dead"] = pd.to_numeric(data.get("fatalities"), errors="coerce").fillna(0)
    events = (
        data.dropna(subset=["_day"])
        .groupby("event_id", sort=False)
        .agg(day=("_day", "first"), category=("category", "first"), dead=("_dead", "max"))
    )
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    if by == "week":
        events["period"] = events["day"] - pd.to_timedelta(events["day"].dt.day_of_week, unit="D")
    else:
        events["period"] = events["day"]
    out = (
        events.groupby(["period", "category"])
        .agg(events=("day", "size"), fatalities=("dead", "sum"))
        .reset_index()
    )
    out["fatalities"] = out["fatalities"].astype(int)
    return out[columns]
