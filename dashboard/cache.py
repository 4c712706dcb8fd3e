"""Every Streamlit cache of the dashboard, in one place (house rule 8).

``st.cache_resource`` holds shared things: the store handle, the spaCy model, the gazetteer,
the vendor files, and the events frames and views, which every session reads and none writes
(one copy at any size, no per-run unpickling). ``st.cache_data`` holds the small filter
choices of a large store. Frames and views are keyed by the store's revision, so a new ingest
shows up without a restart.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import streamlit as st

from dashboard.assets import ensure_vendor_assets
from dashboard.eventlayers import AGGREGATE_THRESHOLD, LayerParts, layer_parts
from dashboard.filters import (
    FilterOptions,
    FilterState,
    Summary,
    apply_filters,
    filter_options,
    summarise,
)
from dashboard.labels import built_index, ensure_labels
from dashboard.outlinebase import ensure_base
from dashboard.storeframe import merged_events_frame
from dashboard.table import TABLE_LIMIT, events_table
from dashboard.timeline import timeline_frame
from geodata.models import Site
from geodata.sites import SiteLine, load_site_lines, load_sites
from pipeline.models import EventFilter
from pipeline.store.eventstore import EventStore

__all__ = [
    "View",
    "ensure_assets",
    "frame_options",
    "frame_summary",
    "gazetteer_built",
    "get_base",
    "get_gazetteer",
    "get_ingest_lock",
    "get_labels_file",
    "get_nlp",
    "get_site_layers",
    "get_store",
    "load_events_frame",
    "load_filtered_frame",
    "store_options",
    "view",
    "view_layers",
    "view_timeline",
]


@st.cache_resource(show_spinner=False)
def ensure_assets() -> list[Path]:
    """Copy Leaflet into ``dashboard/static/vendor`` once per server process."""
    return ensure_vendor_assets()


@st.cache_resource(show_spinner=False)
def get_store(db_url: str) -> EventStore:
    """One store handle (and connection pool) per database URL, shared by all sessions."""
    return EventStore.open(db_url)


@st.cache_resource(show_spinner=False)
def get_ingest_lock(db_url: str) -> threading.Lock:
    """Serialises the first-start seed ingest when several sessions open at once."""
    return threading.Lock()


@st.cache_resource(show_spinner="Loading the language model…")
def get_nlp(model: str) -> Any:
    """The spaCy pipeline, loaded once; only needed when the store must be seeded."""
    from pipeline.nlp.model import load_nlp  # imports spaCy: seconds the map should not wait for

    return load_nlp(model)


@st.cache_resource(show_spinner=False)  # the first start names the step itself
def get_gazetteer(cache_dir: Path) -> Any:
    """The offline gazetteer, loaded (built on first use) once per cache directory."""
    from geodata.gazetteer import Gazetteer

    return Gazetteer.load(cache_dir)


@st.cache_resource(show_spinner=False)
def get_site_layers() -> tuple[tuple[Site, ...], tuple[SiteLine, ...]]:
    """The curated observation posts and the M4/M5 lines."""
    return load_sites(), load_site_lines()


@st.cache_resource(show_spinner="Writing the offline map…")
def get_base() -> str:
    """The offline base's ``world.json``: a locally built detailed base, else country
    outlines written once (:func:`dashboard.outlinebase.ensure_base`)."""
    return str(ensure_base())


def gazetteer_built(cache_dir: Path) -> bool:
    """Whether the gazetteer index is in ``cache_dir`` (else the first load builds it)."""
    return built_index(cache_dir) is not None


def get_labels_file(cache_dir: Path) -> str | None:
    """The offline base's town labels, written once per gazetteer (see
    :func:`dashboard.labels.ensure_labels`); ``None`` while no gazetteer is built (the map
    never waits for a gazetteer build: the first start's seeding makes one)."""
    index = built_index(cache_dir)
    return None if index is None else _labels_file(cache_dir, index)


@st.cache_resource(show_spinner="Writing the map's town labels…")
def _labels_file(cache_dir: Path, index: str) -> str:
    return ensure_labels(cache_dir, lambda: get_gazetteer(cache_dir).index)


@st.cache_resource(show_spinner="Loading events…", ttl=600, max_entries=2)
def load_events_frame(db_url: str, revision: int) -> gpd.GeoDataFrame:
    """All stored events as the export frame (one row per event-place), reports of the same
    event by several articles merged into one with a source count.

    One frame shared by every session, read-only by contract: every dashboard function
    returns new frames and never writes to its input (a test pins it). A per-run copy
    (``st.cache_data``) would cost more than the filters on a large store, for each session.
    Concurrent first loads wait for one build. ``revision`` (the store's event count) is
    only part of the cache key: a changed store gives a new key; the ``ttl`` catches
    re-ingests that keep the count.
    """
    return merged_events_frame(get_store(db_url))


@st.cache_resource(show_spinner=False, ttl=600, max_entries=2)
def frame_options(db_url: str, revision: int) -> FilterOptions:
    """The filter choices of :func:`load_events_frame`'s frame, worked out once per store
    revision rather than once per run."""
    return filter_options(load_events_frame(db_url, revision))


@st.cache_resource(show_spinner=False, ttl=600, max_entries=2)
def frame_summary(db_url: str, revision: int) -> Summary:
    """The counts of the whole of :func:`load_events_frame`'s frame, once per revision."""
    return summarise(load_events_frame(db_url, revision))


@st.cache_data(show_spinner=False, ttl=600, max_entries=4)
def store_options(db_url: str, revision: int) -> FilterOptions:
    """The filter choices of a large store, read in SQL (``revision`` keys the cache)."""
    store = get_store(db_url)
    first, last = store.date_bounds()
    return FilterOptions(
        actors=tuple(store.actors()),
        event_types=tuple(store.event_types()),
        categories=tuple(store.values("category")),
        date_min=first,
        date_max=last,
        countries=tuple(store.values("country")),
        regions=tuple(store.values("admin1")),
        sources=tuple(store.values("source")),
    )


@st.cache_resource(show_spinner="Querying events…", ttl=600, max_entries=16)
def load_filtered_frame(db_url: str, revision: int, flt: EventFilter) -> gpd.GeoDataFrame:
    """The events the store's SQL filters keep (dates, actors, types, categories): the large
    store path, where the whole store would not fit the page's budget. Shared and read-only,
    like :func:`load_events_frame`: the page and its :func:`view` read one copy."""
    return get_store(db_url).events_frame(flt)


@dataclass(frozen=True)
class View:
    """What one filter state shows: the rows, their counts and the table's first events.

    Shared by every session with the same filters (the first view of a busy dashboard, a
    shared link): read-only, like the frame it is cut from.
    """

    shown: gpd.GeoDataFrame
    summary: Summary
    table: pd.DataFrame


@st.cache_resource(show_spinner=False, ttl=600, max_entries=16)
def view(db_url: str, revision: int, state: FilterState, sql: bool) -> View:
    """The :class:`View` of ``state``: filtered in memory from the whole frame, or (``sql``,
    a large store) in SQL first, then in memory for the rest."""
    if sql:
        frame = load_filtered_frame(db_url, revision, state.to_event_filter())
    else:
        frame = load_events_frame(db_url, revision)
    shown = apply_filters(frame, state)
    return View(shown, summarise(shown), events_table(shown, limit=TABLE_LIMIT))


@st.cache_resource(show_spinner=False, ttl=600, max_entries=16)
def view_layers(
    db_url: str,
    revision: int,
    state: FilterState,
    sql: bool,
    heat: bool,
    aggregate_threshold: int = AGGREGATE_THRESHOLD,
) -> LayerParts:
    """The map's event shapes for :func:`view` (built into fresh layers by each session);
    grid squares above ``aggregate_threshold`` event rows."""
    shown = view(db_url, revision, state, sql).shown
    return layer_parts(shown, heat=heat, aggregate_threshold=aggregate_threshold)


@st.cache_resource(show_spinner=False, ttl=600, max_entries=16)
def view_timeline(
    db_url: str, revision: int, state: FilterState, sql: bool, by: str
) -> pd.DataFrame:
    """The timeline's bars for :func:`view`, per ``by`` ("day" or "week")."""
    return timeline_frame(view(db_url, revision, state, sql).shown, by=by)
