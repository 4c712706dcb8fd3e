"""An event whose report named no place, in a real store (SQLite, and PostgreSQL when
``ATLAS_TEST_POSTGRES_URL`` is set): stored, read back, framed in SQL, exported, counted and
replaced on re-ingest, never lost."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
from geopandas.testing import assert_geodataframe_equal

from pipeline.cli import main
from pipeline.frame import events_to_geodataframe
from pipeline.models import EventFilter
from pipeline.store.eventstore import EventStore
from tests.pipeline.factories import make_event, make_place, make_result, saraqib

NOTE = "no place found: not on the map"
PLACED = make_event(event_id="a1-e1", places=(make_place(), saraqib()))
UNPLACED = make_event(
    event_id="a1-e2", places=(), geo_precision=3, fatalities=4, troops=30, notes=NOTE
)


def test_it_is_stored_read_back_and_counted(store: EventStore) -> None:
    store.save(make_result(events=(PLACED, UNPLACED)))
    assert store.events() == [PLACED, UNPLACED]
    assert store.count_events() == 2
    assert store.values("country") == ["SY"]  # no empty country offered as a choice


def test_the_sql_frame_keeps_it_as_one_row_without_geometry(store: EventStore) -> None:
    store.save(make_result(events=(PLACED, UNPLACED)))
    frame = store.events_frame()
    assert frame["event_id"].tolist() == ["a1-e1", "a1-e1", "a1-e2"]
    assert frame.geometry.isna().tolist() == [False, False, True]
    row = frame.iloc[2]
    assert (row["place_index"], row["n_places"], row["fatalities"], row["troops"]) == (0, 0, 4, 30)
    assert row["notes"] == NOTE and row["location"] is pd.NA and row["iso3"] is pd.NA
    assert frame["n_places"].tolist()[:2] == [2, 2]
    # the same frame as building the Events and tabulating them
    assert_geodataframe_equal(frame, events_to_geodataframe(store.events(), store.articles()))


def test_two_unplaced_events_are_counted_apart(store: EventStore) -> None:
    other = make_event(event_id="a1-e3", places=(), geo_precision=3, fatalities=None)
    store.save(make_result(events=(UNPLACED, other)))
    frame = store.events_frame()
    assert frame["event_id"].tolist() == ["a1-e2", "a1-e3"]
    assert frame["n_places"].tolist() == [0, 0]
    assert frame["fatalities"].tolist() == [4, pd.NA]


def test_a_box_leaves_it_out_other_filters_keep_it(store: EventStore) -> None:
    store.save(make_result(events=(PLACED, UNPLACED)))
    box = EventFilter(box=(36.0, 35.0, 37.0, 36.5))
    assert [e.event_id for e in store.events(box)] == ["a1-e1"]
    assert store.events_frame(box)["event_id"].unique().tolist() == ["a1-e1"]
    for flt in (
        EventFilter(actors=("Military Forces of Syria",)),
        EventFilter(date_from=date(2020, 2, 27), date_to=date(2020, 2, 27)),
        EventFilter(categories=("shelling",)),
    ):
        assert store.events_frame(flt)["event_id"].unique().tolist() == ["a1-e1", "a1-e2"]
        assert [e.event_id for e in store.events(flt)] == ["a1-e1", "a1-e2"]


def test_re_ingesting_the_article_replaces_it(store: EventStore) -> None:
    store.save(make_result(events=(PLACED, UNPLACED)))
    store.save(make_result(events=(PLACED, UNPLACED)))
    assert store.count_events() == 2 and len(store.events_frame()) == 3
    located = make_event(event_id="a1-e2", places=(saraqib(),), fatalities=4)
    store.save(make_result(events=(located,)))  # a better gazetteer found its place
    assert store.events() == [located]
    assert store.events_frame().geometry.isna().tolist() == [False]
    store.save(make_result(events=(UNPLACED,)))  # and back
    assert store.events() == [UNPLACED]
    assert store.events_frame().geometry.isna().tolist() == [True]


def test_the_export_command_writes_it(store: EventStore, tmp_path: Path) -> None:
    store.save(make_result(events=(PLACED, UNPLACED)))
    url = store.engine.url.render_as_string(hide_password=False)
    env = {"ATLAS_CACHE": str(tmp_path / "cache")}
    geo, table = tmp_path / "events.geojson", tmp_path / "events.csv"
    assert main(["--quiet", "export", "--db", url, "--out", str(geo)], env) == 0
    features = json.loads(geo.read_text(encoding="utf-8"))["features"]
    assert [f["id"] for f in features] == ["a1-e1#0", "a1-e1#1", "a1-e2#0"]
    assert features[2]["geometry"] is None and features[2]["properties"]["fatalities"] == 4
    assert main(["--quiet", "export", "--db", url, "--out", str(table)], env) == 0
    last = table.read_text(encoding="utf-8").splitlines()[-1]
    assert last.startswith("a1-e2,") and last.endswith(",,")  # no latitude, no longitude
    # a country filter is a place filter: the event without a place is not in it
    args = ["--quiet", "export", "--db", url, "--out", str(geo), "--country", "sy"]
    assert main(args, env) == 0
    assert len(json.loads(geo.read_text(encoding="utf-8"))["features"]) == 2
