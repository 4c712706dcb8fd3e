"""An event in a first-level region is drawn at the region's namesake capital, known by the
region's name as its own or as another of its names; a region with no namesake town stays at
its point. Real gazetteer."""

from __future__ import annotations

import pytest

from pipeline.events.place import at_regional_capital
from pipeline.models import Mention, Place


@pytest.mark.parametrize(
    ("region", "capital"),
    [
        # the capital known by the region's name as one of its other names
        ("Dohuk", (42.99, 36.87)),
        ("Barisal", (90.37, 22.70)),
        # by its own name
        ("Kassala", (36.40, 15.45)),
    ],
)
def test_a_region_is_drawn_at_its_namesake_capital(  # type: ignore[no-untyped-def]
    gazetteer, region: str, capital: tuple[float, float]
) -> None:
    found = next(c for c in gazetteer.lookup(region, limit=10) if c.kind == "admin1")
    mention = Mention("t", region, 0, len(region), 0, "GPE")
    place = Place(found.place_id, found.name, "admin1", found.country, found.admin1,
                  found.lon, found.lat, 3, 0.9, mention)  # fmt: skip
    moved = at_regional_capital(place, gazetteer)
    assert (round(moved.lon, 2), round(moved.lat, 2)) == capital


def test_a_region_with_no_namesake_town_stays(gazetteer) -> None:  # type: ignore[no-untyped-def]
    found = next(c for c in gazetteer.lookup("Blue Nile", limit=10) if c.kind == "admin1")
    mention = Mention("t", "Blue Nile", 0, 9, 0, "GPE")
    place = Place(found.place_id, found.name, "admin1", found.country, found.admin1,
                  found.lon, found.lat, 3, 0.9, mention)  # fmt: skip
    assert at_regional_capital(place, gazetteer) == place
