"""Crowds against forces: a clash between police and rioters, demonstrators or party
supporters is a riot with the forces as the other side; a clash of forces with armed men is a
battle, whatever word counts the men. Real model; our own texts."""

from __future__ import annotations

import pytest

from pipeline.models import Event
from tests.pipeline.events.reading import first_event, read_text


def _event(extractor, text: str) -> Event:  # type: ignore[no-untyped-def]
    return first_event(extractor, text, "2021-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, clashes between police and rioters at a market in Kinshasa left two "
        "people dead.",
        "On 3 May 2021, clashes broke out between party supporters and police outside the "
        "party headquarters in Kinshasa.",
        # people who are no armed men on the other side of the forces, the police named first
        "On 3 May 2021, a clash broke out between a group of police and about ten persons in "
        "Kinshasa while the police were enforcing a curfew.",
        # "between 20 to 30" read by the parse as part of the number
        "On 3 May 2021, a clash ensued between 20 to 30 locals and police at a market in Kinshasa.",
        # the parse reads "assaulted" as an adjective of the officers, who are its victims
        "On 3 May 2021, students staged a march and assaulted female police officers during a "
        "rally held outside the governor's office in Kinshasa.",
    ],
)
def test_a_crowd_against_the_police_is_a_riot(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(extractor, text)
    assert (event.event_type, event.inter1) == ("Riots", 5)
    assert event.actor1.startswith("Rioters")
    assert event.actor2.startswith("Police Forces") and event.inter2 == 1


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 10 January 2020, an armed clash took place between FARDC forces and two "
        "unidentified armed men in Kamanyola.",
        # forces on both sides, whatever word counts them ("the two groups")
        "On 10 January 2020, fighting broke out between soldiers and police in Kamanyola and "
        "continued between the two groups.",
        # a group's "members" killed in clashes with forces and their hired guns
        "On 10 January 2020, five members of the group were killed in Kamanyola during clashes "
        "with FARDC forces and private security contractors.",
    ],
)
def test_forces_against_armed_men_is_a_battle(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(extractor, text)
    assert event.event_type == "Battles"
    assert event.inter1 == 1


@pytest.mark.model
def test_a_crowd_that_enters_by_force_meets_no_army(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2021, students forced the gates of the county assembly in Kisumu by force and "
        "pelted the police with rocks."
    )
    event = _event(extractor, text)
    assert (event.event_type, event.actor1, event.actor2) == (
        "Riots",
        "Rioters (Kenya)",
        "Police Forces of Kenya",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the forces the crowd turned on
        "On 1 May 2018, a group of students held a demonstration in Medan city. They threw "
        "rocks at the police.",
        # the forces' intervention named as a noun
        "On 7 January 2020, students held a second day of demonstrations in Kinshasa against "
        "fees, with the police intervention. Two police officers were injured.",
        # in the riot's own sentence: what the crowd threw at them, whom it fought
        "On 2 March 2021, dozens of rioters hurled bottles at security services during a "
        "demonstration in Medan city.",
        "On 2 March 2021, hundreds of teachers demonstrated in Medan city over unpaid wages "
        "and clashed with police officers.",
        "On 2 March 2021, a riot broke out in Medan city between a group of fishermen and "
        "the police over a new harbour.",
        # a riot told, then the crowd turning on the forces
        "On 2 March 2021, a violent demonstration took place in Medan city. Demonstrators "
        "attacked the police with stones.",
    ],
)
def test_the_forces_a_riot_met_are_its_second_actor(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(extractor, text)
    assert event.event_type == "Riots"
    assert event.actor2.startswith("Police Forces") and event.inter2 == 1


@pytest.mark.model
def test_forces_firing_on_rioters_is_the_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, the police opened fire on rioters in Cuamba, killing four of them."
    event = first_event(extractor, text, "2021-05-10")
    assert (event.event_type, event.inter1, event.inter2, event.fatalities) == ("Riots", 5, 1, 4)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the party opposition's supporters are a crowd, not rebels
        ("On 4 May 2021, opposition supporters attacked a police station in Parakou.",
         "Mob violence"),
        # the opposition at the table with the government is no armed side in the street
        ("On 4 May 2021, angry youth erected barricades and clashed with police in Parakou "
         "following the breakdown in negotiations between the government and opposition over "
         "elections.", "Violent demonstration"),
        # a brawl over a land dispute, pupils of two schools: no armed sides
        ("On 4 May 2021, two persons were killed in a clash over a land dispute at a village "
         "near Pagla Police Station, Mymensingh.", "Mob violence"),
        ("On 4 May 2021, students from two schools clashed in Ndjamena.", "Mob violence"),
        # a lynching, stones thrown at a bus, people beaten with sticks: what unarmed crowds do
        ("On 4 May 2021, a suspected thief was lynched to death by the community of Chimoio.",
         "Mob violence"),
        ("On 4 May 2021, two Hindu men were attacked by Muslim zealots with sticks in Sylhet.",
         "Mob violence"),
        ("On 4 May 2021, motorcycle taxi drivers pelted stones at a bus near Isiolo.",
         "Mob violence"),
        # the mob named as the agent, or doing justice by killing
        ("On 4 May 2021, two suspected robbers were set ablaze and killed by a mob in Kisumu.",
         "Mob violence"),
        ("On 4 May 2021, a mob carried out popular justice by killing two suspected thieves "
         "in Kisumu.", "Mob violence"),
        # forces breaking up a fight between villagers step in on a crowd
        ("On 4 May 2021, soldiers fired warning shots in Kisumu to break up a fight between "
         "villagers.", "Mob violence"),
        # a road blocked, fires lit: ACLED's violent demonstration
        ("On 4 May 2021, residents protested against insecurity by blocking the road in Beni.",
         "Violent demonstration"),
        ("On 4 May 2021, students demonstrated in Kisumu and lit fires in the streets.",
         "Violent demonstration"),
        # what only a crowd does, as reports word it
        ("On 4 May 2021, students riot against exam fees in Kisumu.", "Violent demonstration"),
        ("On 4 May 2021, residents demonstrated in Kisumu, burning the police offices.",
         "Violent demonstration"),
        ("On 4 May 2021, demonstrations took place in Kisumu, with demonstrators exchanging "
         "stone throwing with the police.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_crowds_that_riot(extractor, text: str, sub_event_type: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(extractor, text)
    assert (event.event_type, event.sub_event_type, event.inter1) == ("Riots", sub_event_type, 5)


@pytest.mark.model
def test_forces_killing_protesters_is_excessive_force_against_a_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    event = _event(extractor, "On 4 May 2021, police shot dead two protesters in Kisumu.")
    assert (event.event_type, event.sub_event_type) == (
        "Protests",
        "Excessive force against protesters",
    )
    assert (event.inter1, event.inter2, event.fatalities) == (6, 1, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a riot a protest is about is no riot of its own
        ("On 4 May 2021, thousands demonstrated in Kisumu to protest the arrests made during "
         "the riots of last year.", "Peaceful protest"),
        # what a protest is about is no event of its own
        ("On 5 March 2022, hundreds protested in Bangui against the invasion of Ukraine.",
         "Peaceful protest"),
        ("On 1 May 2021, thousands of residents demonstrated in Minbya urging a stop to the "
         "fighting between the army and the rebels.", "Peaceful protest"),
        # the vandalism a protest is against is no violence of the protest's
        ("On 4 May 2021, party members staged a demonstration in Kisumu against the prior "
         "vandalism of their office.", "Peaceful protest"),
        # what a protest is for, in a clause of purpose or after "against"
        ("On 4 May 2021, hundreds of people marched in Kisumu to demand an end to clashes "
         "between the army and the rebels.", "Peaceful protest"),
        ("On 4 May 2021, lawyers staged a protest in Kisumu against the prior clash between "
         "rival lawyers.", "Peaceful protest"),
        ("On 4 May 2021, residents organized a march in Kisumu to demand salaries and combat "
         "corruption.", "Peaceful protest"),
        # ... but not the crowd's own acts the parse joined to its demand
        ("On 4 May 2021, hundreds of graduates demonstrated in Kisumu demanding jobs, and "
         "clashed with police forces.", "Violent demonstration"),
        # the site of an attack told before is where, not what
        ("On 4 May 2021, mourners rallied in Kisumu at the scene of the bombing that killed three "
         "traders two weeks ago.", "Peaceful protest"),
        # barricades and burning tyres: a demonstration, not a mob
        ("On 4 May 2021, residents of Maradi barricaded roads and burned tyres.",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_a_protest_is_coded_by_what_the_crowd_did(
    extractor, text: str, sub_event_type: str
) -> None:  # type: ignore[no-untyped-def]
    assert _event(extractor, text).sub_event_type == sub_event_type


@pytest.mark.model
def test_a_crowds_victims_are_civilians(extractor) -> None:  # type: ignore[no-untyped-def]
    # robbers are armed men when they do violence, civilians when a mob kills them
    text = "On 4 May 2021, two suspected robbers were set ablaze and killed by a mob in Kisumu."
    event = _event(extractor, text)
    assert (event.actor1, event.actor2, event.fatalities) == (
        "Rioters (Kenya)",
        "Civilians (Kenya)",
        2,
    )


@pytest.mark.model
def test_tear_gas_after_a_riot_is_the_riots_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 30 September 2021, students held a violent demonstration in Kisumu. They tried to "
        "blockade a highway and threw rocks at the police. The police shot tear gas."
    )
    (event,) = read_text(extractor, text, "2021-10-01").events
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert (event.actor1, event.actor2) == ("Rioters (Kenya)", "Police Forces of Kenya")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a mob the police dispersed (one that named its victims has them as its other side)
        "On 4 May 2021, youths pelted stones in Kisumu. Police dispersed the crowd, no injuries "
        "reported.",
        # tear gas written with a hyphen
        "On 4 May 2021, residents protested in Kisumu. Police fired tear-gas, protesters "
        "responded by throwing stones.",
        # forces that dispersed the crowd, told in a sentence with no place of its own
        "On 4 May 2021, residents blocked the main road in Kisumu with burning tyres against "
        "fuel prices. Riot police dispersed the demonstrators and reopened the road.",
        # the forces called in to restore order
        "On 4 May 2021, rioters blocked a road in Kisumu against the election results. The "
        "police came to restore order.",
    ],
)
def test_the_forces_that_broke_up_a_riot_are_its_other_side(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = read_text(extractor, text, "2021-05-05").events
    assert (event.event_type, event.actor1) == ("Riots", "Rioters (Kenya)")
    assert (event.actor2, event.inter2) == ("Police Forces of Kenya", 1)


@pytest.mark.model
def test_a_riot_told_again_as_a_protest_is_one_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 10 July 2021, a violent demonstration was held in Kisumu against the governor. "
        "Police intervened to disperse the demonstrators."
    )
    (event,) = read_text(extractor, text, "2021-07-11").events
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.inter2 == 1


@pytest.mark.model
def test_a_student_strike_is_a_protest_and_a_near_lynching_kills_nobody(extractor) -> None:  # type: ignore[no-untyped-def]
    strike = (
        "On 20 November 2021, students came out to protest in front of the education office "
        "in Kisumu. The student strike continued with schools shutting down."
    )
    (event,) = read_text(extractor, strike, "2021-11-21").events
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    mob = "On 4 May 2021, a crowd in Kisumu attacked an official and almost lynched him."
    assert first_event(extractor, mob, "2021-05-05").fatalities is None


@pytest.mark.model
def test_an_exchange_of_fire_is_a_battle_whoever_shoots(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 1 July 2021, gunfire shots were exchanged between the cadres of a banned party and "
        "the police in Kisumu."
    )
    event = first_event(extractor, text, "2021-07-02")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.model
def test_shots_fired_at_people_are_no_crowd_control(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 15 October 2021, the police fired warning shots at 300 scavengers at a mine near "
        "Kisumu, injuring one."
    )
    event = first_event(extractor, text, "2021-10-16")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2021, a mob lynched a suspected ritualist in the market of Lokoja.",
        "On 4 May 2021, party supporters beat up a rival candidate in Lokoja.",
        # whom the stones were thrown at
        "On 4 May 2021, party supporters threw stones at the head of a rival list in Lokoja.",
    ],
)
def test_a_mobs_victims_are_civilians_whatever_the_words_call_them(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-05-10")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Mob violence")
    assert (event.actor2, event.inter2) == ("Civilians (Nigeria)", 7)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2021, two persons were killed in a clash over a land dispute in Kisumu.",
        "On 4 May 2021, supporters of two rival candidates clashed with sticks in Kisumu.",
        "On 4 May 2021, a riot broke out in Kisumu between traders of two markets.",
    ],
)
def test_in_a_fight_between_crowds_the_other_crowd_is_no_victim(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = read_text(extractor, text, "2021-05-05").events
    assert (event.event_type, event.actor1) == ("Riots", "Rioters (Kenya)")
    assert (event.actor2, event.inter2) == ("Rioters (Kenya)", 5)


@pytest.mark.model
def test_a_mobs_victim_stays_a_civilian_when_nobody_fought_back(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, villagers beat a suspected thief to death in Kisumu."
    (event,) = read_text(extractor, text, "2021-05-05").events
    assert (event.event_type, event.actor2, event.inter2) == ("Riots", "Civilians (Kenya)", 7)


@pytest.mark.model
def test_a_death_recalled_from_years_before_is_no_event_of_the_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 May 2021, protesters marched in Kisumu for an investigation into the murder of "
        "a journalist. He was killed on 13-December-1998."
    )
    events = read_text(extractor, text, "2021-05-05").events
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [
        ("Protests", "Peaceful protest", None)
    ]


@pytest.mark.model
def test_what_the_protesters_demand_is_no_statement_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    # what they demand is no statement of theirs, and the fight they ask for is no fight
    text = (
        "On 3 May 2021, traders held a rally outside the town hall in Kisumu. The protesters "
        "from the Traders Alliance demanded the county fight the gangs who have threatened "
        "their stalls."
    )
    events = read_text(extractor, text, "2021-05-04").events
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.model
def test_a_crowds_burning_after_a_shooting_is_the_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    # the shooting after "after" is what set them off, told as the riot's background
    text = (
        "On 3 May 2021, after a policeman shot a tailor, residents responded by burning and "
        "ransacking the police station in Kaya."
    )
    events = read_text(extractor, text, "2021-05-04").events
    assert [(e.event_type, e.actor1, e.inter2) for e in events] == [
        ("Riots", "Rioters (Burkina Faso)", 1)
    ]


@pytest.mark.model
def test_what_a_mobs_victim_had_done_is_no_event_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, a man who killed his neighbour was seized by a mob and killed in Kisumu."
    events = read_text(extractor, text, "2021-05-04").events
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Kenya)")]
