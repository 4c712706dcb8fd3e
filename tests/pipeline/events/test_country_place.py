"""Where a report that names no known town or region is placed: at the country the words of
the report point to, a nationality the model did not tag included; places in the brackets of
an entity the model ran on into them are found. Real model and gazetteer; our own texts."""

from __future__ import annotations

import pytest

from pipeline.models import ArticleResult
from tests.pipeline.events.reading import read_text


def _extract(extractor, text: str) -> ArticleResult:  # type: ignore[no-untyped-def]
    return read_text(extractor, text, "2021-06-10")


@pytest.mark.model
def test_an_untagged_nationality_of_the_forces_places_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Burkinabe" is an adjective the model tags as nothing; JNIM's home (Mali) is no place
    text = (
        "On 6 October 2021, a Burkinabe army vehicle was struck by an IED planted by JNIM "
        "militants near Kwarbanga, one soldier was killed."
    )
    result = _extract(extractor, text)
    placed = {p.country for e in result.events for p in e.places}
    assert placed == {"BF"}


@pytest.mark.model
def test_places_in_brackets_after_an_unknown_village_are_found(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 25 December 2020, a resident of Kwarbanga (Sibut, Kemo) was reportedly killed by "
        "armed men."
    )
    result = _extract(extractor, text)
    names = {p.mention.text for p in result.places}
    assert "Sibut" in names
    assert {p.country for e in result.events for p in e.places} == {"CF"}


@pytest.mark.model
def test_a_bracket_after_a_list_of_villages_holds_them_all(extractor) -> None:  # type: ignore[no-untyped-def]
    # Douma here is a village of Mopti, not Syria's Douma (the gazetteer knows only that one)
    # (Sefara a name the model leaves untagged)
    text = (
        "On 4 May 2021, militants clashed with soldiers in Douma and Sefara (Douentza, Mopti). "
        "Three soldiers were killed."
    )
    result = _extract(extractor, text)
    assert "Douma" not in {p.mention.text for p in result.places}
    assert {p.country for e in result.events for p in e.places} == {"ML"}
    # guard: the bracket is the last name's own; the first keeps its town in the country
    text = (
        "On 3 May 2021, Taliban fighters attacked checkpoints in Kabul and Lashkar Gah "
        "(Helmand), killing nine policemen."
    )
    kabul = [p for p in _extract(extractor, text).places if p.mention.text == "Kabul"]
    assert [(p.kind, p.country) for p in kabul] == [("city", "AF")]
    # guard: a bracket naming only a country holds the last name; a city known by its own
    # name keeps it
    text = (
        "On 3 May 2021, shelling killed five civilians in Aleppo. Thousands have fled between "
        "Aleppo and Gaziantep (Turkey) since."
    )
    assert {p.country for e in _extract(extractor, text).events for p in e.places} == {"SY"}


@pytest.mark.model
def test_the_nationality_of_strikes_is_not_where_they_fell(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, Russian airstrikes killed 12 Syrian civilians in Kafr Dunbul."
    result = _extract(extractor, text)
    assert {p.country for e in result.events for p in e.places} == {"SY"}


@pytest.mark.model
def test_a_countrys_own_forces_place_the_event_before_foreign_fighters(extractor) -> None:  # type: ignore[no-untyped-def]
    # Russian mercenaries and their company say where they come from; FACA serve at home
    text = (
        "On 3 May 2021, Russian mercenaries from Wagner group, supported by FACA forces, "
        "clashed with rebels on a mining site near Kouki."
    )
    result = _extract(extractor, text)
    assert {p.country for e in result.events for p in e.places} == {"CF"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a town inside the region is the most specific place named, whichever the parse
        # ties to the event
        (
            "On 2 June 2021, clashes erupted as security forces tried to remove demonstrators "
            "from Hilla city's main square in Babylon province.",
            "Babylon",
        ),
        (
            "On 2 June 2021, Taliban militants attacked an army post, killing two soldiers, in "
            "Kwarbanga of Nad Ali district, Helmand.",
            "Helmand",
        ),
    ],
)
def test_the_town_inside_a_region_places_the_event(extractor, text: str, region: str) -> None:  # type: ignore[no-untyped-def]
    event = _extract(extractor, text).events[0]
    (place,) = event.places
    assert (place.kind, place.admin1) == ("city", region)
    assert event.geo_precision >= 2  # near the town: the text does not put the event in it


