"""The app's widgets and data flow through ``streamlit.testing.v1.AppTest``.

AppTest cannot see inside the map (st_folium is an unknown element to it): the map is tested in
test_mapview.py and in the browser test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.memory_media_file_storage import MemoryFile, MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard import bootstrap, cache
from pipeline.export.geojson import validate_feature_collection
from pipeline.models import RunReport
from pipeline.store.eventstore import EventStore

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
TURKEY = "Military Forces of Turkey"


class RecordingStorage(MemoryMediaFileStorage):
    """AppTest's in-memory media storage, keeping every file so a test can read downloads."""

    files: ClassVar[dict[str, MemoryFile]] = {}

    def load_and_get_id(
        self, path_or_data: Any, mimetype: str, kind: Any, filename: str | None = None
    ) -> str:
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        RecordingStorage.files[file_id] = self.get_file(f"{file_id}.x")
        return file_id


@pytest.fixture
def app(filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppTest]:
    monkeypatch.setenv("ATLAS_DB", str(filled_store))
    monkeypatch.setenv("ATLAS_SEEDS", str(tmp_path / "no-seeds"))
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", RecordingStorage)
    at = AppTest.from_file(str(APP), default_timeout=60)
    yield at.run()


def download_text(at: AppTest) -> str:
    url = at.download_button(key="download_geojson").proto.url
    file_id = url.rsplit("/", 1)[1].split(".")[0]
    return RecordingStorage.files[file_id].content.decode("utf-8")


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def shown_ids(at: AppTest) -> list[str]:
    return at.dataframe[0].value["event_id"].tolist()


def downloaded_ids(at: AppTest) -> list[str]:
    text = download_text(at)
    assert validate_feature_collection(text) == []
    import json

    return [f["properties"]["event_id"] for f in json.loads(text)["features"]]


def test_first_view_shows_every_event(app: AppTest) -> None:
    assert not app.exception
    assert metric(app, "Events") == "5" and metric(app, "Places") == "6"
    assert app.caption[0].value == "5 events shown of 5"
    assert shown_ids(app) == ["e1", "e2", "e3", "e4", "e5"]
    assert downloaded_ids(app) == ["e1", "e2", "e3", "e3", "e4", "e5"]
    assert app.multiselect(key="actors").label == "Actor"
    assert app.multiselect(key="event_types").label == "Event type"
    assert app.date_input(key="dates").value == (date(2020, 2, 10), date(2020, 3, 5))


@pytest.mark.parametrize(
    ("widget", "values", "events", "features"),
    [
        ("actors", [TURKEY], ["e1", "e3"], ["e1", "e3", "e3"]),
        ("actors", ["Military Forces of Syria"], ["e1", "e4"], ["e1", "e4"]),
        ("event_types", ["Battles"], ["e1"], ["e1"]),
        ("categories", ["shelling", "meeting/talks"], ["e4", "e5"], ["e4", "e5"]),
    ],
)
def test_multiselects_filter_table_metrics_and_download(
    app: AppTest, widget: str, values: list[str], events: list[str], features: list[str]
) -> None:
    app.multiselect(key=widget).set_value(values).run()
    assert not app.exception
    assert metric(app, "Events") == str(len(events))
    noun = "event" if len(events) == 1 else "events"
    assert app.caption[0].value == f"{len(events)} {noun} shown of 5"
    assert shown_ids(app) == events
    assert downloaded_ids(app) == features


def test_date_range_filters(app: AppTest) -> None:
    app.date_input(key="dates").set_value((date(2020, 2, 12), date(2020, 2, 21))).run()
    assert shown_ids(app) == ["e2", "e3"]
    assert downloaded_ids(app) == ["e2", "e3", "e3"]


def test_filters_combine_and_can_empty_the_view(app: AppTest) -> None:
    app.multiselect(key="actors").set_value([TURKEY])
    app.multiselect(key="event_types").set_value(["Explosions/Remote violence"]).run()
    assert not app.exception
    assert metric(app, "Events") == "0"
    assert shown_ids(app) == []
    assert downloaded_ids(app) == []


def test_store_error_is_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_db = tmp_path / "junk.sqlite"
    not_a_db.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("ATLAS_DB", str(not_a_db))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert at.error and "Cannot load events" in at.error[0].value


