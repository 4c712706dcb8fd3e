"""Unpopulated gap-filling villages, and regions named by a direction alone, are candidates
only in an article about their country."""

from __future__ import annotations

import pytest

from geodata.models import Candidate
from pipeline.geoparse.focus import needs_its_country
from pipeline.geoparse.resolve import is_gap_filler


def candidate(place_id: str, population: int) -> Candidate:
    return Candidate(place_id, "Office", "city", "KE", "", 36.8, -1.3, population, 1.0)


@pytest.mark.parametrize(
    ("place_id", "population", "expected"),
    [
        ("wof:1", 0, True),
        ("wof:1", 1200, False),  # a census says it is a real town
        ("gn:1", 0, False),
        ("zip:city:Iowa:Office", 0, False),
        ("", 0, False),
    ],
)
def test_is_gap_filler(place_id: str, population: int, expected: bool) -> None:
    assert is_gap_filler(candidate(place_id, population)) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("East", True),
        ("Far North", True),
        ("Centre-Nord", True),
        ("Centrale", True),
        ("Kivu", False),
    ],
)
def test_a_region_named_by_a_direction_needs_its_country(name: str, expected: bool) -> None:
    region = Candidate("csc:state:1", name, "admin1", "CM", name, 14.0, 4.0, 350_000, 1.0)
    assert needs_its_country(region) is expected


def test_a_direction_after_a_state_is_no_region_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    # Cameroon has a region named "East"; in a report on Myanmar the word is a part of a state
    doc = extractor.nlp("On 3 May 2021, soldiers shelled a village in Kutkai, Shan State (East).")
    found = {
        p.mention.text: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }
    assert "CM" not in found.values()
    # ... and in a report on Cameroon it is the region
    doc = extractor.nlp("On 3 May 2021, gunmen attacked a bus in Bertoua, in Cameroon's East.")
    found = {
        p.mention.text: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }
    assert found.get("East") == "CM"


def test_a_direction_is_no_region_it_only_resembles(extractor) -> None:  # type: ignore[no-untyped-def]
    # "East" matches South Africa's Mpumalanga by another of its names; the word is no place
    doc = extractor.nlp("A grenade went off at a market in Birtamod municipality, East, on Monday.")
    found = {
        p.mention.text: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }
    assert "ZA" not in found.values()


def test_a_direction_after_a_town_is_no_town_and_keeps_the_town(extractor) -> None:  # type: ignore[no-untyped-def]
    # a list's "East" (the seat of India's East Sikkim) is no town, and no country's "East"
    # region says that the town before it is unknown there
    doc = extractor.nlp("A grenade was thrown at a shop in Biratnagar city, East, on Monday.")
    found = {
        p.mention.text: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }
    assert found == {"Biratnagar": "NP"}
