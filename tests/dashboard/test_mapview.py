"""The folium.Map the dashboard builds, inspected as an object and as rendered HTML."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

import folium
import geopandas as gpd
import pytest

from dashboard.basemap import OFFLINE_NAME, OfflineBase
from dashboard.legend import (
    CATEGORY_COLOURS,
    FALLBACK_COLOUR,
    Legend,
    category_class,
    colour_for,
)
from dashboard.mapview import EVENT_CLASS, MAX_ZOOM, SITE_CLASS, build_map, marker_radius
from dashboard.popups import BindPopupTooltip, event_popup_html
from dashboard.shapes import Shape, ShapeBatch
from dashboard.tiles import OSM_URL, TileFallback, tile_source
from geodata.models import Site
from geodata.sites import SiteLine

SITES = (
    Site(
        "tr-op-test",
        "Salwa <b>post</b>",
        (),
        "observation_post",
        "Turkey",
        "Idlib",
        "SY",
        36.7571,
        36.3072,
        "2017-10",
        "Astana post",
        "test",
    ),
    Site(
        "tr-op-two",
        "Sheikh Aqil",
        (),
        "observation_post",
        "Turkey",
        "Aleppo",
        "SY",
        36.9403,
        36.3118,
        "2018",
        "",
        "test",
    ),
)
LINES = (SiteLine("M5 test", "highway", "coarse", ((37.1524, 36.206), (36.8061, 35.8611))),)


def walk(element: Any) -> list[Any]:
    found = [element]
    for child in element._children.values():
        found.extend(walk(child))
    return found


def of_type(m: folium.Map, cls: type) -> list[Any]:
    return [e for e in walk(m) if isinstance(e, cls)]


def circles(m: folium.Map) -> list[Shape]:
    """Every circle the map draws, each with its batch's options under its own."""
    return [
        Shape(shape.location, {**batch.style, **shape.options}, shape.popup, shape.tooltip)
        for batch in of_type(m, ShapeBatch)
        for shape in batch.shapes
        if shape.bounds is None
    ]


def event_markers(m: folium.Map) -> list[Shape]:
    return [c for c in circles(m) if EVENT_CLASS in str(c.options.get("className", "")).split()]


def bound_popups(html: str) -> list[str]:
    """The popup HTML the page hands to Leaflet: the JSON strings of ``bindPopup`` calls and
    the ``p`` fields of the shape batches' JSON records, decoded."""
    single = [json.loads(s) for s in re.findall(r'\.bindPopup\(("(?:[^"\\]|\\.)*")', html)]
    calls = r"^\s*\}\)\(\w+, (?:null|\{.*?\}), \{.*?\}, (\[.*\])\);$"
    batches = re.findall(calls, html, flags=re.MULTILINE)
    return single + [i["p"] for items in batches for i in json.loads(items) if "p" in i]


@pytest.fixture
def event_map(events_frame: gpd.GeoDataFrame) -> folium.Map:
    return build_map(events_frame, SITES, LINES)


def test_one_circle_marker_per_event_place(
    event_map: folium.Map, events_frame: gpd.GeoDataFrame
) -> None:
    assert len(event_markers(event_map)) == len(events_frame) == 6
    sites = [c for c in circles(event_map) if c.options.get("className") == SITE_CLASS]
    assert len(sites) == len(SITES)


def test_markers_are_coloured_by_category(
    event_map: folium.Map, events_frame: gpd.GeoDataFrame
) -> None:
    colours = sorted(str(c.options["fillColor"]) for c in event_markers(event_map))
    assert colours == sorted(CATEGORY_COLOURS[c] for c in events_frame["category"])
    assert len(set(colours)) == 5
    colour_of_class = {category_class(c): colour_for(c) for c in events_frame["category"]}
    for marker in event_markers(event_map):
        css_class = str(marker.options["className"]).split()[1]
        assert colour_of_class[css_class] == marker.options["fillColor"]


def test_markers_are_at_lat_lon(event_map: folium.Map, events_frame: gpd.GeoDataFrame) -> None:
    locations = sorted(tuple(c.location) for c in event_markers(event_map))
    assert locations == sorted((p.y, p.x) for p in events_frame.geometry)


