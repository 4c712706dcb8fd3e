"""The events table under the map: one row per event, its places joined, with the evidence."""

from __future__ import annotations

import pandas as pd

__all__ = ["TABLE_COLUMNS", "events_table"]

#: Columns of :func:`events_table`, in order (``places`` joins the event's locations).
TABLE_COLUMNS: tuple[str, ...] = (
    "event_date", "event_date_end", "category", "event_type", "actor1", "actor2",
    "fatalities", "wounded", "troops", "places", "evidence", "source", "source_count",
    "event_id",
)  # fmt: skip


def events_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event of the (filtered) events frame, in the frame's order.

    The values stay plain text: ``st.dataframe`` draws cells as text and never interprets
    HTML, so escaping here would show ``&amp;`` to the reader.

    Examples
    --------
    >>> f = pd.DataFrame({"event_id": ["e1", "e1", "e2"], "location": ["A", "B", "C"],
    ...                   "fatalities": [3, None, None]})
    >>> t = events_table(f)
    >>> t["places"].tolist(), t["fatalities"].tolist()
    (['A; B', 'C'], [3, <NA>])
    >>> events_table(pd.DataFrame()).shape
    (0, 14)
    """
    if frame.empty or "event_id" not in frame.columns:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in TABLE_COLUMNS})
    data = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
    places = (
        data.groupby("event_id", sort=False)["location"].agg(
            lambda names: "; ".join(dict.fromkeys(str(n) for n in names.dropna()))
        )
        if "location" in data.columns
        else pd.Series(dtype="object")
    )
    counts = {
        name: pd.to_numeric(data[name], errors="coerce")
        .astype("Int64")
        .groupby(data["event_id"], sort=False)
        .max()
        for name in ("fatalities", "wounded", "troops")
        if name in data.columns
    }
    first = data.drop_duplicates("event_id").set_index("event_id", drop=False)
    first["places"] = places.reindex(first.index) if len(places) else ""
    for name, values in counts.items():
        first[name] = values.reindex(first.index)
    for name in TABLE_COLUMNS:
        if name not in first.columns:
            first[name] = pd.NA
    return first.loc[:, list(TABLE_COLUMNS)].reset_index(drop=True)
