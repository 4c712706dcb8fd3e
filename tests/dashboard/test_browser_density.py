"""End to end in headless Chromium: above the aggregation threshold the map draws grid squares
with a legend of their shades, and a square's popup counts its events by category."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dashboard.density import GRID_RAMP
from pipeline.models import ArticleResult
from pipeline.store.eventstore import EventStore
from tests.dashboard.browser import MAP_IFRAME, chromium_path, running_app, shot

pytestmark = pytest.mark.browser

#: Events on the test grid around Idlib, and the threshold above which the app aggregates:
#: low, so a few hundred real events in a real store show what 20,000 would.
EVENTS = 400
GRID_FROM = 100


def _far_away(results: list[ArticleResult]) -> list[ArticleResult]:
    """The last event moved to Mosul: the wider extent gives squares of 0.1 degrees, each
    holding events of several categories (the grid's categories cycle along its rows)."""
    last = results[-1]
    event = last.events[-1]
    place = replace(event.places[0], lon=43.13, lat=36.34, name="Mosul", country="IQ")
    moved = replace(event, places=(place,))
    return [*results[:-1], replace(last, events=(*last.events[:-1], moved))]


@pytest.fixture
def grid_server(
    tmp_path: Path, many_results: Callable[[int], list[ArticleResult]]
) -> Iterator[str]:
    chromium_path()
    pytest.importorskip("playwright.sync_api")
    db = tmp_path / "atlas.sqlite"
    with EventStore.open(db) as store:
        store.save_many(_far_away(many_results(EVENTS)))
    with running_app(db, tmp_path, ATLAS_AGGREGATE_FROM=str(GRID_FROM)) as url:
        yield url


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_aggregated_events_are_squares_with_a_legend_and_counts_by_category(
    grid_server: str, page: Any
) -> None:
    from playwright.sync_api import expect

    page.goto(grid_server)
    expect(page.get_by_text(f"{EVENTS} events shown of {EVENTS}")).to_be_visible()
    map_frame = page.frame_locator(MAP_IFRAME)
    cells = map_frame.locator("path.atlas-cell")
    expect(cells.first).to_be_attached()
    assert cells.count() > 1
    expect(map_frame.locator("path.atlas-event")).to_have_count(0)  # no single markers
    # every square is shaded with a colour of the scale
    fills = set(cells.evaluate_all("els => els.map(e => e.getAttribute('fill'))"))
    assert fills and fills <= set(GRID_RAMP), fills
    # the legend: its title, one swatch per shade from the lightest, the top class open-ended
    legend = map_frame.locator(".atlas-grid-legend")
    expect(legend).to_be_visible()
    expect(legend).to_contain_text("Events per square")
    swatches = legend.locator(".atlas-grid-swatch")
    shades = swatches.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert len(shades) >= 2
    assert shades == [_rgb(c) for c in GRID_RAMP[: len(shades)]]
    rows = legend.locator(".atlas-legend-row").all_inner_texts()
    assert rows[0].startswith("1") and rows[-1].endswith("+")
    assert len(fills) <= len(shades)
    # the categories' legend (circles sized by fatalities) says nothing of squares
    expect(map_frame.locator(".atlas-legend", has_text="Event category")).to_be_hidden()
    # a square's popup: its events, then how many of them per category
    darkest = next(c for c in reversed(GRID_RAMP) if c in fills)
    map_frame.locator(f'path.atlas-cell[fill="{darkest}"]').first.click(force=True)
    popup = map_frame.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("events")
    text = popup.inner_text()
    total = int(re.search(r"([\d,]+) events", text).group(1).replace(",", ""))  # type: ignore[union-attr]
    by_category = dict(re.findall(r"^([a-z/ ]+): (\d+)$", text, flags=re.MULTILINE))
    assert len(by_category) >= 2, text
    assert set(by_category) <= {"armed clash", "shelling", "air/drone strike", "troop deployment"}
    assert sum(int(n) for n in by_category.values()) == total
    shot(page, "dashboard-aggregated-legend.png")

    # one category: 100 events, not above the threshold: circles again, with their legend
    page.keyboard.press("Escape")
    page.locator('[data-testid="stMultiSelect"]').filter(has_text="Category").click()
    page.get_by_role("option", name="shelling", exact=True).click()
    page.keyboard.press("Escape")
    expect(page.get_by_text(f"{GRID_FROM} events shown of {EVENTS}")).to_be_visible()
    expect(map_frame.locator("path.atlas-event")).to_have_count(GRID_FROM)
    expect(cells).to_have_count(0)
    expect(legend).to_have_count(0)
    expect(map_frame.locator(".atlas-legend", has_text="Event category")).to_be_visible()
