"""Conflict Atlas dashboard: ``streamlit run dashboard/app.py`` from the project root.

Only wiring: widgets in, pure functions (``filters``, ``mapview``, ``table``, ``download``) out.
Caches live in ``dashboard.cache``; settings come from the environment, read here once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

# `streamlit run dashboard/app.py` puts dashboard/ (not the project root) on sys.path
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import folium  # noqa: E402
import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from dashboard import cache, firststart  # noqa: E402
from dashboard.article_input import article_panel  # noqa: E402
from dashboard.compare import compare_origins, is_imported  # noqa: E402
from dashboard.detail import detail_html  # noqa: E402
from dashboard.download import acled_csv_download, file_stem, geojson_download  # noqa: E402
from dashboard.eventlayers import AGGREGATE_THRESHOLD, event_layers, layers_of  # noqa: E402
from dashboard.filters import (  # noqa: E402
    FilterOptions,
    FilterState,
    Summary,
    state_from_selection,
)
from dashboard.geo import to_folium  # noqa: E402
from dashboard.mapview import base_map  # noqa: E402
from dashboard.player import time_slider  # noqa: E402
from dashboard.preview import preview_fit_group  # noqa: E402
from dashboard.table import TABLE_LIMIT, events_table  # noqa: E402
from dashboard.tiles import tile_source  # noqa: E402
from dashboard.timeline import timeline_spec  # noqa: E402
from dashboard.urlstate import (  # noqa: E402
    params_from_state,
    view_values_from_params,
    widget_values_from_params,
)
from pipeline.config import Settings  # noqa: E402
from pipeline.errors import AtlasError  # noqa: E402
from pipeline.store.eventstore import EventStore  # noqa: E402

MAP_KEY = "atlas_map"
TABLE_KEY = "events_table"
#: Stores with more events than this are filtered in SQL (override: ``ATLAS_SQL_FROM``).
SQL_FROM = 200_000
#: Views of more event-places than this are drawn as grid squares (override:
#: ``ATLAS_AGGREGATE_FROM``).
AGGREGATE_FROM = AGGREGATE_THRESHOLD
#: Above this many rows the downloads are built when clicked, not on every rerun.
LAZY_DOWNLOAD_ROWS = 1_000
MAP_HEIGHT = 600
#: A compact page head: small metrics, little padding, so the map starts high on the screen
#: (the title just clears Streamlit's toolbar).
COMPACT_CSS = (
    "<style>.block-container{padding-top:3.4rem}"
    '[data-testid="stMetricValue"]{font-size:1.35rem}'
    '[data-testid="stMetric"]{padding:0}</style>'
)
DETAIL_CSS = (
    "<style>.atlas-detail mark.place{background:#ffe08a}"
    ".atlas-detail mark.actor{background:#bfe3ff}"
    ".atlas-detail blockquote{border-left:3px solid #999;padding-left:8px}</style>"
)


def sidebar(options: FilterOptions) -> FilterState:
    """The filter widgets, first set from the page's query string; returns what they select
    and writes it back to the query string, so the link reopens this view."""
    if not st.session_state.get("_url_read"):
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        for widget, value in widget_values_from_params(params, options).items():
            st.session_state[widget] = value
        for widget, value in view_values_from_params(params).items():
            st.session_state[widget] = value
        st.session_state["_url_read"] = True
    st.sidebar.header("Filters")
    date_range = None
    if options.date_min is not None and options.date_max is not None:
        full = (options.date_min, options.date_max)
        if st.session_state.get("_dates_full") != full:
            # new data widened the dates: a selection that was "everything" stays everything
            if st.session_state.get("dates") in (None, st.session_state.get("_dates_full")):
                st.session_state["dates"] = full
            st.session_state["_dates_full"] = full
        date_range = st.sidebar.date_input(
            "Date range",
            min_value=options.date_min,
            max_value=options.date_max,
            key="dates",
        )
    actors = st.sidebar.multiselect(
        "Actor",
        options.actors,
        key="actors",
        help="An event matches when either of its actors does.",
    )
    event_types = st.sidebar.multiselect("Event type", options.event_types, key="event_types")
    categories = st.sidebar.multiselect("Category", options.categories, key="categories")
    countries = st.sidebar.multiselect("Country", options.countries, key="countries")
    regions = st.sidebar.multiselect("Region", options.regions, key="regions")
    sources = st.sidebar.multiselect("Source", options.sources, key="sources")
    min_fatalities = st.sidebar.number_input(
        "Minimum fatalities", min_value=0, step=1, key="min_fatalities"
    )
    text = st.sidebar.text_input(
        "Search evidence", key="text", help="Words in the evidence, notes, places or actors."
    )
    st.sidebar.toggle(
        "Heat map", key="heat", help="Shade the map by how many events each area holds."
    )
    day = None
    if isinstance(date_range, tuple) and len(date_range) == 2:
        day = time_slider(date_range[0], date_range[1])
        if day is not None:
            date_range = (day, day)
    state = state_from_selection(
        date_range,
        options,
        actors,
        event_types,
        categories,
        countries=countries,
        regions=regions,
        sources=sources,
        min_fatalities=min_fatalities,
        text=text,
    )
    view = {"day": day.isoformat()} if day is not None else {}
    if st.session_state.get("heat"):
        view["heat"] = "1"
    st.query_params.from_dict({**params_from_state(state), **view})
    return state


#: What a page shows, as the view caches' key: (database URL, store revision, filters, SQL).
ViewKey = tuple[str, int, FilterState, bool]


def show_timeline(key: ViewKey) -> None:
    """Events or fatalities per day or week, stacked by category in the legend's colours."""
    st.subheader("Timeline")
    left, right = st.columns(2)
    daily = cache.view_timeline(*key, "day")
    # over a year of days sends thousands of bars to the page: weeks unless the reader asks
    weekly = len(daily) > 0 and (daily["period"].max() - daily["period"].min()).days > 366
    by = left.radio("Per", ["day", "week"], index=int(weekly), horizontal=True, key="timeline_by")
    measure = right.radio("Count", ["events", "fatalities"], horizontal=True, key="timeline_y")
    data = cache.view_timeline(*key, str(by))
    if data.empty:
        st.caption("No dated events in view.")
        return
    st.vega_lite_chart(data, timeline_spec(data, by=str(by), measure=str(measure)), width="stretch")


