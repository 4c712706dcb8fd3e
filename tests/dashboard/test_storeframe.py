"""The dashboard's events frame read straight from SQL, reports merged only where they can be:
the same frame as building every Event, merging and tabulating them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas.testing as pdt
import pytest

from dashboard.storeframe import merged_events_frame
from pipeline.events.duplicates import merge_reports
from pipeline.frame import events_to_geodataframe
from pipeline.models import ArticleResult, Event
from pipeline.store.eventstore import EventStore
from tests.pipeline.factories import make_article, make_event, make_place, saraqib

A = make_event(event_id="a-1", article_id="a", fatalities=2, confidence=0.75)


def b(**overrides: object) -> Event:
    """Article b's report; by default the same event as :data:`A`."""
    return make_event(**{"event_id": "b-1", "article_id": "b", **overrides})


def stored(path: Path, events: Sequence[Event]) -> EventStore:
    store = EventStore.open(path)
    for article_id in dict.fromkeys(e.article_id for e in events):
        article = make_article(id=article_id, title=f"Report {article_id}")
        own = tuple(e for e in events if e.article_id == article_id)
        store.save(ArticleResult(article=article, places=(), events=own))
    return store


def expected(store: EventStore) -> object:
    return events_to_geodataframe(merge_reports(store.events()), store.articles())


@pytest.mark.parametrize(
    "other",
    [
        b(),  # the same event: merged
        b(actor2="", fatalities=None),  # fewer actors, no toll: merged into A
        b(places=(make_place(lat=35.95, lon=36.64),)),  # 2.3 km away
        b(event_date=date(2020, 2, 26), event_date_end=date(2020, 2, 28)),  # overlapping
        b(places=(saraqib(), make_place(lat=35.95, lon=36.64))),  # one of two places near
        b(event_date=date(2020, 2, 28)),  # the next day: apart
        b(event_date=None),
        b(category="armed clash"),
        b(actor1="Military Forces of Russia"),
        b(places=(saraqib(),)),  # beyond 5 km
        b(places=(), geo_precision=3, notes="no place found: not on the map"),  # never merged
        make_event(event_id="a-2", article_id="a"),  # the same article
        b(article_id="acled:SYR1", event_id="acled:SYR1"),  # a coded row
    ],
)
def test_the_frame_is_that_of_every_event_merged(tmp_path: Path, other: Event) -> None:
    far = make_event(event_id="c-1", article_id="c", places=(saraqib(),))
    with stored(tmp_path / "atlas.sqlite", [A, far, other]) as store:
        pdt.assert_frame_equal(merged_events_frame(store), expected(store))


def test_a_merged_event_takes_its_first_reports_place_in_the_order(tmp_path: Path) -> None:
    # z-9 leads (both actors, more confident) but a-1 comes first (the store orders by
    # date, then id): the merged event is listed where a-1 was, before m-1, with a's toll
    first = make_event(event_id="a-1", article_id="a", actor2="", fatalities=3, confidence=0.6)
    lead = b(event_id="z-9", fatalities=None, confidence=0.9)
    between = make_event(event_id="m-1", article_id="m", places=(saraqib(),))
    with stored(tmp_path / "atlas.sqlite", [first, between, lead]) as store:
        frame = merged_events_frame(store)
        pdt.assert_frame_equal(frame, expected(store))
    assert frame["event_id"].tolist() == ["z-9", "m-1"]
    row = frame[frame["event_id"] == "z-9"].iloc[0]
    assert (row["fatalities"], row["source_count"], row["other_sources"]) == (3, 2, "a")


def test_an_empty_store_gives_an_empty_frame(tmp_path: Path) -> None:
    with EventStore.open(tmp_path / "atlas.sqlite") as store:
        pdt.assert_frame_equal(merged_events_frame(store), expected(store))
