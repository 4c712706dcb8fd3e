"""An event in a region is drawn at a town the report names inside it, also one named for its
unit ("Hsipaw township, Shan state"), else at the region's namesake capital, known by the
region's name as its own or as another of its names, else at the capital the gazetteer knows
for it (Natural Earth's); a region with no known capital stays at its point. Real model and
gazetteer; our own texts."""

from __future__ import annotations

import pytest

from pipeline.events.place import at_regional_capital
from pipeline.models import Mention, Place
from tests.pipeline.events.reading import first_event


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


# a village carrying the region's name (Minneota) or a town named after it (Bihar Sharif) is
# no capital: the region is drawn at the capital the gazetteer knows for it
@pytest.mark.parametrize(
    ("region", "capital"),
    [("Blue Nile", "Ad-Damazin"), ("Minnesota", "Saint Paul"), ("Bihar", "Patna"),
     ("Al Anbar", "Ramadi")],
)  # fmt: skip
def test_a_region_with_no_namesake_capital_is_drawn_at_its_capital(  # type: ignore[no-untyped-def]
    gazetteer, region: str, capital: str
) -> None:
    place = _region(gazetteer, region)
    town = next(c for c in gazetteer.lookup(capital, limit=10) if c.kind == "city")
    moved = at_regional_capital(place, gazetteer)
    assert (moved.lon, moved.lat) == (town.lon, town.lat)
    assert (moved.name, moved.kind, moved.precision) == (place.name, "admin1", 3)


def test_a_region_whose_capital_is_unknown_stays(gazetteer) -> None:  # type: ignore[no-untyped-def]
    place = _region(gazetteer, "Kurdistan Region")
    assert at_regional_capital(place, gazetteer) == place


def _region(gazetteer, name: str) -> Place:  # type: ignore[no-untyped-def]
    found = next(c for c in gazetteer.lookup(name, limit=10) if c.kind == "admin1")
    mention = Mention("t", name, 0, len(name), 0, "GPE")
    return Place(found.place_id, found.name, "admin1", found.country, found.admin1,
                 found.lon, found.lat, 3, 0.9, mention)  # fmt: skip


@pytest.mark.model
def test_an_event_in_a_province_is_drawn_at_the_provincial_capital(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, militants attacked a checkpoint in Anbar province, killing two soldiers."
    event = first_event(extractor, text, "2021-05-04")
    (place,) = event.places
    ramadi = next(c for c in extractor.gazetteer.lookup("Ramadi", limit=5) if c.country == "IQ")
    assert (place.kind, place.name, event.geo_precision) == ("admin1", "Al Anbar", 3)
    assert (place.lon, place.lat) == (ramadi.lon, ramadi.lat)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 3 May 2021, the army shelled Nam Hpat village, Hsipaw township, Shan state, "
            "wounding two villagers.",
            "Hsipaw",
        ),
        (
            "On 3 May 2021, soldiers burned houses in Pa Lin village, Kyaukme township, Shan "
            "state.",
            "Kyaukme",
        ),
        # guard: a town named for its people ("a Lashio man") is no place of the event
        ("On 3 May 2021, a Lashio man was shot dead by soldiers in Shan state.", "Shan"),
        # guard: nor one named for a person of its unit
        (
            "On 4 May 2021, junta troops shelled villages in Shan state, killing a Kyaukme "
            "township teacher who was visiting relatives.",
            "Shan",
        ),
    ],
)
def test_a_town_named_for_its_unit_inside_the_region(  # type: ignore[no-untyped-def]
    extractor, text: str, place: str
) -> None:
    event = first_event(extractor, text, "2021-05-04")
    assert [p.name for p in event.places] == [place]
