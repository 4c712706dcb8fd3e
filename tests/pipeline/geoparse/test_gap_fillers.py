"""Unpopulated gap-filling villages, and regions named by a direction alone, are candidates
only in an article about their country."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from geodata.geometry import distance_km
from geodata.models import Candidate
from pipeline.geoparse.candidates import INEXACT, candidates_of
from pipeline.geoparse.focus import needs_its_country
from pipeline.geoparse.gapfill import pointed_villages
from pipeline.geoparse.resolve import ResolverSettings, is_gap_filler
from pipeline.models import Article


def candidate(place_id: str, population: int) -> Candidate:
    return Candidate(place_id, "Office", "city", "KE", "", 36.8, -1.3, population, 1.0)


@pytest.mark.parametrize(
    ("place_id", "population", "expected"),
    [
        ("wof:1", 0, True),
        ("wof:1", 1200, False),  # a census says it is a real town
        ("wof:1", 11, True),  # a few households: a village GeoNames' cities500 lacks
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


def village(place_id: str, lon: float, lat: float, admin1: str = "Ouham") -> Candidate:
    return Candidate(place_id, "Kara", "city", "CF", admin1, lon, lat, 0, 1.0)


TOWN = Candidate("gn:1", "Dorn", "city", "CF", "Ouham-Pende", 16.38, 6.32, 20_000, 1.0)
REGION = Candidate("csc:1", "Ouham", "admin1", "CF", "Ouham", 17.5, 7.0, 300_000, 1.0)


@pytest.mark.parametrize(
    ("named", "villages", "kept"),
    [
        # the village near the town the report names, not its namesake 150 km away
        ([TOWN], [village("wof:1", 16.45, 6.40), village("wof:2", 17.7, 6.9)], ["wof:1"]),
        # one in the region the report names
        ([REGION], [village("wof:1", 16.45, 6.40, "Ouham-Pende"), village("wof:2", 17.7, 6.9)],
         ["wof:2"]),
        # the one village of its name in the country, near enough to the town named there
        ([TOWN], [village("wof:2", 17.1, 6.9)], ["wof:2"]),
        # ... not when it lies hundreds of km from it ("the X area of Y": no X elsewhere)
        ([TOWN], [village("wof:2", 21.0, 8.0)], []),
        # a report that names nothing else keeps its country's one village of the name
        ([], [village("wof:2", 21.0, 8.0)], ["wof:2"]),
        # ... but not one of several
        ([], [village("wof:1", 16.45, 6.40), village("wof:2", 21.0, 8.0)], []),
        # not the one village of its name across the border from the town the report names
        ([replace(TOWN, country="TD", lon=16.45, lat=6.40)], [village("wof:2", 16.45, 6.40)],
         []),
    ],
)  # fmt: skip
def test_a_village_is_an_answer_only_where_the_report_points_to_it(
    named: list[Candidate], villages: list[Candidate], kept: list[str]
) -> None:
    town = Candidate("gn:9", "Kara", "city", "TG", "Kara", 1.19, 9.55, 94_000, 1.0)
    first = {f"n{i}": (c, 0.9) for i, c in enumerate(named)}
    found = pointed_villages({"kara": [town, *villages], **{k: [c] for k, (c, _) in first.items()}},
                             {**first, "kara": (villages[0], 0.9)})  # fmt: skip
    assert [c.place_id for c in found["kara"]] == ["gn:9", *kept]  # towns are never dropped


def places_of(extractor, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    return {
        p.mention.text: (p.place_id, p.country)
        for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }


def test_a_village_the_gazetteer_has_from_who_s_on_first_is_found(extractor) -> None:  # type: ignore[no-untyped-def]
    # a Syrian village GeoNames lacks; Iraq has a village of the same name
    found = places_of(
        extractor, "Government shelling hit Al Hamtah village near Jisr al-Shughur, Idlib."
    )
    place_id, country = found["Al Hamtah"]
    assert place_id.startswith("wof:") and country == "SY"


def test_a_village_far_from_the_town_it_is_said_to_be_in_is_not_it(extractor) -> None:  # type: ignore[no-untyped-def]
    # Syria's one An Najih lies in Daraa, 370 km from Aleppo: the report's place is Aleppo
    found = places_of(
        extractor, "Gunmen shot dead a trader in the An Najih area of Aleppo city on Monday."
    )
    assert "An Najih" not in found and found["Aleppo"][1] == "SY"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Iraq's Al-Kut, known as Kut, among hamlets of that name in five countries
        ("Hundreds of protesters rallied in Kut on Friday.", "Kut", "IQ"),
        # the town of Gusau, not the middle of its local government area, which has more people
        ("Students protested in Gusau over the killing of a lecturer.", "Gusau", "NG"),
        # a capital, not a hamlet of its name in the region the report also names
        ("Protesters marched in Abuja on Monday to denounce the killing of 20 farmers by Boko "
         "Haram in Borno.", "Abuja", "NG"),
        ("Gunmen killed 3 people in a Limpopo village on Sunday, while South Africans in London "
         "held a vigil.", "London", "GB"),
    ],
)  # fmt: skip
def test_a_town_is_not_lost_among_villages_and_districts_of_its_name(  # type: ignore[no-untyped-def]
    extractor, text: str, name: str, country: str
) -> None:
    place_id, found_country = places_of(extractor, text)[name]
    assert place_id.startswith("gn:") and found_country == country


def test_the_village_beside_the_named_town_among_dozens_of_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # Nigeria has some sixty villages called Sabon Gari: the one meant is the one by Wurno
    found = places_of(
        extractor, "Bandits raided Sabon Gari village near Wurno, Sokoto State, and kidnapped 12."
    )
    place_id, country = found["Sabon Gari"]
    assert place_id.startswith("wof:") and country == "NG"
    village = extractor.gazetteer.get(place_id)
    wurno = extractor.gazetteer.get(found["Wurno"][0])
    assert village is not None and wurno is not None
    assert distance_km(village, wurno) <= 25


def test_a_people_named_like_a_district_abroad_is_still_a_people(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Borana" is also another name of an Ethiopian district: the militia is an ethnic one
    text = "Borana militiamen killed six Gabra herders in Marsabit County on Saturday."
    event = extractor.extract(Article(id="t", text=text, published=date(2021, 6, 7))).events[0]
    assert event.actor1 == "Borana Ethnic Militia (Kenya)"


def test_a_village_is_a_candidate_by_its_own_names_only(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # among hundreds of thousands of hamlets a transliteration alike is no clue ("Gara": Gare)
    found = candidates_of("Gara", gazetteer, ResolverSettings())
    assert found and all(c.score >= INEXACT for c in found if is_gap_filler(c))
