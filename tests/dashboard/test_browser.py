"""End to end in headless Chromium: the offline map draws markers, a filter redraws them, the
download gives valid GeoJSON of exactly the filtered events.

Screenshots go to ``test-artifacts/`` (gitignored) for a human to look at.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from dashboard.mapview import CLUSTER_THRESHOLD
from pipeline.export.geojson import validate_feature_collection

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
TURKEY = "Military Forces of Turkey"
START_TIMEOUT_S = 60.0
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("chromium is not on PATH: apt-get install chromium chromium-driver")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # polling interval, bounded by the deadline
    pytest.fail(f"streamlit not healthy after {START_TIMEOUT_S} s:\n{log.read_text()}")


@contextmanager
def running_app(db: Path, tmp: Path, **extra: str) -> Iterator[str]:
    """A real ``streamlit run dashboard/app.py`` on a free port over the store ``db``; no
    tiles (the offline base only) unless ``extra`` sets ``ATLAS_TILES``."""
    port = _free_port()
    env = {
        **os.environ,
        "ATLAS_DB": str(db),
        "ATLAS_SEEDS": str(tmp / "no-seeds"),
        "ATLAS_TILES": "none",
        **extra,
    }
    log = tmp / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "dashboard/app.py",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, store_filler: Callable[[Path], Path]
) -> Iterator[str]:
    """The app over the five literal events."""
    _chromium()
    pytest.importorskip("playwright.sync_api")
    tmp = tmp_path_factory.mktemp("browser")
    with running_app(store_filler(tmp / "atlas.sqlite"), tmp) as url:
        yield url


@pytest.fixture(scope="module")
def big_server(
    tmp_path_factory: pytest.TempPathFactory, many_results: Callable[[int], list[Any]]
) -> Iterator[str]:
    """The app over enough events to switch the map to clustered markers."""
    _chromium()
    pytest.importorskip("playwright.sync_api")
    from pipeline.store.eventstore import EventStore

    tmp = tmp_path_factory.mktemp("browser-big")
    db = tmp / "atlas.sqlite"
    with EventStore.open(db) as store:
        store.save_many(many_results(CLUSTER_THRESHOLD + 500))
    with running_app(db, tmp) as url:
        yield url


#: Deadline for the page to reach a state (actions and ``expect`` alike). Playwright's
#: ``expect`` has its own default of 5 s, which the first map render exceeds on a busy
#: machine; the wait ends as soon as the state is reached, so a long deadline costs nothing.
STATE_TIMEOUT_MS = 30_000


@pytest.fixture
def page() -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=STATE_TIMEOUT_MS)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
            page.set_default_timeout(STATE_TIMEOUT_MS)
            yield page
        finally:
            browser.close()


def _map_frame(page: Any) -> Any:
    """The map iframe's Frame (for evaluating scripts in it), once its map exists."""
    handle = page.locator(MAP_IFRAME).element_handle()
    frame = handle.content_frame()
    frame.wait_for_function("() => typeof map_div !== 'undefined'")
    return frame


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


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
    _shot(page, "dashboard-all-events.png")

    # the reader zooms out; a filter change swaps the event layers and keeps that view
    frame = _map_frame(page)
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
    frame = _map_frame(page)  # the same iframe; looked up again in case it was re-attached
    assert frame.evaluate("() => map_div.getZoom()") == zoom
    # the legend lists every stored category, whatever the filter
    expect(map_frame.locator(".atlas-legend")).to_contain_text("shelling")
    _shot(page, "dashboard-actor-filter.png")

    # a popup shows the article's text as text: the script tag is visible, not run
    events.and_(map_frame.locator(".atlas-cat-armed-clash")).click()
    popup = map_frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("<script>alert(1)</script>")
    expect(popup).to_contain_text(TURKEY)
    assert popup.locator("script").count() == 0
    expect(map_frame.locator(".leaflet-popup")).to_have_css("opacity", "1")  # faded in
    _shot(page, "dashboard-popup.png")
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
    _shot(page, "dashboard-shared-link.png")
    # the timeline draws under the map, in the legend's colours
    chart = page.locator('[data-testid="stVegaLiteChart"]')
    chart.scroll_into_view_if_needed()
    expect(chart.locator("canvas, svg").first).to_be_visible()
    _shot(page, "dashboard-timeline.png")


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
    _shot(page, "dashboard-clustered.png")
    assert not [e for e in errors if "markercluster" in e.lower() or "maxZoom" in e], errors


