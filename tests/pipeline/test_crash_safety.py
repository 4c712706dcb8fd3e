"""An ingest killed with SIGKILL leaves the store consistent, and running it again finishes the
work with exactly the events of an uninterrupted run (real subprocesses, real SQLite store)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.store.eventstore import EventStore

ROOT = Path(__file__).resolve().parents[2]
PLACES = ["Kharkiv", "Kherson", "Goma", "Bunia", "Djibo", "Menaka", "Tyre", "Aleppo", "Homs",
          "Mosul", "Sanaa", "Kabul"]  # fmt: skip


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number, place in enumerate(PLACES):
        text = (
            f"Artillery shelled {place} on Monday, killing {number + 2} civilians, officials said."
            f"\n\nTroops withdrew from positions near {place} on Tuesday."
        )
        (folder / f"a{number:02d}.txt").write_text(text, encoding="utf-8")
        (folder / f"a{number:02d}.json").write_text('{"published": "2023-05-17"}')
    return folder


def _stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _events(db: Path) -> list[tuple[object, ...]]:
    with EventStore.open(db) as store:
        return sorted(
            (e.event_id, e.category, e.fatalities, tuple(p.place_id for p in e.places))
            for e in store.events()
        )


@pytest.mark.parametrize("kill_after", [1, 5, 9])
def test_an_ingest_killed_at_any_point_is_finished_by_the_next_run(
    inbox: Path, tmp_path: Path, gazetteer_cache: Path, kill_after: int
) -> None:
    env = {**os.environ, "ATLAS_CACHE": str(gazetteer_cache)}
    whole, killed = tmp_path / "whole.sqlite", tmp_path / "killed.sqlite"
    assert (
        main(
            ["--quiet", "ingest", str(inbox)],
            {"ATLAS_CACHE": str(gazetteer_cache), "ATLAS_DB": str(whole)},
        )
        == 0
    )
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "--quiet",
        "ingest",
        str(inbox),
        "--db",
        str(killed),
    ]
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while (
        _stored_articles(killed) < kill_after
        and proc.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.01)  # polls the store the child writes; bounded by the deadline
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    # counted by a store opened as the next run opens it (a read-only reader cannot recover a
    # journal the killed writer left, and may see fewer articles than were committed)
    with EventStore.open(killed) as store:
        partial = len(list(store.articles()))
    assert partial >= kill_after or proc.returncode == 0
    # consistent: each stored article holds exactly the events the whole run gave it
    with EventStore.open(killed) as store, EventStore.open(whole) as reference:
        expected = {a: sorted(e.event_id for e in reference.events() if e.article_id == a)
                    for a in reference.articles()}  # fmt: skip
        for article_id in store.articles():
            got = sorted(e.event_id for e in store.events() if e.article_id == article_id)
            assert got == expected[article_id]
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"skipped (unchanged): {partial}" in again.stdout
    assert _events(killed) == _events(whole)
