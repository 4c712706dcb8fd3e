"""World news: oceans, countries, demonyms and capitals are not small towns of the same name
unless the text places the town; names the gazetteer lacks are placed among the article's
places. Real model and gazetteer; given spans, as a corpus or another recogniser gives them,
or the names the pipeline finds itself."""

from __future__ import annotations

import pytest

from pipeline.geoparse.corpus import GeoparseInput, geoparse
from pipeline.sources.textfiles import article_from_text


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        ("Storms over the Pacific pushed warm water toward Peru.", "Pacific",
         "feature:pacific-ocean"),
        ("A cargo ship sank in the Atlantic off Senegal.", "Atlantic", "feature:atlantic-ocean"),
        ("A tsunami hit the Indonesian island of Java, killing hundreds.", "Java",
         "feature:java"),
        ("Flu cases rose across the Americas, the WHO said.", "Americas", "area:americas"),
        ("Tension on the Korean Peninsula rose after the missile test.", "Korean Peninsula",
         "feature:korean-peninsula"),
        ("Migrants crossed from North Africa toward Italy.", "North Africa", "area:north-africa"),
        ("The minister said China would send aid to Nepal.", "China", "country:CN"),
        ("The Canadian ambassador met officials in Kenya.", "Canadian", "country:CA"),
        ("Pyongyang said the DPRK would answer any strike.", "DPRK", "country:KP"),
        ("The UAE and KSA pledged aid to Yemen.", "KSA", "country:SA"),
    ],
)  # fmt: skip
def test_world_names_are_not_namesake_towns(
    resolve_names, text: str, name: str, place_id: str
) -> None:  # type: ignore[no-untyped-def]
    assert resolve_names(text, [name])[name][0] == place_id


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("The barge sank near Pacific, Mo., on the Meramec River.", "Pacific", "Missouri"),
        ("The fair opened in China, Texas, on Saturday.", "China", "Texas"),
    ],
)  # fmt: skip
def test_a_town_the_text_places_keeps_its_name(
    resolve_names, gazetteer, text: str, name: str, state: str
) -> None:  # type: ignore[no-untyped-def]
    place_id = resolve_names(text, [name, text.split(", ")[1]])[name][0]
    place = gazetteer.get(place_id)
    assert place is not None and place.kind == "city" and place.admin1 == state


def test_the_capital_in_world_news_and_the_state_among_states(resolve_names, gazetteer) -> None:  # type: ignore[no-untyped-def]
    talks = resolve_names("Talks between Washington and Moscow stalled.", ["Washington"])
    capital = gazetteer.get(talks["Washington"][0])
    assert capital is not None and capital.feature_code == "PPLC" and capital.country == "US"
    text = "Outbreaks were reported in Oregon, Utah and Washington last week."
    states = resolve_names(text, ["Oregon", "Utah", "Washington"])
    state = gazetteer.get(states["Washington"][0])
    assert state is not None and state.kind == "admin1"


def test_names_in_a_list_of_counties_are_counties(resolve_names) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fires burned 300 acres in Eastland and Callahan counties, the state forest service said."
    )
    places = resolve_names(text, ["Eastland", "Callahan"])
    assert places["Callahan"][0].endswith("Texas:Callahan County")
    assert places["Eastland"][0].endswith("Texas:Eastland County")


def test_words_for_a_places_people_name_the_place(resolve_names, gazetteer) -> None:  # type: ignore[no-untyped-def]
    places = resolve_names("Ohioans and Iowans voted on Tuesday.", ["Ohioans", "Iowans"])
    assert [gazetteer.get(places[n][0]).name for n in ("Ohioans", "Iowans")] == ["Ohio", "Iowa"]  # type: ignore[union-attr]


def test_an_unknown_village_is_placed_among_the_articles_places(resolve_names) -> None:  # type: ignore[no-untyped-def]
    text = "Cholera spread from Kisumu to Homa Bay and the village of Obambo, officials said."
    places = resolve_names(text, ["Kisumu", "Homa Bay", "Obambo"])
    place_id, lat, lon = places["Obambo"]
    assert place_id.startswith("near:") and -1.0 < lat < 0.5 and 34.0 < lon < 35.2


def test_a_lookalike_abroad_is_not_taken_in_a_story_about_one_country(resolve_names) -> None:  # type: ignore[no-untyped-def]
    # "Matundo" is no place in the gazetteer; its nearest spelling is "Mound", in the US
    text = "Tourists travel from Kisumu to Matundo, near Siaya in Kenya."
    _, lat, lon = resolve_names(text, ["Kisumu", "Matundo", "Siaya", "Kenya"])["Matundo"]
    assert -5.0 < lat < 5.0 and 33.0 < lon < 42.0


