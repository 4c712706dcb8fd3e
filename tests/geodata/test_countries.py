from __future__ import annotations

import pytest

from geodata import iso3_for
from geodata.geometry import point_in_geojson
from geodata.sources.nations import pick_centroid


@pytest.mark.parametrize(
    ("iso2", "iso3"),
    [
        ("SY", "SYR"),
        ("TR", "TUR"),
        ("us", "USA"),
        (" gb ", "GBR"),
        ("RU", "RUS"),
        ("XX", ""),
        ("", ""),
        ("SYR", ""),
        (None, ""),
    ],
)
def test_iso3_for(iso2: object, iso3: str) -> None:
    assert iso3_for(iso2) == iso3  # type: ignore[arg-type]


SQUARE = {
    "type": "Polygon",
    "coordinates": [
        [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
        [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
    ],
}


@pytest.mark.parametrize(
    ("lon", "lat", "inside"), [(1, 1, True), (5, 5, False), (11, 5, False), (9.9, 9.9, True)]
)
def test_point_in_geojson(lon: float, lat: float, inside: bool) -> None:
    assert point_in_geojson(lon, lat, SQUARE) is inside
    multi = {
        "type": "Feature",
        "geometry": {"type": "MultiPolygon", "coordinates": [SQUARE["coordinates"]]},
    }
    assert point_in_geojson(lon, lat, {"type": "FeatureCollection", "features": [multi]}) is inside


@pytest.mark.parametrize(
    ("candidates", "outline", "expected"),
    [
        ([(50.0, 50.0), (1.0, 1.0)], SQUARE, (1.0, 1.0)),
        ([(2.0, 2.0), (1.0, 1.0)], SQUARE, (2.0, 2.0)),
        ([(50.0, 50.0)], SQUARE, (50.0, 50.0)),
        ([(50.0, 50.0)], None, (50.0, 50.0)),
        ([], SQUARE, None),
    ],
)
def test_pick_centroid(
    candidates: list[tuple[float, float]], outline: dict | None, expected: object
) -> None:
    assert pick_centroid(candidates, outline) == expected
