"""ACLED codes violence by its means and its target: texts we wrote, coded as ACLED would."""

from __future__ import annotations

import pytest

from pipeline.events.weapons import armed_target_named, weapon_coding, with_ground_fighting
from tests.pipeline.events.reading import first_event

IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("category", "text", "sub_event"),
    [
        ("attack", "A roadside bomb killed two soldiers near Kandahar.", IED),
        ("casualties", "Three people died when an IED exploded at the market.", IED),
        ("attack", "A drone attacked a convoy on the highway.", "Air/drone strike"),
        ("armed clash", "Warplanes hit rebel positions during the fighting.", "Air/drone strike"),
        ("attack", "Militants fired mortars at the base.", "Shelling/artillery/missile attack"),
        ("attack", "A man threw a grenade at a police patrol.", "Grenade"),
        ("armed clash", "Troops and rebels clashed near the river.", None),
        ("armed clash", "Rebels fired anti-aircraft guns at the troops.", None),
        # remote violence that is part of ground fighting is a battle
        ("attack", "Rebels set off a landmine, then engaged the troops in a firefight.", None),
        ("statement/threat", "The minister condemned the drone strikes.", None),  # not violence
        ("air/drone strike", "Jets bombed the town.", None),  # already specific
        # a mine that struck or was planted, a bomb however its planting is told
        ("casualties", "A truck was struck by a mine on the road to the border.", IED),
        ("casualties", "Two guards died when their car hit a rebel-planted mine.", IED),
        ("attack", "A bomb thought to be planted by rebels killed a trader.", IED),
        ("attack", "Soldiers dropped bombs from helicopters on the hills.", "Air/drone strike"),
        # helicopters and aircraft that fire are an air strike; a helicopter fired at is not
        ("attack", "Army helicopters fired at the militants near the coast.", "Air/drone strike"),
        ("attack", "Coalition aircrafts destroyed a rebel hideout.", "Air/drone strike"),
        ("attack", "Rebels attacked a helicopter with live fire as it landed.", None),
        # a drone by another name, IEDs by how they are carried, shells by their calibre
        ("attack", "Troops carried out UAV strikes on rebel positions.", "Air/drone strike"),
        ("attack", "A VBIED targeted a checkpoint near the market.", IED),
        ("attack", "An RCIED hit a patrol on the main road.", IED),
        ("attack", "The army fired eight 120 mm rounds at rebel positions.",
         "Shelling/artillery/missile attack"),
        ("attack", "Soldiers shot down a helicopter near the border.", None),
        ("attack", "Gunmen raided a gold mine and killed two miners.", None),  # a mine dug
        ("attack", "Gunmen attacked a bomb disposal squad near the bridge.", None),
        # a state's forces bomb from the air; a building bombed, by nobody named, took a bomb
        ("attack", "Government forces bombed rebel camps in the hills.", "Air/drone strike"),
        ("attack", "Armed men raided the town and the district office was bombed.", IED),
    ],
)  # fmt: skip
def test_the_weapon_decides_the_sub_event_type(
    category: str, text: str, sub_event: str | None
) -> None:
    coded = weapon_coding(category, text)
    assert (coded[2] if coded else None) == sub_event