def test_one_sense_per_article_for_a_placed_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "COLUMBUS, Neb. - The council met Monday. Columbus will repave Main Street."
    start = text.index("Columbus will")
    spans = ((0, 8), (10, 14), (start, start + 8))
    record = next(geoparse([GeoparseInput("t", text, spans)], extractor, gold_spans=True))
    ids = {pid for s, _, _, _, _, pid, _ in record.toponyms if s in (0, start)}
    assert len(ids) == 1


def test_a_name_among_capitals_is_the_capital(resolve_names, gazetteer) -> None:  # type: ignore[no-untyped-def]
    # an American story: without its peers "Moscow" would be the Pennsylvania borough
    text = "New Jersey and New York travellers can fly to Moscow, Kiev, Minsk and Riga from Newark."
    names = ["New Jersey", "New York", "Moscow", "Kiev", "Minsk", "Riga", "Newark"]
    found = resolve_names(text, names)
    capitals = [gazetteer.get(found[n][0]) for n in ("Moscow", "Kiev", "Minsk", "Riga")]
    assert [c.country for c in capitals if c is not None] == ["RU", "UA", "BY", "LV"]


def test_a_word_for_a_states_people_is_the_state_not_a_lookalike(resolve_names, gazetteer) -> None:  # type: ignore[no-untyped-def]
    found = resolve_names("The plane was a copy of a Texan pilot's fighter.", ["Texan"])
    texas = gazetteer.get(found["Texan"][0])
    assert texas is not None and (texas.kind, texas.name) == ("admin1", "Texas")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an English village's namesake in a story the other places put in Afghanistan: not
        # England, but a place near the story's own
        ("Taliban fighters attacked checkpoints in Bedale and Asadabad, in Kunar, on Monday.",
         "AF"),
        # among its neighbours it is the English village
        ("Taliban fighters attacked checkpoints in Bedale, Northallerton and Ripon on Monday.",
         "GB"),
    ],
)  # fmt: skip
def test_a_small_namesake_abroad_is_no_answer(resolve_names, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    names = [n for n in ("Bedale", "Asadabad", "Kunar", "Northallerton", "Ripon") if n in text]
    _, lat, lon = resolve_names(text, names)["Bedale"]
    near_kunar = abs(lat - 34.9) < 1.0 and abs(lon - 71.1) < 1.0
    assert near_kunar == (country == "AF")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the text puts the hamlet in Afghanistan: no English village of its name
        ("Jets struck hideouts near Bedale, a hamlet in northern Afghanistan, on Monday.",
         {"AF"}),
        ("Jets struck hideouts near Bedale, in the hills of western Afghanistan, on Monday.",
         {"AF"}),
        # guard: a country the pilots came from says nothing of where Bedale is
        ("Jets struck hideouts near Bedale on Monday; the pilots came from Afghanistan.",
         {"AF", "GB"}),
    ],
)  # fmt: skip
def test_a_country_the_text_puts_a_place_in_outweighs_a_small_namesake_abroad(
    extractor, text: str, countries: set[str]
) -> None:  # type: ignore[no-untyped-def]
    result = extractor.extract(article_from_text(text, published="2022-06-04"))
    assert {p.country for p in result.places} == countries


def test_a_name_that_only_looks_like_a_place_says_nothing_of_the_country(resolve_names) -> None:  # type: ignore[no-untyped-def]
    # "Nagoyah" only looks like Nagoya: the region named with it puts the story in Benin, and
    # the village is placed there, not in Japan
    text = "On 2 May 2021, gunmen burned a granary in Nagoyah, Borgou."
    _, lat, lon = resolve_names(text, ["Nagoyah", "Borgou"])["Nagoyah"]
    assert 6.0 < lat < 13.0 and 0.5 < lon < 4.0


