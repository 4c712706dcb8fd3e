"""The timeline under the map: events and fatalities per day or week, by category."""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard.legend import colour_for

__all__ = ["timeline_frame", "timeline_spec"]


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
    first = ~frame["event_id"].duplicated().to_numpy()
    dead = (
        pd.to_numeric(frame["fatalities"], errors="coerce")
        if "fatalities" in frame.columns
        else pd.Series(0.0, index=frame.index)
    )
    if not first.all():  # an event's fatalities: the largest count of its places
        dead = dead.groupby(frame["event_id"].to_numpy(), sort=False).transform("max")
    category = frame["category"] if "category" in frame.columns else pd.Series("", frame.index)
    events = pd.DataFrame(
        {
            "date": frame["event_date"].to_numpy()[first],
            "category": category.to_numpy()[first],
            "dead": dead.fillna(0).to_numpy()[first],
        }
    )
    # parse each distinct date once (a large view has few days and many events)
    codes, dates = pd.factorize(events["date"])  # missing dates get code -1
    if len(dates):
        text = pd.Series(dates, dtype=object)
        parsed = pd.DatetimeIndex(pd.to_datetime(text, errors="coerce", format="ISO8601"))
        events["day"] = parsed.take(codes, allow_fill=True, fill_value=pd.NaT)
        events = events.dropna(subset=["day"])
    else:
        events = events.iloc[0:0]
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


def timeline_spec(data: pd.DataFrame, *, by: str, measure: str) -> dict[str, Any]:
    """The Vega-Lite spec of the stacked bars of :func:`timeline_frame`'s ``data``: one bar per
    period, a colour per category from the legend, ``measure`` ("events" or "fatalities")
    up. Written as a plain dict: building it through Altair validates a schema on every run.

    Examples
    --------
    >>> d = pd.DataFrame({"period": [pd.Timestamp("2020-02-10")], "category": ["shelling"],
    ...                   "events": [2], "fatalities": [3]})
    >>> spec = timeline_spec(d, by="day", measure="fatalities")
    >>> spec["encoding"]["y"]["field"], spec["encoding"]["color"]["scale"]["domain"]
    ('fatalities', ['shelling'])
    """
    categories = sorted(str(c) for c in data["category"].unique())
    return {
        "mark": {"type": "bar"},
        "encoding": {
            "x": {"field": "period", "type": "temporal", "title": by},
            "y": {
                "field": measure,
                "type": "quantitative",
                "title": measure,
                "axis": {"tickMinStep": 1, "format": "d"},
            },
            "color": {
                "field": "category",
                "type": "nominal",
                "scale": {"domain": categories, "range": [colour_for(c) for c in categories]},
            },
            "tooltip": [
                {"field": "period", "type": "temporal"},
                {"field": "category", "type": "nominal"},
                {"field": "events", "type": "quantitative"},
                {"field": "fatalities", "type": "quantitative"},
            ],
        },
    }