def test_empty_store_without_seeds_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATLAS_DB", str(tmp_path / "empty.sqlite"))
    monkeypatch.setenv("ATLAS_SEEDS", str(tmp_path / "nothing"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert "holds no articles" in at.info[0].value
    assert metric(at, "Events") == "0"


def test_empty_store_is_seeded_with_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_results: list[Any]
) -> None:
    """The first-start path, with the extraction replaced by saving the literal events."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text("An article.", encoding="utf-8")
    (seeds / "one.json").write_text("{}", encoding="utf-8")
    calls: list[list[Path]] = []

    def ingest(
        store: EventStore,
        paths: list[Path],
        *,
        nlp: Any,
        gazetteer: Any,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> RunReport:
        calls.append(list(paths))
        for done, result in enumerate(sample_results, 1):
            store.save(result)
            if on_progress:
                on_progress(done, len(sample_results), result.article.id)
        return RunReport(articles_read=len(sample_results), events=5)

    monkeypatch.setattr(bootstrap, "ingest_seeds", ingest)
    monkeypatch.setattr(cache, "get_nlp", lambda model: object())
    monkeypatch.setattr(cache, "get_gazetteer", lambda cache_dir: object())
    monkeypatch.setenv("ATLAS_DB", str(tmp_path / "fresh.sqlite"))
    monkeypatch.setenv("ATLAS_SEEDS", str(seeds))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert calls == [[seeds / "one.txt"]]  # the sidecar is metadata, not an article
    assert at.status and "Seeded: 2 article(s), 5 event(s), 0 failed" in at.status[0].label
    assert metric(at, "Events") == "5"
    # the second run finds the store filled and does not ingest again
    at.run()
    assert len(calls) == 1


@pytest.mark.model
def test_first_start_ingests_the_real_seeds_and_says_what_it_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole first start of a fresh machine: the place index built from scratch, the
    spaCy model, extraction, store, map data; each step named on the page as it runs."""
    pytest.importorskip("pipeline.runner")
    monkeypatch.setenv("ATLAS_DB", str(tmp_path / "seeded.sqlite"))
    monkeypatch.setenv("ATLAS_CACHE", str(tmp_path / "fresh-cache"))
    monkeypatch.delenv("ATLAS_SEEDS", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=600).run()
    assert not at.exception
    status = at.status[0]
    assert status.label.startswith("Seeded: 1 article(s)")
    said = [m.value for m in status.markdown]
    assert said[:3] == [
        "Building the place index (first start only)…",
        "Loading the language model…",
        "Reading 1 seed article…",
    ]
    assert int(metric(at, "Events")) > 0
    assert "Military Forces of Turkey" in at.multiselect(key="actors").options
    with EventStore.open(tmp_path / "seeded.sqlite") as store:
        assert store.count_events() == int(metric(at, "Events"))


@pytest.mark.parametrize(
    ("widget", "value", "events"),
    [
        ("min_fatalities", 3, ["e1"]),
        ("min_fatalities", 1, ["e1", "e4"]),
        ("text", "saraqib", ["e1", "e4"]),
        ("text", "Moscow warned", ["e2"]),
        ("text", "no such words", []),
    ],
)
def test_fatalities_and_text_search(
    app: AppTest, widget: str, value: Any, events: list[str]
) -> None:
    element = (
        app.number_input(key=widget) if widget == "min_fatalities" else app.text_input(key=widget)
    )
    element.set_value(value).run()
    assert not app.exception
    assert shown_ids(app) == events


def test_place_and_source_filters_offer_the_datas_values(app: AppTest) -> None:
    assert app.multiselect(key="countries").options == ["SY"]
    assert app.multiselect(key="regions").options == ["Idlib"]
    assert app.multiselect(key="sources").options == ["test wire"]
    app.multiselect(key="sources").set_value(["test wire"]).run()
    assert shown_ids(app) == ["e1", "e2", "e3", "e4", "e5"]


def test_the_filters_live_in_the_query_string(app: AppTest) -> None:
    assert app.query_params == {}
    app.multiselect(key="actors").set_value([TURKEY])
    app.number_input(key="min_fatalities").set_value(1).run()
    as_list = {k: v if isinstance(v, list) else [v] for k, v in app.query_params.items()}
    assert as_list == {"actor": [TURKEY], "min_fatalities": ["1"]}


def opened_with(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, params: dict[str, Any]
) -> AppTest:
    """The app opened from a link with these query parameters."""
    monkeypatch.setenv("ATLAS_DB", str(db))
    monkeypatch.setenv("ATLAS_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update(params)
    at.run()
    assert not at.exception
    return at


def test_a_link_reopens_the_same_view(
    filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    params = {"actor": [TURKEY, "Nobody Stored"], "from": "2020-02-12", "q": "soldiers"}
    at = opened_with(filled_store, tmp_path, monkeypatch, params)
    assert at.multiselect(key="actors").value == [TURKEY]  # unknown values are dropped
    assert at.date_input(key="dates").value == (date(2020, 2, 12), date(2020, 3, 5))
    assert shown_ids(at) == ["e3"]


def _download(at: AppTest, key: str) -> Any:
    url = at.download_button(key=key).proto.url
    return RecordingStorage.files[url.rsplit("/", 1)[1].split(".")[0]]


def test_downloads_say_the_filter_and_the_csv_speaks_acled(app: AppTest) -> None:
    import csv
    import io

    from pipeline.export.acled import ACLED_COLUMNS

    assert _download(app, "download_geojson").filename == "conflict-atlas_all-events.geojson"
    app.multiselect(key="actors").set_value([TURKEY]).run()
    geo, table = _download(app, "download_geojson"), _download(app, "download_csv")
    assert geo.filename == "conflict-atlas_military-forces-of-turkey.geojson"
    assert table.filename == "conflict-atlas_military-forces-of-turkey.csv"
    rows = list(csv.reader(io.StringIO(table.content.decode("utf-8"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [r["event_id_cnty"] for r in records] == ["e1", "e3", "e3"]
    assert all(TURKEY in (r["actor1"], r["actor2"]) for r in records)
    assert records[0]["country"] == "Syria" and records[0]["iso"] == "760"
    assert records[0]["disorder_type"] == "Political violence"


def test_timeline_switches_period_and_measure(app: AppTest) -> None:
    assert app.radio(key="timeline_by").value == "day"
    app.radio(key="timeline_by").set_value("week")
    app.radio(key="timeline_y").set_value("fatalities").run()
    assert not app.exception
    assert len(app.get("vega_lite_chart")) == 1
    app.text_input(key="text").set_value("no such words").run()
    assert not app.get("vega_lite_chart")
    assert "No dated events in view." in [c.value for c in app.caption]


def test_stepping_through_days_shows_one_day_and_lives_in_the_link(app: AppTest) -> None:
    app.toggle(key="stepping").set_value(True).run()
    assert app.slider(key="day").value == date(2020, 2, 10)
    assert shown_ids(app) == ["e1"]
    app.slider(key="day").set_value(date(2020, 2, 21)).run()
    assert shown_ids(app) == ["e3"]  # 20 to 22 February covers the 21st
    as_list = {k: v if isinstance(v, list) else [v] for k, v in app.query_params.items()}
    assert as_list["day"] == ["2020-02-21"]
    assert app.button(key="play").label == "Play day by day"


def test_a_link_with_a_day_and_the_heat_map_reopens_them(
    filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = opened_with(filled_store, tmp_path, monkeypatch, {"day": "2020-03-05", "heat": "1"})
    assert at.toggle(key="stepping").value and at.toggle(key="heat").value
    assert shown_ids(at) == ["e4"]


def test_the_detail_panel_asks_for_a_selection(app: AppTest) -> None:
    assert any("Select a row" in c.value for c in app.caption)
    assert app.subheader[0].value == "Event detail"


@pytest.mark.model
def test_a_pasted_article_is_previewed_then_stored(app: AppTest) -> None:
    app.text_input(key="new_title").input("Shelling report")
    app.text_area(key="new_text").input(
        "Russian jets bombed Kafranbel on 4 February 2020, killing three civilians."
    )
    app.button(key="extract").click().run()
    assert not app.exception
    assert any("1 event found in Shelling report" in c.value for c in app.caption)
    assert metric(app, "Events") == "5"  # previewed, not stored
    app.button(key="add_to_store").click().run()
    assert app.success[0].value == "Added 1 event to the store."
    assert metric(app, "Events") == "6" and app.caption[0].value == "6 events shown of 6"


def test_an_empty_paste_is_an_error_and_stores_nothing(app: AppTest) -> None:
    app.button(key="extract").click().run()
    assert app.error[0].value.startswith("no article text")
    assert metric(app, "Events") == "5"


def test_imported_and_extracted_events_are_compared(
    filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.sources.importers import read_event_rows

    rows = tmp_path / "acled.csv"
    rows.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,"
        "fatalities,notes\n"
        "T1,2020-02-10,Battles,Armed clash,Our test actor,35.87,36.81,4,Near the Saraqib clash.\n"
        "T2,2020-02-12,Battles,Armed clash,Our test actor,36.20,37.16,0,Far from every event.\n",
        encoding="utf-8",
    )
    with EventStore.open(filled_store) as store:
        store.save_batch([r.result for r in read_event_rows(rows) if r.result is not None])
    at = opened_with(filled_store, tmp_path, monkeypatch, {})
    assert metric(at, "Extracted events") == "5" and metric(at, "Imported events") == "2"
    # the header counts imported rows as rows, not as articles, and every row as an event
    assert metric(at, "Coded rows (ACLED, UCDP)") == "2" and metric(at, "Events") == "7"
    assert metric(at, "Articles read") == "2"  # the extracted events' two articles
    assert metric(at, "Fatalities") == "11"  # 7 extracted, and the rows' 4 and 0
    # e1 (Saraqib, 10 February) has an imported counterpart; the other four do not
    assert metric(at, "Extracted, not in the imported data") == "4"
    unmatched = at.dataframe[0].value["event_id"].tolist()  # above the events table
    assert sorted(unmatched) == ["e2", "e3", "e4", "e5"]
    at.multiselect(key="sources").set_value(["ACLED"]).run()
    assert shown_ids(at) == ["acled:T1", "acled:T2"]


def test_a_large_store_is_filtered_in_sql_with_the_same_view(
    filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_SQL_FROM", "0")  # every store counts as large
    at = opened_with(filled_store, tmp_path, monkeypatch, {"actor": TURKEY})
    assert at.caption[0].value == "2 events shown of 5"
    assert shown_ids(at) == ["e1", "e3"]
    # the choices come from SQL: every stored actor, whatever the current filter
    assert set(at.multiselect(key="actors").options) == {
        "Government of Russia", "Military Forces of Syria", TURKEY, "NATO",
        "Opposition Rebels (Syria)",
    }  # fmt: skip
    at.multiselect(key="actors").set_value([]).run()
    at.number_input(key="min_fatalities").set_value(1).run()
    assert shown_ids(at) == ["e1", "e4"]