def load_view(db_url: str, store: EventStore) -> tuple[ViewKey, gpd.GeoDataFrame, cache.View, int]:
    """The filters and what they show: ``(key, frame, view, events in the store)``.

    A store of up to :data:`SQL_FROM` events is read whole once (cached) and filtered in
    memory; a larger one is filtered in SQL (dates, actors, types, categories; indexes, and
    PostGIS on PostgreSQL), then in memory for the rest, so millions of events stay fast.
    Views are shared by every session with the same filters."""
    count = store.count_events()
    sql = count > int(os.environ.get("ATLAS_SQL_FROM", SQL_FROM))
    if sql:
        state = sidebar(cache.store_options(db_url, count))
        frame = cache.load_filtered_frame(db_url, count, state.to_event_filter())
        total = count
    else:
        frame = cache.load_events_frame(db_url, count)
        state = sidebar(cache.frame_options(db_url, count))
        total = cache.frame_summary(db_url, count).events
    return (db_url, count, state, sql), frame, cache.view(db_url, count, state, sql), total


def show_summary(summary: Summary, total: int) -> None:
    """Metrics and a caption: how much of the store the filters keep."""
    cols = st.columns(5 if summary.coded_rows else 4)
    cols[0].metric("Events", f"{summary.events:,}")
    cols[1].metric("Places", f"{summary.places:,}")
    cols[2].metric("Fatalities", f"{summary.fatalities:,}")
    cols[3].metric("Articles read", f"{summary.articles:,}")
    if summary.coded_rows:
        cols[4].metric("Coded rows (ACLED, UCDP)", f"{summary.coded_rows:,}")
    noun = "event" if summary.events == 1 else "events"
    st.caption(f"{summary.events} {noun} shown of {total}")


def show_downloads(shown: gpd.GeoDataFrame, stem: str) -> None:
    """GeoJSON and ACLED-column CSV of the filtered events; built on click for large views."""
    makers = (
        ("Download GeoJSON", geojson_download, f"{stem}.geojson", "download_geojson"),
        ("Download CSV (ACLED columns)", acled_csv_download, f"{stem}.csv", "download_csv"),
    )
    lazy = len(shown) > LAZY_DOWNLOAD_ROWS
    for column, (label, make, name, key) in zip(st.columns(2), makers, strict=True):
        if lazy:
            data: Any = lambda make=make, name=name: make(shown, file_name=name).data  # noqa: E731
            mime = "application/geo+json" if name.endswith(".geojson") else "text/csv"
        else:
            item = make(shown, file_name=name)
            data, mime = item.data, item.mime
        column.download_button(label, data, file_name=name, mime=mime, key=key)


def selected_event(table: pd.DataFrame) -> str | None:
    """The event id of the table row selected in the last run, if it is still in the table."""
    widget = st.session_state.get(TABLE_KEY)
    rows = list(getattr(getattr(widget, "selection", None), "rows", None) or [])
    if not rows and isinstance(widget, dict):
        rows = list(widget.get("selection", {}).get("rows", []))
    if rows and 0 <= rows[0] < len(table):
        return str(table.iloc[rows[0]]["event_id"])
    return None


