"""The event store: articles and their events in a SQL database (SQLite by default).

SQLAlchemy Core only, portable SQL in the generic path, so the same code runs against a
PostgreSQL server. Re-saving an article replaces its events in one transaction, never
duplicates them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    true,
    union,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from pipeline.config import db_url_from
from pipeline.errors import StoreError
from pipeline.models import Article, ArticleResult, Event, EventFilter
from pipeline.store import schema
from pipeline.store.engine import DEFAULT_BUSY_TIMEOUT_MS, create_store_engine, set_up
from pipeline.store.spatial import box_clause

__all__ = ["DEFAULT_BUSY_TIMEOUT_MS", "EventStore"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _store_errors(action: str) -> Iterator[None]:
    """Turn SQLAlchemy's errors into :class:`StoreError` naming what we were doing."""
    try:
        yield
    except SQLAlchemyError as err:
        cause = getattr(err, "orig", None) or err
        raise StoreError(f"{action} failed: {cause}") from err


class EventStore:
    """Articles and their events in a SQL database.

    Use :meth:`open` rather than the constructor; the store is a context manager.

    Examples
    --------
    >>> with EventStore.open("sqlite://") as store:
    ...     store.is_empty(), store.count_events(), store.date_bounds()
    (True, 0, (None, None))
    """

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._engine: Engine | None = engine
        self._clock = clock
        self._url = engine.url
        self._geometry = False

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        url: str | os.PathLike[str],
        *,
        clock: Callable[[], datetime] = _utc_now,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    ) -> EventStore:
        """Open (creating if needed) the store at a path or SQLAlchemy URL.

        Parameters
        ----------
        url : str or os.PathLike
            A file path (an SQLite database) or a SQLAlchemy URL such as
            ``postgresql+psycopg://user@host/atlas``; ``"sqlite://"`` is an in-memory store.
        clock : callable, optional
            Returns the ``ingested_at`` time of a save; tests pass a fixed clock.
        busy_timeout_ms : int
            SQLite only: how long to wait for another process's write lock.

        Returns
        -------
        EventStore

        Raises
        ------
        StoreError
            The URL is unusable, the file is not a database, or the schema is of another
            version.
        """
        try:
            parsed = make_url(db_url_from(os.fspath(url)))
        except (SQLAlchemyError, ValueError) as err:
            shown = re.sub(r"://([^:/@]*):[^@/]*@", r"://\1:***@", os.fspath(url))
            raise StoreError(f"not a database path or SQLAlchemy URL: {shown!r}") from err
        shown = parsed.render_as_string(hide_password=True)
        try:
            engine = create_store_engine(parsed, busy_timeout_ms)
        except (SQLAlchemyError, OSError, ImportError) as err:
            raise StoreError(f"cannot open event store {shown}: {err}") from err
        try:
            geometry = set_up(engine)
        except SQLAlchemyError as err:
            engine.dispose()
            cause = getattr(err, "orig", None) or err
            raise StoreError(
                f"cannot open event store {shown}: {cause} (is it an Atlas database?)"
            ) from err
        except StoreError:
            engine.dispose()
            raise
        store = cls(engine, clock=clock)
        store._geometry = geometry
        return store

    @property
    def spatial(self) -> bool:
        """Whether box queries use a PostGIS geometry column and its spatial index."""
        return self._geometry

    def close(self) -> None:
        """Release the store's connections; later calls raise :class:`StoreError`."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._engine is None else "open"
        return f"EventStore({self._url.render_as_string(hide_password=True)!r}, {state})"

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for callers that need raw access (migrations, benchmarks)."""
        if self._engine is None:
            raise StoreError("the event store is closed")
        return self._engine

    # -- writing -------------------------------------------------------------------------

    def save(self, result: ArticleResult) -> None:
        """Write one article and its events in one transaction, replacing what it had.

        Raises
        ------
        StoreError
            An event belongs to another article, or the database refused the write (for
            example two events with one ``event_id``). Nothing of this result is written.
        """
        article_id = result.article.id
        strays = sorted({e.event_id for e in result.events if e.article_id != article_id})
        if strays:
            raise StoreError(f"article {article_id!r}: events {strays} belong to another article")
        event_rows = [schema.event_row(e) for e in result.events]
        place_rows = [row for e in result.events for row in schema.event_place_rows(e)]
        with _store_errors(f"saving article {article_id!r}"), self.engine.begin() as conn:
            _upsert_article(conn, schema.article_row(result.article, self._clock()))
            _delete_events_of(conn, article_id)
            if event_rows:
                conn.execute(insert(schema.events), event_rows)
            if place_rows:
                conn.execute(insert(schema.event_places), place_rows)

    def save_batch(self, results: Sequence[ArticleResult]) -> int:
        """Save many results in one transaction (imports of coded files); all or nothing.

        Raises
        ------
        StoreError
            Any result cannot be saved; nothing of the batch is written.
        """
        for result in results:
            strays = [e.event_id for e in result.events if e.article_id != result.article.id]
            if strays:
                raise StoreError(f"article {result.article.id!r}: events {strays} belong elsewhere")
        now = self._clock()
        with (
            _store_errors(f"saving a batch of {len(results)} articles"),
            self.engine.begin() as conn,
        ):
            for result in results:
                _upsert_article(conn, schema.article_row(result.article, now))
                _delete_events_of(conn, result.article.id)
            event_rows = [schema.event_row(e) for r in results for e in r.events]
            place_rows = [
                row for r in results for e in r.events for row in schema.event_place_rows(e)
            ]
            if event_rows:
                conn.execute(insert(schema.events), event_rows)
            if place_rows:
                conn.execute(insert(schema.event_places), place_rows)
        return sum(len(r.events) for r in results)

    def save_many(self, results: Iterable[ArticleResult]) -> int:
        """Save each result in its own transaction; return the number of events written.

        Raises
        ------
        StoreError
            At the first result that cannot be saved; the results before it stay saved.
        """
        written = 0
        for result in results:
            self.save(result)
            written += len(result.events)
        return written

    # -- reading -------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id, or ``None``."""
        query = select(schema.articles).where(schema.articles.c.id == article_id)
        with _store_errors("reading an article"), self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else schema.article_from_row(row)

    def articles(self) -> dict[str, Article]:
        """Every stored article by id."""
        query = select(schema.articles).order_by(schema.articles.c.id)
        with _store_errors("reading articles"), self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return {row["id"]: schema.article_from_row(row) for row in rows}

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        """Stored events matching ``flt`` (all when ``None``), with their places.

        Filters combine with AND. The date range keeps events whose span
        ``[event_date, event_date_end or event_date]`` overlaps it (undated events drop out
        once a bound is set); ``actors`` match ``actor1`` or ``actor2``. Ordered by
        ``event_date`` (undated last), then ``event_id``.
        """
        ev, pl = schema.events, schema.event_places
        place_cols = [c.label(f"p_{c.name}") for c in pl.columns if c.name != "event_id"]
        query = (
            select(ev, *place_cols)
            .select_from(ev.outerjoin(pl, pl.c.event_id == ev.c.event_id))
            .where(_filter_clause(flt or EventFilter(), geometry=self._geometry))
            .order_by(ev.c.event_date.asc().nulls_last(), ev.c.event_id, pl.c.ordinal)
        )
        # One statement, so the events and their places come from one consistent snapshot.
        with _store_errors("reading events"), self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return list(schema.events_from_joined_rows(rows))

    def events_frame(self, flt: EventFilter | None = None, *, limit: int | None = None) -> Any:
        """The events frame of :func:`pipeline.frame.events_to_geodataframe`, filtered
        and built in SQL (no Event objects): fast on large stores. Reports are not merged."""
        from pipeline.store.sql_frame import read_events_frame

        flt = flt or EventFilter()
        where = _filter_clause(flt, geometry=self._geometry)
        with _store_errors("reading events"):
            return read_events_frame(self.engine, flt, where, limit=limit)

    def actors(self) -> list[str]:
        """Every non-empty actor name (from ``actor1`` and ``actor2``), sorted."""
        ev = schema.events
        query = union(
            select(ev.c.actor1.label("actor")).where(ev.c.actor1 != ""),
            select(ev.c.actor2.label("actor")).where(ev.c.actor2 != ""),
        )
        return _sorted_text(self._scalars(query, "reading actors"))

    def event_types(self) -> list[str]:
        """Every non-empty event type, sorted."""
        ev = schema.events
        query = select(ev.c.event_type).where(ev.c.event_type != "").distinct()
        return _sorted_text(self._scalars(query, "reading event types"))

    def values(self, column: str) -> list[str]:
        """Every non-empty value of a filter column (``category``, ``country``, ``admin1``,
        ``source``, ...), sorted: the dashboard's choices, read in SQL on large stores."""
        table = {
            "country": schema.event_places,
            "admin1": schema.event_places,
            "source": schema.articles,
        }.get(column, schema.events)
        if column not in table.c:
            raise StoreError(f"no column {column!r} to list values of")
        query = select(table.c[column]).where(table.c[column] != "").distinct()
        return _sorted_text(self._scalars(query, f"reading {column} values"))

    def date_bounds(self) -> tuple[date | None, date | None]:
        """Earliest ``event_date`` and latest ``event_date_end or event_date``."""
        ev = schema.events
        query = select(
            func.min(ev.c.event_date),
            func.max(func.coalesce(ev.c.event_date_end, ev.c.event_date)),
        )
        with _store_errors("reading the date range"), self.engine.connect() as conn:
            first, last = conn.execute(query).one()
        return first, last

    def count_events(self) -> int:
        """Number of stored events."""
        query = select(func.count()).select_from(schema.events)
        with _store_errors("counting events"), self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def is_empty(self) -> bool:
        """True when no article has been saved (an article without events counts)."""
        query = select(schema.articles.c.id).limit(1)
        with _store_errors("reading articles"), self.engine.connect() as conn:
            return conn.execute(query).first() is None

    def _scalars(self, query: Any, action: str) -> list[str]:
        with _store_errors(action), self.engine.connect() as conn:
            return list(conn.execute(query).scalars())


