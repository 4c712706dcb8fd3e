"""Conflict Atlas dashboard: ``streamlit run dashboard/app.py`` from the project root.

Only wiring: widgets in, pure functions (``filters``, ``mapview``, ``table``, ``download``) out.
Caches live in ``dashboard.cache``; settings come from the environment, read here once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ (not the project root) on sys.path
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import geopandas as gpd  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from dashboard import bootstrap, cache  # noqa: E402
from dashboard.download import acled_csv_download, file_stem, geojson_download  # noqa: E402
from dashboard.filters import (  # noqa: E402
    FilterOptions,
    FilterState,
    apply_filters,
    filter_options,
    state_from_selection,
    summarise,
)
from dashboard.legend import colour_for  # noqa: E402
from dashboard.mapview import build_map  # noqa: E402
from dashboard.table import events_table  # noqa: E402
from dashboard.timeline import timeline_frame  # noqa: E402
from dashboard.urlstate import params_from_state, widget_values_from_params  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.errors import AtlasError  # noqa: E402
from pipeline.store import EventStore  # noqa: E402

MAP_KEY = "atlas_map"


def seed_if_empty(settings: Settings, store: EventStore) -> None:
    """On first start, ingest ``seeds/`` with a progress bar; report what happened."""
    with cache.get_ingest_lock(settings.db_url):
        if not store.is_empty():
            return
        paths = bootstrap.seed_paths(settings.seeds_dir)
        if not paths:
            st.info(f"The event store is empty and {settings.seeds_dir} holds no articles.")
            return
        with st.status(
            f"First start: reading {len(paths)} seed article(s)…", expanded=True
        ) as status:
            bar = st.progress(0.0, text="loading the language model and gazetteer")
            nlp = cache.get_nlp(settings.model)
            gazetteer = cache.get_gazetteer(settings.cache_dir)

            def on_progress(done: int, total: int, name: str) -> None:
                bar.progress(
                    bootstrap.progress_fraction(done, total), text=f"{done}/{total} {name}"
                )

            report = bootstrap.ingest_seeds(
                store, paths, nlp=nlp, gazetteer=gazetteer, on_progress=on_progress
            )
            for warning in report.warnings:
                st.write(f"{warning.level}: {warning.source}: {warning.message}")
            status.update(
                label=f"Seeded: {report.articles_read} article(s), {report.events} event(s), "
                f"{report.articles_failed} failed",
                state="error" if report.articles_failed else "complete",
                expanded=bool(report.warnings),
            )


def sidebar(options: FilterOptions) -> FilterState:
    """The filter widgets, first set from the page's query string; returns what they select
    and writes it back to the query string, so the link reopens this view."""
    if not st.session_state.get("_url_read"):
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        for widget, value in widget_values_from_params(params, options).items():
            st.session_state[widget] = value
        st.session_state["_url_read"] = True
    st.sidebar.header("Filters")
    date_range = None
    if options.date_min is not None and options.date_max is not None:
        st.session_state.setdefault("dates", (options.date_min, options.date_max))
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
    st.query_params.from_dict(params_from_state(state))
    return state


def show_timeline(shown: gpd.GeoDataFrame) -> None:
    """Events or fatalities per day or week, stacked by category in the legend's colours."""
    import altair as alt

    st.subheader("Timeline")
    left, right = st.columns(2)
    by = left.radio("Per", ["day", "week"], horizontal=True, key="timeline_by")
    measure = right.radio("Count", ["events", "fatalities"], horizontal=True, key="timeline_y")
    data = timeline_frame(shown, by=str(by))
    if data.empty:
        st.caption("No dated events in view.")
        return
    categories = sorted(data["category"].unique())
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=str(by)),
            y=alt.Y(f"{measure}:Q", title=str(measure), axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color(
                "category:N",
                scale=alt.Scale(domain=categories, range=[colour_for(c) for c in categories]),
            ),
            tooltip=["period:T", "category:N", "events:Q", "fatalities:Q"],
        )
    )
    st.altair_chart(chart, width="stretch")


def show_summary(shown: gpd.GeoDataFrame, total: gpd.GeoDataFrame) -> None:
    """Metrics and a caption: how much of the store the filters keep."""
    summary, all_events = summarise(shown), summarise(total)
    cols = st.columns(4)
    cols[0].metric("Events", summary.events)
    cols[1].metric("Places", summary.places)
    cols[2].metric("Fatalities", summary.fatalities)
    cols[3].metric("Articles", summary.articles)
    noun = "event" if summary.events == 1 else "events"
    st.caption(f"{summary.events} {noun} shown of {all_events.events}")


def main() -> None:
    """Build the page."""
    st.set_page_config(page_title="Conflict Atlas", layout="wide")
    settings = Settings.from_env(os.environ)
    cache.ensure_assets()
    st.title("Conflict Atlas")
    try:
        store = cache.get_store(settings.db_url)
        seed_if_empty(settings, store)
        frame = cache.load_events_frame(settings.db_url, store.count_events())
    except AtlasError as err:
        st.error(f"Cannot load events: {err}")
        st.stop()
    state = sidebar(filter_options(frame))
    shown = apply_filters(frame, state)
    show_summary(shown, frame)
    stem = file_stem(state)
    payload = geojson_download(shown, file_name=f"{stem}.geojson")
    table_file = acled_csv_download(shown, file_name=f"{stem}.csv")
    buttons = (
        ("Download GeoJSON", payload, "download_geojson"),
        ("Download CSV (ACLED columns)", table_file, "download_csv"),
    )
    for column, (label, item, key) in zip(st.columns(2), buttons, strict=True):
        column.download_button(label, item.data, file_name=item.file_name, mime=item.mime, key=key)
    sites, lines = cache.get_site_layers()
    st_folium(
        build_map(shown, sites, lines, outlines=cache.get_outlines()),
        key=MAP_KEY,
        returned_objects=[],
        height=620,
        use_container_width=True,
    )
    show_timeline(shown)
    st.subheader("Events")
    st.dataframe(events_table(shown), hide_index=True, width="stretch")


main()
