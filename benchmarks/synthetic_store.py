"""Synthetic frames as the store's input (ArticleResults), for the store timings of
``benchmarks/scale.py``: one synthetic article per hundred events."""

from __future__ import annotations

from datetime import date

import pandas as pd

from pipeline.models import Article, ArticleResult, Event, Mention, Place

__all__ = ["results_from_frame"]

_PER_ARTICLE = 100
_TEXT = "Synthetic benchmark article; no real report."


def results_from_frame(frame: pd.DataFrame) -> list[ArticleResult]:
    """One :class:`ArticleResult` per hundred rows of a :func:`synthetic.synthetic_frame`."""
    results: list[ArticleResult] = []
    rows = frame.to_dict("records")
    for first in range(0, len(rows), _PER_ARTICLE):
        article_id = f"syn-article-{first // _PER_ARTICLE:06d}"
        article = Article(id=article_id, text=_TEXT, source="SYNTHETIC", title="Synthetic")
        events = tuple(_event(row, article_id) for row in rows[first : first + _PER_ARTICLE])
        results.append(ArticleResult(article=article, places=(), events=events))
    return results


def _event(row: dict[str, object], article_id: str) -> Event:
    point = row["geometry"]
    name = str(row["location"])
    mention = Mention(article_id, name, 0, len(name), 0, "GPE")
    place = Place(
        place_id=f"syn:{name}",
        name=name,
        kind="city",
        country=str(row["country"]),
        admin1=str(row["admin1"]),
        lon=float(point.x),  # type: ignore[attr-defined]
        lat=float(point.y),  # type: ignore[attr-defined]
        precision=1,
        confidence=0.5,
        mention=mention,
    )
    return Event(
        event_id=str(row["event_id"]),
        article_id=article_id,
        event_date=date.fromisoformat(str(row["event_date"])),
        event_date_end=None,
        time_precision=1,
        event_type=str(row["event_type"]),
        sub_event_type=str(row["sub_event_type"]),
        category=str(row["category"]),
        actor1=str(row["actor1"]),
        actor2=str(row["actor2"]),
        inter1=None,
        inter2=None,
        fatalities=int(row["fatalities"]),  # type: ignore[call-overload]
        troops=None,
        places=(place,),
        geo_precision=1,
        evidence=_TEXT,
        evidence_start=0,
        evidence_end=len(_TEXT),
        confidence=0.5,
        notes="synthetic benchmark event",
    )
