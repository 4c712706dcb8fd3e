"""A store written by the previous schema (version 1, no ``wounded``) opens and keeps its data."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.errors import StoreError
from pipeline.store.eventstore import EventStore
from pipeline.store.schema import SCHEMA_VERSION
from tests.pipeline.factories import make_result


def _as_version_1(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE events DROP COLUMN wounded")
        conn.execute("UPDATE schema_version SET version = 1")


def test_a_version_1_store_is_migrated_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    result = make_result()
    with EventStore.open(path) as store:
        store.save(result)
    _as_version_1(path)
    with EventStore.open(path) as store:
        (event,) = store.events()
        assert event == replace(result.events[0], wounded=None)
        store.save(make_result(events=(replace(result.events[0], wounded=4),)))
        assert store.events()[0].wounded == 4
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (SCHEMA_VERSION,)


def test_a_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    EventStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore.open(path)
