"""Toponym recognition and resolution with the real model and gazetteer, on our own sentences."""

from __future__ import annotations

import pytest

from geodata.models import Candidate
from pipeline.geoparse.resolve import ResolverSettings, country_focus, score_candidate
from pipeline.models import Mention


def places(extractor, text: str):  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    return extractor.resolve(doc, extractor.mentions(doc, "t"))


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("Fighting was reported in Saraqib on Monday.", "Saraqib", 35.86, 36.80),
        ("Rebels attacked Aleppo overnight.", "Aleppo", 36.20, 37.16),
        ("Protesters gathered in Paris and Lyon.", "Paris", 48.85, 2.35),
        ("The mayor of Paris, Texas, spoke.", "Paris", 33.66, -95.56),
        # the governorate, at the middle of its territory (it reaches the Iraqi border)
        ("Troops moved into the countryside of Homs.", "Homs", 34.48, 38.32),
        ("Officials in Brussels met their Turkish counterparts.", "Brussels", 50.85, 4.35),
        # "Name, State" is a place even where the model sees no entity or a person
        ("MANSFIELD, Ohio - The council met on Tuesday.", "MANSFIELD", 40.76, -82.52),
        ("Crews from Tupelo, Mississippi, arrived before dawn.", "Tupelo", 34.26, -88.70),
        # one sense per article: a bare name used as a place elsewhere stays a place
        (
            "Flooding closed roads in Tupelo. Tupelo said the schools would reopen.",
            "Tupelo",
            34.26,
            -88.70,
        ),
        # the state that most of the article's names could lie in picks their namesakes
        (
            "Storms in Tennessee hit Paris, Dresden and Huntingdon. In Paris the fair was off.",
            "Paris",
            36.30,
            -88.33,
        ),
        ("Flights from St. Petersburg to Moscow resumed.", "St. Petersburg", 59.94, 30.31),
        # a county known only in US states says the story is American, and which state
        ("Henry County deputies arrested a man in Paris on Friday.", "Paris", 36.30, -88.33),
        ("Henry County deputies arrested a man in Paris on Friday.", "Henry County", 36.3, -88.33),
        # a state's name is the state, not one of the small towns that share it
        ("Voters in Oregon and Washington approved the measures.", "Washington", 47.29, -120.59),
        ("Ranchers in Wyoming and Montana lost cattle to the storm.", "Wyoming", 42.97, -107.55),
        # an unlisted county is no near spelling of a foreign one (Clarke is not Clare,
        # Ireland): it lies among the article's places
        (
            "Clarke County deputies searched homes in Athens, Georgia.",
            "Clarke County",
            33.95,
            -83.37,
        ),
        # a country's common short name (curated: the registries only have "North Macedonia")
        ("Bird flu spread to Romania and Macedonia this week.", "Macedonia", 41.83, 22.0),
        # a name standing for a government is the national capital
        (
            "Cairo welcomed Washington's offer. Washington said it would send envoys.",
            "Washington",
            38.9,
            -77.04,
        ),
    ],
)
def test_resolves_in_context(
    extractor,
    text: str,
    name: str,
    lat: float,  # type: ignore[no-untyped-def]
    lon: float,
) -> None:
    found = [p for p in places(extractor, text) if p.mention.text == name]
    assert found, [p.mention.text for p in places(extractor, text)]
    assert all(abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3 for p in found), found
    assert text[found[0].mention.start : found[0].mention.end] == name


def test_people_and_demonyms_are_not_places(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Party leader Devlet Bahceli spoke in Ankara. Bahceli said Syrian and Turkish "
        "officials met."
    )
    names = [p.mention.text for p in places(extractor, text)]
    assert names == ["Ankara"]


def test_capital_as_actor_is_metonymy(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, "Ankara and Moscow agreed a truce. Moscow said it would hold.")
    roles = {(p.mention.text, p.mention.role) for p in found}
    assert ("Moscow", "metonymy") in roles


