"""EventStore files and URLs: corrupt files, unusable URLs, schema versions, closed stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from pipeline.errors import StoreError
from pipeline.store.eventstore import EventStore


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "bad-header"],
)
def test_corrupt_file_raises_store_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"cannot open event store .*corrupt\.sqlite"):
        EventStore.open(path)


@pytest.mark.parametrize("url", ["nosuchdialect://x/y", "sqlite+nosuchdriver:///x.db"])
def test_unusable_url_raises_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        EventStore.open(url)


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    with EventStore.open(path) as opened, opened.engine.begin() as conn:
        conn.execute(text("UPDATE schema_version SET version = 99"))
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore.open(path)


def test_closed_store_raises_store_error(tmp_path: Path) -> None:
    opened = EventStore.open(tmp_path / "c.sqlite")
    opened.close()
    opened.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        opened.count_events()
    assert "closed" in repr(opened)


def test_repr_hides_password() -> None:
    with pytest.raises(StoreError) as caught:
        EventStore.open("nosuchdialect://user:s3cret@host/db")
    assert "s3cret" not in str(caught.value)
