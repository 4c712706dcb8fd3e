"""EventStore: round trips, replacement on re-save, filters, transactions, files."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from pipeline.errors import StoreError
from pipeline.models import Event, EventFilter
from pipeline.store.eventstore import EventStore
from tests.pipeline.factories import (
    make_article,
    make_event,
    make_place,
    make_result,
    saraqib,
)

# -- round trips ---------------------------------------------------------------------------

ROUND_TRIP_ARTICLES = [
    pytest.param(make_article(), id="date"),
    pytest.param(
        make_article(published=datetime(2020, 2, 27, 14, 5, tzinfo=timezone(timedelta(hours=3)))),
        id="aware-datetime",
    ),
    pytest.param(make_article(published=datetime(2020, 2, 27, 14, 5, 9, 120)), id="naive-datetime"),
    pytest.param(make_article(published=None, url=None, title="", source=""), id="none-fields"),
    pytest.param(make_article(title="إدلب: قصف — Ünïcödé ✓", language="ar"), id="unicode"),
    pytest.param(
        make_article(title="<script>alert('x')</script> & \"co\"", source="<b>News</b>"),
        id="html-kept-verbatim",
    ),
]


@pytest.mark.parametrize("article", ROUND_TRIP_ARTICLES)
def test_article_round_trips_exactly(store: EventStore, article) -> None:
    store.save(make_result(article))
    loaded = store.article(article.id)
    assert loaded == article
    assert type(loaded.published) is type(article.published)
    assert store.articles() == {article.id: article}


ROUND_TRIP_EVENTS = [
    pytest.param(make_event(), id="default"),
    pytest.param(
        make_event(
            event_date=None,
            inter1=None,
            inter2=None,
            fatalities=None,
            troops=None,
            time_precision=3,
            notes="no date in the text",
        ),
        id="none-fields",
    ),
    pytest.param(
        make_event(event_date=date(2020, 2, 1), event_date_end=date(2020, 2, 14), troops=5000),
        id="date-range",
    ),
    pytest.param(make_event(places=(make_place(), saraqib())), id="two-places"),
    pytest.param(make_event(places=()), id="no-places"),
    pytest.param(
        make_event(
            actor1="Hay'at Tahrir al-Sham",
            evidence="<img src=x onerror=alert(1)> « إدلب »",
            notes="a & b < c",
            places=(make_place(name="Idlib <city>", admin1="إدلب"),),
        ),
        id="unicode-and-html",
    ),
    pytest.param(make_event(event_id="e" * 400, actor1="A" * 1000), id="long-strings"),
    pytest.param(
        make_event(confidence=0.123456789012345, places=(make_place(lon=-0.1),)),
        id="float-precision",
    ),
]


@pytest.mark.parametrize("event", ROUND_TRIP_EVENTS)
def test_event_round_trips_exactly(store: EventStore, event: Event) -> None:
    store.save(make_result(events=(event,)))
    assert store.events() == [event]


def test_ingested_at_and_content_hash_are_recorded(store: EventStore) -> None:
    store.save(make_result())
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT ingested_at, content_hash FROM articles")).one()
    assert str(row.ingested_at).startswith("2024-05-01 12:00:00")
    assert len(row.content_hash) == 64


# -- re-saving -----------------------------------------------------------------------------


def test_resaving_the_same_result_does_not_duplicate(store: EventStore) -> None:
    result = make_result(events=(make_event(), make_event(event_id="a1-e2", category="attack")))
    for _ in range(3):
        store.save(result)
    assert store.count_events() == 2
    assert len(store.articles()) == 1
    assert store.events() == list(result.events)


def test_resaving_replaces_events_places_and_article(store: EventStore) -> None:
    store.save(
        make_result(
            events=(make_event(places=(make_place(), saraqib())), make_event(event_id="a1-e2"))
        )
    )
    newer = make_result(make_article(title="Updated"), (make_event(event_id="a1-e9"),))
    store.save(newer)
    assert [e.event_id for e in store.events()] == ["a1-e9"]
    assert store.article("a1").title == "Updated"
    with store.engine.connect() as conn:
        places = conn.execute(text("SELECT event_id FROM event_places")).scalars().all()
    assert places == ["a1-e9"]


def test_resaving_one_article_leaves_others_alone(store: EventStore) -> None:
    store.save(make_result())
    store.save(make_result(make_article(id="b2")))
    store.save(make_result(make_article(id="b2"), events=()))
    assert [e.article_id for e in store.events()] == ["a1"]
    assert set(store.articles()) == {"a1", "b2"}


def test_save_many_counts_events_written(store: EventStore) -> None:
    results = [make_result(make_article(id=f"x{i}")) for i in range(3)]
    assert store.save_many(results) == 3
    assert store.count_events() == 3


def test_save_many_keeps_results_before_a_failure(store: EventStore) -> None:
    bad = make_result(make_article(id="x2"), (make_event(article_id="elsewhere"),))
    results = [make_result(make_article(id="x1")), bad, make_result(make_article(id="x3"))]
    with pytest.raises(StoreError):
        store.save_many(results)
    assert set(store.articles()) == {"x1"}


# -- bad input and failed transactions -----------------------------------------------------


def test_event_of_another_article_is_refused_and_nothing_written(store: EventStore) -> None:
    stray = make_event(event_id="b-e1", article_id="b")
    with pytest.raises(StoreError, match="another article"):
        store.save(make_result(events=(make_event(), stray)))
    assert store.is_empty()
    assert store.count_events() == 0


def test_failed_transaction_keeps_previous_data(store: EventStore) -> None:
    original = make_result(events=(make_event(), make_event(event_id="a1-e2")))
    store.save(original)
    # The article upsert and the old events' delete succeed, then the events insert fails.
    duplicate = make_event(event_id="a1-new", category="attack")
    broken = make_result(make_article(title="Broken"), (duplicate, duplicate))
    with pytest.raises(StoreError, match="saving article 'a1'") as caught:
        store.save(broken)
    assert caught.value.__cause__ is not None
    assert store.article("a1").title == original.article.title
    assert store.events() == list(original.events)


def test_event_id_owned_by_another_article_fails_cleanly(store: EventStore) -> None:
    store.save(make_result())
    clash = make_result(make_article(id="b2"), (make_event(article_id="b2"),))  # id "a1-e1"
    with pytest.raises(StoreError):
        store.save(clash)
    assert store.article("b2") is None
    assert [e.article_id for e in store.events()] == ["a1"]


# -- filters -------------------------------------------------------------------------------

FILTER_EVENTS = (
    make_event(
        event_id="e1",
        event_date=date(2020, 2, 1),
        actor1="A",
        actor2="B",
        event_type="Battles",
        category="armed clash",
    ),
    make_event(
        event_id="e2",
        event_date=date(2020, 2, 10),
        event_date_end=date(2020, 2, 20),
        actor1="C",
        actor2="A",
        event_type="Strategic developments",
        category="troop deployment",
    ),
    make_event(
        event_id="e3",
        event_date=date(2020, 3, 5),
        actor1="C",
        actor2="",
        event_type="Battles",
        category="attack",
    ),
    make_event(
        event_id="e4",
        event_date=None,
        time_precision=3,
        actor1="D",
        actor2="",
        event_type="Violence against civilians",
        category="attack",
    ),
)


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    events = tuple(replace(e, article_id="f") for e in FILTER_EVENTS)
    store.save(make_result(make_article(id="f"), events))
    return store


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (None, ["e1", "e2", "e3", "e4"]),
        (EventFilter(), ["e1", "e2", "e3", "e4"]),
        (EventFilter(date_from=date(2020, 2, 15)), ["e2", "e3"]),  # e2's span reaches 02-20
        (EventFilter(date_to=date(2020, 2, 9)), ["e1"]),
        (EventFilter(date_from=date(2020, 2, 21), date_to=date(2020, 3, 4)), []),
        (EventFilter(date_from=date(2020, 2, 20), date_to=date(2020, 2, 20)), ["e2"]),
        (EventFilter(date_from=date(2020, 2, 1), date_to=date(2020, 2, 1)), ["e1"]),
        (EventFilter(date_from=date(2020, 3, 1), date_to=date(2020, 2, 1)), []),
        (EventFilter(actors=("A",)), ["e1", "e2"]),  # actor1 or actor2
        (EventFilter(actors=("C", "D")), ["e2", "e3", "e4"]),
        (EventFilter(actors=("nobody",)), []),
        (EventFilter(event_types=("Battles",)), ["e1", "e3"]),
        (EventFilter(categories=("attack", "armed clash")), ["e1", "e3", "e4"]),
        (EventFilter(actors=("C",), event_types=("Battles",)), ["e3"]),
        (EventFilter(actors=("A",), categories=("attack",)), []),
        (
            EventFilter(
                date_from=date(2020, 2, 5),
                actors=("A", "C"),
                event_types=("Strategic developments", "Battles"),
            ),
            ["e2", "e3"],
        ),
    ],
)
def test_filters(filled: EventStore, flt: EventFilter | None, expected: list[str]) -> None:
    assert [e.event_id for e in filled.events(flt)] == expected


def test_filtered_events_keep_their_places(store: EventStore) -> None:
    event = make_event(places=(make_place(), saraqib()))
    store.save(make_result(events=(event, make_event(event_id="a1-e2", actor1="X"))))
    assert store.events(EventFilter(actors=("Military Forces of Syria",))) == [event]


def test_order_is_by_date_then_id(store: EventStore) -> None:
    events = (
        make_event(event_id="b", event_date=date(2020, 1, 2)),
        make_event(event_id="a", event_date=date(2020, 1, 2)),
        make_event(event_id="c", event_date=date(2020, 1, 1)),
        make_event(event_id="0", event_date=None),
    )
    store.save(make_result(events=events))
    assert [e.event_id for e in store.events()] == ["c", "a", "b", "0"]


def test_vocabularies_and_bounds(filled: EventStore) -> None:
    assert filled.actors() == ["A", "B", "C", "D"]
    assert filled.event_types() == [
        "Battles",
        "Strategic developments",
        "Violence against civilians",
    ]
    assert filled.date_bounds() == (date(2020, 2, 1), date(2020, 3, 5))
    assert filled.count_events() == 4
    assert not filled.is_empty()


def test_empty_store(store: EventStore) -> None:
    assert store.is_empty()
    assert store.events() == []
    assert store.actors() == [] and store.event_types() == []
    assert store.date_bounds() == (None, None)
    assert store.articles() == {} and store.article("a1") is None


def test_article_without_events_makes_store_non_empty(store: EventStore) -> None:
    store.save(make_result(events=()))
    assert not store.is_empty()
    assert store.count_events() == 0


# -- files, connections, concurrency -------------------------------------------------------


def test_open_creates_parent_dirs_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "atlas.sqlite"
    with EventStore.open(path) as opened, opened.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() > 0
    assert path.is_file()


def test_open_accepts_a_sqlalchemy_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    with EventStore.open(url) as opened:
        opened.save(make_result())
    with EventStore.open(tmp_path / "u.sqlite") as reopened:
        assert reopened.count_events() == 1


def test_two_stores_on_one_file_see_each_others_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with EventStore.open(path) as first, EventStore.open(path) as second:
        first.save(make_result())
        assert second.count_events() == 1
        second.save(make_result(make_article(id="b2")))
        assert set(first.articles()) == {"a1", "b2"}


def test_store_is_usable_from_another_thread(store: EventStore) -> None:
    store.save(make_result())
    seen: list[int] = []
    worker = threading.Thread(target=lambda: seen.append(store.count_events()))
    worker.start()
    worker.join(timeout=10)
    assert seen == [1]


def test_in_memory_store_is_one_database() -> None:
    with EventStore.open("sqlite://") as memory:
        memory.save(make_result())
        assert memory.count_events() == 1


def test_deleting_an_article_cascades(store: EventStore) -> None:
    store.save(make_result(events=(make_event(places=(make_place(), saraqib())),)))
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM articles WHERE id = 'a1'"))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM event_places")).scalar() == 0
    assert store.count_events() == 0