def test_unknown_place_is_left_out(extractor) -> None:  # type: ignore[no-untyped-def]
    assert places(extractor, "Clashes erupted in Xqzvlandia on Monday.") == ()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A patrol hit an IED near Douentza on Monday.", {"Douentza"}),
        ("Gunmen stormed the HQ in Gao.", {"Gao"}),
        ("Troops from the DRC crossed into Uganda.", {"DRC", "Uganda"}),  # a country's code
    ],
)
def test_an_acronym_no_place_has_is_no_place(extractor, text: str, kept: set[str]) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    assert {m.text for m in extractor.mentions(doc, "t")} == kept


@pytest.mark.parametrize(
    ("kind", "population", "feature_code"),
    [("city", 1_000_000, ""), ("admin1", 50_000, ""), ("city", 5_000, "PPLC")],
)
def test_focus_country_outweighs_population(kind: str, population: int, feature_code: str) -> None:
    local = Candidate("a", "X", "city", "SY", "", 36.0, 35.0, 2_000, 1.0)
    foreign = Candidate("b", "X", kind, "US", "", -90.0, 35.0, population, 1.0, feature_code)
    focus = {"SY": 1.0}
    assert score_candidate(local, focus) > score_candidate(foreign, focus)


def test_region_words_prefer_the_region() -> None:
    city = Candidate("c", "Homs", "city", "SY", "Homs", 36.72, 34.73, 775_000, 1.0)
    region = Candidate("r", "Homs", "admin1", "SY", "Homs", 38.15, 34.47, 1_800_000, 1.0)
    plain = (score_candidate(city, {}, namesake_region=True), score_candidate(region, {}))
    assert plain[0] > plain[1]
    regional = (
        score_candidate(city, {}, region_context=True, namesake_region=True),
        score_candidate(region, {}, region_context=True),
    )
    assert regional[1] > regional[0]


def test_resolver_settings_are_frozen() -> None:
    settings = ResolverSettings()
    with pytest.raises(AttributeError):
        settings.min_confidence = 0.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Cases of Marburg virus were confirmed in Uganda.", "Marburg", "Uganda"),
        ("The Ebola fever spread across Europe and Africa.", "Ebola", "Europe"),
    ],
)
def test_disease_names_are_not_places(
    extractor,
    text: str,
    absent: str,  # type: ignore[no-untyped-def]
    present: str,
) -> None:
    names = {p.mention.text for p in places(extractor, text)}
    assert absent not in names and present in names


def test_a_name_shared_by_a_country_and_a_state_does_not_set_the_focus(gazetteer) -> None:  # type: ignore[no-untyped-def]
    def mention(name: str) -> Mention:
        return Mention("t", name, 0, len(name), 0, "GPE")

    assert country_focus([mention("Georgia")], gazetteer) == {"GE": 0.5, "US": 0.5}
    focus = country_focus([mention("Georgia"), mention("U.S.")], gazetteer)
    assert focus["US"] > focus["GE"]
    assert country_focus([mention("Syria")], gazetteer) == {"SY": 1.0}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # namesakes in one US state do not outvote famous places the story never ties to it
        ("Air strikes hit Damascus and Palmyra while Lebanon closed its border.", "SY SY LB"),
        ("Leaders met in Athens and Rome to discuss the migrant crisis.", "GR IT"),
        ("Talks in Moscow, Berlin and Warsaw ended without a deal.", "RU DE PL"),
        ("Strikes on Kharkiv, Odessa and Kherson killed five.", "UA UA UA"),
    ],
)
def test_famous_places_stay_famous_without_local_evidence(
    extractor, text: str, countries: str
) -> None:  # type: ignore[no-untyped-def]
    assert " ".join(p.country for p in places(extractor, text)) == countries


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Government forces shelled Wagner positions and Wagner withdrew.", "Wagner"),
        ("Fano fighters clashed with the army near Gondar.", "Fano"),
    ],
)
def test_an_armed_groups_name_is_not_the_town_that_shares_it(
    extractor, text: str, actor: str
) -> None:  # type: ignore[no-untyped-def]
    assert actor not in {p.mention.text for p in places(extractor, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Terry Jolly, 60, Lebanon, was arrested on Thursday by county deputies.", "Lebanon"),
        ("A Jordan woman was charged with theft after the fair, deputies said.", "Jordan"),
        ("Services will be held at the church, 400 S. Locust St., Lebanon.", "Lebanon"),
    ],
)
def test_local_news_uses_of_a_name_mean_a_town_not_the_country(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    name: str,
) -> None:
    found = [p for p in places(extractor, text) if p.mention.text == name]
    assert found and all(p.kind == "city" for p in found), found
    assert found[0].mention.role == "locality"


