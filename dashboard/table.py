"""The events table under the map: one row per event, its places joined, with the evidence."""

from __future__ import annotations

import pandas as pd

__all__ = ["NO_PLACE", "TABLE_COLUMNS", "TABLE_LIMIT", "events_table"]

#: What the table says for an event whose report named no place (it is not on the map).
NO_PLACE = "(no place)"

#: The dashboard's table lists at most this many events (the map, timeline and downloads
#: have them all).
TABLE_LIMIT = 1_000

#: Columns of :func:`events_table`, in order (``places`` joins the event's locations).
TABLE_COLUMNS: tuple[str, ...] = (
    "event_date", "event_date_end", "category", "event_type", "actor1", "actor2",
    "fatalities", "wounded", "troops", "places", "evidence", "source", "source_count",
    "event_id",
)  # fmt: skip


_TEXT_COLUMNS = ("event_date", "event_date_end", "category", "event_type", "actor1", "actor2",
                 "places", "evidence", "source")  # fmt: skip


def events_table(frame: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """One row per event of the (filtered) events frame, in the frame's order; the first
    ``limit`` events only when given (a browser table of a million rows helps nobody).

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
    >>> events_table(f)["actor2"].tolist()  # blank, not None
    ['', '']
    >>> events_table(pd.DataFrame({"event_id": ["e3"], "location": [None]}))["places"].tolist()
    ['(no place)']
    """
    if frame.empty or "event_id" not in frame.columns:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in TABLE_COLUMNS})
    if limit is not None:
        # codes number the events in order of first appearance: the first ``limit`` events,
        # cut before anything is copied
        codes, _ = pd.factorize(frame["event_id"])
        frame = frame[codes < limit]
    data = pd.DataFrame(frame.drop(columns="geometry", errors="ignore"))
    places = _places(data)
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
    out = first.loc[:, list(TABLE_COLUMNS)].reset_index(drop=True)
    # an empty text cell reads blank, not "None"
    for name in _TEXT_COLUMNS:
        out[name] = out[name].astype("object").where(out[name].notna(), "")
    return out


def _places(data: pd.DataFrame) -> pd.Series:
    """Each event's place names joined with "; " (one group operation per event that has
    several places, not per event: fast at a million rows); :data:`NO_PLACE` for an event
    without places (its one row has no location at all)."""
    if "location" not in data.columns:
        return pd.Series(dtype="object")
    names = data["location"].astype("object").where(data["location"].notna(), None)
    single = ~data["event_id"].duplicated(keep=False)
    out = pd.Series(names[single].to_numpy(), index=data.loc[single, "event_id"].to_numpy())
    out = out.fillna(NO_PLACE)
    multi = data.loc[~single]
    if len(multi):
        joined = multi.groupby("event_id", sort=False)["location"].agg(
            lambda group: "; ".join(dict.fromkeys(str(n) for n in group.dropna()))
        )
        out = pd.concat([out, joined])
    return out
