"""An event whose report named no place: in the dashboard's frame, table, metrics, detail and
downloads, never on the map (markers, clusters, grid squares, heat map, fitted bounds)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.detail import detail_html
from dashboard.download import acled_csv_download, geojson_download
from dashboard.eventlayers import event_lonlats, layer_parts
from dashboard.filters import FilterState, apply_filters, filter_options, summarise
from dashboard.mapview import build_map
from dashboard.preview import preview_fit_group, preview_rows
from dashboard.storeframe import candidate_event_ids, merged_events_frame
from dashboard.table import NO_PLACE, events_table
from pipeline.export.geojson import validate_feature_collection
from pipeline.frame import events_to_geodataframe
from pipeline.models import Article, ArticleResult, Event
from pipeline.store.eventstore import EventStore
from tests.dashboard.conftest import SYRIA, TURKEY, make_articles, make_events
from tests.dashboard.test_mapview import event_markers

NOTE = "no place found: not on the map"
EVIDENCE = "Turkish troops clashed with Syrian forces, killing three."
#: Article a3's only event: a clash on 10 February whose report names no place.
UNPLACED = Event(
    event_id="u1", article_id="a3", event_date=date(2020, 2, 10), event_date_end=None,
    time_precision=1, event_type="Battles", sub_event_type="Armed clash",
    category="armed clash", actor1=TURKEY, actor2=SYRIA, inter1=None, inter2=None,
    fatalities=3, troops=None, places=(), geo_precision=3, evidence=EVIDENCE,
    evidence_start=0, evidence_end=len(EVIDENCE), confidence=0.8, notes=NOTE,
)  # fmt: skip
A3 = Article(id="a3", text=EVIDENCE, published=date(2020, 3, 6), title="Article a3", source="wire")


@pytest.fixture
def frame() -> gpd.GeoDataFrame:
    """The five literal events (six event-places) and the unplaced one."""
    return events_to_geodataframe([*make_events(), UNPLACED], {**make_articles(), "a3": A3})


@pytest.fixture
def store_path(filled_store: Path) -> Path:
    with EventStore.open(filled_store) as store:
        store.save(ArticleResult(article=A3, places=(), events=(UNPLACED,)))
    return filled_store


def test_the_stores_frame_keeps_it_unmerged(store_path: Path, frame: gpd.GeoDataFrame) -> None:
    with EventStore.open(store_path) as store:
        merged = merged_events_frame(store)
    # e1 is the same clash on the same day by another article, but u1 has no place to compare
    assert sorted(merged["event_id"]) == sorted(frame["event_id"])
    row = merged[merged["event_id"] == "u1"].iloc[0]
    assert row.geometry is None and (row["n_places"], row["fatalities"]) == (0, 3)
    assert candidate_event_ids(merged) == set()


def test_metrics_count_it_as_an_event_not_a_place(frame: gpd.GeoDataFrame) -> None:
    summary = summarise(frame)
    assert (summary.events, summary.places, summary.fatalities) == (6, 6, 10)
    assert summary.articles == 3
    assert filter_options(frame).countries == ("SY",)  # no empty country to choose


def test_the_table_lists_it_with_no_place(frame: gpd.GeoDataFrame) -> None:
    table = events_table(frame)
    row = table[table["event_id"] == "u1"].iloc[0]
    assert row["places"] == NO_PLACE and row["fatalities"] == 3 and row["actor1"] == TURKEY
    assert table[table["event_id"] == "e3"].iloc[0]["places"] == "Maarat al-Numan; Jisr al-Shughur"


@pytest.mark.parametrize(
    "options",
    [
        {},  # one marker per event-place
        {"cluster_threshold": 1},  # clustered in the browser
        {"heat": True},  # and the density squares
        {"aggregate_threshold": 0},  # grid squares instead of markers
    ],
)
def test_the_map_layers_skip_it(frame: gpd.GeoDataFrame, options: dict[str, object]) -> None:
    placed = frame[frame["event_id"] != "u1"]
    parts = layer_parts(frame, **options)  # type: ignore[arg-type]
    # exactly the layers of the other events: u1 is on no marker, cluster or square
    assert parts == layer_parts(placed, **options)  # type: ignore[arg-type]
    assert len(parts.events) == (0 if parts.cells is not None else 6)
    m = build_map(frame, **options)  # type: ignore[arg-type]
    assert len(event_markers(m)) == len(parts.events)


def test_fitting_the_map_ignores_it(frame: gpd.GeoDataFrame) -> None:
    assert len(event_lonlats(frame)) == 6
    only = frame[frame["event_id"] == "u1"]
    assert event_lonlats(only) == []
    assert preview_fit_group(only) is None  # nothing to bring into view
    assert event_markers(build_map(only)) == []


def test_the_detail_says_it_has_no_place(frame: gpd.GeoDataFrame) -> None:
    html = detail_html(frame[frame["event_id"] == "u1"])
    assert f"<p>At: {NO_PLACE}</p>" in html and NOTE in html


def test_the_preview_lists_it_with_no_place() -> None:
    assert preview_rows([UNPLACED])["place"].tolist() == [NO_PLACE]


def test_the_downloads_include_it_with_null_geometry(frame: gpd.GeoDataFrame) -> None:
    shown = apply_filters(frame, FilterState(actors=(TURKEY,)))
    download = geojson_download(shown)
    assert validate_feature_collection(download.data) == []
    features = json.loads(download.data)["features"]
    assert [f["properties"]["event_id"] for f in features] == ["e1", "e3", "e3", "u1"]
    assert features[-1]["geometry"] is None and features[-1]["properties"]["notes"] == NOTE
    assert acled_csv_download(shown).data.splitlines()[-1].startswith("u1,2020-02-10,")
    by_country = apply_filters(frame, FilterState(countries=("SY",)))
    assert "u1" not in set(by_country["event_id"])


def _opened(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("ATLAS_DB", str(db))
    monkeypatch.setenv("ATLAS_SEEDS", str(tmp_path / "no-seeds"))
    app = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
    at = AppTest.from_file(str(app), default_timeout=60).run()
    assert not at.exception
    return at


@pytest.mark.parametrize("sql_from", ["200000", "0"])  # filtered in memory, or in SQL
def test_the_app_lists_and_counts_it(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql_from: str
) -> None:
    monkeypatch.setenv("ATLAS_SQL_FROM", sql_from)
    at = _opened(store_path, tmp_path, monkeypatch)
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Events"], metrics["Places"], metrics["Fatalities"]) == ("6", "6", "10")
    table = at.dataframe[-1].value
    assert table["event_id"].tolist() == ["e1", "u1", "e2", "e3", "e4", "e5"]
    assert table.loc[1, "places"] == NO_PLACE
    at.multiselect(key="countries").set_value(["SY"]).run()
    assert "u1" not in at.dataframe[-1].value["event_id"].tolist()
    at.multiselect(key="countries").set_value([])
    at.multiselect(key="actors").set_value([SYRIA]).run()
    assert at.dataframe[-1].value["event_id"].tolist() == ["e1", "u1", "e4"]
