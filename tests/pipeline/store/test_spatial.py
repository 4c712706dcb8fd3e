"""The store's spatial side, its SQL-built events frame and concurrent writers, on SQLite and
(with ``ATLAS_TEST_POSTGRES_URL``) PostgreSQL/PostGIS, from the same test code."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from sqlalchemy import text

from pipeline.models import EventFilter
from pipeline.store.eventstore import EventStore
from tests.pipeline.factories import make_article, make_event, make_place, make_result, saraqib

# -- space and concurrency -------------------------------------------------------------------


def test_a_box_keeps_the_events_with_a_place_inside(store: EventStore) -> None:
    idlib = make_event(article_id="a1", event_id="a1-e1")  # Idlib
    far = make_event(article_id="a1", event_id="a1-e2", places=(make_place(lon=44.4, lat=33.3),))
    store.save(make_result(events=(idlib, far)))
    box = (36.0, 35.5, 37.0, 36.5)  # west, south, east, north around Idlib
    assert [e.event_id for e in store.events(EventFilter(box=box))] == ["a1-e1"]
    assert store.events(EventFilter(box=(0.0, 0.0, 1.0, 1.0))) == []


def test_postgis_stores_a_generated_point_with_a_spatial_index(store: EventStore) -> None:
    if store.engine.dialect.name != "postgresql":
        assert not store.spatial  # SQLite: boxes compare lon/lat
        return
    assert store.spatial
    store.save(make_result())
    with store.engine.connect() as conn:
        x, y, srid = conn.execute(
            text("SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom) FROM event_places")
        ).one()
        method = conn.execute(
            text(
                "SELECT am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_am am ON am.oid = c.relam WHERE c.relname = 'ix_event_places_geom'"
            )
        ).scalar()
    assert (round(x, 4), round(y, 4), srid) == (36.6339, 35.9306, 4326)
    assert method == "gist"


def test_two_writers_at_once_lose_and_duplicate_nothing(store: EventStore) -> None:
    url = store.engine.url.render_as_string(hide_password=False)
    results = [
        make_result(
            make_article(id=f"w{i}"), (make_event(article_id=f"w{i}", event_id=f"w{i}-e1"),)
        )
        for i in range(30)
    ]
    errors: list[BaseException] = []

    def write(part: list[Any]) -> None:
        try:
            with EventStore.open(url) as own:
                for result in part:
                    own.save(result)
        except BaseException as err:  # surfaced below
            errors.append(err)

    # overlapping halves: articles 10-19 are written by both writers at the same time
    writers = [
        threading.Thread(target=write, args=(results[:20],)),
        threading.Thread(target=write, args=(results[10:],)),
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    assert sorted(e.event_id for e in store.events()) == sorted(f"w{i}-e1" for i in range(30))


def test_the_sql_frame_equals_the_frame_built_from_events(store: EventStore) -> None:
    from pipeline.frame import events_to_geodataframe

    two_places = make_event(article_id="a1", event_id="a1-e1", places=(make_place(), saraqib()))
    far = make_event(
        article_id="a1", event_id="a1-e2", event_date=date(2020, 3, 1), fatalities=None,
        places=(make_place(lon=44.4, lat=33.3),),
    )  # fmt: skip
    store.save(make_result(events=(two_places, far)))
    built = events_to_geodataframe(store.events(), store.articles())
    sql = store.events_frame()
    assert list(sql.columns) == list(built.columns)
    assert sql.drop(columns="geometry").equals(built.drop(columns="geometry"))
    assert sql.geometry.geom_equals(built.geometry).all()
    inside = store.events_frame(
        EventFilter(box=(36.0, 35.5, 37.0, 36.5), actors=("Military Forces of Syria",))
    )
    assert inside["event_id"].tolist() == ["a1-e1", "a1-e1"]
