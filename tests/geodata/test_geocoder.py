from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geodata import Gazetteer, OfflineGeocoder


@pytest.fixture(scope="module")
def geocoder(gazetteer: Gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(gazetteer=gazetteer)


def test_is_a_geopy_geocoder(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)
    with pytest.raises(TypeError):
        OfflineGeocoder(object())  # type: ignore[misc]  # keyword-only


def test_geocode_one(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Damascus")
    assert isinstance(location, Location)
    assert location.address == "Damascus, Damascus, SY"
    assert location.latitude == pytest.approx(33.51, abs=0.02)
    assert location.longitude == pytest.approx(36.29, abs=0.02)
    assert location.raw["place_id"] == "gn:170654" and location.raw["kind"] == "city"


def test_geocode_many_and_country_filter(geocoder: OfflineGeocoder) -> None:
    many = geocoder.geocode("Damascus", exactly_one=False, limit=3)
    assert isinstance(many, list) and len(many) == 3
    us = geocoder.geocode("Damascus", country_codes=["us"])
    assert isinstance(us, Location) and us.raw["country"] == "US"
    assert geocoder.geocode("Damascus", country_codes="ZZ") is None


@pytest.mark.parametrize("query", ["", "   ", "🚀", "Qqqxxzzy", "x" * 5000])
def test_geocode_nothing_is_none(geocoder: OfflineGeocoder, query: str) -> None:
    assert geocoder.geocode(query) is None
    assert geocoder.geocode(query, exactly_one=False) is None


def test_geocode_dict_query_and_fuzzy(gazetteer: Gazetteer) -> None:
    fuzzy = OfflineGeocoder(gazetteer=gazetteer, fuzzy=True)
    assert fuzzy.geocode({"city": "Saraqibx"}).raw["name"] == "Saraqib"  # type: ignore[union-attr]


def test_reverse(geocoder: OfflineGeocoder) -> None:
    found = geocoder.reverse((35.931, 36.634))
    assert isinstance(found, Location) and found.raw["name"] == "Idlib"
    assert geocoder.reverse((-89.9, 0.0), max_km=1) is None
