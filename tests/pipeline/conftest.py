"""The event store on both backends: SQLite always, PostgreSQL (with PostGIS when installed)
when ``ATLAS_TEST_POSTGRES_URL`` names a server whose tables may be dropped (``.ci/run`` starts
one)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.store.eventstore import EventStore
from pipeline.store.schema import metadata

FIXED_NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


#: A PostgreSQL URL to run the store tests against too, e.g.
#: ``postgresql+psycopg://atlas@/atlas_test?host=/tmp/pg&port=5432`` (its tables are dropped).
POSTGRES_ENV = "ATLAS_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    if request.param == "sqlite":
        url = str(tmp_path / "atlas.sqlite")
    else:
        url = os.environ.get(POSTGRES_ENV, "")
        if not url:
            pytest.skip(f"set {POSTGRES_ENV} to test against PostgreSQL")
    with EventStore.open(url, clock=lambda: FIXED_NOW) as opened:
        try:
            yield opened
        finally:
            if request.param != "sqlite":
                metadata.drop_all(opened.engine)
