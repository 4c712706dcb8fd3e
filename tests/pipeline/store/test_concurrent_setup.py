"""Several workers opening a new, empty store at the same moment: every one of them creates or
finds the schema, and every row each one imports is stored. Real processes, released together
by a barrier, on SQLite and (with ``ATLAS_TEST_POSTGRES_URL``) a fresh PostgreSQL database."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pipeline.store.eventstore import EventStore
from tests.pipeline.conftest import POSTGRES_ENV

WORKERS = 4
ROWS = 25
HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,fatalities"


def _worker(url: str, csv_path: str, barrier: multiprocessing.synchronize.Barrier) -> None:
    """A first ``import-events`` into ``url``, started when every worker is ready."""
    from pipeline.cli import main  # imported before the barrier: only the import races

    barrier.wait(timeout=120)
    code = main(["--quiet", "import-events", csv_path, "--db", url])
    raise SystemExit(code)


def _write_rows(folder: Path, worker: int) -> Path:
    path = folder / f"worker{worker}.csv"
    lines = [HEADER] + [
        f"W{worker}R{row},2020-02-{1 + row % 28:02d},Battles,Armed clash,Test actor,"
        f"35.9{row % 10},36.6{worker},{row % 3}"
        for row in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run_together(url: str, folder: Path) -> list[int | None]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    paths = [_write_rows(folder, w) for w in range(WORKERS)]
    processes = [context.Process(target=_worker, args=(url, str(path), barrier)) for path in paths]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    return [process.exitcode for process in processes]


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    base = os.environ.get(POSTGRES_ENV, "")
    if not base:
        pytest.skip(f"set {POSTGRES_ENV} to test against PostgreSQL")
    name = f"atlas_race_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _check_everything_stored(url: str) -> None:
    with EventStore.open(url) as store:
        ids = {e.event_id for e in store.events()}
    expected = {f"acled:W{w}R{r}" for w in range(WORKERS) for r in range(ROWS)}
    assert ids == expected


def test_workers_creating_a_new_sqlite_store_at_once_all_succeed(tmp_path: Path) -> None:
    url = str(tmp_path / "new" / "atlas.sqlite")
    assert _run_together(url, tmp_path) == [0] * WORKERS
    _check_everything_stored(url)


def test_workers_creating_a_new_postgres_store_at_once_all_succeed(
    fresh_postgres: str, tmp_path: Path
) -> None:
    assert _run_together(fresh_postgres, tmp_path) == [0] * WORKERS
    _check_everything_stored(fresh_postgres)


def test_a_store_locked_while_another_process_sets_it_up_opens_once_released(
    tmp_path: Path,
) -> None:
    # another process holds the new file's write lock for longer than this opener's busy
    # timeout (as a slow first setup may): the opener tries again and succeeds once released
    import sqlite3
    import threading
    import time

    path = tmp_path / "locked.sqlite"
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.5, holder.rollback)
    release.start()
    started = time.monotonic()
    try:
        with EventStore.open(str(path), busy_timeout_ms=50) as store:
            assert store.events() == []
    finally:
        release.join()
        holder.close()
    assert time.monotonic() - started >= 0.4
