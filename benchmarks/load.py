"""The dashboard under load: N simultaneous sessions on a store of synthetic events.

Usage: ``python benchmarks/load.py [--events 100000] [--sessions 20] [--changes 6]
[--think 5 15] [--budget 5] [--timeout 120] [--deadline 1200] [--keep DIR]``.

It writes a real SQLite store of ``--events`` synthetic events (``benchmarks/synthetic.py``;
kept in ``--keep DIR`` to reuse), starts ``streamlit run dashboard/app.py`` on 127.0.0.1 and
opens ``--sessions`` sessions at once through Streamlit's own websocket protocol
(``/_stcore/stream``, the protobuf messages the browser sends and receives;
``benchmarks/load_client.py``). Each session waits for its first view, then makes
``--changes`` filter changes (one actor, one event type, a date range, clearing them, in
turn) after a think time drawn from ``--think`` seconds, and times each change from the
message that sends the new widget values to the server's ``script_finished``, when every
element of the new view has been sent. Each answer's caption ("N events shown of M") is
checked: the store's total stays, and clearing the filters shows all of it.

Target (issue 7): 20 sessions on 100,000 events, every filter change answered within 5 s.
The default think time (5-15 s) is an analyst reading the map between changes; ``--think 1
4`` is a stress test with twice the requests the server's one Python process can answer.
The client is a thin asyncio loop, so the server has the machine to itself; a browser also
spends time drawing the answer (``benchmarks/scale.py`` measures that part). It asks what a
browser asks: headless Chromium on this dashboard sends one ``rerun_script`` for its first
view and one per filter change (the map component sends nothing back), as the client does.
Only loopback addresses are used; every wait is bounded (``--timeout`` per answer,
``--deadline`` in all).
Exit status 1 when a change misses the budget or a session fails.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load_client import Session, Widgets  # noqa: E402


@dataclass
class Tally:
    """What every session measured."""

    first_views: list[float] = field(default_factory=list)
    changes: list[float] = field(default_factory=list)
    shown: list[tuple[str, int]] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def build_store(path: Path, events: int) -> None:
    """Write ``events`` synthetic events into a SQLite store at ``path`` (reused if full)."""
    from synthetic import SyntheticWorld, synthetic_frame
    from synthetic_store import results_from_frame

    from pipeline.store.eventstore import EventStore

    with EventStore.open(f"sqlite:///{path}") as store:
        have = store.count_events()
        if have == events:
            return
        if have:
            raise SystemExit(f"{path} holds {have} events, not {events}: choose another --keep")
        start = time.perf_counter()
        store.save_many(results_from_frame(synthetic_frame(events, SyntheticWorld.load())))
        print(f"wrote {events:,} synthetic events in {time.perf_counter() - start:.1f} s")


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``streamlit run dashboard/app.py`` on loopback, on the store at ``db``."""
    env = {**os.environ, "ATLAS_DB": f"sqlite:///{db}", "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit(f"the dashboard did not start; see {log}")


KINDS = ("one actor", "one event type", "a date range", "clear all")


def next_change(widgets: Widgets, rng: random.Random, step: int) -> dict[str, object]:
    """The widget values of a session's next filter change (cycling through the kinds)."""
    kind = step % 4
    if kind == 0:
        return {"Actor": [rng.choice(widgets.options["Actor"])]}
    if kind == 1:
        return {"Event type": [rng.choice(widgets.options["Event type"])]}
    if kind == 2:
        first, last = widgets.date_bounds
        span = (last - first).days
        start = first.toordinal() + rng.randrange(max(1, span - 90))
        return {"Date range": [start, start + rng.randrange(30, 91)]}
    return {"Actor": [], "Event type": [], "Date range": list(widgets.date_bounds)}


async def run_session(
    index: int, port: int, args: argparse.Namespace, tally: Tally, start_at: float
) -> None:
    """One session: first view, then ``args.changes`` timed filter changes."""
    rng = random.Random(index)
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    try:
        async with Session(f"ws://127.0.0.1:{port}/_stcore/stream", args.timeout) as session:
            run = await session.rerun()
            tally.first_views.append(run.seconds)
            total = run.total
            for step in range(args.changes):
                await asyncio.sleep(rng.uniform(*args.think))
                change = next_change(session.widgets, rng, step)
                run = await session.rerun(change)
                tally.changes.append(run.seconds)
                tally.shown.append((KINDS[step % 4], -1 if run.shown is None else run.shown))
                tally.by_kind.setdefault(KINDS[step % 4], []).append(run.seconds)
                cleared = step % 4 == 3
                if run.total != total or run.shown is None or (cleared and run.shown != total):
                    tally.failures.append(f"session {index}: {change} answered {run.caption!r}")
    except Exception as err:  # a benchmark reports every failure and goes on
        tally.failures.append(f"session {index}: {type(err).__name__}: {err}")


def summary(name: str, seconds: list[float]) -> str:
    """One line: count, median, 95th percentile and maximum of ``seconds``."""
    if not seconds:
        return f"{name:<14} none"
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{name:<14} n={len(ordered):<4} median {statistics.median(ordered):6.2f} s   "
        f"p95 {p95:6.2f} s   max {ordered[-1]:6.2f} s"
    )


async def drive(port: int, args: argparse.Namespace) -> Tally:
    """One warm-up session (the cold load of the store), then ``args.sessions`` at once."""
    tally = Tally()
    warm = Tally()
    await run_session(-1, port, argparse.Namespace(**{**vars(args), "changes": 0}), warm, 0.0)
    print(summary("cold first view", warm.first_views))
    tally.failures.extend(warm.failures)
    start = time.monotonic()
    await asyncio.gather(
        *(run_session(i, port, args, tally, start + 0.05 * i) for i in range(args.sessions))
    )
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--think", type=float, nargs=2, default=(5.0, 15.0))
    parser.add_argument("--budget", type=float, default=5.0)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--deadline", type=float, default=1200.0)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the store in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / f"load-{args.events}.sqlite"
        build_store(db, args.events)
        port = free_port()
        server = start_server(db, port, folder / "streamlit.log")
        try:
            tally = asyncio.run(asyncio.wait_for(drive(port, args), args.deadline))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"{args.sessions} sessions on {args.events:,} events (SYNTHETIC), 2 cores")
    print(summary("first view", tally.first_views))
    print(summary("filter change", tally.changes))
    for kind, seconds in tally.by_kind.items():
        print(summary(f"  {kind}", seconds))
    late = sum(1 for s in tally.changes if s > args.budget)
    print(f"changes over {args.budget:g} s: {late} of {len(tally.changes)}")
    for failure in tally.failures:
        print("FAILED", failure)
    expected = args.sessions * args.changes
    if late or tally.failures or len(tally.changes) != expected:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