def show_comparison(shown: gpd.GeoDataFrame) -> None:
    """Imported (ACLED, UCDP) against extracted events of the view, when both are stored."""
    if not is_imported(shown).any():
        return
    result = compare_origins(shown)
    st.subheader("Imported and extracted")
    cols = st.columns(3)
    cols[0].metric("Extracted events", result.extracted)
    cols[1].metric("Imported events", result.imported)
    cols[2].metric("Extracted, not in the imported data", len(result.unmatched))
    st.caption(
        "An extracted event matches an imported one of the same event type within 25 km that "
        "shares a day with it; every imported row counts as its own event. Unmatched ones "
        "are leads the imported dataset does not have (or extraction errors)."
    )
    if len(result.unmatched):
        st.dataframe(events_table(result.unmatched), hide_index=True, key="unmatched")


def show_detail(rows: pd.DataFrame | None) -> None:
    """The selected event's evidence and provenance, or how to get them."""
    st.subheader("Event detail")
    if rows is None or rows.empty:
        st.caption("Select a row of the events table to read its evidence here.")
        return
    st.markdown(DETAIL_CSS + detail_html(rows), unsafe_allow_html=True)


def show_map(
    settings: Settings,
    frame: gpd.GeoDataFrame,
    layers: list[folium.FeatureGroup],
    centre: list[float] | None,
) -> None:
    """The map: the base map of every stored event, with ``layers`` swapped in."""
    sites, lines = cache.get_site_layers()
    st_folium(
        # built from every stored event, the base map is the same whatever the filters: only
        # the event layers change, and the reader's pan and zoom stay
        base_map(
            frame,
            sites,
            lines,
            tiles=tile_source(settings.tiles),
            labels_file=cache.get_labels_file(settings.cache_dir),
        ),
        key=MAP_KEY,
        feature_group_to_add=layers,
        layer_control=folium.LayerControl(collapsed=False),
        center=centre,
        zoom=11 if centre else None,
        returned_objects=[],
        render=False,  # st_folium renders the map itself as well: once is enough
        height=MAP_HEIGHT,
        use_container_width=True,
    )


def main() -> None:
    """Build the page."""
    st.set_page_config(page_title="Conflict Atlas", layout="wide")
    settings = Settings.from_env(os.environ)
    cache.ensure_assets()
    cache.get_base()
    st.markdown(COMPACT_CSS + "\n\n#### Conflict Atlas", unsafe_allow_html=True)
    # the page in reading order; filled out of order (the article panel's preview is drawn
    # on the map), so the map sits near the top of the screen
    status_slot, summary_slot, map_slot, panel_slot = (st.container() for _ in range(4))
    try:
        store = cache.get_store(settings.db_url)
        # a first start draws the page (and its map) first, then reads the seeds
        seeding = firststart.seeds_pending(settings, store)
        with status_slot:
            firststart.note_empty_store(settings, store)
            firststart.show_last_start()
        with panel_slot:
            preview = article_panel(
                lambda: cache.get_nlp(settings.model),
                lambda: cache.get_gazetteer(settings.cache_dir),
                store,
                cache.get_ingest_lock(settings.db_url),
            )
        key, frame, view, total = load_view(settings.db_url, store)
    except AtlasError as err:
        st.error(f"Cannot load events: {err}")
        st.stop()
    shown, table = view.shown, view.table
    with summary_slot:
        show_summary(view.summary, total)
    event_id = selected_event(table)
    rows = shown[shown["event_id"] == event_id] if event_id is not None else None
    heat = bool(st.session_state.get("heat"))
    grid_from = int(os.environ.get("ATLAS_AGGREGATE_FROM", AGGREGATE_FROM))
    if preview is None:
        layers, focus = layers_of(cache.view_layers(*key, heat, grid_from), selected=rows)
    else:
        drawn = pd.concat([shown, preview], ignore_index=True)
        layers, focus = event_layers(drawn, selected=rows, heat=heat, aggregate_threshold=grid_from)
        fit = preview_fit_group(preview)  # the new events into view
        if fit is not None:
            layers.append(fit)
    centre = to_folium(*focus[0]) if focus else None
    with map_slot:
        show_map(settings, frame, layers, centre)
    show_downloads(shown, file_stem(key[2]))
    show_detail(rows)
    show_timeline(key)
    show_comparison(shown)
    st.subheader("Events")
    if view.summary.events > TABLE_LIMIT:
        st.caption(f"The first {TABLE_LIMIT:,} events; narrow the filters or download them all.")
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        key=TABLE_KEY,
        on_select="rerun",
        selection_mode="single-row",
    )
    if seeding:
        with status_slot:
            firststart.seed_store(settings, store)
        st.rerun()  # the page again, with the seed's events


main()