@pytest.mark.model
def test_the_country_whose_forces_act_is_no_place_of_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    # "the Military Forces of Turkey": whose forces; the strike is in Iraq, by foreign forces
    text = (
        "On 4 May 2021, the Military Forces of Turkey conducted airstrikes targeting PKK "
        "positions in the Avashin region of Erbil, northern Iraq."
    )
    event = _extract(extractor, text).events[0]
    assert {p.country for p in event.places} == {"IQ"}
    assert (event.actor1, event.inter1) == ("Military Forces of Turkey", 8)


@pytest.mark.model
def test_the_country_whose_army_is_named_still_places_a_report_without_towns(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 June 2017, jihadists beheaded 4 young men in the Zorvak desert, accusing them of "
        "spying for the army of Syria."
    )
    event = _extract(extractor, text).events[0]
    assert [(p.kind, p.country) for p in event.places] == [("country", "SY")]


@pytest.mark.model
def test_the_people_s_own_town_places_what_they_did_when_nothing_else_does(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 8 June 2021, hundreds of Kitui residents marched to demand clean water."
    events = _extract(extractor, text).events
    assert [(e.event_type, [p.name for p in e.places]) for e in events] == [("Protests", ["Kitui"])]
    # a place the text puts the event in wins over the people's town
    text = "On 8 June 2021, hundreds of Kitui residents marched in Nairobi to demand clean water."
    assert [p.name for p in _extract(extractor, text).events[0].places] == ["Nairobi"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "Nigerien" is tagged as a place; the army's country says where, not ISGS's home
        "On 2 April 2021, ISGS fighters shelled a Nigerien army camp near Kwarbanga at dawn.",
        "On 2 April 2021, ISGS fighters fired at Nigerien soldiers guarding a well near Kwarbanga.",
        # ... or as a person of one word
        "On 5 May 2020, ISGS militants launched rockets targeting Nigerien army barracks in Zarbo "
        "without causing casualties.",
    ],
)
def test_a_countrys_army_by_its_nationality_places_the_event_before_a_group(  # type: ignore[no-untyped-def]
    extractor, text: str
) -> None:
    result = _extract(extractor, text)
    assert {p.country for e in result.events for p in e.places} == {"NE"}
    assert any(e.actor2 == "Military Forces of Niger" and e.inter2 == 1 for e in result.events)


@pytest.mark.model
def test_a_persons_name_that_spells_a_nationality_places_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    # guard: "Swiss" is a surname here, not the nationality of anything
    text = "On 4 May 2021, bandits killed two farmers in their village, Inspector Swiss said."
    result = _extract(extractor, text)
    assert all(p.country != "CH" for e in result.events for p in e.places)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a nationality opening a nation's own body the model tags as an organisation, or the
        # country's name before or after the body's word: Maua is Kenya's, not the larger Maua
        # of Brazil
        "On 3 May 2022, two members of the Kenyan Democratic Party were stabbed in Maua.",
        "On 3 May 2022, a patrol of the Kenyan Defence Forces was ambushed in Maua.",
        "On 3 May 2022, two members of the Kenya Youth League were stabbed in Maua.",
        "On 3 May 2022, two officers of the Kenya Police were stabbed in Maua.",
        "On 3 May 2022, a patrol of the Kenya Army was ambushed in Maua.",
    ],
)
def test_a_nations_own_body_by_its_nationality_or_name_says_where_the_story_is(  # type: ignore[no-untyped-def]
    extractor, text: str
) -> None:
    assert {p.country for e in _extract(extractor, text).events for p in e.places} == {"KE"}