def test_names_in_a_bracketed_list_are_places(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model tags "Bogra Sadar" a person and "Rajshahi" an organisation: the brackets after
    # a place's name say they are its unit and region
    text = (
        "On 5 May 2023, party members staged a protest outside the Bogra Press Club "
        "(Bogra Sadar, Rajshahi)."
    )
    doc = extractor.nlp(text)
    found = {
        p.mention.text: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }
    assert found.get("Rajshahi") == "BD"


def test_a_container_that_only_looks_like_a_place_keeps_nothing_out(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Boalia" only looks like Ballia (India): it must not push Khulna out of Bangladesh
    text = "On 5 May 2023, students staged a protest in Khulna city (Boalia)."
    doc = extractor.nlp(text)
    found = {p.name: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))}
    assert found.get("Khulna") == "BD"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "far"),
    [
        # the only "Sari" listed is a city in Iran: the village near Mopti is not it
        ("On 20 January 2023, soldiers attacked the village of Sari near Mopti.", "Sari"),
        ("Gunmen raided Sari, 15 km north of Mopti, on Monday.", "Sari"),
    ],
)
def test_a_place_the_text_puts_near_a_town_lies_near_it(resolve_names, text: str, far: str) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve_names(text, [far, "Mopti"])
    place_id, lat, lon = resolved[far]
    _, town_lat, town_lon = resolved["Mopti"]
    assert place_id.startswith("near:")  # placed at the town it is near, not in Iran
    assert (lat, lon) == (town_lat, town_lon)


@pytest.mark.model
def test_a_place_stated_far_from_a_town_is_not_pulled_to_it(resolve_names) -> None:  # type: ignore[no-untyped-def]
    text = "Troops destroyed a convoy near El Oued, 600 kilometres south-east of Algiers."
    place_id, _, _ = resolve_names(text, ["El Oued", "Algiers"])["El Oued"]
    assert not place_id.startswith("near:")


@pytest.mark.model
def test_a_place_inside_a_province_lies_in_its_country_past_a_lookalike_district(
    resolve_names,
) -> None:  # type: ignore[no-untyped-def]
    # "Mizana" only looks like an Italian town: the province after it says where "Gao" is,
    # and Mali's Gao is not in Afghanistan's Zabul; both are placed in the province
    text = (
        "On 3 May 2021, a soldier was killed by Taliban fighters in the Gao area of Mizana "
        "district, Zabul."
    )
    resolved = resolve_names(text, ["Gao", "Mizana district", "Zabul"])
    _, lat, lon = resolved["Zabul"]
    assert resolved["Gao"][1:] == (lat, lon)
    assert resolved["Mizana district"][1:] == (lat, lon)


@pytest.mark.model
def test_a_lookalike_abroad_is_judged_by_the_whole_article(extractor) -> None:  # type: ignore[no-untyped-def]
    # no region or larger town to judge "Marufa" by (only near an Italian town's name): the
    # Congolese army, the ADF and the DRC say the story is not in Italy

    text = (
        "On 31 May, in Marufa, ADF rebels clashed with the FARDC, injuring two DRC soldiers. "
        "The DRC army said the ADF fled."
    )
    result = extractor.extract(article_from_text(text, published="2021-06-01"))
    assert result.events
    assert all(p.country != "IT" for p in result.places)
    assert all(p.country != "IT" for e in result.events for p in e.places)


@pytest.mark.model
def test_a_village_unknown_in_its_bracketed_region_is_no_namesake_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    # the only Ornans listed is in France; the brackets put this one in Chad's Salamat, so the
    # event lies in the region, and the French town sets no focus that pulls Salamat abroad

    text = "On 2 March 2022, gunmen attacked a farm in Ornans (Ornans, Salamat). Two people died."
    result = extractor.extract(article_from_text(text, published="2022-03-03"))
    assert all(p.country != "FR" for p in result.places)
    assert [p.country for e in result.events for p in e.places] == ["TD"]


@pytest.mark.model
def test_a_countrys_forces_known_by_acronym_say_where_the_story_is(extractor) -> None:  # type: ignore[no-untyped-def]

    text = "FARDC soldiers clashed with militiamen on Monday, killing three."
    result = extractor.extract(article_from_text(text, published="2022-03-03"))
    assert [p.country for e in result.events for p in e.places] == ["CD"]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("People in Wasit province protested for reforms.", "Wasit province", "Wasit"),
        ("Clashes were reported in Diyala Province overnight.", "Diyala Province", "Diyala"),
        ("Troops moved into Tigray Region on Monday.", "Tigray Region", "Tigray"),
    ],
)
def test_a_region_named_with_its_kind_is_the_region(
    resolve_names, gazetteer, text: str, name: str, region: str
) -> None:  # type: ignore[no-untyped-def]
    found = gazetteer.get(resolve_names(text, [name])[name][0])
    assert found is not None and (found.kind, found.name) == ("admin1", region)


