"""A region's point is the middle of its share of the country, however its towns cluster."""

from __future__ import annotations

import pytest

from geodata.gazetteer import Gazetteer
from geodata.regionpoints import region_areas_centroids

# a 10 x 10 degree country: region S holds the south half, region N the north half
SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}


def test_a_thinly_settled_north_still_pulls_the_point() -> None:
    south = [(x + 0.5, y * 0.1 + 0.2) for x in range(10) for y in range(10)]  # crowded along 0-1 N
    north = [(5.0, 9.0)]  # one remote town far north
    crowd = [(x + 0.5, 4.0) for x in range(10)]  # S's towns also reach 4 N
    points = region_areas_centroids({"S": south + crowd, "N": north}, SQUARE)
    # S's towns span 0.2..4 N (box middle 2.1), but its share of the country reaches ~6.5 N
    assert 3.0 < points["S"][1] < 4.5
    assert points["N"][1] > 7.5 and points["N"][0] == pytest.approx(5.0, abs=0.1)


def test_the_share_is_clipped_to_the_outline() -> None:
    triangle = {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [0, 10], [0, 0]]]}
    points = region_areas_centroids({"A": [(1.0, 1.0)], "B": [(8.0, 1.0)]}, triangle)
    assert all(x + y <= 10 for x, y in points.values())
    assert points["A"][0] < points["B"][0]


@pytest.mark.parametrize(
    "outline",
    [
        {},
        {"type": "Point", "coordinates": [1, 1]},
        {"type": "Polygon", "coordinates": "broken"},
    ],
)
def test_an_unusable_outline_gives_no_points(outline: dict) -> None:
    assert region_areas_centroids({"A": [(1.0, 1.0)], "B": [(2.0, 2.0)]}, outline) == {}


def test_one_region_or_no_towns_give_no_points() -> None:
    assert region_areas_centroids({"A": [(1.0, 1.0), (2.0, 2.0)]}, SQUARE) == {}
    assert region_areas_centroids({"A": [], "B": []}, SQUARE) == {}


def test_ontario_sits_in_the_middle_of_its_territory(gazetteer: Gazetteer) -> None:
    ontario = next(c for c in gazetteer.lookup("Ontario") if c.kind == "admin1")
    # most towns lie south of 46 N; the province reaches Hudson Bay at 57 N
    assert 48.5 < ontario.lat < 51.5 and -90 < ontario.lon < -82