def test_the_time_slider_steps_and_plays_day_by_day(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(f"{server}/?day=2020-02-10&heat=1")
    expect(page.get_by_text("1 event shown of 5")).to_be_visible()
    map_frame = page.frame_locator(MAP_IFRAME)
    expect(map_frame.locator("path.atlas-event")).to_have_count(1)
    expect(map_frame.locator("path.atlas-density")).to_have_count(1)  # the heat-map layer
    _shot(page, "dashboard-day-slider.png")
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
    _shot(page, "dashboard-row-selected.png")


@pytest.fixture
def paste_server(tmp_path: Path, store_filler: Callable[[Path], Path]) -> Iterator[str]:
    """A server of its own: the test adds to its store."""
    _chromium()
    pytest.importorskip("playwright.sync_api")
    with running_app(store_filler(tmp_path / "atlas.sqlite"), tmp_path) as url:
        yield url


@pytest.mark.model
def test_a_pasted_article_is_drawn_then_added_and_its_html_stays_text(
    paste_server: str, page: Any
) -> None:
    from playwright.sync_api import expect

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(paste_server)
    expect(page.get_by_text("5 events shown of 5")).to_be_visible()
    page.get_by_text("Add an article").click()
    page.get_by_role("textbox", name="Title", exact=True).fill(
        "<img src=x onerror=alert(2)> Shelling report"
    )
    page.get_by_role("textbox", name="Article text", exact=True).fill(
        "Russian jets bombed Kafranbel on 4 February 2020, killing three civilians, "
        "<script>alert(3)</script> local medics said."
    )
    page.get_by_role("button", name="Extract events").click()
    expect(page.get_by_text(re.compile(r"[1-9] events? found"))).to_be_visible(timeout=120_000)
    map_frame = page.frame_locator(MAP_IFRAME)
    expect(map_frame.locator("path.atlas-event")).to_have_count(7)  # six stored, one new
    _shot(page, "dashboard-pasted-article.png")
    page.get_by_role("button", name="Add to the store").click()
    # stored: the date range, untouched so far, widens to take in 4 February
    expect(page.get_by_text("6 events shown of 6")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("event found")).to_have_count(0)  # the preview is gone
    assert dialogs == [], f"script ran: {dialogs}"


#: A 1x1 PNG, what the loopback tile server answers for every tile.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a0e2a63b0000000049454e44ae426082"
)


@contextmanager
def tile_server() -> Iterator[str]:
    """A tile server on the loopback interface: every path is the same small PNG."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args: Any) -> None:  # quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _base_radio(map_frame: Any, name: str) -> Any:
    return (
        map_frame.locator(".leaflet-control-layers-base label")
        .filter(has_text=name)
        .locator("input")
    )


def test_the_reader_switches_between_tiles_and_the_offline_base(
    tmp_path: Path, store_filler: Callable[[Path], Path], page: Any
) -> None:
    from playwright.sync_api import expect

    _chromium()
    with (
        tile_server() as tiles,
        running_app(store_filler(tmp_path / "atlas.sqlite"), tmp_path, ATLAS_TILES=tiles) as url,
    ):
        page.goto(url)
        map_frame = page.frame_locator(MAP_IFRAME)
        expect(map_frame.locator("path.atlas-event")).to_have_count(6)
        # tiles reachable: they are the base at start
        expect(_base_radio(map_frame, "Tiles (127.0.0.1")).to_be_checked()
        expect(map_frame.locator("img.leaflet-tile-loaded").first).to_be_attached()
        expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas")).to_have_count(0)
        _base_radio(map_frame, "Offline map").check()
        expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas").first).to_be_attached()
        expect(map_frame.locator("img.leaflet-tile")).to_have_count(0)
        _base_radio(map_frame, "Tiles (127.0.0.1").check()
        expect(map_frame.locator("img.leaflet-tile-loaded").first).to_be_attached()
        expect(map_frame.locator("path.atlas-event")).to_have_count(6)  # events stay


def test_blocked_tiles_fall_back_to_the_offline_base_with_town_labels(
    tmp_path: Path,
    store_filler: Callable[[Path], Path],
    gazetteer_cache: Path,
    page: Any,
) -> None:
    from playwright.sync_api import expect

    _chromium()
    blocked = f"http://127.0.0.1:{_free_port()}/{{z}}/{{x}}/{{y}}.png"  # nothing listens
    with running_app(
        store_filler(tmp_path / "atlas.sqlite"),
        tmp_path,
        ATLAS_TILES=blocked,
        ATLAS_CACHE=str(gazetteer_cache),
    ) as url:
        page.goto(url)
        map_frame = page.frame_locator(MAP_IFRAME)
        expect(map_frame.locator("path.atlas-event")).to_have_count(6)
        expect(_base_radio(map_frame, "Offline map")).to_be_checked()
        expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas").first).to_be_attached()
        labels = map_frame.locator(".atlas-town-label")
        expect(labels.filter(has_text="Saraqib")).to_have_count(1)
        expect(labels.filter(has_text="Aleppo")).to_have_count(1)
        _shot(page, "dashboard-offline-base.png")


@pytest.mark.model
def test_extracted_events_come_into_view_listed_and_droppable(paste_server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(paste_server)
    expect(page.get_by_text("5 events shown of 5")).to_be_visible()
    map_frame = page.frame_locator(MAP_IFRAME)
    expect(map_frame.locator("path.atlas-event")).to_have_count(6)
    maiduguri = "[11.85, 13.16]"
    frame = _map_frame(page)
    assert not frame.evaluate(f"() => map_div.getBounds().contains({maiduguri})")  # on Idlib
    page.get_by_text("Add an article").click()
    page.get_by_role("textbox", name="Article text", exact=True).fill(
        "Boko Haram fighters attacked Maiduguri on 4 February 2020, killing five soldiers, "
        "the Nigerian army said."
    )
    page.get_by_role("button", name="Extract events").click()
    expect(page.get_by_text(re.compile(r"[1-9] events? found"))).to_be_visible(timeout=120_000)
    frame = _map_frame(page)
    frame.wait_for_function(f"() => map_div.getBounds().contains({maiduguri})")
    # the panel lists the new events; dropping all of them leaves nothing to add
    expect(page.get_by_text("Drop before adding")).to_be_visible()
    grids = page.locator('[data-testid="stDataFrame"]')
    expect(grids.first).to_be_visible()
    _shot(page, "dashboard-article-in-view.png")