@pytest.mark.parametrize(
    ("text", "name", "capital"),
    [
        ("Students marched in Jakarta province on Monday.", "Jakarta province", "Jakarta"),
        ("Floods hit Nairobi province overnight.", "Nairobi province", "Nairobi"),
    ],
)
def test_a_region_the_gazetteer_names_otherwise_is_at_its_capital(
    resolve_names, gazetteer, text: str, name: str, capital: str
) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's region is "DKI Jakarta": the province named after its capital lies there
    found = gazetteer.get(resolve_names(text, [name])[name][0])
    assert found is not None and (found.kind, found.name) == ("city", capital)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a region spelled another way in the brackets of a place's units is still the region
        (
            "On 3 May 2021, gunmen attacked the village of Kwarbanga (Ouallam, Tillabery).",
            "Tillabery",
            "NE",
        ),
        # a country's name with "city" after it is the city of that name, not the country
        ("Students in Benin city protested against school closures.", "Benin city", "NG"),
        # a name joined by a hyphen is one name, not two places
        ("Gunmen attacked an orphanage in Issele-Uku, and destroyed a car.", "Issele-Uku", "NG"),
        # a first-level region after a place and a comma, whatever the model called it
        ("On 6 November 2019, 24 rebels surrendered to the military in San Luis, Aurora.",
         "Aurora", "PH"),
        # ... or that the model tagged as nothing; the place before it is then in its country
        ("On 10 January 2020, troops raided a camp in Barangay Buhisan, San Agustin, Surigao "
         "del Sur.", "Surigao del Sur", "PH"),
        ("On 10 January 2020, troops raided a camp in Barangay Buhisan, San Agustin, Surigao "
         "del Sur.", "San Agustin", "PH"),
        # ... or tagged as a people after a town the model tagged as nothing
        ("On 3 May 2021, police killed a suspect in a raid in Barangay San Roque, Tanza, "
         "Cavite.", "Cavite", "PH"),
        # guard: a surname in a list is no town before a region
        ("Police arrested Lopez, Guerrero and Hidalgo after a riot in which two guards were "
         "killed.", "Guerrero", None),
    ],
)  # fmt: skip
def test_a_name_the_layout_places_is_found(extractor, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    found = {
        p.mention.text: p.country for p in extractor.resolve(doc, extractor.mentions(doc, "t"))
    }
    assert found.get(name) == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a short name unknown here: its near spellings (Massy in France, Masis in Armenia) are
        # too weak a clue when nothing else in the report says where it is
        ("On 17 May, gunmen raided a village in Masisi. They killed a trader.", "Masisi", None),
        # a longer near spelling of a town still finds it ("Laascaanood", Somalia)
        ("On 4 May, in Laascanod, a crowd demanded water.", "Laascanod", "SO"),
    ],
)
def test_a_near_spelling_alone_needs_a_long_name(  # type: ignore[no-untyped-def]
    extractor, text: str, name: str, country: str | None
) -> None:

    result = extractor.extract(article_from_text(text, published="2021-06-01"))
    found = [p.country for p in result.places if p.mention.text == name]
    assert found == ([country] if country else [])


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        # a region and town only spelt like the name ("Samara") lose to the town named so
        ("A car bomb went off at a vegetable market in Samarra on Friday.", "Samarra", "IQ",
         "city"),
        # a country's other name that is its capital's very name: the capital
        ("Teachers held a sit-in in Tunis over unpaid wages.", "Tunis", "TN", "city"),
    ],
)  # fmt: skip
def test_a_name_is_the_place_named_so_before_one_like_it(
    resolve_names, gazetteer, text: str, name: str, country: str, kind: str
) -> None:  # type: ignore[no-untyped-def]
    place = gazetteer.get(resolve_names(text, [name])[name][0])
    assert place is not None and (place.country, place.kind) == (country, kind)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a commune named like a region abroad (Lemba, Sao Tome) does not move its city
        ("On 3 June 2022, students marched in Kinshasa (Lemba, Kinshasa, Kinshasa) against a "
         "rise in school fees.", "Kinshasa", "CD"),
        # a town of a province carved out of the one named (Papua Tengah, of Papua)
        ("On 3 June 2022, teachers marched through Enarotali town, Papua, over unpaid wages.",
         "Enarotali", "ID"),
    ],
)  # fmt: skip
def test_a_town_placed_by_a_report_s_brackets_is_found(
    extractor, text: str, name: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    result = extractor.extract(article_from_text(text, published="2022-06-04"))
    countries = {p.country for p in result.places if p.mention.text == name}
    assert countries == {country}
