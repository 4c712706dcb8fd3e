"""Where regions and countries are placed, and the names newspapers give US states."""

from __future__ import annotations

import pytest

from geodata.build import _region_point
from geodata.records import PlaceRecord


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("W.Va.", "West Virginia"),
        ("Ind.", "Indiana"),
        ("D.C.", "District of Columbia"),
        ("Calif.", "California"),
        ("N.Y.", "New York"),
    ],
)
def test_ap_abbreviations_find_their_state(gazetteer, name: str, region: str) -> None:  # type: ignore[no-untyped-def]
    top = gazetteer.lookup(name, limit=1)
    assert top and top[0].kind == "admin1" and top[0].name == region and top[0].country == "US"


@pytest.mark.parametrize(
    ("name", "region", "country"),
    [
        ("NSW", "New South Wales", "AU"),
        ("B.C.", "British Columbia", "CA"),
        ("Ont.", "Ontario", "CA"),
    ],
)
def test_other_region_abbreviations(gazetteer, name: str, region: str, country: str) -> None:  # type: ignore[no-untyped-def]
    top = gazetteer.lookup(name, limit=1)
    assert top and (top[0].name, top[0].country) == (region, country)


def test_united_states_sits_at_its_geographic_centre(gazetteer) -> None:  # type: ignore[no-untyped-def]
    us = gazetteer.country("US")
    assert us is not None and abs(us.lat - 39.83) < 0.1 and abs(us.lon + 98.58) < 0.1


def test_regions_sit_amid_their_towns_not_at_their_capital(gazetteer) -> None:  # type: ignore[no-untyped-def]
    state = next(c for c in gazetteer.lookup("New York") if c.kind == "admin1")
    assert 42.0 < state.lat < 43.5 and -76.5 < state.lon < -74.5  # not New York City


def _record(name: str, kind: str, lon: float, lat: float) -> PlaceRecord:
    return PlaceRecord(f"x:{name}", name, kind, "ZZ", lon, lat, admin1="R")


def test_region_point_is_the_centroid_of_the_area_its_towns_span() -> None:
    region = _record("R", "admin1", 0.0, 0.0)
    # Towns fill a triangle: its centroid is a third of the way in, not the middle of its box.
    towns = [(float(i), float(j)) for i in range(11) for j in range(11) if i + j <= 10]
    moved = _region_point(region, towns)
    assert (moved.lon, moved.lat) == pytest.approx((10 / 3, 10 / 3), abs=0.2)
    assert _region_point(region, towns[:3]) == region  # too few towns: keep the source's point


def test_region_point_ignores_a_stray_town() -> None:
    region = _record("R", "admin1", 0.0, 0.0)
    grid = [(float(i), float(j)) for i in range(15) for j in range(15)]
    moved = _region_point(region, [*grid, (120.0, 60.0)])  # one mis-coded town far away
    assert (moved.lon, moved.lat) == pytest.approx((7.0, 7.0), abs=0.3)


@pytest.mark.parametrize("name", ["Europe", "Africa", "North America", "South America", "Asia"])
def test_continents_are_places(gazetteer, name: str) -> None:  # type: ignore[no-untyped-def]
    top = gazetteer.lookup(name, limit=1)
    assert top and top[0].kind == "continent" and top[0].country == ""
