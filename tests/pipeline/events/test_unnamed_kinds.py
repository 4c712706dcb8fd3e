"""Armed men a report names only by their kind: tribes, cults, foreign forces, a party's
cadres; each with ACLED's name and inter code (our own texts)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event


@pytest.mark.model
def test_two_tribes_that_clash_are_both_communal_militias(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 12 March 2021, an armed fight broke out between two tribes near Nasiriyah."
    event = first_event(extractor, text, "2021-03-13")
    assert event.event_type == "Battles"
    militia = ("Unidentified Communal Militia (Iraq)", 4)
    assert (event.actor1, event.inter1) == militia
    assert (event.actor2, event.inter2) == militia


@pytest.mark.model
def test_the_dead_of_intercommunal_violence_fell_in_a_battle(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 12 March 2021, four people were killed in inter-communal violence near Bambari."
    event = first_event(extractor, text, "2021-03-13")
    assert (event.event_type, event.fatalities) == ("Battles", 4)
    militia = ("Unidentified Communal Militia (Central African Republic)", 4)
    assert (event.actor1, event.inter1) == (event.actor2, event.inter2) == militia
    # gunmen who killed people of a community attacked civilians
    text = "On 12 March 2021, gunmen killed four people of the Peuhl community near Bambari."
    assert first_event(extractor, text, "2021-03-13").event_type == "Violence against civilians"


@pytest.mark.model
def test_cult_militias_are_political_militias(extractor) -> None:  # type: ignore[no-untyped-def]
    cult = ("Unidentified Cult Militia (Nigeria)", 3)
    text = "On 3 April 2022, two rival cult militias clashed in Lokoja. Four people were killed."
    event = first_event(extractor, text, "2022-04-04")
    assert event.event_type == "Battles"
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == {cult}
    text = "On 3 April 2022, suspected cultists shot dead a trader in Benin City."
    event = first_event(extractor, text, "2022-04-04")
    assert (event.actor1, event.inter1) == cult
    assert event.event_type == "Violence against civilians"


@pytest.mark.model
def test_forces_named_only_as_foreign_are_external_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 9 May 2024, foreign forces carried out an airstrike on al-Shabaab fighters near Jilib."
    )
    event = first_event(extractor, text, "2024-05-10")
    assert (event.actor1, event.inter1) == ("Unidentified Military Forces", 8)
    assert event.inter2 == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 2 June 2021, police and cadres of the Marxist Workers Party exchanged fire near "
        "Birgunj.",
        "On 2 June 2021, a clash broke out between police and cadres of the Marxist Workers "
        "Party in Birgunj; one cadre died.",
    ],
)
def test_a_partys_cadres_who_fight_police_are_its_militia(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-06-03")
    assert event.event_type == "Battles"
    sides = {(event.actor1, event.inter1), (event.actor2, event.inter2)}
    assert sides == {("Marxist Workers Party", 3), ("Police Forces of Nepal", 1)}


@pytest.mark.model
def test_cadres_clashing_with_police_at_a_demonstration_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    # a guard (it passed before): a party found by its cadres is no armed group at a protest
    text = (
        "On 2 June 2021, cadres of the Marxist Workers Party clashed with police during a "
        "demonstration in Birgunj."
    )
    event = first_event(extractor, text, "2021-06-03")
    assert event.event_type == "Riots"
    assert (event.inter1, event.inter2) == (5, 1)


@pytest.mark.model
def test_two_peoples_named_with_one_noun_are_both_sides(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 March 2021, Fulani and Dogon militias clashed near Bankass, killing six."
    event = first_event(extractor, text, "2021-03-05")
    sides = {(event.actor1, event.inter1), (event.actor2, event.inter2)}
    assert sides == {("Fulani Ethnic Militia (Mali)", 4), ("Dogon Ethnic Militia (Mali)", 4)}


@pytest.mark.model
def test_the_men_an_armed_group_is_made_of_are_no_civilians(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 10 July 2018, an armed group composed of some 30 people raided Macomia, killing 2 "
        "people and wounding 2 officers."
    )
    event = first_event(extractor, text, "2018-07-11")
    assert event.event_type != "Riots"
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Mozambique)", 3)
    # a guard (it passed before): the people the gunmen killed are their victims
    text = "On 10 July 2018, gunmen who had killed two people attacked Macomia."
    event = first_event(extractor, text, "2018-07-11")
    assert (event.inter1, event.inter2) == (3, 7)


@pytest.mark.model
def test_factions_of_students_are_no_rebels(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 April 2019, two rival factions of students fought at a campus in Ilorin."
    event = first_event(extractor, text, "2019-04-05")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert (event.inter1, event.inter2) == (5, 5)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 9 May 2021, police exchanged fire with an armed Indian group near Biratnagar.",
        "On 9 May 2021, police exchanged fire with an Indian armed group near Biratnagar.",
    ],
)
def test_an_armed_group_a_nation_names_is_of_that_country(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    # an unnamed group of another nation than where it fought keeps its own country
    event = first_event(extractor, text, "2021-05-10")
    sides = {(event.actor1, event.inter1), (event.actor2, event.inter2)}
    assert sides == {("Police Forces of Nepal", 1), ("Unidentified Armed Group (India)", 3)}


@pytest.mark.model
def test_park_rangers_are_the_states_police(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 9 May 2021, gunmen and park rangers exchanged fire in the Garamba park near Dungu, "
        "Haut-Uele."
    )
    event = first_event(extractor, text, "2021-05-10")
    sides = {(event.actor1, event.inter1), (event.actor2, event.inter2)}
    country = "Democratic Republic of the Congo"
    assert sides == {
        (f"Unidentified Armed Group ({country})", 3),
        (f"Police Forces of {country}", 1),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "force"),
    [
        # a football club's fans, and an army's rangers, are no park's police
        ("On 9 May 2021, Rangers fans clashed with Celtic supporters in Glasgow.", None),
        ("On 9 May 2021, US Army Rangers killed 12 militants in a raid in Helmand.", "Military"),
    ],
)
def test_other_rangers_are_no_park_police(extractor, text: str, force: str | None) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-05-10")
    names = (event.actor1, event.actor2)
    assert not any(name.startswith("Police") for name in names)
    assert force is None or any(name.startswith(force) for name in names)
