"""The events table, the download payload and the seed bootstrap helpers."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest

from dashboard.bootstrap import progress_fraction, seed_paths
from dashboard.download import geojson_download
from dashboard.filters import FilterState, apply_filters
from dashboard.table import TABLE_COLUMNS, events_table
from pipeline.errors import ExportError
from pipeline.export.geojson import validate_feature_collection


def test_table_has_one_row_per_event(events_frame: gpd.GeoDataFrame) -> None:
    table = events_table(events_frame)
    assert list(table.columns) == list(TABLE_COLUMNS)
    assert table["event_id"].tolist() == ["e1", "e2", "e3", "e4", "e5"]
    e3 = table.set_index("event_id").loc["e3"]
    assert e3["places"] == "Maarat al-Numan; Jisr al-Shughur"
    assert e3["troops"] == 500
    # plain text: st.dataframe never interprets HTML, so nothing is escaped twice
    assert table.loc[0, "evidence"].startswith("<script>alert(1)</script>")


def test_table_of_empty_frame(events_frame: gpd.GeoDataFrame) -> None:
    assert events_table(events_frame.iloc[0:0]).shape == (0, len(TABLE_COLUMNS))


@pytest.mark.parametrize(
    ("state", "features"),
    [
        (FilterState(), 6),
        (FilterState(actors=("Military Forces of Turkey",)), 3),
        (FilterState(actors=("nobody",)), 0),
    ],
)
def test_download_is_exactly_the_filtered_rows(
    events_frame: gpd.GeoDataFrame, state: FilterState, features: int
) -> None:
    shown = apply_filters(events_frame, state)
    payload = geojson_download(shown)
    assert validate_feature_collection(payload.data) == []
    collection = json.loads(payload.data)
    assert len(collection["features"]) == payload.features == features
    assert [f["properties"]["event_id"] for f in collection["features"]] == shown[
        "event_id"
    ].tolist()
    assert payload.file_name.endswith(".geojson")


def test_download_of_a_frame_without_export_columns_fails(events_frame: gpd.GeoDataFrame) -> None:
    with pytest.raises(ExportError):
        geojson_download(events_frame.drop(columns=["evidence"]))


def test_seed_paths(tmp_path: Path) -> None:
    for name in ("b.txt", "b.json", "a.jsonl", "notes.md", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    assert [p.name for p in seed_paths(tmp_path)] == ["a.jsonl", "b.txt", "c.txt"]
    assert seed_paths(tmp_path / "missing") == []


def test_project_seeds_are_found() -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert [p.suffix for p in seed_paths(seeds)] == [".txt"]


@pytest.mark.parametrize(
    ("done", "total", "fraction"),
    [(0, 3, 0.0), (3, 3, 1.0), (1, 4, 0.25), (0, 0, 0.0), (5, 4, 1.0), (-1, 4, 0.0)],
)
def test_progress_fraction(done: int, total: int, fraction: float) -> None:
    assert progress_fraction(done, total) == fraction


def test_timeline_counts_each_event_once_per_week(events_frame) -> None:  # type: ignore[no-untyped-def]
    from dashboard.timeline import timeline_frame

    weekly = timeline_frame(events_frame, by="week")
    # four dated events (e3 at two places counts once; e5 is undated)
    assert weekly["events"].sum() == 4
    assert weekly.loc[weekly["category"] == "armed clash", "fatalities"].tolist() == [5]
    assert str(weekly["period"].min().date()) == "2020-02-10"
    assert timeline_frame(events_frame.iloc[0:0]).empty
