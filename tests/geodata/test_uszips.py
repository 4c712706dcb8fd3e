"""US towns and counties from ZIP code points: the pure reader, the build rule for hamlets that
share a country's name, and the real package's records in the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from geodata.build import compile_index
from geodata.gazetteer import Gazetteer
from geodata.records import PlaceRecord, SourceRecords
from geodata.sources.uszips import zip_places

STATES = {"NE": "Nebraska", "TX": "Texas"}


def _row(city: str, state: str, county: str, lat: str, lon: str, **extra: object) -> dict:
    return {"city": city, "state": state, "county": county, "lat": lat, "long": lon, **extra}


def test_towns_and_counties_sit_at_the_mean_of_their_zip_points() -> None:
    rows = [
        _row("Meadow Grove", "NE", "Madison County", "42.0", "-97.7"),
        _row("Norfolk", "NE", "Madison County", "42.0", "-97.4"),
        _row("NORFOLK", "NE", "Madison County", "42.2", "-97.4"),  # a second code, upper case
        _row("Lost", "ZZ", "Nowhere County", "10.0", "10.0"),  # unknown state
        _row("Gone", "TX", "Walker County", "30.7", "-95.5", active=False),
        _row("Badpoint", "TX", "Walker County", "n/a", "-95.5"),
    ]
    places = {(p.kind, p.name): p for p in zip_places(rows, STATES)}
    assert set(places) == {
        ("city", "Meadow Grove"),
        ("city", "Norfolk"),
        ("admin2", "Madison County"),
    }
    norfolk = places[("city", "Norfolk")]
    assert (norfolk.lon, norfolk.lat, norfolk.admin1) == (-97.4, 42.1, "Nebraska")
    assert norfolk.secondary and norfolk.country == "US" and norfolk.population == 0
    county = places[("admin2", "Madison County")]
    assert county.lat == pytest.approx(42.0667, abs=1e-3) and not county.secondary


def test_a_gap_filling_hamlet_may_not_take_a_countrys_name() -> None:
    records = (
        PlaceRecord("country:SE", "Sweden", "country", "SE", 16.0, 63.0, population=10_000_000),
        PlaceRecord("zip:city:KY:Sweeden", "Sweeden", "city", "US", -86.3, 37.2, secondary=True),
        PlaceRecord("zip:city:KY:Paris", "Paris", "city", "US", -84.3, 38.2, secondary=True),
    )
    index, dropped = compile_index([SourceRecords("t", records)], "fp")
    assert "zip:city:KY:Sweeden" not in index.place_ids  # "Sweeden" spells "Sweden" loosely
    assert "zip:city:KY:Paris" in index.place_ids  # a town's name, not a country's
    assert dropped == 1


def test_the_gazetteer_knows_us_hamlets_and_counties(gazetteer: Gazetteer) -> None:
    hamlet = gazetteer.lookup("Tennessee Colony", limit=1)
    assert hamlet and hamlet[0].admin1 == "Texas" and hamlet[0].kind == "city"
    walker = [c for c in gazetteer.lookup("Walker County", limit=10) if c.kind == "admin2"]
    assert {"Texas", "Alabama", "Georgia"} <= {c.admin1 for c in walker}
    texas = next(c for c in walker if c.admin1 == "Texas")
    assert 30.4 < texas.lat < 31.1 and -95.9 < texas.lon < -95.2


def test_the_zip_source_is_part_of_the_default_build() -> None:
    from geodata.sources.registry import default_sources

    assert "us-zipcodes" in [s.name for s in default_sources(Path("/nonexistent"))]