def _sorted_text(values: Iterable[str]) -> list[str]:
    return sorted(set(values), key=lambda s: (s.casefold(), s))


def _filter_clause(flt: EventFilter, *, geometry: bool = False) -> ColumnElement[bool]:
    ev = schema.events
    clauses: list[ColumnElement[bool]] = []
    if flt.box is not None:
        inside = select(schema.event_places.c.event_id).where(
            box_clause(*flt.box, geometry=geometry)
        )
        clauses.append(ev.c.event_id.in_(inside))
    if flt.date_to is not None:
        clauses.append(ev.c.event_date <= flt.date_to)
    if flt.date_from is not None:
        clauses.append(func.coalesce(ev.c.event_date_end, ev.c.event_date) >= flt.date_from)
    if flt.actors:
        actors = list(flt.actors)
        clauses.append(or_(ev.c.actor1.in_(actors), ev.c.actor2.in_(actors)))
    if flt.event_types:
        clauses.append(ev.c.event_type.in_(list(flt.event_types)))
    if flt.categories:
        clauses.append(ev.c.category.in_(list(flt.categories)))
    return and_(true(), *clauses)


def _upsert_article(conn: Connection, row: dict[str, Any]) -> None:
    """Insert or update the article row without deleting it (which would cascade)."""
    table = schema.articles
    changes = {k: v for k, v in row.items() if k != "id"}
    dialect = conn.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        sqlite_stmt = sqlite.insert(table).values(row)
        conn.execute(sqlite_stmt.on_conflict_do_update(index_elements=[table.c.id], set_=changes))
        return
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        pg_stmt = postgresql.insert(table).values(row)
        conn.execute(pg_stmt.on_conflict_do_update(index_elements=[table.c.id], set_=changes))
        return
    updated = conn.execute(update(table).where(table.c.id == row["id"]).values(changes))
    if updated.rowcount == 0:
        conn.execute(insert(table).values(row))


def _delete_events_of(conn: Connection, article_id: str) -> None:
    ev, pl = schema.events, schema.event_places
    ids = select(ev.c.event_id).where(ev.c.article_id == article_id)
    # Explicit, not only ON DELETE CASCADE: a backend with foreign keys off must not leak rows.
    conn.execute(delete(pl).where(pl.c.event_id.in_(ids)))
    conn.execute(delete(ev).where(ev.c.article_id == article_id))
