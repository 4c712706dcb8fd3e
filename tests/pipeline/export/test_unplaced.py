"""An event whose report named no place: one row without geometry in the frame, an unlocated
Feature (``"geometry": null``) in GeoJSON, empty coordinates in CSV, a null geometry in
GeoParquet; spatial filters leave it out, the others keep it."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from pipeline.export.acled import to_acled_csv
from pipeline.export.geojson import events_frame_from_geojson, validate_feature_collection
from pipeline.export.viewfilter import FilterState, apply_filters
from pipeline.export.writers import to_csv, to_geojson, write_events
from pipeline.frame import events_to_geodataframe
from pipeline.models import Event
from tests.pipeline.factories import IDLIB, make_article, make_event

NOTE = "no place found: not on the map"
#: The event of an article that names no place we can resolve.
UNPLACED = make_event(
    event_id="a1-e2", places=(), geo_precision=3, fatalities=4, troops=30, notes=NOTE
)
ARTICLES = {"a1": make_article()}
PLACE_COLUMNS = ("location", "admin1", "country", "iso3", "place_id", "place_text")


def frame(*events: Event) -> gpd.GeoDataFrame:
    return events_to_geodataframe(list(events), ARTICLES)


def test_the_frame_has_one_row_without_geometry_and_keeps_the_counts() -> None:
    gdf = frame(make_event(), UNPLACED)
    assert gdf["event_id"].tolist() == ["a1-e1", "a1-e2"]
    row = gdf.iloc[1]
    assert row.geometry is None and gdf.geometry.isna().tolist() == [False, True]
    assert all(row[name] is pd.NA for name in PLACE_COLUMNS)
    assert (row["place_index"], row["n_places"], row["geo_precision"]) == (0, 0, 3)
    assert (row["fatalities"], row["troops"], row["notes"]) == (4, 30, NOTE)
    assert row["source"] == "Example News" and row["event_date"] == "2020-02-27"
    assert gdf.crs.to_epsg() == 4326


def test_the_geojson_feature_is_unlocated_with_its_properties() -> None:
    text = to_geojson(frame(make_event(), UNPLACED))
    assert validate_feature_collection(text) == []
    feature = json.loads(text)["features"][1]
    assert feature["id"] == "a1-e2#0"
    assert feature["geometry"] is None
    props = feature["properties"]
    assert {name: props[name] for name in PLACE_COLUMNS} == dict.fromkeys(PLACE_COLUMNS)
    assert (props["place_index"], props["n_places"], props["geo_precision"]) == (0, 0, 3)
    assert (props["fatalities"], props["troops"], props["notes"]) == (4, 30, NOTE)


def test_geojson_round_trip_keeps_the_missing_geometry() -> None:
    gdf = frame(UNPLACED, make_event())
    back = events_frame_from_geojson(to_geojson(gdf))
    assert_geodataframe_equal(back, gdf)
    assert back.geometry.isna().tolist() == [True, False]


@pytest.mark.parametrize(
    ("feature", "problems"),
    [
        ({"type": "Feature", "properties": {}, "geometry": None}, []),
        ({"type": "Feature", "properties": {}}, ['"geometry" member is required']),
    ],
)
def test_the_validator_accepts_null_geometry_but_not_a_missing_member(
    feature: dict[str, object], problems: list[str]
) -> None:
    found = validate_feature_collection(
        json.dumps({"type": "FeatureCollection", "features": [feature]})
    )
    assert len(found) == len(problems)
    assert all(p in f for p, f in zip(problems, found, strict=True))


def test_csv_has_empty_coordinates_and_place_cells() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(frame(make_event(), UNPLACED)))))
    assert (rows[0]["longitude"], rows[0]["latitude"]) == tuple(str(v) for v in IDLIB)
    row = rows[1]
    assert (row["longitude"], row["latitude"], row["location"], row["iso3"]) == ("", "", "", "")
    assert (row["fatalities"], row["n_places"], row["notes"]) == ("4", "0", NOTE)


def test_acled_csv_has_empty_coordinates_and_keeps_the_toll() -> None:
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(frame(UNPLACED)))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["latitude"], row["longitude"], row["location"], row["country"]) == ("",) * 4
    assert (row["event_id_cnty"], row["fatalities"], row["geo_precision"]) == ("a1-e2", "4", "3")
    assert NOTE in row["notes"]


@pytest.mark.parametrize("fmt", ["geojson", "csv", "acled", "geoparquet"])
def test_every_format_writes_the_row(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"events.{fmt}"
    assert write_events(path, frame(make_event(), UNPLACED), fmt=fmt) == 2
    assert path.stat().st_size > 0


def test_geoparquet_reads_back_with_a_null_geometry(tmp_path: Path) -> None:
    gdf = frame(make_event(), UNPLACED)
    path = tmp_path / "events.parquet"
    write_events(path, gdf, fmt="geoparquet")
    back = gpd.read_parquet(path)
    assert back["event_id"].tolist() == ["a1-e1", "a1-e2"]
    assert back.geometry.isna().tolist() == [False, True]
    assert back.loc[1, "n_places"] == 0 and back.loc[1, "fatalities"] == 4


@pytest.mark.parametrize(
    ("state", "kept"),
    [
        (FilterState(countries=("SY",)), ["a1-e1"]),  # a place filter: it has none
        (FilterState(regions=("Idlib Governorate",)), ["a1-e1"]),
        (FilterState(actors=("Military Forces of Syria",)), ["a1-e1", "a1-e2"]),
        (FilterState(event_types=("Explosions/Remote violence",)), ["a1-e1", "a1-e2"]),
        (FilterState(date_from=date(2020, 2, 27), date_to=date(2020, 2, 27)), ["a1-e1", "a1-e2"]),
        (FilterState(min_fatalities=3), ["a1-e2"]),
        (FilterState(text="Saraqib"), ["a1-e1", "a1-e2"]),  # in both evidences
        (FilterState(text="Idlib"), ["a1-e1"]),  # a place name
    ],
)
def test_place_filters_leave_it_out_the_others_keep_it(state: FilterState, kept: list[str]) -> None:
    assert apply_filters(frame(make_event(), UNPLACED), state)["event_id"].tolist() == kept
