"""The dashboard at 10k, 100k and 1M synthetic events: filter, store, map and browser timings.

Usage: ``python benchmarks/scale.py [--sizes 10000 100000 1000000] [--store-max 100000]
[--no-browser]``. For each size it prints:

- ``store``: reading every event back from a real SQLite store and building the events frame
  (sizes up to ``--store-max``; writing the store first is not timed as a target);
- ``filter``: a filter change (one actor, three months) to the data the page needs: filtered
  rows, the table's first events, the map's grid cells and the timeline;
- ``map``: building the unfiltered map and rendering its HTML, and the HTML's size;
- ``browser``: loading that HTML in headless Chromium until its markers are drawn.

Targets (issue 5): filter <= 0.5 s at 100k and <= 2 s at 1M; browser <= 3 s at 100k; the page
never sends tens of thousands of single markers. The events are synthetic (see
``benchmarks/synthetic.py``).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import SyntheticWorld, synthetic_frame  # noqa: E402

from dashboard.assets import ensure_vendor_assets  # noqa: E402
from dashboard.filters import FilterState, apply_filters  # noqa: E402
from dashboard.mapview import build_map  # noqa: E402
from dashboard.overlays import aggregate_cells  # noqa: E402
from dashboard.table import events_table  # noqa: E402
from dashboard.timeline import timeline_frame  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MARKERS = "path.atlas-event, path.atlas-cell, .marker-cluster"


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def filter_change(frame: Any) -> float:
    """Seconds from a new filter to the page's data: rows, table, cells, timeline."""
    top = frame["actor1"].value_counts().index[0]
    state = FilterState(actors=(str(top),), date_from=date(2024, 1, 1), date_to=date(2024, 3, 31))
    start = time.perf_counter()
    shown = apply_filters(frame, state)
    events_table(shown, limit=5_000)
    aggregate_cells(shown)
    timeline_frame(shown, by="day")
    return time.perf_counter() - start


def store_roundtrip(frame: Any, folder: Path) -> tuple[float, float]:
    """(seconds to write, seconds to read back as the events frame) through a real store."""
    from synthetic_store import results_from_frame

    from dashboard.storeframe import merged_events_frame
    from pipeline.store.eventstore import EventStore

    results = results_from_frame(frame)
    with EventStore.open(folder / "scale.sqlite") as store:
        _, wrote = _timed(store.save_many, results)
        start = time.perf_counter()
        merged_events_frame(store)  # what the dashboard's first run reads
        return wrote, time.perf_counter() - start


def browser_seconds(html: str, folder: Path) -> float:
    """Seconds from navigation to the first drawn marker, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    (folder / "app").mkdir(exist_ok=True)
    if not (folder / "app" / "static").exists():
        shutil.copytree(ROOT / "dashboard" / "static", folder / "app" / "static")
    (folder / "map.html").write_text(html, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            chromium = shutil.which("chromium") or shutil.which("chromium-browser")
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            page.goto(f"http://127.0.0.1:{server.server_port}/map.html", wait_until="commit")
            page.wait_for_selector(MARKERS, state="attached", timeout=120_000)
            seconds = time.perf_counter() - start
            browser.close()
            return seconds
    finally:
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _s(seconds: float, width: int, digits: int = 2) -> str:
    text = "-" if seconds != seconds else f"{seconds:.{digits}f}s"  # NaN: not measured
    return text.rjust(width)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--store-max", type=int, default=100_000)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    ensure_vendor_assets()
    world = SyntheticWorld.load()
    print(f"{'events':>9} {'store write':>11} {'store read':>10} {'filter':>7} "
          f"{'map build':>9} {'HTML MB':>8} {'browser':>8}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in args.sizes:
            frame = synthetic_frame(n, world)
            wrote = read = float("nan")
            if n <= args.store_max:
                wrote, read = store_roundtrip(frame, folder)
            filtering = min(filter_change(frame) for _ in range(3))
            html, built = _timed(lambda: build_map(frame).get_root().render())  # noqa: B023
            drawn = float("nan") if args.no_browser else browser_seconds(html, folder)
            print(
                f"{n:>9,} {_s(wrote, 11, 1)} {_s(read, 10)} {_s(filtering, 7)} {_s(built, 9)} "
                f"{len(html.encode()) / 1e6:>8.2f} {_s(drawn, 8)}",
                flush=True,
            )
    print("targets: filter <= 0.5 s at 100k, <= 2 s at 1M; browser <= 3 s at 100k")


if __name__ == "__main__":
    main()
