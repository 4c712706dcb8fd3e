"""Dashboard filter time on a large store, in SQLite and (given a URL) PostgreSQL/PostGIS.

Usage: ``python benchmarks/store_scale.py [--events 1000000] [--postgres URL]``. Writes that
many synthetic events (``benchmarks/synthetic.py``) into a fresh store, then times what a
filter change costs on the large-store path: the SQL query plus the in-memory filters
(:meth:`EventStore.events_frame` and :func:`apply_filters`), for one actor over three months,
and for a box around Idlib over a month. Writing is timed too, but is not a target.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import SyntheticWorld, synthetic_frame  # noqa: E402
from synthetic_store import results_from_frame  # noqa: E402

from pipeline.export.viewfilter import FilterState, apply_filters  # noqa: E402
from pipeline.models import EventFilter  # noqa: E402
from pipeline.store.eventstore import EventStore  # noqa: E402
from pipeline.store.schema import metadata  # noqa: E402

CHUNK = 100  # synthetic articles (of 100 events) per transaction


def measure(url: str, label: str, n: int) -> None:
    world = SyntheticWorld.load()
    frame = synthetic_frame(n, world)
    results = results_from_frame(frame)
    with EventStore.open(url) as store:
        start = time.perf_counter()
        for i in range(0, len(results), CHUNK):
            store.save_batch(results[i : i + CHUNK])
        wrote = time.perf_counter() - start
        actor = str(frame["actor1"].value_counts().index[0])
        quarter, month = (
            (date(2024, 1, 1), date(2024, 3, 31)),
            (date(2024, 1, 1), date(2024, 1, 31)),
        )
        cases = {
            "one actor, 3 months": EventFilter(*quarter, actors=(actor,)),
            "box (NW Syria), 1 month": EventFilter(*month, box=(35.5, 35.0, 37.5, 37.0)),
        }
        print(f"{label}: {n:,} events written in {wrote:.0f} s; spatial index: {store.spatial}")
        for name, flt in cases.items():
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                rows = apply_filters(store.events_frame(flt), FilterState(min_fatalities=1))
                best = min(best, time.perf_counter() - start)
            print(f"  filter {name:<26} {best:6.2f} s  ({rows['event_id'].nunique():,} events)")
        if store.engine.dialect.name == "postgresql":
            metadata.drop_all(store.engine)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--postgres", help="a PostgreSQL URL whose tables may be dropped")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(str(Path(tmp) / "scale.sqlite"), "SQLite", args.events)
    if args.postgres:
        measure(args.postgres, "PostgreSQL/PostGIS", args.events)
    print("target: a filter change stays interactive (well under 2 s) at a million events")


if __name__ == "__main__":
    main()