def test_big_markers_are_drawn_first(event_map: folium.Map) -> None:
    radii = [float(c.options["radius"]) for c in event_markers(event_map)]  # type: ignore[arg-type]
    # e3's first place (500 troops) > e1 (5 dead) > e4 (2 dead) > the rest, no numbers
    assert radii[:3] == [marker_radius(troops=500), marker_radius(5), marker_radius(2)]
    assert radii[0] > radii[1] > radii[2] > radii[3] == radii[-1] == 5.0


@pytest.mark.parametrize(
    ("fatalities", "troops", "expected"),
    [
        (None, None, 5.0),
        (0, 0, 5.0),
        (float("nan"), "x", 5.0),
        (-3, None, 5.0),
        (10**9, None, 22.0),
        (None, 10**9, 22.0),
    ],
)
def test_marker_radius_edges(fatalities: object, troops: object, expected: float) -> None:
    assert marker_radius(fatalities, troops) == expected


def test_popups_escape_article_text(event_map: folium.Map) -> None:
    html = event_map.get_root().render()
    assert "<script>alert" not in html
    popups = bound_popups(html)
    assert len(popups) == 6 + len(SITES)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in p for p in popups)
    assert not any("<script" in p for p in popups)
    assert any("Idlib &amp; the ceasefire" in p for p in popups)
    assert any("Salwa &lt;b&gt;post&lt;/b&gt;" in p for p in popups)


@pytest.mark.parametrize(
    "evidence",
    [
        "<script>alert(1)</script>",
        "`${alert(1)}`",
        "</script><img src=x onerror=alert(1)>",
        "\"'); alert(1); ('",
    ],
)
def test_hostile_evidence_cannot_break_out(events_frame: gpd.GeoDataFrame, evidence: str) -> None:
    frame = events_frame.copy()
    frame["evidence"] = evidence
    frame["actor1"] = evidence
    html = build_map(frame).get_root().render()
    if any(ch in evidence for ch in "<>\"'"):
        assert evidence not in html
    assert "<img src=x" not in html
    popups = bound_popups(html)
    assert all(escape(evidence) in p for p in popups)
    for popup in popups:
        assert "<script" not in popup and "<img" not in popup


def test_event_popup_fields() -> None:
    html = event_popup_html(
        {
            "event_date": "2020-02-20",
            "event_date_end": "2020-02-22",
            "actor1": "A",
            "actor2": "B",
            "troops": 500,
            "location": "X",
            "category": "troop deployment",
            "evidence": "E.",
        }
    )
    for text in ("2020-02-20 to 2020-02-22", "A vs B", "Troops:</b> 500", "E.", "X"):
        assert text in html


def test_only_local_scripts_and_stylesheets(event_map: folium.Map) -> None:
    assert event_map.default_js and event_map.default_css
    for _name, url in [*event_map.default_js, *event_map.default_css]:
        assert url.startswith("/app/static/vendor/"), url
    html = event_map.get_root().render()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/app/static/vendor/") for u in urls), urls
    assert "$(" not in html  # no jQuery on the page, so nothing may call it


def test_max_zoom_is_set(event_map: folium.Map) -> None:
    assert event_map.options["maxZoom"] == MAX_ZOOM


def test_layers_and_legend(event_map: folium.Map) -> None:
    names = {g.layer_name for g in of_type(event_map, folium.FeatureGroup)}
    assert {"Events", "Observation posts", "Highways (M4/M5)"} <= names
    assert len(of_type(event_map, folium.LayerControl)) == 1
    assert len(of_type(event_map, folium.PolyLine)) == len(LINES)
    legend = of_type(event_map, Legend)[0]
    assert "armed clash" in legend.html and "protest" not in legend.html


