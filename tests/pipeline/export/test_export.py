"""Export: the events frame, RFC 7946 GeoJSON, CSV and atomic writes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import LineString

from pipeline.errors import ExportError
from pipeline.export.geojson import events_frame_from_geojson, validate_feature_collection
from pipeline.export.writers import (
    CSV_COLUMNS,
    FEATURE_PROPERTIES,
    to_csv,
    to_geojson,
    write_events,
)
from pipeline.frame import SHARED_COUNT_NOTE, events_to_geodataframe
from pipeline.models import Event
from tests.pipeline.factories import (
    IDLIB,
    SARAQIB,
    make_article,
    make_event,
    make_place,
    saraqib,
)

ARTICLES = {"a1": make_article()}
EMPTY_COLLECTION = '{"type":"FeatureCollection","features":[]}'


def frame(*events: Event, articles=ARTICLES) -> gpd.GeoDataFrame:
    return events_to_geodataframe(list(events), articles)


def features(gdf: gpd.GeoDataFrame) -> list[dict]:
    return json.loads(to_geojson(gdf))["features"]


def csv_rows(gdf: gpd.GeoDataFrame) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(to_csv(gdf))))


# -- the frame -----------------------------------------------------------------------------


def test_empty_frame_has_the_columns_and_crs() -> None:
    gdf = frame()
    assert list(gdf.columns) == [*FEATURE_PROPERTIES, "geometry"]
    assert len(gdf) == 0
    assert gdf.crs.to_epsg() == 4326


def test_one_row_per_place_drawn_at_lon_lat() -> None:
    gdf = frame(make_event(places=(make_place(), saraqib())))
    assert list(gdf.columns) == [*FEATURE_PROPERTIES, "geometry"]
    assert gdf.crs.to_epsg() == 4326
    assert [(p.x, p.y) for p in gdf.geometry] == [IDLIB, SARAQIB]
    assert gdf["location"].tolist() == ["Idlib", "Saraqib"]
    assert gdf["place_index"].tolist() == [0, 1]
    assert gdf["n_places"].tolist() == [2, 2]


def test_counts_only_on_the_first_place() -> None:
    gdf = frame(make_event(fatalities=7, troops=300, notes="x", places=(make_place(), saraqib())))
    assert gdf["fatalities"].tolist() == [7, pd.NA]
    assert gdf["troops"].tolist() == [300, pd.NA]
    assert gdf["notes"].tolist() == ["x", f"x; {SHARED_COUNT_NOTE}"]


@pytest.mark.parametrize("n_places", [1, 2, 3, 5])
@pytest.mark.parametrize("fatalities", [0, 1, 14])
def test_fatalities_summed_over_features_equal_the_events(n_places: int, fatalities: int) -> None:
    places = tuple(make_place(place_id=f"p{i}", lon=36 + i / 10) for i in range(n_places))
    event = make_event(fatalities=fatalities, troops=fatalities * 10, places=places)
    props = [f["properties"] for f in features(frame(event))]
    assert len(props) == n_places
    assert sum(p["fatalities"] or 0 for p in props) == fatalities
    assert sum(p["troops"] or 0 for p in props) == fatalities * 10


def test_an_event_without_places_is_one_row_without_geometry() -> None:
    # pinned field by field in tests/pipeline/export/test_unplaced.py
    gdf = frame(make_event(places=()), make_event(event_id="e2"))
    assert gdf["event_id"].tolist() == ["a1-e1", "e2"]
    assert gdf.geometry.isna().tolist() == [True, False]


@pytest.mark.parametrize(("iso2", "iso3"), [("SY", "SYR"), ("TR", "TUR"), ("RU", "RUS"), ("", "")])
def test_iso3_from_the_places_country(iso2: str, iso3: str) -> None:
    gdf = frame(make_event(places=(make_place(country=iso2),)))
    assert gdf.loc[0, "country"] == iso2
    assert gdf.loc[0, "iso3"] == iso3


def test_scalar_columns_come_from_event_place_and_article() -> None:
    event = make_event(event_date_end=date(2020, 3, 1), geo_precision=2)
    row = frame(event).iloc[0]
    assert row["event_date"] == "2020-02-27" and row["event_date_end"] == "2020-03-01"
    assert row["admin1"] == "Idlib Governorate" and row["place_id"] == "gn:169388"
    assert row["geo_precision"] == 2
    assert row["source"] == "Example News"
    assert row["source_url"] == "https://news.example/idlib"
    assert row["published"] == "2020-02-27"
    assert row["evidence"] == event.evidence and row["confidence"] == 0.75


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2020, 2, 27), "2020-02-27"),
        (datetime(2020, 2, 27, 9, 30), "2020-02-27T09:30:00"),
        (
            datetime(2020, 2, 27, 9, 30, tzinfo=timezone(timedelta(hours=3))),
            "2020-02-27T09:30:00+03:00",
        ),
        (None, None),
    ],
)
def test_published_as_iso_string(published, expected) -> None:
    gdf = frame(make_event(), articles={"a1": make_article(published=published)})
    value = gdf.loc[0, "published"]
    assert (value is pd.NA) if expected is None else (value == expected)


def test_unknown_article_leaves_provenance_empty() -> None:
    row = frame(make_event(), articles={}).iloc[0]
    assert row["source"] == ""
    assert row["source_url"] is pd.NA and row["published"] is pd.NA


@pytest.mark.parametrize(
    ("lon", "lat"), [(181.0, 35.0), (36.0, -91.0), (float("nan"), 35.0), (36.0, float("inf"))]
)
def test_invalid_coordinates_raise(lon: float, lat: float) -> None:
    with pytest.raises(ExportError, match="invalid coordinates"):
        frame(make_event(places=(make_place(lon=lon, lat=lat),)))


# -- GeoJSON -------------------------------------------------------------------------------


def test_empty_collection_is_valid() -> None:
    text = to_geojson(frame())
    assert text == EMPTY_COLLECTION
    assert validate_feature_collection(text) == []


def test_feature_collection_shape() -> None:
    event = make_event(places=(make_place(), saraqib()), inter2=None)
    text = to_geojson(frame(event, make_event(event_id="a1-e2")))
    assert validate_feature_collection(text) == []
    doc = json.loads(text)
    assert set(doc) == {"type", "features"}  # no crs, nothing else
    assert [f["id"] for f in doc["features"]] == ["a1-e1#0", "a1-e1#1", "a1-e2#0"]
    first = doc["features"][0]
    assert set(first) == {"type", "id", "geometry", "properties"}
    assert list(first["properties"]) == list(FEATURE_PROPERTIES)
    assert first["geometry"] == {"type": "Point", "coordinates": [36.6339, 35.9306]}  # lon, lat
    assert first["properties"]["inter2"] is None
    assert doc["features"][1]["properties"]["fatalities"] is None


def test_ints_stay_ints_and_nan_is_null() -> None:
    gdf = frame(make_event(fatalities=14, troops=None, places=(make_place(), saraqib())))
    text = to_geojson(gdf)
    assert '"fatalities":14,' in text and "14.0" not in text
    assert "NaN" not in text
    props = json.loads(text)["features"][0]["properties"]
    for name in ("fatalities", "time_precision", "inter1", "place_index", "evidence_start"):
        assert type(props[name]) is int, name
    assert props["troops"] is None


def test_float_columns_from_other_code_are_written_as_ints() -> None:
    gdf = frame(make_event(fatalities=14, places=(make_place(), saraqib())))
    gdf["fatalities"] = gdf["fatalities"].astype("float64")  # e.g. after a merge elsewhere
    props = [f["properties"] for f in features(gdf)]
    assert [p["fatalities"] for p in props] == [14, None]
    assert type(props[0]["fatalities"]) is int


def test_coordinates_rounded_to_6_decimals() -> None:
    gdf = frame(make_event(places=(make_place(lon=36.123456789, lat=-35.000000449),)))
    assert features(gdf)[0]["geometry"]["coordinates"] == [36.123457, -35.0]


def test_text_kept_verbatim_in_json() -> None:
    evidence = '<script>alert("x")</script> قصف إدلب'
    props = features(frame(make_event(evidence=evidence)))[0]["properties"]
    assert props["evidence"] == evidence


def test_extra_columns_are_left_out() -> None:
    gdf = frame(make_event())
    gdf["colour"] = "red"
    assert "colour" not in features(gdf)[0]["properties"]


def test_missing_column_raises() -> None:
    with pytest.raises(ExportError, match="lacks the columns"):
        to_geojson(frame(make_event()).drop(columns=["actor1"]))


def test_non_point_geometry_raises() -> None:
    gdf = frame(make_event())
    gdf.loc[0, "geometry"] = LineString([(0, 0), (1, 1)])
    with pytest.raises(ExportError, match="must be a Point"):
        to_geojson(gdf)


def test_geojson_round_trip() -> None:
    gdf = frame(
        make_event(places=(make_place(), saraqib())),
        make_event(event_id="a1-e2", event_date=None, notes="<i>é</i>"),
    )
    back = events_frame_from_geojson(to_geojson(gdf))
    assert_geodataframe_equal(back, gdf)


def test_reading_invalid_geojson_raises() -> None:
    with pytest.raises(ExportError, match="not a valid"):
        events_frame_from_geojson('{"type":"FeatureCollection","features":[{}]}')


def _point(coordinates: object) -> str:
    feature = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "Point", "coordinates": coordinates},
    }
    return json.dumps({"type": "FeatureCollection", "features": [feature]})


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "not JSON"),
        ("{", "not JSON"),
        ("[]", "top level must be an object"),
        ('{"type":"Feature","features":[]}', '"type" must be "FeatureCollection"'),
        ('{"type":"FeatureCollection"}', '"features" must be a list'),
        ('{"type":"FeatureCollection","features":[],"crs":{"type":"name"}}', '"crs"'),
        ('{"type":"FeatureCollection","features":[1]}', "feature 0: must be an object"),
        (
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}',
            '"geometry" member is required',
        ),
        (
            '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
            '"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]}',
            "must be a Point",
        ),
        (
            '{"type":"FeatureCollection","features":[{"type":"Feature",'
            '"geometry":{"type":"Point","coordinates":[0,0]}}]}',
            '"properties" must be an object',
        ),
        (_point([35.9306, 136.6339]), "latitude 136.6339 is outside"),
        (_point([-181, 0]), "longitude -181 is outside"),
        (_point([1, 2, 3]), "coordinates must be [lon, lat]"),
        (_point(["36", "35"]), "coordinates must be numbers"),
        (_point([True, 1]), "coordinates must be numbers"),
        (_point(36.0), "coordinates must be [lon, lat]"),
        (_point([1, 2]).replace("[1, 2]", "[NaN, 2]"), "not JSON"),
    ],
)
def test_validator_reports_problems(text: str, problem: str) -> None:
    problems = validate_feature_collection(text)
    assert any(problem in p for p in problems), problems


def test_validator_accepts_a_valid_point() -> None:
    assert validate_feature_collection(_point([-180, 90])) == []


# -- CSV -----------------------------------------------------------------------------------


def test_csv_columns_and_values() -> None:
    rows = csv_rows(frame(make_event(fatalities=14, places=(make_place(), saraqib()))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert (rows[0]["longitude"], rows[0]["latitude"]) == ("36.6339", "35.9306")
    assert [r["fatalities"] for r in rows] == ["14", ""]
    assert rows[0]["confidence"] == "0.75"
    assert rows[0]["event_date_end"] == ""


def test_empty_csv_is_the_header() -> None:
    assert to_csv(frame()).splitlines() == [",".join(CSV_COLUMNS)]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Idlib", "Idlib"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_neutralises_formulas(value: str, written: str) -> None:
    gdf = frame(make_event(actor1=value, notes=value, places=(make_place(name=value),)))
    row = csv_rows(gdf)[0]
    assert row["actor1"] == row["notes"] == row["location"] == written


def test_csv_leaves_negative_numbers_alone() -> None:
    row = csv_rows(frame(make_event(places=(make_place(lon=-3.5, lat=-10.25),))))[0]
    assert (row["longitude"], row["latitude"]) == ("-3.5", "-10.25")


# -- writing files -------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "render"), [("geojson", to_geojson), ("csv", to_csv)])
def test_write_events(tmp_path: Path, fmt: str, render) -> None:
    gdf = frame(make_event(places=(make_place(), saraqib())))
    path = tmp_path / "out" / f"events.{fmt}"
    assert write_events(path, gdf, fmt=fmt) == 2
    assert path.read_bytes() == render(gdf).encode("utf-8")
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_write_events_default_is_valid_geojson(tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    assert write_events(path, frame()) == 0
    assert validate_feature_collection(path.read_text(encoding="utf-8")) == []


def test_unknown_format_raises_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format 'kml'"):
        write_events(tmp_path / "e.kml", frame(), fmt="kml")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError):
        write_events(path, frame(make_event()).drop(columns=["notes"]))
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["e.geojson"]
