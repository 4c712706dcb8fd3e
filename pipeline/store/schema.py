"""Tables of the event store and the conversion between their rows and our dataclasses.

Only portable column types (``String``, ``Text``, ``Integer``, ``Float``, ``Date``, ``DateTime``)
so the same schema works on SQLite and PostgreSQL. ``String`` has no length: PostgreSQL would
enforce one that SQLite ignores, and the two backends must accept the same data. Text is stored
verbatim: escaping for HTML is the dashboard's job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    RowMapping,
    String,
    Table,
    Text,
)

from pipeline.models import Article, Event, Mention, Place

__all__ = [
    "SCHEMA_VERSION",
    "article_from_row",
    "article_row",
    "articles",
    "content_hash",
    "event_place_rows",
    "event_places",
    "event_row",
    "events",
    "events_from_joined_rows",
    "metadata",
    "schema_version",
]

#: Bump when the tables change; :class:`pipeline.store.EventStore` refuses other versions.
SCHEMA_VERSION = 2

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("text", Text, nullable=False),
    # ISO 8601 text keeps a datetime's offset (or its absence) exactly; the kind says which
    # of date/datetime to rebuild, since "2024-01-02" parses as either.
    Column("published", String, nullable=True),
    Column("published_kind", String, nullable=True),
    Column("title", Text, nullable=False),
    Column("url", Text, nullable=True),
    Column("source", Text, nullable=False),
    Column("language", String, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String, primary_key=True),
    Column(
        "article_id",
        String,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("event_date", Date, nullable=True),
    Column("event_date_end", Date, nullable=True),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", String, nullable=False),
    Column("sub_event_type", String, nullable=False),
    Column("category", String, nullable=False),
    Column("actor1", String, nullable=False),
    Column("actor2", String, nullable=False),
    Column("inter1", Integer, nullable=True),
    Column("inter2", Integer, nullable=True),
    Column("fatalities", Integer, nullable=True),
    Column("troops", Integer, nullable=True),
    Column("geo_precision", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("notes", Text, nullable=False),
    Column("wounded", Integer, nullable=True),  # added in version 2
    Index("ix_events_event_date", "event_date"),
    Index("ix_events_event_type", "event_type"),
    Index("ix_events_category", "category"),
    Index("ix_events_actor1", "actor1"),
    Index("ix_events_actor2", "actor2"),
    Index("ix_events_article_id", "article_id"),
)

event_places = Table(
    "event_places",
    metadata,
    Column(
        "event_id",
        String,
        ForeignKey("events.event_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("place_id", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String, nullable=False),
    Column("admin1", Text, nullable=False),
    Column("lon", Float, nullable=False),
    Column("lat", Float, nullable=False),
    Column("precision", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("mention_article_id", String, nullable=False),
    Column("mention_text", Text, nullable=False),
    Column("mention_start", Integer, nullable=False),
    Column("mention_end", Integer, nullable=False),
    Column("mention_sentence_index", Integer, nullable=False),
    Column("mention_label", String, nullable=False),
    Column("mention_role", String, nullable=False),
    Index("ix_event_places_event_id", "event_id"),
)

#: Every Event field except ``places``, which live in ``event_places``.
_EVENT_SCALARS: tuple[str, ...] = tuple(c.name for c in events.columns)
_PLACE_FIELDS: tuple[str, ...] = (
    "place_id", "name", "kind", "country", "admin1", "lon", "lat", "precision", "confidence",
)  # fmt: skip
_MENTION_FIELDS: tuple[str, ...] = (
    "article_id", "text", "start", "end", "sentence_index", "label", "role",
)  # fmt: skip


def content_hash(text: str) -> str:
    """Hex SHA-256 of an article's text, to tell a changed article from a re-sent one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_row(article: Article, ingested_at: datetime) -> dict[str, Any]:
    """The ``articles`` row for ``article`` (the table's own representation, module-private)."""
    published = article.published
    kind = None
    if published is not None:
        kind = "datetime" if isinstance(published, datetime) else "date"
    return {
        "id": article.id,
        "text": article.text,
        "published": None if published is None else published.isoformat(),
        "published_kind": kind,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "language": article.language,
        "content_hash": content_hash(article.text),
        "ingested_at": ingested_at,
    }


def article_from_row(row: RowMapping) -> Article:
    """Rebuild an :class:`Article` from an ``articles`` row."""
    text, kind = row["published"], row["published_kind"]
    published: date | datetime | None
    if text is None:
        published = None
    elif kind == "datetime":
        published = datetime.fromisoformat(text)
    else:
        published = date.fromisoformat(text)
    return Article(
        id=row["id"],
        text=row["text"],
        published=published,
        title=row["title"],
        url=row["url"],
        source=row["source"],
        language=row["language"],
    )


def event_row(event: Event) -> dict[str, Any]:
    """The ``events`` row for ``event`` (its places go to :func:`event_place_rows`)."""
    return {name: getattr(event, name) for name in _EVENT_SCALARS}


def event_place_rows(event: Event) -> list[dict[str, Any]]:
    """One ``event_places`` row per place of ``event``, numbered by its position."""
    rows = []
    for ordinal, place in enumerate(event.places):
        row: dict[str, Any] = {"event_id": event.event_id, "ordinal": ordinal}
        row.update((name, getattr(place, name)) for name in _PLACE_FIELDS)
        row.update((f"mention_{name}", getattr(place.mention, name)) for name in _MENTION_FIELDS)
        rows.append(row)
    return rows


def _place_from_row(row: Mapping[str, Any]) -> Place:
    mention = Mention(**{name: row[f"mention_{name}"] for name in _MENTION_FIELDS})
    return Place(**{name: row[name] for name in _PLACE_FIELDS}, mention=mention)


def events_from_joined_rows(rows: Sequence[RowMapping]) -> Iterator[Event]:
    """Group ``events LEFT JOIN event_places`` rows, ordered by event then ordinal, into Events.

    Place columns are labelled ``p_<name>``; an event without places has one row whose
    ``p_ordinal`` is ``None``.
    """
    current: RowMapping | None = None
    places: list[Place] = []
    for row in rows:
        if current is not None and row["event_id"] != current["event_id"]:
            yield _event_from_row(current, places)
            places = []
        current = row
        if row["p_ordinal"] is not None:
            place_row = {name[2:]: value for name, value in row.items() if name.startswith("p_")}
            places.append(_place_from_row(place_row))
    if current is not None:
        yield _event_from_row(current, places)


def _event_from_row(row: RowMapping, places: list[Place]) -> Event:
    return Event(**{name: row[name] for name in _EVENT_SCALARS}, places=tuple(places))
