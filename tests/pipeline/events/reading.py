"""Reading one of our own texts with the real extractor, as the event tests do."""

from __future__ import annotations

from typing import Any

from pipeline.models import ArticleResult, Event
from pipeline.sources.textfiles import article_from_text


def read_text(extractor: Any, text: str, published: str) -> ArticleResult:
    """The extractor's result for ``text`` published on ``published`` (ISO date)."""
    result: ArticleResult = extractor.extract(article_from_text(text, published=published))
    return result


def first_event(extractor: Any, text: str, published: str, *, violent: bool = False) -> Event:
    """The first event read from ``text`` (``violent``: the first that is no strategic
    development); fails the test when there is none."""
    events = read_text(extractor, text, published).events
    if violent:
        events = tuple(e for e in events if e.event_type != "Strategic developments")
    assert events, f"no event read from {text!r}"
    return events[0]
