"""End to end in headless Chromium: the offline map draws markers, a filter redraws them, the
download gives valid GeoJSON of exactly the filtered events.

Screenshots go to ``test-artifacts/`` (gitignored) for a human to look at.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dashboard.mapview import CLUSTER_THRESHOLD
from pipeline.export.geojson import validate_feature_collection
from tests.dashboard.browser import (
    MAP_IFRAME,
    TURKEY,
    map_frame_of,
    shot,
)

pytestmark = pytest.mark.browser


def test_map_renders_offline_filters_and_downloads(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    external: list[str] = []
    page.on(
        "request",
        lambda r: (
            external.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))
            else None
        ),
    )
    page.goto(server)
    map_frame = page.frame_locator(MAP_IFRAME)
    events = map_frame.locator("path.atlas-event")
    expect(events).to_have_count(6)  # five events, one of them at two places
    assert map_frame.locator("path.atlas-site").count() > 0  # the curated observation posts
    expect(map_frame.locator(".atlas-legend")).to_contain_text("armed clash")
    expect(map_frame.locator(".leaflet-control-layers")).to_contain_text("Observation posts")
    # the offline base: Natural Earth drawn on a canvas in its own pane
    expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas").first).to_be_attached()
    shot(page, "dashboard-all-events.png")

    # the reader zooms out; a filter change swaps the event layers and keeps that view
    frame = map_frame_of(page)
    before = frame.evaluate("() => map_div.getZoom()")
    map_frame.locator(".leaflet-control-zoom-out").click()
    # wait for the map's own state, not a guessed animation time: Leaflet updates getZoom() only
    # when the zoom animation ends, which takes longer than usual on a busy machine
    zoom = before - 1
    frame.wait_for_function(f"() => map_div.getZoom() === {zoom} && !map_div._animatingZoom")
    # pick one actor; Streamlit 1.67 lists "Select all" above the real options
    page.locator('[data-testid="stMultiSelect"]').filter(has_text="Actor").click()
    page.get_by_role("option", name=TURKEY, exact=True).click()
    page.keyboard.press("Escape")
    expect(page.get_by_text("2 events shown of 5")).to_be_visible()
    events = map_frame.locator("path.atlas-event")
    expect(events).to_have_count(3)
    frame = map_frame_of(page)  # the same iframe; looked up again in case it was re-attached
    assert frame.evaluate("() => map_div.getZoom()") == zoom
    # the legend lists every stored category, whatever the filter
    expect(map_frame.locator(".atlas-legend")).to_contain_text("shelling")
    shot(page, "dashboard-actor-filter.png")

    # a popup shows the article's text as text: the script tag is visible, not run
    events.and_(map_frame.locator(".atlas-cat-armed-clash")).click()
    popup = map_frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("<script>alert(1)</script>")
    expect(popup).to_contain_text(TURKEY)
    assert popup.locator("script").count() == 0
    expect(map_frame.locator(".leaflet-popup")).to_have_css("opacity", "1")  # faded in
    shot(page, "dashboard-popup.png")
    map_frame.locator(".leaflet-popup-close-button").click()

    # the observation posts are a layer of their own that can be switched off
    map_frame.locator(".leaflet-control-layers label").filter(has_text="Observation posts").locator(
        "input"
    ).uncheck()
    expect(map_frame.locator("path.atlas-site")).to_have_count(0)
    expect(events).to_have_count(3)

    with page.expect_download() as info:
        page.get_by_role("button", name="Download GeoJSON").click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert validate_feature_collection(text) == []
    features = json.loads(text)["features"]
    assert [f["properties"]["event_id"] for f in features] == ["e1", "e3", "e3"]
    assert all(TURKEY in (f["properties"]["actor1"], f["properties"]["actor2"]) for f in features)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV (ACLED columns)").click()
    assert info.value.suggested_filename.endswith("military-forces-of-turkey.csv")
    rows = list(csv.DictReader(Path(info.value.path()).read_text(encoding="utf-8").splitlines()))
    assert [r["event_id_cnty"] for r in rows] == ["e1", "e3", "e3"]
    assert all(TURKEY in (r["actor1"], r["actor2"]) for r in rows)
    assert external == [], f"the page reached beyond the local server: {external}"


def test_a_shared_link_reopens_the_filtered_view(server: str, page: Any) -> None:
    from urllib.parse import urlencode

    from playwright.sync_api import expect

    page.goto(f"{server}/?{urlencode({'actor': TURKEY, 'min_fatalities': 1})}")
    expect(page.get_by_text("1 event shown of 5")).to_be_visible()
    expect(page.frame_locator(MAP_IFRAME).locator("path.atlas-event")).to_have_count(1)
    # the page keeps its state in the address bar: changing a filter rewrites it
    page.get_by_role("textbox", name="Search evidence").fill("Saraqib")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"q=Saraqib"))
    assert "actor=Military+Forces+of+Turkey" in page.url
    shot(page, "dashboard-shared-link.png")
    # the timeline draws under the map, in the legend's colours
    chart = page.locator('[data-testid="stVegaLiteChart"]')
    chart.scroll_into_view_if_needed()
    expect(chart.locator("canvas, svg").first).to_be_visible()
    shot(page, "dashboard-timeline.png")


def test_many_events_are_clustered_offline(big_server: str, page: Any) -> None:
    from playwright.sync_api import expect

    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(big_server)
    expect(page.get_by_text(f"{CLUSTER_THRESHOLD + 500} events shown")).to_be_visible()
    map_frame = page.frame_locator(MAP_IFRAME)
    clusters = map_frame.locator(".marker-cluster")
    expect(clusters.first).to_be_visible(timeout=60_000)
    assert clusters.count() >= 2
    shot(page, "dashboard-clustered.png")
    assert not [e for e in errors if "markercluster" in e.lower() or "maxZoom" in e], errors


def test_the_time_slider_steps_and_plays_day_by_day(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(f"{server}/?day=2020-02-10&heat=1")
    expect(page.get_by_text("1 event shown of 5")).to_be_visible()
    map_frame = page.frame_locator(MAP_IFRAME)
    expect(map_frame.locator("path.atlas-event")).to_have_count(1)
    expect(map_frame.locator("path.atlas-density")).to_have_count(1)  # the heat-map layer
    shot(page, "dashboard-day-slider.png")
    page.get_by_role("button", name="Play day by day").click()
    # each day is shown for a second and a half; the address bar follows the day
    expect(page).to_have_url(re.compile(r"day=2020-02-11"), timeout=15_000)
    expect(page.get_by_text("0 events shown of 5")).to_be_visible()
    expect(page).to_have_url(re.compile(r"day=2020-02-13"), timeout=15_000)
    page.get_by_role("button", name="Pause").click()
    expect(page.get_by_text("1 event shown of 5")).to_be_visible()
    stopped = page.url
    page.wait_for_timeout(3_000)  # paused: the day stays
    assert page.url == stopped


def _select_first_table_row(page: Any) -> None:
    from playwright.sync_api import expect

    # the map above the table must have drawn first: until then the page's layout still moves,
    # and a click at the grid's old position lands elsewhere (seen on a busy machine)
    expect(page.frame_locator(MAP_IFRAME).locator("path.atlas-event").first).to_be_attached()
    grid = page.locator('[data-testid="stDataFrame"]').first
    expect(grid.locator("canvas").first).to_be_visible()
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    assert box is not None
    # the grid is a canvas: click the first data row's selection cell (left of its first column)
    page.mouse.click(box["x"] + 12, box["y"] + 35 + 17)


def test_selecting_a_table_row_focuses_the_map_and_opens_the_evidence(
    server: str, page: Any
) -> None:
    from playwright.sync_api import expect

    page.goto(server)
    expect(page.get_by_text("5 events shown of 5")).to_be_visible()
    expect(page.get_by_text("Select a row of the events table")).to_be_visible()
    _select_first_table_row(page)
    detail = page.locator(".atlas-detail")
    expect(detail).to_contain_text("Turkish and Syrian troops clashed near Saraqib.")
    # the article's text is shown as text; the place and the actors are marked
    expect(detail).to_contain_text("<script>alert(1)</script>")
    assert detail.locator("script").count() == 0
    expect(detail.locator("mark.place")).to_have_text(["Saraqib"])
    expect(detail.locator("mark.actor")).to_have_text(["Turkish", "Syrian"])
    expect(detail).to_contain_text("Article a1")
    map_frame = page.frame_locator(MAP_IFRAME)
    expect(map_frame.locator("path.atlas-selected")).to_have_count(1)
    shot(page, "dashboard-row-selected.png")
