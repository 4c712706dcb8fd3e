"""The one (lon, lat) -> [lat, lon] conversion and its validation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dashboard.geo import bounds_of, focus_points, to_folium


@pytest.mark.parametrize(
    ("lon", "lat", "expected"),
    [
        (36.6353, 35.9290, [35.9290, 36.6353]),
        (-180, -90, [-90.0, -180.0]),
        (180.0, 90.0, [90.0, 180.0]),
        (np.float64(36.5), np.int64(35), [35.0, 36.5]),
    ],
)
def test_to_folium_swaps(lon: float, lat: float, expected: list[float]) -> None:
    assert to_folium(lon, lat) == expected


@pytest.mark.parametrize(
    ("lon", "lat", "message"),
    [
        (180.5, 35.0, "longitude"),
        (36.0, -90.01, "latitude"),
        (35.9, 236.6, "latitude"),  # (lat, lon) passed the wrong way round and out of range
        (math.nan, 35.0, "longitude"),
        (36.0, math.inf, "latitude"),
        (None, 35.0, "longitude"),
        ("36.0", 35.0, "longitude"),
        (True, 35.0, "longitude"),
    ],
)
def test_to_folium_rejects(lon: object, lat: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_folium(lon, lat)  # type: ignore[arg-type]


def test_bounds_of() -> None:
    assert bounds_of([(36.0, 35.0), (37.0, 36.5), (36.5, 34.0)]) == [[34.0, 36.0], [36.5, 37.0]]
    assert bounds_of([]) is None
    with pytest.raises(ValueError):
        bounds_of([(500.0, 0.0)])


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([], []),
        ([(36.6, 35.9)], [(36.6, 35.9)]),
        # a far-away meeting does not decide the view
        (
            [(36.6, 35.9), (36.8, 35.8), (36.7, 35.6), (4.35, 50.85)],
            [(36.6, 35.9), (36.8, 35.8), (36.7, 35.6)],
        ),
        # spread out: keep all
        (
            [(0.0, 0.0), (30.0, 0.0), (60.0, 0.0), (90.0, 0.0)],
            [(0.0, 0.0), (30.0, 0.0), (60.0, 0.0), (90.0, 0.0)],
        ),
    ],
)
def test_focus_points(
    points: list[tuple[float, float]], expected: list[tuple[float, float]]
) -> None:
    assert focus_points(points) == expected