def test_a_country_keeps_its_name_in_ordinary_use(extractor) -> None:  # type: ignore[no-untyped-def]
    found = [p for p in places(extractor, "Aid convoys crossed into Lebanon from Syria.")]
    assert [p.kind for p in found if p.mention.text == "Lebanon"] == ["country"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Schools in Northeast Georgia and North Texas cut budgets.", ["Georgia", "Texas"]),
        # a name of its own, or a continent's region, keeps its compass word
        ("Storms hit North Carolina and South Sudan.", ["North Carolina", "South Sudan"]),
        ("Cases rose in North Africa and Central America.", ["North Africa", "Central America"]),
    ],
)
def test_compass_words_before_a_place_are_not_its_name(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    names: list[str],
) -> None:
    doc = extractor.nlp(text)
    assert [m.text for m in extractor.mentions(doc, "t")] == names


def test_a_town_spelled_unlike_its_governorate_is_still_its_namesake(extractor) -> None:  # type: ignore[no-untyped-def]
    # GeoNames spells the town "Janin"; the governorate is "Jenin": the town is meant
    found = places(extractor, "Soldiers raided Jenin at dawn.")
    assert [(p.mention.text, p.kind) for p in found] == [("Jenin", "city")]
    assert abs(found[0].lat - 32.46) < 0.05 and abs(found[0].lon - 35.30) < 0.05


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        # the model runs "Kafia (Yobe" into one organisation: the region in brackets is found
        (
            "On 2 May 2021, soldiers ambushed a convoy of militants near Damasak (Borno).",
            "Borno",
            "NG",
        ),
        ("On 2 May 2021, three men were killed in Kanyabayonga, North Kivu.", "North Kivu", "CD"),
    ],
)
def test_the_region_a_village_lies_in_is_found(  # type: ignore[no-untyped-def]
    extractor, text: str, region: str, country: str
) -> None:
    found = {p.mention.text: p for p in places(extractor, text)}
    assert region in found
    assert found[region].country == country and found[region].kind == "admin1"


