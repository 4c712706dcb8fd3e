"""Every Streamlit cache of the dashboard, in one place (house rule 8).

``st.cache_resource`` holds shared, unpicklable things (the store handle, the spaCy model, the
gazetteer, the vendor files); ``st.cache_data`` holds the events frame, keyed by the store's
revision so a new ingest shows up without a restart.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import geopandas as gpd
import streamlit as st

from dashboard.assets import ensure_vendor_assets
from dashboard.basemap import world_outlines
from dashboard.filters import FilterOptions
from geodata.models import Site
from geodata.sites import SiteLine, load_site_lines, load_sites
from pipeline.dedupe import merge_reports
from pipeline.export import events_to_geodataframe
from pipeline.models import EventFilter
from pipeline.store import EventStore

__all__ = [
    "ensure_assets",
    "get_gazetteer",
    "get_ingest_lock",
    "get_nlp",
    "get_outlines",
    "get_site_layers",
    "get_store",
    "load_events_frame",
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
    from pipeline.nlp import load_nlp  # imports spaCy: seconds the map should not wait for

    return load_nlp(model)


@st.cache_resource(show_spinner="Loading the gazetteer…")
def get_gazetteer(cache_dir: Path) -> Any:
    """The offline gazetteer, loaded (built on first use) once per cache directory."""
    from geodata.gazetteer import Gazetteer

    return Gazetteer.load(cache_dir)


@st.cache_resource(show_spinner=False)
def get_site_layers() -> tuple[tuple[Site, ...], tuple[SiteLine, ...]]:
    """The curated observation posts and the M4/M5 lines."""
    return load_sites(), load_site_lines()


@st.cache_resource(show_spinner=False)
def get_outlines() -> dict[str, Any]:
    """The basemap: every country's outline (GeoJSON, read from ``countryinfo``)."""
    return world_outlines()


@st.cache_data(show_spinner="Loading events…", ttl=600, max_entries=8)
def load_events_frame(db_url: str, revision: int) -> gpd.GeoDataFrame:
    """All stored events as the export frame (one row per event-place), reports of the same
    event by several articles merged into one with a source count.

    ``revision`` (the store's event count) is only part of the cache key: a changed store
    gives a new key. The ``ttl`` catches re-ingests that keep the count.
    """
    store = get_store(db_url)
    return events_to_geodataframe(merge_reports(store.events()), store.articles())


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


@st.cache_data(show_spinner="Querying events…", ttl=600, max_entries=16)
def load_filtered_frame(db_url: str, revision: int, flt: EventFilter) -> gpd.GeoDataFrame:
    """The events the store's SQL filters keep (dates, actors, types, categories): the large
    store path, where the whole store would not fit the page's budget."""
    return get_store(db_url).events_frame(flt)
