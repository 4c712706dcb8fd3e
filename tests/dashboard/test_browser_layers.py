"""End to end in headless Chromium: the base layers (tiles, the offline base and its labels) and
an article pasted into the page, extracted and brought into view."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.dashboard.browser import (
    MAP_IFRAME,
    base_radio,
    chromium_path,
    free_port,
    map_frame_of,
    running_app,
    shot,
    tile_server,
)

pytestmark = pytest.mark.browser


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
    shot(page, "dashboard-pasted-article.png")
    page.get_by_role("button", name="Add to the store").click()
    # stored: the date range, untouched so far, widens to take in 4 February
    expect(page.get_by_text("6 events shown of 6")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("event found")).to_have_count(0)  # the preview is gone
    assert dialogs == [], f"script ran: {dialogs}"


#: A 1x1 PNG, what the loopback tile server answers for every tile.


def test_the_reader_switches_between_tiles_and_the_offline_base(
    tmp_path: Path, store_filler: Callable[[Path], Path], page: Any
) -> None:
    from playwright.sync_api import expect

    chromium_path()
    with (
        tile_server() as tiles,
        running_app(store_filler(tmp_path / "atlas.sqlite"), tmp_path, ATLAS_TILES=tiles) as url,
    ):
        page.goto(url)
        map_frame = page.frame_locator(MAP_IFRAME)
        expect(map_frame.locator("path.atlas-event")).to_have_count(6)
        # tiles reachable: they are the base at start
        expect(base_radio(map_frame, "Tiles (127.0.0.1")).to_be_checked()
        expect(map_frame.locator("img.leaflet-tile-loaded").first).to_be_attached()
        expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas")).to_have_count(0)
        base_radio(map_frame, "Offline map").check()
        expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas").first).to_be_attached()
        expect(map_frame.locator("img.leaflet-tile")).to_have_count(0)
        base_radio(map_frame, "Tiles (127.0.0.1").check()
        expect(map_frame.locator("img.leaflet-tile-loaded").first).to_be_attached()
        expect(map_frame.locator("path.atlas-event")).to_have_count(6)  # events stay


def test_blocked_tiles_fall_back_to_the_offline_base_with_town_labels(
    tmp_path: Path,
    store_filler: Callable[[Path], Path],
    gazetteer_cache: Path,
    page: Any,
) -> None:
    from playwright.sync_api import expect

    chromium_path()
    blocked = f"http://127.0.0.1:{free_port()}/{{z}}/{{x}}/{{y}}.png"  # nothing listens
    with running_app(
        store_filler(tmp_path / "atlas.sqlite"),
        tmp_path,
        ATLAS_TILES=blocked,
        ATLAS_CACHE=str(gazetteer_cache),
    ) as url:
        page.goto(url)
        map_frame = page.frame_locator(MAP_IFRAME)
        expect(map_frame.locator("path.atlas-event")).to_have_count(6)
        expect(base_radio(map_frame, "Offline map")).to_be_checked()
        expect(map_frame.locator(".leaflet-atlas-basemap-pane canvas").first).to_be_attached()
        labels = map_frame.locator(".atlas-town-label")
        expect(labels.filter(has_text="Saraqib")).to_have_count(1)
        expect(labels.filter(has_text="Aleppo")).to_have_count(1)
        shot(page, "dashboard-offline-base.png")


@pytest.mark.model
def test_extracted_events_come_into_view_listed_and_droppable(paste_server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(paste_server)
    expect(page.get_by_text("5 events shown of 5")).to_be_visible()
    map_frame = page.frame_locator(MAP_IFRAME)
    expect(map_frame.locator("path.atlas-event")).to_have_count(6)
    maiduguri = "[11.85, 13.16]"
    frame = map_frame_of(page)
    assert not frame.evaluate(f"() => map_div.getBounds().contains({maiduguri})")  # on Idlib
    page.get_by_text("Add an article").click()
    page.get_by_role("textbox", name="Article text", exact=True).fill(
        "Boko Haram fighters attacked Maiduguri on 4 February 2020, killing five soldiers, "
        "the Nigerian army said."
    )
    page.get_by_role("button", name="Extract events").click()
    expect(page.get_by_text(re.compile(r"[1-9] events? found"))).to_be_visible(timeout=120_000)
    frame = map_frame_of(page)
    frame.wait_for_function(f"() => map_div.getBounds().contains({maiduguri})")
    # the panel lists the new events; dropping all of them leaves nothing to add
    expect(page.get_by_text("Drop before adding")).to_be_visible()
    grids = page.locator('[data-testid="stDataFrame"]')
    expect(grids.first).to_be_visible()
    shot(page, "dashboard-article-in-view.png")