def test_a_word_inside_a_hyphenated_bracketed_name_is_no_region(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("On 2 May 2021, gunmen killed six youths in Bria (Samba-Boungou, Bria).")
    assert "Samba" not in {m.text for m in extractor.mentions(doc, "t")}


@pytest.mark.parametrize(
    "text",
    ["The director of a local TV station was shot in Mosul.", "IS militants shelled Tikrit."],
)
def test_an_iso_code_in_prose_is_no_country(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(p.kind != "country" for p in places(extractor, text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the model's entity stops before "del"; the gazetteer knows the whole name
        ("Clashes broke out in Valle del Cauca on Monday.", "Valle del Cauca", "CO"),
        # no entity at all: the capitalised run goes on through "do" and "-e"
        ("Thousands marched through the streets of Foz do Iguacu on Sunday.", "Foz do Iguacu",
         "BR"),
        ("Gunmen attacked a checkpoint in Pul-e Alam on Monday.", "Pul-e Alam", "AF"),
    ],
)  # fmt: skip
def test_a_name_with_small_words_inside_is_one_name(  # type: ignore[no-untyped-def]
    extractor, text: str, name: str, country: str
) -> None:
    found = {p.mention.text: p.country for p in places(extractor, text)}
    assert found == {name: country}


def test_a_bracketed_region_after_an_entity_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Tiro (Bitkine, Guera" is one organisation to the model; "Guera" in brackets is Chad's
    # region after the village and its district, and "Ville" of
    # "Ville de Kinshasa" is no town of its own
    found = {
        p.mention.text: p.country
        for p in places(extractor, "Gunmen raided the village of Tiro (Bitkine, Guera) on Monday.")
    }
    assert found.get("Guera") == "TD"
    found = {
        p.mention.text
        for p in places(
            extractor,
            "Residents blocked roads in the capital Kinshasa (Ville de Kinshasa, Kinshasa).",
        )
    }
    assert "Ville" not in found and "Kinshasa" in found


def test_a_name_alone_in_brackets_after_a_place_is_its_unit(extractor) -> None:  # type: ignore[no-untyped-def]
    found = {
        p.mention.text
        for p in places(extractor, "Police clashed with youths in Kiambu town (Thika) on Sunday.")
    }
    assert found == {"Kiambu", "Thika"}
    # not brackets after a person's name: a party
    found = {
        p.mention.text
        for p in places(
            extractor, "Councillor Brian Meaney (Green) said the roads in Ennis were closed."
        )
    }
    assert "Green" not in found


def test_a_place_in_a_place_named_with_its_possessive_is_literal(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Basra's Tahrir Square" is a square in Basra; "Basra's governor" is Basra's doing
    roles = {
        p.mention.text: p.mention.role
        for p in places(extractor, "Police fired on protesters in Basra's Tahrir Square on Friday.")
    }
    assert roles.get("Basra") == "literal"
    roles = {
        p.mention.text: p.mention.role
        for p in places(extractor, "Basra's governor resigned on Friday.")
    }
    assert roles.get("Basra") == "associative"


def test_an_organisation_run_on_past_a_comma_leaves_the_places_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model sometimes takes "Barangay X, Town, Province" as one organisation: set so here
    from spacy.tokens import Span

    doc = extractor.nlp("Gunmen shot a farmer in Barangay Lagao, Koronadal, South Cotabato.")
    start = next(t.i for t in doc if t.text == "Barangay")
    end = next(t.i for t in doc if t.text == "Cotabato") + 1
    doc.ents = [Span(doc, start, end, label="ORG")]
    found = {m.text for m in extractor.mentions(doc, "t")}
    assert "Koronadal" in found


def test_a_word_in_lower_case_is_no_place_whatever_the_model_called_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    doc = extractor.nlp("Three black-necked swan cygnets hatched in Columbia on Monday.")
    swan = next(t.i for t in doc if t.text == "swan")
    columbia = next(t.i for t in doc if t.text == "Columbia")
    # as the small model sometimes tags them: the bird and the town both places
    tagged = [Span(doc, swan, swan + 1, label="GPE"), Span(doc, columbia, columbia + 1, "GPE")]
    doc.ents = [*(e for e in doc.ents if e.start > columbia or e.end <= swan), *tagged]
    assert [m.text for m in extractor.mentions(doc, "t")] == ["Columbia"]


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("Gunmen attacked Kwarbanga (Ouallam, Tillabery) at dawn.", "Tillabery", True),
        ("Militants attacked Andar (Shalgar) district at dawn.", "Shalgar", True),
        ("Floods hit Yaqshid district (Yaqshid, Banadir) at dawn.", "Banadir", True),
        ("The city may become a cargo hub. (Mike Hensen, Sun Media) Some disagree.", "Mike",
         False),
        ("If (Matt) had not gone fishing, nobody would have known.", "Matt", False),
    ],
)  # fmt: skip
def test_a_name_in_brackets_after_a_place_is_listed_with_it(
    nlp, text: str, name: str, listed: bool
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.geoparse.boxed import listed_after_name

    doc = nlp(text)
    i = next(t.i for t in doc if t.text == name)
    assert listed_after_name(doc[i : i + 1]) is listed
