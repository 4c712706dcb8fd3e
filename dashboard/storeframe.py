"""The whole store as the dashboard's events frame, reports of one event merged, fast.

Reading every stored event as an :class:`~pipeline.models.Event`, merging and tabulating them
took 8 of the 16 seconds before a 100,000-event store showed its first map. Here the frame
comes straight from SQL (:meth:`EventStore.events_frame`), and only the events that could be
reports of one event (same type and category, a shared day, places within
:data:`~pipeline.events.duplicates.MAX_KM`, different articles: found with vectorised joins)
go through :func:`~pipeline.events.duplicates.group_reports`. The result is the frame
``events_to_geodataframe(merge_reports(store.events()), store.articles())`` gives.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from pipeline.events.duplicates import MAX_KM, group_reports, merge_group
from pipeline.models import Event, Mention, Place, is_coded_row
from pipeline.store.eventstore import EventStore

__all__ = ["candidate_event_ids", "merged_events_frame"]

_EARTH_KM = 6371.0088
#: Date spans longer than this make every event a candidate (never seen in practice).
_LONGEST_SPAN_DAYS = 3660
#: Half the neighbouring cells of a 3-D grid (and the cell itself): two points within the
#: cell size lie in neighbouring cells, and each pair is found from one of its two ends.
_OFFSETS = np.array(
    [
        (i, j, k)
        for i in (-1, 0, 1)
        for j in (-1, 0, 1)
        for k in (-1, 0, 1)
        if (i, j, k) >= (0, 0, 0)
    ]
)


def merged_events_frame(store: EventStore, *, max_km: float = MAX_KM) -> gpd.GeoDataFrame:
    """All stored events as the events frame (one row per event-place), reports of the
    same event by several articles merged into one with its other sources.

    Parameters
    ----------
    store : EventStore
    max_km : float
        How close two reports' places must be (as in :func:`merge_reports`).
    """
    frame = store.events_frame()
    candidates = candidate_event_ids(frame, max_km=max_km)
    if not candidates:
        return frame
    rows = frame[frame["event_id"].isin(candidates)]
    groups = group_reports(_events_of(rows), max_km=max_km)
    return _apply_groups(frame, [g for g in groups if len(g) > 1])


def candidate_event_ids(frame: pd.DataFrame, *, max_km: float = MAX_KM) -> set[str]:
    """The ids of the events of ``frame`` that are within ``max_km`` of an event of another
    article with the same type and category on a shared day: a superset of those
    :func:`~pipeline.events.duplicates.same_event` pairs with another. Rows without a place
    (missing geometry) are never candidates: such an event is never merged.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> f = gpd.GeoDataFrame({"event_id": ["a", "b", "c", "d"],
    ...     "article_id": ["x", "y", "y", "acled:1"], "event_type": ["Battles"] * 4,
    ...     "category": ["armed clash"] * 4, "event_date": ["2020-02-10"] * 4,
    ...     "event_date_end": [None] * 4},
    ...     geometry=[Point(36.80, 35.86), Point(36.81, 35.86), Point(38.0, 35.0),
    ...               Point(36.80, 35.86)])
    >>> sorted(candidate_event_ids(f))
    ['a', 'b']
    >>> f.loc[1, "geometry"] = None  # b names no place
    >>> sorted(candidate_event_ids(f))
    []
    """
    if frame.empty:
        return set()
    articles = frame["article_id"].astype(object).to_numpy()
    dated = frame["event_date"].notna().to_numpy()
    coded = np.array([is_coded_row(str(a)) for a in articles], dtype=bool)
    placed = ~np.asarray(frame.geometry.isna() | frame.geometry.is_empty, dtype=bool)
    rows = frame.loc[dated & ~coded & placed]
    if rows.empty:
        return set()
    first = _ordinals(rows["event_date"])
    end = _ordinals(rows["event_date_end"].fillna(rows["event_date"]))
    length = np.maximum(end - first, 0) + 1
    if int(length.max()) > _LONGEST_SPAN_DAYS:
        return set(rows["event_id"].astype(str))
    kind = pd.MultiIndex.from_arrays(
        [rows["event_type"].astype(object), rows["category"].astype(object)]
    ).codes
    kind_code = kind[0].astype(np.int64) * (len(kind[1]) + 1) + kind[1]
    cells = _cells(rows.geometry.x.to_numpy(), rows.geometry.y.to_numpy(), max_km)
    # one row per (event-place, day of its span)
    at = np.repeat(np.arange(len(rows)), length)
    day = first[at] + (np.arange(len(at)) - np.repeat(np.cumsum(length) - length, length))
    own = _key(kind_code[at], day, cells[at])
    near = np.concatenate([_key(kind_code[at], day, cells[at] + o) for o in _OFFSETS])
    article = pd.factorize(rows["article_id"].astype(object))[0]
    left = pd.DataFrame({"key": own, "row": at})
    right = pd.DataFrame({"key": near, "other": np.tile(at, len(_OFFSETS))})
    pairs = left.merge(right, on="key")
    pairs = pairs[article[pairs["row"].to_numpy()] != article[pairs["other"].to_numpy()]]
    ids = rows["event_id"].astype(str).to_numpy()
    return set(ids[np.unique(np.concatenate([pairs["row"], pairs["other"]]))])


def _ordinals(values: pd.Series) -> np.ndarray:
    codes, uniques = pd.factorize(values.astype(object))
    days = np.array([date.fromisoformat(str(u)[:10]).toordinal() for u in uniques], dtype=np.int64)
    return days[codes]


def _cells(lons: np.ndarray, lats: np.ndarray, size_km: float) -> np.ndarray:
    """Each point's cell in a 3-D grid of ``size_km`` cubes through the globe: a chord is
    never longer than its arc, so points within ``size_km`` are in neighbouring cells."""
    lon, lat = np.radians(lons), np.radians(lats)
    unit = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    xyz = unit * (_EARTH_KM / max(size_km, 1e-3))
    return np.floor(xyz).astype(np.int64)


def _key(kind: np.ndarray, day: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """One integer per (kind, day, cell); a collision only adds a candidate."""
    key = kind.astype(np.uint64)
    for part in (day, cells[:, 0], cells[:, 1], cells[:, 2]):
        key = key * np.uint64(1_000_003) + part.astype(np.uint64)
    return key


def _events_of(rows: gpd.GeoDataFrame) -> list[Event]:
    """The rows' events, with what merging reads (counts are on each event's first place)."""
    records = pd.DataFrame(rows.drop(columns="geometry")).astype(object)
    records = records.where(records.notna(), None)
    records["lon"], records["lat"] = rows.geometry.x.to_numpy(), rows.geometry.y.to_numpy()
    places: dict[str, list[Place]] = {}
    heads: dict[str, dict[str, Any]] = {}
    for r in records.to_dict("records"):
        heads.setdefault(r["event_id"], r)
        places.setdefault(r["event_id"], []).append(
            Place(
                place_id=str(r["place_id"] or ""),
                name=str(r["location"] or ""),
                kind="",
                country=str(r["country"] or ""),
                admin1=str(r["admin1"] or ""),
                lon=float(r["lon"]),
                lat=float(r["lat"]),
                precision=int(r["geo_precision"] or 1),
                confidence=float(r["confidence"] or 0.0),
                mention=Mention(str(r["article_id"]), str(r["place_text"] or ""), 0, 0, 0, ""),
            )
        )
    return [
        Event(
            event_id=str(event_id),
            article_id=str(head["article_id"]),
            event_date=_date(head["event_date"]),
            event_date_end=_date(head["event_date_end"]),
            time_precision=int(head["time_precision"] or 1),
            event_type=str(head["event_type"]),
            sub_event_type=str(head["sub_event_type"] or ""),
            category=str(head["category"]),
            actor1=str(head["actor1"] or ""),
            actor2=str(head["actor2"] or ""),
            inter1=None,
            inter2=None,
            fatalities=head["fatalities"],
            troops=head["troops"],
            places=tuple(places[event_id]),
            geo_precision=int(head["geo_precision"] or 1),
            evidence="",
            evidence_start=0,
            evidence_end=0,
            confidence=float(head["confidence"] or 0.0),
            wounded=head["wounded"],
        )
        for event_id, head in heads.items()
    ]


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def _apply_groups(frame: gpd.GeoDataFrame, groups: list[list[Event]]) -> gpd.GeoDataFrame:
    """``frame`` with each group's merged event in the place of its first report and the
    group's other reports left out."""
    ids = frame["event_id"].astype(str).to_numpy()
    position = pd.Series(np.arange(len(frame), dtype=float), index=frame.index)
    first_row = pd.Series(np.arange(len(frame)), index=ids).groupby(level=0).min()
    out = frame.copy()
    dropped: set[str] = set()
    for group in groups:
        merged = merge_group(group)
        mask = ids == merged.event_id
        dropped.update(e.event_id for e in group if e.event_id != merged.event_id)
        head = mask & (out["place_index"].to_numpy() == 0)
        out.loc[mask, "other_sources"] = "; ".join(merged.other_sources)
        out.loc[mask, "source_count"] = 1 + len(merged.other_sources)
        out.loc[mask, "confidence"] = merged.confidence
        for name in ("fatalities", "wounded", "troops"):
            out.loc[head, name] = getattr(merged, name)
        # just before the group's first report, in place order
        start = float(first_row[group[0].event_id])
        position[mask] = start - 0.5 + np.arange(int(mask.sum())) * 1e-6
    keep = ~np.isin(ids, list(dropped))
    order = np.argsort(position.to_numpy()[keep], kind="stable")
    return out.loc[keep].iloc[order].reset_index(drop=True)