def test_without_tiles_the_offline_base_is_the_only_base(events_frame: gpd.GeoDataFrame) -> None:
    m = build_map(events_frame.iloc[0:0], labels_file="gazetteer-x.json")
    (base,) = of_type(m, OfflineBase)
    assert base.layer_name == OFFLINE_NAME and base.show and not base.overlay
    assert base.labels_url == "/app/static/labels/gazetteer-x.json"
    assert of_type(m, folium.TileLayer) == []
    html = m.get_root().render()
    assert "tile.openstreetmap.org" not in html and "/app/static/basemap" in html


def test_tiles_are_the_default_base_with_the_offline_base_to_fall_back_on(
    events_frame: gpd.GeoDataFrame,
) -> None:
    m = build_map(events_frame, tiles=tile_source(""))
    (tiles,) = of_type(m, folium.TileLayer)
    (base,) = of_type(m, OfflineBase)
    assert tiles.tiles == OSM_URL and not tiles.overlay and tiles.show
    assert not base.show  # shown only when the tiles fail (TileFallback) or when chosen
    assert len(of_type(m, TileFallback)) == 1
    html = m.get_root().render()
    assert "openstreetmap.org/copyright" in html  # the attribution


def groups_of(m: folium.Map) -> list[folium.FeatureGroup]:
    return of_type(m, folium.FeatureGroup)


def test_the_seed_layers_start_hidden_far_from_their_area(events_frame: gpd.GeoDataFrame) -> None:
    groups = {
        g.layer_name: g for g in of_type(build_map(events_frame, SITES, LINES), folium.FeatureGroup)
    }
    assert groups["Observation posts"].show and groups["Highways (M4/M5)"].show
    mexico = events_frame.copy()
    mexico["geometry"] = gpd.points_from_xy([-99.1] * len(mexico), [19.4] * len(mexico))
    groups = {
        g.layer_name: g for g in of_type(build_map(mexico, SITES, LINES), folium.FeatureGroup)
    }
    assert not groups["Observation posts"].show and not groups["Highways (M4/M5)"].show


def test_empty_frame_gives_a_map_without_markers(events_frame: gpd.GeoDataFrame) -> None:
    m = build_map(events_frame.iloc[0:0], SITES, LINES)
    assert event_markers(m) == []
    assert "no events" in of_type(m, Legend)[0].html


def test_many_events_are_clustered_with_local_assets(events_frame: gpd.GeoDataFrame) -> None:
    m = build_map(events_frame, cluster_threshold=3)
    clusters = [b for b in of_type(m, ShapeBatch) if b.cluster is not None]
    assert len(clusters) == 1 and len(clusters[0].shapes) == 6
    assert len(event_markers(m)) == 6  # the same circles, handed to the cluster group
    cluster_assets = [url for _, url in [*m.default_js, *m.default_css] if "cluster" in url]
    assert len(cluster_assets) == 3
    assert all(
        url.startswith("/app/static/vendor/leaflet.markercluster/") for url in cluster_assets
    )
    html = m.get_root().render()
    assert "L.markerClusterGroup(cluster)" in html and '"maxClusterRadius": 40' in html
    assert "AwesomeMarkers" not in html and "<script>alert" not in html


@pytest.mark.parametrize(
    ("category", "colour"),
    [
        ("shelling", "#e6550d"),
        ("unheard of", FALLBACK_COLOUR),
        (None, FALLBACK_COLOUR),
        ("", FALLBACK_COLOUR),
    ],
)
def test_colour_for(category: str | None, colour: str) -> None:
    assert colour_for(category) == colour


def test_bind_popup_tooltip_uses_json() -> None:
    m = folium.Map(tiles=None)
    marker = folium.CircleMarker([35.0, 36.0]).add_to(m)
    marker.add_child(BindPopupTooltip("a `b` ${c}", "t"))
    html = m.get_root().render()
    assert '.bindPopup("a `b` ${c}"' in html
    assert '.bindTooltip("t"' in html


def test_popup_names_the_other_sources_of_a_merged_event() -> None:
    from dashboard.popups import event_popup_html

    row = {"category": "shelling", "source_count": 3, "other_sources": "b; <c>"}
    html = event_popup_html(row)
    assert "Reported by 3 sources" in html and "b; &lt;c&gt;" in html
    assert "Reported by" not in event_popup_html({"category": "shelling", "source_count": 1})
