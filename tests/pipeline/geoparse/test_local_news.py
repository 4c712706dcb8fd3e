"""Local news: a town's council, police and schools, its phone numbers and addresses make an
article local, and then its country's small namesakes beat famous places abroad; names used
together lie together. World news keeps the famous places. Real model and gazetteer."""

from __future__ import annotations

import pytest

from pipeline.geoparse.genre import local_home


def places(extractor, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Recognise and resolve ``text``: mention text -> (country, first-level region)."""
    doc = extractor.nlp(text)
    return {
        p.mention.text: (p.country, p.admin1)
        for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The city council voted Monday. Residents can call the police department at "
         "555-201-3344 or write to 120 Oak St., the clerk said.", "US"),
        ("Two men appeared at Crown Court after the borough council reported fly-tipping "
         "worth £4,000.", "GB"),
        ("The council of Aleppo met as shelling hit the city's east.", ""),
    ],
)  # fmt: skip
def test_local_news_and_its_country(text: str, home: str) -> None:
    assert local_home(text, {}) == home


def test_local_news_of_a_us_town_and_its_county(resolve_names, gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Carthage Police Department arrested a 33-year-old man on Tuesday. He was held at "
        "the Panola County Jail with bond set at $2,000. Anyone with information may call the "
        "police department at 903-555-0142."
    )
    found = resolve_names(text, ["Carthage", "Panola County"])
    town, county = (gazetteer.get(found[n][0]) for n in ("Carthage", "Panola County"))
    assert (town.country, town.admin1) == ("US", "Texas")
    assert (county.country, county.admin1) == ("US", "Texas")


def test_a_town_institution_makes_a_countrys_name_a_town(resolve_names) -> None:  # type: ignore[no-untyped-def]
    text = "The Jordan City Council approved the budget on Monday, the city manager said."
    assert resolve_names(text, ["Jordan"])["Jordan"][0] != "country:JO"


def test_a_country_in_an_organisations_hyphenated_name_stays_a_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow and Washington met in the NATO-Russia Council. Russia said talks would go on."
    assert places(extractor, text)["Russia"] == ("RU", "")


def test_world_news_keeps_famous_places(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, "Leaders met in Athens and Rome to discuss the migrant crisis.")
    assert (found["Athens"][0], found["Rome"][0]) == ("GR", "IT")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("On 3 May 2021, two groups clashed in Faridpur Sadar upazila (Dhaka) over a land dispute.",
         "Dhaka"),
        ("On 3 May 2021, rival groups clashed in Jhenaidah Sadar upazila (Khulna).", "Khulna"),
    ],
)  # fmt: skip
def test_a_unit_and_its_region_in_brackets_are_places(extractor, text: str, region: str) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, text)
    assert found.get(region, ("", ""))[0] == "BD"
    assert any(name != region and country == "BD" for name, (country, _) in found.items())


def test_a_place_the_text_puts_inside_another_is_in_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(
        extractor, "Two policemen were killed in the Dover area of Arghandab district, Kandahar."
    )
    assert found.get("Kandahar", ("", ""))[0] == "AF"
    assert found.get("Dover", ("AF", ""))[0] == "AF"  # no Dover abroad: unanswered or Afghan


def test_a_namesake_in_another_province_than_the_text_names_is_not_meant(extractor) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's towns named Qarabagh lie in Herat and Ghazni provinces, not in Kabul
    found = places(extractor, "Gunmen shot a teacher in Qarabagh district, Kabul, on Monday.")
    assert found.get("Qarabagh", ("", "Kabul"))[1] == "Kabul"
    assert found.get("Kabul", ("", ""))[0] == "AF"


def test_a_country_named_town_among_the_storys_towns(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Lebanon" with its neighbours Zionsville and Whitestown is the Indiana town; alone, or
    # with Beirut, it is the country
    local = (
        "Lebanon will hold its spring clean-up in April, the street superintendent said. "
        "Residents of Zionsville and Whitestown may bring their yard waste too."
    )
    assert places(extractor, local)["Lebanon"] == ("US", "Indiana")
    world = "Lebanon and Syria closed their border after Beirut said two soldiers died."
    assert places(extractor, world)["Lebanon"][0] == "LB"


def test_a_town_and_its_region_the_model_ran_together_are_two_places(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model takes "Belet Weyne, Hiraan" for one facility; the town is a near spelling
    text = "On 3 May 2021, a mortar hit a market in Ceel Cali village (Belet Weyne, Hiraan)."
    assert places(extractor, text).get("Belet Weyne", ("", ""))[0] == "SO"


def test_a_months_short_name_by_a_day_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Jul" is a place's name in the gazetteer; the model tagged "30" as a number only
    text = "On 30 Jul 2019, NPA rebels attacked an army post in Cagayan de Oro City."
    assert set(places(extractor, text)) == {"Cagayan de Oro City"}


def test_a_district_the_gazetteer_lacks_is_placed_at_its_seat(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("On 5 May 2021, soldiers shelled villages in Mrauk-U Township, Rakhine.")
    found = {p.mention.text: p for p in extractor.resolve(doc, extractor.mentions(doc, "t"))}
    seat = found["Mrauk-U Township"]
    assert (seat.name, seat.country, seat.precision) == ("Mrauk U", "MM", 2)
    # a township whose name many towns of its country share has no one seat
    doc = extractor.nlp("A barn burned in Jackson Township on Monday, the fire chief said.")
    found = {p.mention.text: p for p in extractor.resolve(doc, extractor.mentions(doc, "t"))}
    assert found.get("Jackson Township") is None or found["Jackson Township"].kind != "city"


def test_a_district_named_after_its_seat_by_another_spelling_is_placed_there(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Toungoo" is the gazetteer's other name of Taungoo, not its own: the seat still counts
    doc = extractor.nlp(
        "On 5 May 2021, soldiers shelled villages in Toungoo Township, Bago Region."
    )
    found = {p.mention.text: p for p in extractor.resolve(doc, extractor.mentions(doc, "t"))}
    seat = found["Toungoo Township"]
    assert (seat.name, seat.country, seat.precision) == ("Taungoo", "MM", 2)
    # guard: an English word that is only a hamlet's other name is no seat
    doc = extractor.nlp("Gunmen attacked homes in Peace Township on Monday, police said.")
    found = {p.mention.text: p for p in extractor.resolve(doc, extractor.mentions(doc, "t"))}
    assert "Peace Township" not in found


def test_a_direction_or_a_small_word_of_a_name_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model calls "Central Java" and "al Mukhaysah" people; "Central" and "al" alone are
    # places' names in the gazetteer (a Ugandan region, a Norwegian town)
    text = (
        "On 3 July 2019, rioters burned a shop in Magelang city, Central Java province, after a "
        "brawl."
    )
    assert places(extractor, text) == {"Magelang": ("ID", "Jawa Tengah")}
    text = "On 27 April 2019, gunmen shot two shepherds in al Ghazaliyah village near Kirkuk."
    assert "al" not in places(extractor, text)


def test_a_town_inside_an_organisations_name_after_in_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model reads "the Ministry of Defence in Bangui" as one organisation
    text = "On 3 May 2021, a grenade exploded near the Ministry of Defence in Bangui on Monday."
    assert places(extractor, text).get("Bangui", ("", ""))[0] == "CF"


def test_a_town_whose_name_holds_a_persons_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model reads "Ismail Khan" as a person and leaves "Dera" out
    text = "Militants attacked a police van in Dera Ismail Khan on Monday."
    assert places(extractor, text).get("Dera Ismail Khan", ("", ""))[0] == "PK"
    # a person's name is still no place
    assert "Imran Khan" not in places(extractor, "Prime Minister Imran Khan visited Lahore.")


def test_the_towns_that_name_a_road_are_places(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, youths blocked the Makamba-Rutana road with burning tyres."
    found = places(extractor, text)
    assert (found.get("Makamba", ("", ""))[0], found.get("Rutana", ("", ""))[0]) == ("BI", "BI")
    # a street named in capitals is no road between two towns
    assert "Croy" not in places(extractor, "Crews repaved Hyland-Croy Road in Dublin on Monday.")


def test_a_peoples_adjective_before_its_people_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Arab" is a town's name in the gazetteer (Alabama); the model calls it a group here
    text = "Fighting between Arab herders and Fur farmers left 4 dead in the area of Kutum."
    assert set(places(extractor, text)) == {"Kutum"}


def test_names_a_slash_joins_are_places_of_their_own(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model tags "Erbil" and leaves "Iraq" out
    text = (
        "On 6 June, three militants were killed by soldiers during clashes in the Sidakan "
        "region of Erbil/Iraq."
    )
    found = places(extractor, text)
    assert found.get("Iraq", ("", ""))[0] == "IQ" and found.get("Erbil", ("", ""))[0] == "IQ"
    # or reads both as one organisation in a longer report
    text = (
        "On 13 July, two soldiers were killed by militants during clashes in Sidakan (Soran "
        "district) region of Erbil/Iraq."
    )
    assert places(extractor, text).get("Iraq", ("", ""))[0] == "IQ"


def test_a_word_for_the_states_forces_is_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Police" is a town in Poland; here it is the force that took part
    text = "A joint team of soldiers and Police raided a bandits' camp in Kankara on Monday."
    assert "Police" not in places(extractor, text)