@pytest.mark.model
def test_a_unit_only_abroad_inside_a_district_named_for_its_seat_is_at_the_district(  # type: ignore[no-untyped-def]
    extractor,
) -> None:
    # Palghar is known only in India; the text puts it in Nepal's Bardiya district, which the
    # gazetteer knows as a town: the event is in the district, near its seat (precision 2)
    text = (
        "On 4 June 2021, two shopkeepers were stabbed at a market in Palghar rural "
        "municipality (Bardiya district)."
    )
    event = _extract(extractor, text).events[0]
    assert [(p.country, p.kind) for p in event.places] == [("NP", "city")]
    assert event.places[0].name.startswith("Bardiy")
    assert event.geo_precision == 2


def test_a_village_who_s_on_first_knows_inside_its_district_is_the_place(  # type: ignore[no-untyped-def]
    extractor,
) -> None:
    # Rajapur, known in GeoNames only in India, is a village of Nepal's Bardiya district
    text = (
        "On 4 June 2021, two shopkeepers were stabbed at a market in Rajapur rural "
        "municipality (Bardiya district)."
    )
    (place,) = _extract(extractor, text).events[0].places
    assert (place.name, place.country, place.admin1) == ("Rajapur", "NP", "Lumbini")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the nationality of a product's maker says nothing of where the report is
        (
            "On 4 May 2021, Ugandan police seized 40 Chinese-made pistols from a lorry at a "
            "checkpoint.",
            "UG",
        ),
        (
            "On 4 May 2021, Ugandan police seized 40 pistols of Chinese origin from a lorry at a "
            "checkpoint.",
            "UG",
        ),
        # guard: people who "made up" the dead are no makers
        (
            "On 4 May 2021, Nigerians made up most of the 12 people killed when gunmen attacked "
            "a bus at a checkpoint.",
            "NG",
        ),
    ],
)
def test_the_nationality_of_a_things_maker_is_no_place_of_the_event(  # type: ignore[no-untyped-def]
    extractor, text: str, country: str
) -> None:
    events = _extract(extractor, text).events
    assert events
    assert {p.country for e in events for p in e.places} == {country}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the nationality of strikes from afar or of hired men says where they come from: the
        # event is listed but not mapped
        "On 3 May 2021, Turkish jets bombed a village near Kwarbanga, killing four farmers.",
        "On 3 May 2021, Russian mercenaries abducted two miners near Kwarbanga.",
        "On 3 May 2021, villagers protested against a Chinese mining company near Kwarbanga.",
        # ... nor the home of a group that fights in several countries
        "On 3 May 2021, JNIM fighters attacked a village near Kwarbanga, killing four farmers.",
        "On 3 May 2021, ISWAP insurgents ambushed a convoy near Kwarbanga, killing six soldiers.",
    ],
)
def test_the_nationality_of_strikes_or_hired_men_places_no_event(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    result = _extract(extractor, text)
    assert result.events
    assert all(not e.places for e in result.events)
    assert any("no place found" in w.message for w in result.warnings)


@pytest.mark.model
def test_a_groups_home_places_the_event_before_foreign_jets(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, Russian jets struck SDF positions near Kwarbanga, killing two fighters."
    result = _extract(extractor, text)
    assert {p.country for e in result.events for p in e.places} == {"SY"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # guards: a country's troops and forces serve at home as often as abroad
        ("On 3 May 2021, Syrian regime forces shelled a village near Kwarbanga, killing 2.", "SY"),
        ("On 3 May 2021, Syrian government forces shelled rebel positions, killing three "
         "fighters.", "SY"),
        ("On 3 May 2021, Nigerian troops killed 20 Boko Haram insurgents during a raid.", "NG"),
        ("On 3 May 2021, Afghan security forces killed 12 militants in a raid.", "AF"),
        # ... and a government's warplanes or a navy
        ("On 3 May 2021, Syrian government warplanes bombed a hospital, killing 9 civilians.",
         "SY"),
        ("On 3 May 2021, the Nigerian Navy destroyed 20 illegal refineries in the creeks.", "NG"),
    ],
)  # fmt: skip
def test_a_countrys_own_troops_place_the_event(extractor, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert {p.country for e in _extract(extractor, text).events for p in e.places} == {country}
