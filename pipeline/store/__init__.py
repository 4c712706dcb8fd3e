"""Stage 5, store: articles and their events in SQL (SQLite by default, PostgreSQL/PostGIS for a
team).

Tables and row conversion (:mod:`schema`), engines and schema versions (:mod:`engine`), the
spatial side and filter indexes (:mod:`spatial`), the events frame filtered in SQL
(:mod:`sql_frame`), and the store itself (:mod:`eventstore`).

Public API: :class:`EventStore`, :func:`read_events_frame`.
"""

from __future__ import annotations

from pipeline.store.eventstore import EventStore
from pipeline.store.sql_frame import read_events_frame

__all__ = ["EventStore", "read_events_frame"]
