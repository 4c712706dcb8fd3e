"""Connecting to the event store's database: engines, SQLite settings, the schema's version.

SQLite files get WAL (readers do not block the writer), a busy timeout (two processes may write)
and enforced foreign keys; an in-memory SQLite database is one shared connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, inspect, select, text, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from pipeline.errors import StoreError
from pipeline.store import schema

__all__ = ["DEFAULT_BUSY_TIMEOUT_MS", "create_store_engine", "ensure_schema"]

#: How long a SQLite connection waits for another writer's lock before failing.
DEFAULT_BUSY_TIMEOUT_MS = 30_000


def create_store_engine(url: URL, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """A SQLAlchemy engine for ``url``; for SQLite files, the parent directory is created.

    Raises
    ------
    sqlalchemy.exc.SQLAlchemyError, OSError, ImportError
        Unknown dialect or driver, or the directory cannot be created.
    """
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    database = url.database or ""
    in_memory = database in ("", ":memory:") or "mode=memory" in database
    if in_memory:
        # One shared connection, or every pooled connection would see its own empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        if not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms, wal=not in_memory))
    return engine


def _sqlite_pragmas(busy_timeout_ms: int, *, wal: bool) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if wal:
                # WAL lets the dashboard read while an ingest writes.
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    return on_connect


def ensure_schema(engine: Engine) -> None:
    """Create missing tables and check (or record) the schema version.

    Raises
    ------
    StoreError
        The database holds another schema version.
    sqlalchemy.exc.SQLAlchemyError
        The database cannot be read (for SQLite: the file is not a database).
    """
    try:
        schema.metadata.create_all(engine)
    except SQLAlchemyError:
        # Another process may have created the tables between our check and our CREATE.
        schema.metadata.create_all(engine)
    found = _schema_version(engine)
    if found is None:
        try:
            with engine.begin() as conn:
                conn.execute(
                    insert(schema.schema_version).values(id=1, version=schema.SCHEMA_VERSION)
                )
            return
        except IntegrityError:
            found = _schema_version(engine)  # another process recorded it first
    if found == 1:
        _migrate_1_to_2(engine)
        found = 2
    if found != schema.SCHEMA_VERSION:
        raise StoreError(
            f"event store has schema version {found}, this code needs {schema.SCHEMA_VERSION}"
        )


def _schema_version(engine: Engine) -> int | None:
    table = schema.schema_version
    with engine.connect() as conn:
        found = conn.execute(select(table.c.version).where(table.c.id == 1)).scalar()
    return None if found is None else int(found)


def _migrate_1_to_2(engine: Engine) -> None:
    """Version 2 adds ``events.wounded`` (nullable): stored events keep everything they had."""
    with engine.begin() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("events")}
        if "wounded" not in columns:
            conn.execute(text("ALTER TABLE events ADD COLUMN wounded INTEGER"))
        conn.execute(
            update(schema.schema_version).where(schema.schema_version.c.id == 1).values(version=2)
        )
