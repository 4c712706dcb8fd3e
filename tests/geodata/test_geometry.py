"""Geometry helpers on (lon, lat) degrees: distances, boxes, point in polygon."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from geodata.geometry import (
    bounding_box,
    distance_km,
    great_circle_km,
    great_circle_km_many,
)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((2.35, 48.85), (2.35, 48.85), 0.0),
        ((0.0, 0.0), (180.0, 0.0), 20015.1),  # half the equator
        ((0.0, 0.0), (0.0, 1.0), 111.2),  # a degree of latitude
        ((0.0, 0.0), (1.0, 0.0), 111.2),  # a degree of longitude at the equator
        ((0.0, 60.0), (1.0, 60.0), 55.6),  # half of it at 60 degrees north
        ((36.63, 35.93), (36.80, 35.86), 17.2),  # Idlib to Saraqib
        ((179.5, 0.0), (-179.5, 0.0), 111.2),  # across the antimeridian
        ((0.0, 90.0), (120.0, 90.0), 0.0),  # the pole is one point
    ],
)
def test_great_circle_km_is_lon_lat_and_symmetric(
    a: tuple[float, float], b: tuple[float, float], km: float
) -> None:
    assert great_circle_km(*a, *b) == pytest.approx(km, abs=0.1)
    assert great_circle_km(*b, *a) == pytest.approx(km, abs=0.1)


def test_distance_of_records_and_arrays_agree_with_the_scalar() -> None:
    idlib, saraqib = SimpleNamespace(lon=36.63, lat=35.93), SimpleNamespace(lon=36.8, lat=35.86)
    scalar = great_circle_km(36.63, 35.93, 36.8, 35.86)
    assert distance_km(idlib, saraqib) == scalar
    many = great_circle_km_many(36.63, 35.93, np.array([36.8, 36.63]), np.array([35.86, 35.93]))
    assert many[0] == pytest.approx(scalar, rel=1e-12) and many[1] == 0.0
    empty = great_circle_km_many(0.0, 0.0, np.array([]), np.array([]))
    assert empty.shape == (0,)


@pytest.mark.parametrize(
    ("points", "box"),
    [
        ([(36.0, 35.0), (37.0, 36.5), (36.5, 34.0)], (36.0, 34.0, 37.0, 36.5)),
        ([(-71.1, 42.3)], (-71.1, 42.3, -71.1, 42.3)),
        ([], None),
        (iter([(1, 2), (3, 4)]), (1.0, 2.0, 3.0, 4.0)),
    ],
)
def test_bounding_box(points: object, box: tuple[float, ...] | None) -> None:
    assert bounding_box(points) == box  # type: ignore[arg-type]
