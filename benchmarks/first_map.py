"""Seconds from opening the dashboard to its first map, in headless Chromium; prints numbers.

    python benchmarks/first_map.py --events 100000      # a synthetic store (built once)
    python benchmarks/first_map.py --fresh              # a fresh clone: no gazetteer, no store

Each run starts ``streamlit run dashboard/app.py`` (offline base only), opens the page three
times (the first open; a later open in the same browser, its scripts cached; a later open in
a new browser profile) and times until the map draws its events (markers, clusters or grid
squares); for the first open also until the map itself is on the screen (a fresh clone's first
start shows it while reading the seed articles). ``--shot PATH`` saves a 1600x1000 screenshot of
the first open. Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

DRAWN = "path.atlas-event, path.atlas-cell, .marker-cluster"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def synthetic_store(path: Path, events: int) -> None:
    """Write ``events`` synthetic events to the SQLite store at ``path`` (skipped if there)."""
    if path.exists():
        return
    from synthetic import SyntheticWorld, synthetic_frame
    from synthetic_store import results_from_frame

    from pipeline.store.eventstore import EventStore

    with EventStore.open(path) as store:
        store.save_many(results_from_frame(synthetic_frame(events, SyntheticWorld.load())))


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


#: The opens timed after the server starts: a first open, a later one in the same browser
#: (its scripts cached, as for a returning reader), a later one in a new browser profile.
OPENS = ("first map", "a later open, same browser", "a later open, new browser profile")
VIEWPORT = {"width": 1600, "height": 1000}


@contextmanager
def serving(env: dict[str, str]) -> Iterator[tuple[str, Any]]:
    """``streamlit run dashboard/app.py`` with ``env`` and headless Chromium: yields the
    app's URL, once it answers, and the browser."""
    from playwright.sync_api import sync_playwright

    port = _port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port",
         str(port), "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=shutil.which("chromium"),
                args=["--headless", "--no-sandbox", "--disable-gpu",
                      "--disable-background-networking"],
            )  # fmt: skip
            try:
                yield url, browser
            finally:
                browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def wait_for_map(page: Any) -> None:
    """Until the map has drawn its events (markers, clusters or grid squares)."""
    from playwright.sync_api import expect

    expect(page.frame_locator(MAP_IFRAME).locator(DRAWN).first).to_be_attached(timeout=600_000)


def time_first_maps(env: dict[str, str], shot: Path | None) -> dict[str, float]:
    """Start the app with ``env``; seconds to the map for each of :data:`OPENS`, the first
    from starting the server, the others from opening the page; also ``"server up"``."""
    started = time.perf_counter()
    times: dict[str, float] = {}
    with serving(env) as (url, browser):
        times["server up"] = time.perf_counter() - started
        reader = browser.new_context(viewport=VIEWPORT)
        for n, label in enumerate(OPENS):
            context = reader if n < 2 else browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            start = started if n == 0 else time.perf_counter()
            page.goto(url)
            if n == 0:  # a first start shows its map while it reads the seeds
                container = page.frame_locator(MAP_IFRAME).locator(".leaflet-container")
                container.wait_for(state="attached", timeout=600_000)
                times["map on screen"] = time.perf_counter() - start
            wait_for_map(page)
            times[label] = time.perf_counter() - start
            if n == 0 and shot is not None:
                page.wait_for_timeout(1500)  # the basemap's labels arrive after the events
                shot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(shot))
            page.close()
    return times


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=0, help="synthetic store of N events")
    parser.add_argument("--fresh", action="store_true", help="empty store and gazetteer cache")
    parser.add_argument("--db", type=Path, help="store path (default: a temporary one)")
    parser.add_argument("--shot", type=Path, help="screenshot of the first open")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="atlas-first-map-"))
    env = {**os.environ, "ATLAS_TILES": "none"}
    db = args.db or tmp / "atlas.sqlite"
    if args.fresh:
        env |= {"ATLAS_DB": str(db), "ATLAS_CACHE": str(tmp / "cache")}
        label = "fresh clone (gazetteer build, model, seed articles)"
    else:
        start = time.perf_counter()
        synthetic_store(db, args.events)
        print(f"store of {args.events:,} events ready in {time.perf_counter() - start:.1f} s")
        env |= {"ATLAS_DB": str(db), "ATLAS_SEEDS": str(tmp / "no-seeds")}
        label = f"{args.events:,}-event store"
    times = time_first_maps(env, args.shot)
    print(f"{label}: server up {times['server up']:.1f} s after starting it")
    print(f"{label}: map on screen {times['map on screen']:.1f} s after starting the server")
    print(f"{label}: first map {times[OPENS[0]]:.1f} s after starting the server")
    for name in OPENS[1:]:
        print(f"{label}: {name}, map in {times[name]:.1f} s")


if __name__ == "__main__":
    main()
