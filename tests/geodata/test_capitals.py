"""Regions' capitals from Natural Earth: the table's rows, its round trip, the capital chosen
for each region of the gazetteer and the real table's answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from geodata.capitals import CapitalRow, capitals_by_region, read_capitals, write_capitals
from geodata.gazetteer import Gazetteer
from geodata.models import Candidate
from geodata.tools.capitals import capital_rows


def _props(cla: str, name: str, geonameid: float, lat: float, lon: float) -> dict[str, object]:
    fields = {
        "FEATURECLA": cla,
        "NAME": name,
        "GEONAMEID": geonameid,
        "ISO_A2": "XA",
        "ADM1NAME": "Dorn",
    }
    return {"properties": {**fields, "LATITUDE": lat, "LONGITUDE": lon}}


def test_the_table_keeps_capitals_of_every_rank_and_nothing_else() -> None:
    rows = capital_rows(
        [
            _props("Admin-0 capital", "Vale", 10.0, 1.0, 2.0),
            _props("Admin-0 capital alt", "Dorn", 11.0, 1.0, 2.0),
            _props("Admin-1 region capital", "Lune", 12.0, 1.0, 2.0),
            _props("Admin-1 capital", "Sefa", -1.0, 1.0, 2.0),
            _props("Populated place", "Oran", 13.0, 1.0, 2.0),
            _props("Scientific station", "Kara", 14.0, 1.0, 2.0),
        ]
    )
    assert [(r.name, r.geonameid, r.rank) for r in rows] == [
        ("Vale", 10, 0), ("Dorn", 11, 1), ("Lune", 12, 2), ("Sefa", 0, 3)
    ]  # fmt: skip
    assert {r.region for r in rows} == {"Dorn"}


def test_the_table_round_trip_is_exact_and_deterministic(tmp_path: Path) -> None:
    rows = [CapitalRow(7, "Dorn", "XA", 3, 1.25, -2.5, "Vale"), CapitalRow(3, "Sefa, Old", "XA", 0,
            4, 5)]  # fmt: skip
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    write_capitals(rows, a)
    write_capitals(reversed(rows), b)
    assert a.read_bytes() == b.read_bytes()
    assert read_capitals(a) == (rows[1], rows[0])
    assert read_capitals(tmp_path / "missing.csv") == ()


def _town(place_id: str, name: str, region: str, lon: float, lat: float, people: int,
          country: str = "XA") -> Candidate:  # fmt: skip
    return Candidate(place_id, name, "city", country, region, lon, lat, people, 1.0)


def test_each_region_takes_its_own_capital_that_is_the_town_its_row_names() -> None:
    towns = {
        t.place_id: t
        for t in (
            _town("gn:1", "Vale", "North", 10.0, 10.0, 900_000),
            _town("gn:2", "Dorn", "North", 10.5, 10.0, 5_000),
            _town("gn:3", "Lune", "South", 20.0, 20.0, 50_000),
            _town("gn:4", "Far", "East", 30.0, 30.0, 50_000),
            _town("gn:5", "Abroad", "West", 40.0, 40.0, 50_000, country="XB"),
            _town("gn:7", "Mira", "Hills", 60.0, 10.0, 10),
            _town("gn:8", "Tama", "Hills", 61.0, 10.0, 99_000),
            _town("gn:9", "Kora", "Delta", 70.0, 10.0, 10),
            _town("gn:10", "Oran", "Delta", 71.0, 10.0, 10),
        )
    }
    by_name = {"Sefa": [_town("gn:6", "Sefa", "Coast", 50.0, 50.0, 10)]}
    rows = [
        CapitalRow(1, "Vale", "XA", 0, 10.0, 10.0),  # the nation's capital, larger,
        CapitalRow(2, "Dorn", "XA", 3, 10.0, 10.5),  # after the region's own
        CapitalRow(3, "Lune", "XA", 3, 20.1, 20.1, "South"),  # a rounded point, its region
        CapitalRow(4, "Far", "XA", 3, 32.0, 30.0),  # the id names a town 220 km away
        CapitalRow(5, "Abroad", "XA", 3, 40.0, 40.0),  # the id names a town of another country
        CapitalRow(0, "Sefa", "XA", 3, 50.0, 50.0),  # no id: found by name near its point
        CapitalRow(7, "Mira", "XA", 3, 10.0, 60.0),  # two capitals of one rank: Natural
        CapitalRow(8, "Tama", "XA", 3, 10.0, 61.0),  # Earth's regions are finer here
        CapitalRow(9, "Kora", "XA", 3, 10.0, 70.0, "Delta"),  # Natural Earth puts Oran in
        CapitalRow(10, "Oran", "XA", 3, 10.0, 71.0, "Hills"),  # another region than Delta
    ]
    regions = {name: _town(f"r:{name}", name, name, 0.0, 0.0, 0) for name in ("South", "Delta",
               "Hills")}  # fmt: skip
    found = capitals_by_region(
        rows,
        towns.get,
        lambda name: by_name.get(name, []),
        lambda country, name: regions.get(name) if country == "XA" else None,
    )
    assert {key: town.name for key, town in found.items()} == {
        ("XA", "north"): "Dorn", ("XA", "south"): "Lune", ("XA", "coast"): "Sefa",
    }  # fmt: skip


def test_the_shipped_table_knows_capitals_the_registries_do_not(gazetteer: Gazetteer) -> None:
    assert len(read_capitals()) > 2_000
    capital = gazetteer.region_capital("IQ", "Al Anbar")
    assert capital is not None and (capital.name, capital.country) == ("Ramadi", "IQ")
    capital = gazetteer.region_capital("us", "Minnesota")
    assert capital is not None and capital.name == "Saint Paul"


@pytest.mark.parametrize(("country", "region"), [("IQ", "Atlantis"), ("", ""), (None, "Anbar")])
def test_an_unknown_region_has_no_capital(gazetteer: Gazetteer, country, region) -> None:  # type: ignore[no-untyped-def]
    assert gazetteer.region_capital(country, region) is None