@pytest.mark.parametrize(
    ("category", "text", "coded"),
    [
        # ground forces fought in the same act: a battle (ACLED)
        ("air/drone strike", "The army carried out a combined air and ground operation.",
         "armed clash"),
        ("air/drone strike", "Troops conducted an air-ground operation near Mopti.", "armed clash"),
        ("shelling", "Militants attacked the base with mortars, car bombs and an armed assault.",
         "armed clash"),
        ("explosion/IED", "Militants ambushed a convoy with an IED and machine guns.",
         "armed clash"),
        ("shelling", "Militants attacked the troops using gunfire and artillery shelling.",
         "armed clash"),
        ("explosion/IED", "Gunmen threw bombs at the car and the bodyguard returned fire.",
         "armed clash"),
        # remote violence alone stays what it is
        ("air/drone strike", "Jets struck a camp near Idlib.", "air/drone strike"),
        ("explosion/IED", "A roadside bomb hit a convoy on the ground floor of a market.",
         "explosion/IED"),
    ],
)  # fmt: skip
def test_remote_violence_with_ground_fighting_is_a_battle(
    category: str, text: str, coded: str
) -> None:
    assert with_ground_fighting(category, text) == coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("Gunmen attacked an army post in the north.", True),
        ("Militants ambushed a police convoy.", True),
        ("Two soldiers were attacked at a checkpoint.", True),
        ("Gunmen attacked a village at night.", False),
        ("Soldiers beat a musician in the town.", False),
        ("Rebels attacked civilians fleeing the city.", False),
        # a clause of its own says why, not whom
        ("Rebels beat a farmer because he had sold food to the soldiers.", False),
        ("Gunmen attacked a military truck patrolling the road.", True),
    ],
)
def test_an_armed_target_is_read_from_the_verbs_words_not_its_subject(
    nlp, text: str, armed: bool
) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB" and t.lemma_ in ("attack", "ambush", "beat"))
    assert armed_target_named(verb) is armed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event", "actor1"),
    [
        (
            "On 3 May 2021, supporters of two rival parties clashed in Mymensingh, injuring five.",
            "Mob violence",
            "Rioters (Bangladesh)",
        ),
        (
            "On 4 May 2021, students protesting fuel prices set fire to a police station in Kano.",
            "Violent demonstration",
            "Rioters (Nigeria)",
        ),
        (
            "On 6 May 2021, hundreds of people protested peacefully in Lagos.",
            "Peaceful protest",
            "Protesters (Nigeria)",
        ),
        (
            "On 5 May 2021, Boko Haram militants attacked a military base in Borno, Nigeria.",
            "Armed clash",
            "Boko Haram",
        ),
        (  # an armed group's members or supporters are no rioters
            "On 7 May 2021, supporters of Boko Haram attacked a village in Borno, Nigeria.",
            None,  # whatever else, not a riot
            "Boko Haram",
        ),
    ],
)
def test_crowds_riot_and_armed_men_fight(
    extractor, text: str, sub_event: str | None, actor1: str
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2021-05-10")).events
    first = events[0]
    assert first.actor1 == actor1
    assert first.sub_event_type == sub_event if sub_event else first.event_type != "Riots"
    assert (first.inter1 == 5) is (first.event_type == "Riots")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Gunmen fired shots at a police station in Kaduna on 3 May 2021.", "attack"),
        ("Soldiers fired on a crowd in Kaduna on 3 May 2021, killing two.", "attack"),
        ("Police fired teargas at protesters in Kaduna on 3 May 2021.", "protest"),
        ("The company fired three workers in Kaduna on 3 May 2021.", None),
    ],
)  # fmt: skip
def test_what_is_fired_says_what_happened(extractor, text: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2021-05-04")).events
    assert [e.category for e in events][:1] == ([category] if category else [])
    assert all(e.category != "troop deployment" for e in events)  # "a police station"


@pytest.mark.model
def test_a_means_used_to_attack_is_the_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    text = "On 4 May 2022, rebels used a drone to attack an army base in Goma."
    (event,) = extractor.extract(article_from_text(text, published="2022-05-05")).events
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "happened"),
    [
        # an act a side claims as done is reported as done; one it plans or threatens is not
        ("On 4 May 2022, the army claimed to have killed 20 rebels near Goma.", True),
        ("On 4 May 2022, the rebels claimed to have detonated a bomb against an army truck.", True),
        ("On 4 May 2022, the rebels threatened to attack the army base in Goma.", False),
        ("On 4 May 2022, the rebels planned to attack the army base in Goma.", False),
    ],
)
def test_an_act_claimed_as_done_happened(extractor, text: str, happened: bool) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2022-05-05")).events
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert bool(violent) is happened


