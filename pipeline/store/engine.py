"""Connecting to the event store's database: engines, SQLite settings, the schema's version.

SQLite files get WAL (readers do not block the writer), a busy timeout (two processes may write)
and enforced foreign keys; an in-memory SQLite database is one shared connection. Creating and
migrating the schema happens under a lock (:func:`setup_lock`), so workers opening a new store
at once all succeed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from pipeline.errors import StoreError
from pipeline.store import schema
from pipeline.store.spatial import ensure_spatial

__all__ = [
    "DEFAULT_BUSY_TIMEOUT_MS",
    "SETUP_ATTEMPTS",
    "SETUP_LOCK_KEY",
    "create_store_engine",
    "ensure_schema",
    "set_up",
    "setup_lock",
]

#: How long a SQLite connection waits for another writer's lock before failing.
DEFAULT_BUSY_TIMEOUT_MS = 30_000
#: PostgreSQL advisory lock key held while a store's schema is created or migrated ("ATLS").
SETUP_LOCK_KEY = 0x41544C53


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
                # WAL lets the dashboard read while an ingest writes. The mode is kept in the
                # file: when another process opening the same new store holds the lock while
                # it sets it, this connection goes on without setting it again.
                try:
                    cursor.execute("PRAGMA journal_mode = WAL")
                except sqlite3.OperationalError as err:
                    if "locked" not in str(err):
                        raise
        finally:
            cursor.close()

    return on_connect


@contextmanager
def setup_lock(engine: Engine) -> Iterator[Connection]:
    """A connection that holds the store's setup lock until the block ends (then committed).

    Processes opening the same new store at once take turns, so none of them sees a table, an
    index or the PostGIS extension half created by another. PostgreSQL: a session advisory
    lock. SQLite: ``BEGIN IMMEDIATE``, the database file's write lock (others wait for it up to
    the busy timeout).
    """
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK_KEY})
            try:
                yield conn
                conn.commit()
            finally:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SETUP_LOCK_KEY})
                conn.commit()
        elif engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.commit()
            finally:
                conn.rollback()
        else:
            yield conn
            conn.commit()


def ensure_schema(conn: Connection) -> None:
    """Create missing tables and check (or record) the schema version, on a connection that
    holds the :func:`setup_lock`.

    Raises
    ------
    StoreError
        The database holds another schema version.
    sqlalchemy.exc.SQLAlchemyError
        The database cannot be read (for SQLite: the file is not a database).
    """
    schema.metadata.create_all(conn)
    found = _schema_version(conn)
    if found is None:
        conn.execute(insert(schema.schema_version).values(id=1, version=schema.SCHEMA_VERSION))
        return
    if found == 1:
        _migrate_1_to_2(conn)
        found = 2
    if found != schema.SCHEMA_VERSION:
        raise StoreError(
            f"event store has schema version {found}, this code needs {schema.SCHEMA_VERSION}"
        )


def _schema_version(conn: Connection) -> int | None:
    table = schema.schema_version
    found = conn.execute(select(table.c.version).where(table.c.id == 1)).scalar()
    return None if found is None else int(found)


def _migrate_1_to_2(conn: Connection) -> None:
    """Version 2 adds ``events.wounded`` (nullable): stored events keep everything they had."""
    columns = {c["name"] for c in inspect(conn).get_columns("events")}
    if "wounded" not in columns:
        conn.execute(text("ALTER TABLE events ADD COLUMN wounded INTEGER"))
    conn.execute(
        update(schema.schema_version).where(schema.schema_version.c.id == 1).values(version=2)
    )


#: How often opening a new store is tried again while other processes create it.
SETUP_ATTEMPTS = 5


def set_up(engine: Engine) -> bool:
    """Create or check the schema under the setup lock (see :func:`setup_lock`); whether box
    queries are spatial. Several processes creating one new SQLite file at once may find it
    locked beyond the busy timeout while another sets it up: they try again, a little later."""
    for attempt in range(1, SETUP_ATTEMPTS + 1):
        try:
            with setup_lock(engine) as conn:
                ensure_schema(conn)
                return ensure_spatial(conn)
        except OperationalError as err:
            if attempt == SETUP_ATTEMPTS or "locked" not in str(err):
                raise
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")  # pragma: no cover
