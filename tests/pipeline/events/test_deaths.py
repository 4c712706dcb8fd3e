"""How many died, read the ways reports say it: shot dead, burned alive, tortured to death, a
range, a body found; a toll told after a sentence about the attackers. Real model; our own
texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event, read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 4 May 2021, gunmen ambushed a police patrol near Kandi. The policemen fired "
            "back and shot dead one assailant.",
            1,
        ),
        ("On 4 May 2021, gunmen attacked villages near Makurdi, killing between 40 and 60.", 40),
        (
            "On 4 May 2021, militants attacked an army post near Tikrit, which resulted in the "
            "killing of three soldiers and the injury of another.",
            3,
        ),
        (
            "On 4 May 2021, a party official was attacked at his home in Parakou and died the "
            "next day.",
            1,
        ),
        (
            "On 4 May 2021, two policemen were killed along with 15 militants when rebels "
            "attacked a checkpoint near Bannu.",
            17,
        ),
        (
            "On 4 May 2021, militants assassinated a farmer working as a guide for the army "
            "near Torodi.",
            1,
        ),
        (
            "On 4 May 2021, two bombs went off at a market in Maiduguri. The bombers were not "
            "identified. They killed four traders and wounded nine people.",
            4,
        ),
        ("On 4 May 2021, gunmen fired on two journalists in Basra, killing both.", 2),
        # a headline's bare singular is one; a count whose side is written with a slash, or
        # with an aside on who was among the dead
        ("On 4 May 2021, Tiv farmer was killed near Makurdi by unidentified gunmen.", 1),
        (
            "On 4 May 2021, soldiers ambushed militants near Baga. 20 BH/IS fighters were "
            "killed and 9 soldiers injured.",
            20,
        ),
        (
            "On 4 May 2021, three people, including a police officer, are dead after a gun "
            "battle between the police and militants near Poso.",
            3,
        ),
        # killed however the report words it
        ("On 4 May 2021, a police officer was fatally shot by gunmen near Kandi.", 1),
        ("On 4 May 2021, the director-general of a local radio was assassinated in Basra.", 1),
        ("On 4 May 2021, soldiers neutralised 12 militants near Torodi.", 12),
        ("On 4 May 2021, soldiers clashed with 6 militants near Torodi, killing them all.", 6),
        # the dead of each side, told one after the other, or the others "also" killed
        (
            "On 4 May 2021, a soldier was killed in an attack by NPA rebels near Laoang. Two "
            "rebels were killed.",
            3,
        ),
        (
            "On 4 May 2021, five militiamen were killed in an attack by Taliban militants in "
            "Kunduz. Officials reported that also 8 Taliban militants were killed.",
            13,
        ),
        # the same dead told twice are counted once
        (
            "On 4 May 2021, militants attacked an army post near Kandi, killing 3 soldiers. "
            "Three soldiers died in the attack.",
            3,
        ),
        (
            "On 4 May 2021, militants abducted three herders near Kirkuk and then executed them.",
            3,
        ),
        (
            "On 4 May 2021, militants attacked an army base near Kirkuk. At least 4 from the "
            "army and 15 from the militants were killed.",
            19,
        ),
        (
            "On 4 May 2021, helicopters struck a village near Bambari. Three civilian "
            "fatalities were reported.",
            3,
        ),
        # a side's patron between the dead and their verb
        (
            "On 4 May 2021, rebels attacked an army base near Kirkuk. At least 2 from the army "
            "and 6 from the rebels backed by a foreign power were killed.",
            8,
        ),
        # a headline's passive without its auxiliary
        ("Kenyan teacher shot dead in Kisumu", 1),
        # things taken along with them are not dead
        (
            "On 4 May 2021, police raided a camp near Kandi: 1 killed, along with 40 "
            "motorcycles and two vehicles seized.",
            1,
        ),
        # one beaten who later died, a bomber killing himself, a victim who succumbed
        ("On 4 May 2021, villagers in Kaya beat a suspected robber, who died of his wounds two "
         "days later.", 1),
        ("On 4 May 2021, a bomber blew himself up at the gate of a police post in Kandi, killing "
         "himself and wounding four officers.", 1),
        ("On 4 May 2021, gunmen assaulted a trader in Birgunj. The trader succumbed to his "
         "injuries the following morning.", 1),
    ],
)  # fmt: skip
def test_the_dead_are_counted(extractor, text: str, dead: int) -> None:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2021-05-10").events
    assert len(events) == 1
    assert events[0].fatalities == dead


@pytest.mark.model
def test_a_death_told_of_someone_else_is_no_toll(extractor) -> None:  # type: ignore[no-untyped-def]
    # a guard (it passed before): the policeman died in another, earlier ambush
    text = (
        "On 4 May 2021, gunmen fired on a truck taking the body of a policeman who had died in "
        "an ambush the week before back to Kandi."
    )
    assert first_event(extractor, text, "2021-05-05").fatalities is None


@pytest.mark.model
def test_burned_alive_is_a_killing(extractor) -> None:  # type: ignore[no-untyped-def]
    event = first_event(
        extractor, "On 2 May 2021, militiamen burned a farmer alive in Djugu.", "2021-05-10"
    )
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Violence against civilians",
        "Attack",
        1,
    )


@pytest.mark.model
def test_an_abduction_that_ends_in_death_is_an_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 May 2021, militiamen abducted a village chief near Bouar. The militiamen "
        "tortured him to death."
    )
    events = read_text(extractor, text, "2021-05-10").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 1)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 2 May 2021, police found the bodies of two farmers in Beni, North Kivu.", 2),
        (
            "On 2 May 2021, a trader was abducted near Tete by gunmen. His body was found in a "
            "river.",
            1,
        ),
    ],
)
def test_a_body_found_is_a_death_and_its_finders_no_killers(  # type: ignore[no-untyped-def]
    extractor, text: str, dead: int
) -> None:
    event = first_event(extractor, text, "2021-05-10")
    assert event.fatalities == dead
    assert event.event_type == "Violence against civilians"
    assert not event.actor1.startswith("Police")


@pytest.mark.model
def test_men_armed_with_blades_are_armed_men_not_civilians(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 8 June 2020, a police officer was attacked and killed by three men, armed with "
        "pangas, in Lamu."
    )
    event = first_event(extractor, text, "2020-06-10")
    assert (event.event_type, event.inter1, event.inter2, event.fatalities) == ("Battles", 3, 1, 1)


@pytest.mark.model
def test_a_toll_after_another_act_is_the_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    # the sentence between tells of a looting in the ambush, part of it; the toll is the ambush's
    text = (
        "On 4 May 2021, rebels ambushed an army convoy near Kidapawan. They looted its fuel "
        "trucks. In all, seven people were killed."
    )
    events = read_text(extractor, text, "2021-05-10").events
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 7)]


@pytest.mark.model
def test_an_attack_told_before_the_arms_its_men_seized_stays_the_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    # the parse may hang the attack under "seized": a verb there is an act of its own
    text = (
        "On 3 May 2021, presumed militants attacked an army position in Kandi, 5 soldiers were "
        "killed and others wounded, the militants seized arms and equipment before withdrawing."
    )
    violent = [
        e for e in read_text(extractor, text, "2021-05-10").events if e.event_type == "Battles"
    ]
    assert [(e.sub_event_type, e.fatalities) for e in violent] == [("Armed clash", 5)]


@pytest.mark.model
def test_a_bare_toll_at_the_end_of_a_report_is_the_riots(extractor) -> None:  # type: ignore[no-untyped-def]
    # three sentences between (the police, the damage, the flight) tell of no other violence
    text = (
        "On 2 March 2022, a mob attacked traders in Gombe market. The police came. Several "
        "stalls were damaged. Many traders fled the market. Three people were injured."
    )
    events = read_text(extractor, text, "2022-03-05").events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Mob violence")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "side_hit"),
    [
        ("On 4 March 2021, Turkish jets carried out airstrikes near Amadiya. Officials said "
         "four PKK fighters were killed.", ("PKK: Kurdistan Workers' Party", 2)),
        ("On 4 March 2021, the army shelled positions near Myitkyina. Two KIA fighters were "
         "killed.", ("KIA: Kachin Independence Army", 2)),
    ],
)  # fmt: skip
def test_a_toll_names_the_side_hit(extractor, text: str, side_hit: tuple[str, int]) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-03-05")
    assert event.fatalities in (2, 4)
    assert (event.actor2, event.inter2) == side_hit


@pytest.mark.model
def test_people_killed_in_a_clash_are_no_side_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    # the sides are the two armed groups, whoever the dead were (the first passed before)
    for text in (
        "On 4 March 2021, Tiv and Jukun militias clashed near Wukari. Three residents died.",
        "On 4 March 2021, rebel factions clashed in Sarmada. Two protesters were killed.",
    ):
        event = first_event(extractor, text, "2021-03-05")
        assert event.inter2 not in (5, 6, 7)


@pytest.mark.model
def test_forces_killed_after_an_attack_on_a_town_were_its_side_hit(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 17 May 2021, militants attacked the town of Mocimboa da Praia. The commander of the "
        "local police was killed and four policemen were wounded."
    )
    event = first_event(extractor, text, "2021-05-18")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor2, event.inter2) == ("Police Forces of Mozambique", 1)
    # a guard (it passed before): the village's people the report names stay the side hit
    text = (
        "On 17 May 2021, militants raided a village near Mocimboa da Praia and killed five "
        "villagers. Two soldiers were also killed."
    )
    event = first_event(extractor, text, "2021-05-18")
    assert (event.event_type, event.inter2) == ("Violence against civilians", 7)


@pytest.mark.model
def test_forces_named_first_in_a_later_toll_were_the_side_hit(extractor) -> None:  # type: ignore[no-untyped-def]
    # the people killed with them are the toll, as when one sentence tells it
    text = (
        "On 9 August 2021, gunmen stormed the market of Butembo. They shot dead a police "
        "officer and two civilians."
    )
    event = first_event(extractor, text, "2021-08-10")
    assert (event.event_type, event.inter2) == ("Battles", 1)
    assert event.fatalities == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("toll", "coded"),
    [
        ("Two herders were shot dead.", ("Violence against civilians", 7)),
        # a guard: armed men killed in it were its other side, in a battle
        ("Five militants were killed.", ("Battles", 2)),
    ],
)
def test_the_dead_of_an_operation_with_one_side_tell_what_it_was(
    extractor,  # type: ignore[no-untyped-def]
    toll: str,
    coded: tuple[str, int],
) -> None:
    text = f"On 3 May 2023, troops launched an operation around Kona near Mopti. {toll}"
    event = first_event(extractor, text, "2023-05-04", violent=True)
    assert (event.event_type, event.inter2) == coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a protest the sentence tells turned violent: the deaths of the fight are its toll
        (
            "On 4 May 2021, traders marched in Kandi and clashed with police who responded "
            "with live fire and killed one person.",
            1,
        ),
        # the killing that set off the protest is none of its toll
        (
            "On 4 May 2021, youths demonstrated in Kandi and clashed with police after the "
            "death of a trader.",
            None,
        ),
        ("On 4 May 2021, traders demonstrated in Kandi to protest the killing of a driver.", None),
        ("On 4 May 2021, students rioted in Kandi after police killed a student.", None),
        (
            "On 4 May 2021, rioters blocked roads in Kandi to protest gangs that killed 20 people.",
            None,
        ),
    ],
)
def test_a_riot_told_with_a_protest_has_its_own_toll(  # type: ignore[no-untyped-def]
    extractor, text: str, dead: int | None
) -> None:
    events = read_text(extractor, text, "2021-05-10").events
    assert [e.fatalities for e in events] == [dead]


@pytest.mark.model
def test_a_deed_of_the_side_fought_done_before_is_no_toll(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, troops clashed with bandits who had killed 10 villagers near Gusau."
    assert first_event(extractor, text, "2021-05-10").fatalities is None