@pytest.mark.model
def test_a_bomb_at_an_office_of_no_armed_men_hit_civilians(extractor) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    text = "On 4 May 2022, militants detonated a bomb at the municipal office in Pokhara."
    (event,) = extractor.extract(article_from_text(text, published="2022-05-05")).events
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.actor2, event.inter2) == ("Civilians (Nepal)", 7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a camp of a people or of the displaced is no camp of armed men
        ("On 3 May 2022, gunmen attacked a Fulani camp near Kandi.", "Violence against civilians"),
        ("On 3 May 2022, gunmen attacked an IDP camp near Kandi.", "Violence against civilians"),
        # an officer of a civil office is no officer of the forces
        ("On 3 May 2022, gunmen stabbed a District Planning Officer at his home in Kandi.",
         "Violence against civilians"),
        # who raided is no target of the raid
        ("On 3 May 2022, a drug suspect was killed while another was arrested in a police raid "
         "in Kandi.", "Violence against civilians"),
        ("On 3 May 2022, gunmen attacked an army camp near Kandi.", "Battles"),
        ("On 3 May 2022, gunmen stabbed a police officer on patrol in Kandi.", "Battles"),
        # ... but one at his home is off duty: a civilian in ACLED's coding
        ("On 3 May 2022, gunmen stabbed a police officer at his home in Kandi.",
         "Violence against civilians"),
    ],
)  # fmt: skip
def test_a_camp_an_officer_or_a_raider_of_no_forces_is_no_armed_target(
    extractor, text: str, event_type: str
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2022-05-04")).events
    assert [e.event_type for e in events if e.event_type != "Strategic developments"] == [
        event_type
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an aircraft fired at from the ground is a target, not the weapon
        ("On 3 May 2022, soldiers fired shots at a suspected drone in Kandi.", "Armed clash"),
        # suicide bombers stopped before they struck set off no bomb
        ("On 3 May 2022, soldiers attacked and killed ten would-be suicide bombers in Kandi.",
         "Armed clash"),
        ("On 3 May 2022, two people were killed by a suicide bomber in Kandi.", "Suicide bomb"),
    ],
)  # fmt: skip
def test_what_was_shot_at_or_stopped_is_no_weapon_used(
    extractor, text: str, sub_event_type: str
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2022-05-04")).events
    assert [e.sub_event_type for e in events] == [sub_event_type]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "inter2"),
    [
        # an air strike on a village that harmed no one hit no side
        ("On 5 May 2021, government jets bombed farms outside Kidal. No one was killed or "
         "injured.", None),
        # guards: harm told beside "no fatalities"; a blast in a market, whoever it hit
        ("On 5 May 2021, government jets bombed farms outside Kidal. Two shepherds were "
         "injured and no fatalities were reported.", 7),
        ("On 5 May 2021, a bomb exploded in a market in Kidal. No one was hurt.", 7),
    ],
)  # fmt: skip
def test_an_air_strike_that_harmed_no_one_hit_no_civilians(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    inter2: int | None,
) -> None:
    event = first_event(extractor, text, "2021-05-06", violent=True)
    assert event.event_type == "Explosions/Remote violence" and event.inter2 == inter2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "inter2"),
    [
        # people a blast left wounded, or whom it targeted, were its victims
        ("On 5 May 2021, a landmine blew up a tractor near Djibo, leaving one person wounded.",
         7),
        ("On 5 May 2021, two herders were targeted with a roadside bomb near Djibo.", 7),
        # a guard: soldiers it left wounded are the forces
        ("On 5 May 2021, an army truck struck a landmine near Djibo, leaving two soldiers "
         "wounded.", 1),
    ],
)  # fmt: skip
def test_people_a_blast_left_wounded_or_targeted_were_hit(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    inter2: int,
) -> None:
    event = first_event(extractor, text, "2021-05-06", violent=True)
    assert event.sub_event_type == "Remote explosive/landmine/IED" and event.inter2 == inter2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        # bombs to be taken out of use are no explosion, whether or not it was done yet
        ("On 4 May 2022, sappers were ordered to dispose of two mortar bombs near Mardan.", []),
        # guards: mines found and then to be defused are one seizure; a bomb that went off
        # while or after it was being made safe is an explosion
        (
            "On 4 May 2022, rangers found three landmines beside a footpath near Mardan. "
            "The army was called in to defuse the mines.",
            ["Strategic developments"],
        ),
        (
            "On 4 May 2022, a mine went off near Mardan while deminers were clearing a field, "
            "wounding two of them.",
            ["Explosions/Remote violence"],
        ),
        (
            "On 4 May 2022, engineers were flown in to defuse an IED that later detonated "
            "beside a school near Mardan, wounding two.",
            ["Explosions/Remote violence"],
        ),
        # ... but not one that could have or did not
        (
            "On 4 May 2022, police defused a bomb which could have killed dozens of worshippers "
            "near a mosque in Mardan.",
            ["Strategic developments"],
        ),
    ],
)
def test_bombs_to_be_defused_are_no_explosion(extractor, text: str, types: list[str]) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2022-05-05")).events
    assert [e.event_type for e in events] == types
