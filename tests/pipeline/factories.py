"""Small literal records for the store and export tests, with sensible defaults.

Every factory takes keyword overrides for any field, so a test states only what it is about.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from pipeline.models import Article, ArticleResult, Event, Mention, Place

__all__ = [
    "IDLIB",
    "SARAQIB",
    "TEXT",
    "make_article",
    "make_event",
    "make_mention",
    "make_place",
    "make_result",
    "saraqib",
    "with_places",
]

TEXT = (
    "Turkish troops entered Idlib on Thursday. "
    "Two soldiers were killed near Saraqib when Syrian forces shelled their post."
)

#: (lon, lat) of the places the factories use.
IDLIB = (36.6339, 35.9306)
SARAQIB = (36.8004, 35.8624)


def make_article(**overrides: Any) -> Article:
    """An article ``a1`` published 2020-02-27 by Example News."""
    defaults: dict[str, Any] = {
        "id": "a1",
        "text": TEXT,
        "published": date(2020, 2, 27),
        "title": "Troops enter Idlib",
        "url": "https://news.example/idlib",
        "source": "Example News",
        "language": "en",
    }
    return Article(**{**defaults, **overrides})


def make_mention(**overrides: Any) -> Mention:
    """The mention of "Idlib" in :data:`TEXT`."""
    start = TEXT.index("Idlib")
    defaults: dict[str, Any] = {
        "article_id": "a1",
        "text": "Idlib",
        "start": start,
        "end": start + len("Idlib"),
        "sentence_index": 0,
        "label": "GPE",
        "role": "literal",
    }
    return Mention(**{**defaults, **overrides})


def make_place(**overrides: Any) -> Place:
    """Idlib city at (36.6339, 35.9306); pass ``mention=`` to change the span."""
    defaults: dict[str, Any] = {
        "place_id": "gn:169388",
        "name": "Idlib",
        "kind": "city",
        "country": "SY",
        "admin1": "Idlib Governorate",
        "lon": IDLIB[0],
        "lat": IDLIB[1],
        "precision": 1,
        "confidence": 0.9,
        "mention": make_mention(),
    }
    return Place(**{**defaults, **overrides})


def saraqib(**overrides: Any) -> Place:
    """Saraqib, the second place of :data:`TEXT`."""
    start = TEXT.index("Saraqib")
    mention = make_mention(text="Saraqib", start=start, end=start + 7, sentence_index=1)
    return make_place(
        **{
            "place_id": "gn:163345",
            "name": "Saraqib",
            "lon": SARAQIB[0],
            "lat": SARAQIB[1],
            "mention": mention,
            **overrides,
        }
    )


def make_event(**overrides: Any) -> Event:
    """A shelling of Turkish troops by Syrian forces at Idlib on 2020-02-27, 2 killed."""
    start = TEXT.index("Two soldiers")
    defaults: dict[str, Any] = {
        "event_id": "a1-e1",
        "article_id": "a1",
        "event_date": date(2020, 2, 27),
        "event_date_end": None,
        "time_precision": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "category": "shelling",
        "actor1": "Military Forces of Syria",
        "actor2": "Military Forces of Turkey",
        "inter1": 1,
        "inter2": 8,
        "fatalities": 2,
        "troops": None,
        "places": (make_place(),),
        "geo_precision": 1,
        "evidence": TEXT[start:],
        "evidence_start": start,
        "evidence_end": len(TEXT),
        "confidence": 0.75,
        "notes": "",
    }
    return Event(**{**defaults, **overrides})


def make_result(
    article: Article | None = None, events: tuple[Event, ...] | None = None
) -> ArticleResult:
    """An ArticleResult for ``article`` (default :func:`make_article`) and ``events``.

    Events default to one :func:`make_event`; their ``article_id`` is left as given, so tests
    can build inconsistent results on purpose. ``places`` is every distinct event place.
    """
    article = article or make_article()
    if events is None:
        events = (make_event(article_id=article.id, event_id=f"{article.id}-e1"),)
    places = tuple(dict.fromkeys(p for e in events for p in e.places))
    return ArticleResult(article=article, places=places, events=events)


def with_places(event: Event, *places: Place) -> Event:
    """``event`` drawn at ``places`` instead."""
    return replace(event, places=places)
