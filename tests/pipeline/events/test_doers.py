"""Who did it: the subject of a verb that carries out the act ("carried out an operation") is
its doer, and among the crew of a convoy hit, the country's own forces are the side hit.
Real model; our own texts."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.events.kinds import militia_ref
from pipeline.models import Event
from tests.pipeline.events.reading import first_event, read_text


def _main_event(extractor, text: str) -> Event:  # type: ignore[no-untyped-def]
    return first_event(extractor, text, "2022-12-30", violent=True)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 28 December 2022, FAMa and Wagner forces carried out an operation against IS "
        "Sahel militants in Ansongo.",
        "On 28 December 2022, FAMa and Wagner forces launched an offensive against IS Sahel "
        "militants in Ansongo.",
    ],
)
def test_the_subject_of_carrying_out_the_act_is_its_doer(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    assert (event.actor1, event.inter1) == ("Military Forces of Mali", 1)
    assert event.inter2 == 2


@pytest.mark.model
def test_the_countrys_own_forces_are_the_side_a_joint_convoy_lost(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 8 November 2022, a FAMa and Wagner convoy hit an IED planted by JNIM militants "
        "near Douentza. Three soldiers were killed."
    )
    event = _main_event(extractor, text)
    assert event.actor1.startswith("JNIM")
    assert (event.actor2, event.inter2) == ("Military Forces of Mali", 1)
    assert {p.mention.text for p in event.places} == {"Douentza"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "inter2"),
    [
        # a police force known by its acronym is armed, not an official body
        ("On 3 May 2021, unknown gunmen killed a PNP officer in Davao city.", 1),
        ("On 18 March 2020, 1 NDS member was killed by unknown gunmen in Lashkargah city.", 1),
        # a militia acting for the government is a political militia
        ("On 10 March 2020, a Taliban sniper shot and killed 1 Arbaki in Tagab district.", 3),
    ],
)
def test_armed_victims_make_a_battle(extractor, text: str, inter2: int) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    assert event.event_type == "Battles"
    assert event.inter2 == inter2


@pytest.mark.model
def test_iraqs_popular_mobilization_forces_are_state_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 14 October 2019, PMF forces attacked and killed 10 IS militants in Baiji district."
    event = _main_event(extractor, text)
    assert (event.inter1, event.inter2) == (1, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 21 July 2020, the military recovered an NPA arms cache containing rifles in Siayan.",
        "On 10 January 2020, government troops seized several weapons in an NPA hideout in Siayan.",
    ],
)
def test_the_group_whose_arms_are_seized_is_the_second_actor(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    result = read_text(extractor, text, "2020-07-22")
    (event,) = result.events
    assert event.sub_event_type == "Disrupted weapons use"
    assert (event.actor2, event.inter1, event.inter2) == ("NPA", 1, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the model tags "military" an adjective here
        ("On 2 May 2021, three members of the military beat to death a trader in Kaya.", 1),
        ("On 2 May 2021, a trader was beaten by military members in Kaya.", 1),
        # plurals and singulars the dictionary names in one form only
        ("On 2 May 2021, officers arbitrarily arrested a trader in Kaya and tortured him.", 1),
        ("On 2 May 2021, gendarmes shot a trader dead in Kaya.", 1),
        ("On 2 May 2021, a presidential guard shot dead a trader in Kaya.", 1),
        # a guard of a firm or a person is private security, not the state
        ("On 2 May 2021, a security guard shot dead a trader in Kaya.", 8),
        # a group's police is a police force; the unnamed who arrested and then killed, the state's
        ("On 2 May 2021, a trader was beaten by Asayish police at a checkpoint in Erbil.", 1),
        ("On 2 May 2021, a trader was arrested, beaten and killed in Kaya.", 1),
    ],
)
def test_forces_named_in_other_words_are_the_doers(extractor, text: str, doer: int) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    assert event.inter1 == doer
    assert event.inter2 == 7


@pytest.mark.model
def test_an_attacker_arrested_after_the_act_is_no_sign_of_the_state(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A grenade exploded at a bar in Kaya on 2 May 2021, and the attacker was arrested later."
    event = _main_event(extractor, text)
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Burkina Faso)", 3)


@pytest.mark.model
def test_a_persons_own_guard_is_no_state_force(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 May 2021, a Taliban commander and his guard were killed by a roadside bomb in Kunduz."
    )
    event = _main_event(extractor, text)
    assert 1 not in (event.inter1, event.inter2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1", "inter1"),
    [
        # a clan's militia, named or not, is an identity militia
        ("On 6 December 2022, a clan militia ambushed and wounded three traders outside "
         "Beledweyne.", "Unidentified Clan Militia (Somalia)", 4),
        # unnamed doers of a killing the report ties to a clan war are a community's men
        ("On 2 December 2022, gunmen shot dead a school principal in Marawi City. Police said "
         "the killing was part of a clan war.",
         "Unidentified Communal Militia (Philippines)", 4),
        ("On 2 December 2022, gunmen fired at a house in Basra over a tribal dispute.",
         "Unidentified Communal Militia (Iraq)", 4),
        # a clan elder killed says nothing of who killed him
        ("On 23 December 2022, unidentified armed men shot and killed a clan elder in Baidoa.",
         "Unidentified Armed Group (Somalia)", 3),
    ],
)  # fmt: skip
def test_the_men_of_a_clan_feud_are_a_communitys(
    extractor, text: str, actor1: str, inter1: int
) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    assert (event.actor1, event.inter1) == (actor1, inter1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # members of a group the dictionary does not know, doing the act
        ("On 30 December 2022, ZRF members and troops clashed in Barangay Poblacion, Iligan "
         "City.", {("ZRF", 2), ("Military Forces of Philippines", 1)}),
        ("On 20 December 2022, a soldier was wounded by an IED planted by suspected ZRF members "
         "in Shariff Aguak, Maguindanao.", {("ZRF", 2), ("Military Forces of Philippines", 1)}),
        # an encounter of forces with armed men is a clash
        ("On 31 December 2022, the Myanmar military encountered a group of Arakan Army soldiers "
         "in Minbya Township.", {("Arakan Army", 2), ("Military Forces of Myanmar", 1)}),
    ],
)  # fmt: skip
def test_a_groups_members_who_fight_are_its_side(
    extractor, text: str, sides: set[tuple[str, int]]
) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == sides


@pytest.mark.model
def test_a_groups_men_who_attack_the_forces_fight_a_battle(extractor) -> None:  # type: ignore[no-untyped-def]
    # "MPC men": a group the dictionary does not know, no crowd of men
    text = "On 28 December 2022, soldiers on patrol were attacked near Kaga-Bandoro by MPC men."
    event = _main_event(extractor, text)
    assert (event.event_type, event.actor1) == ("Battles", "MPC")
    assert event.actor2.startswith("Military Forces") and event.inter2 == 1


@pytest.mark.model
def test_a_group_fire_was_exchanged_with_is_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 28 December 2022, soldiers exchanged gunfire with the Kuki National Liberation "
        "Army near Moreh, Manipur."
    )
    event = _main_event(extractor, text)
    assert (event.event_type, event.inter1) == ("Battles", 1)
    assert (event.actor2, event.inter2) == ("Kuki National Liberation Army", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 2 March 2022, a band of pastoralists burned a maize field near Kandi.",
            ("Unidentified Communal Militia (Benin)", 4),
        ),
        (
            "On 2 March 2022, unknown men burned a maize field near Kandi.",
            ("Unidentified Armed Group (Benin)", 3),
        ),
    ],
)
def test_herders_who_did_it_unnamed_are_a_communitys_men(  # type: ignore[no-untyped-def]
    extractor, text: str, actor1: tuple[str, int | None]
) -> None:
    event = first_event(extractor, text, "2022-03-03")
    assert (event.actor1, event.inter1) == actor1


@pytest.mark.parametrize(
    ("words", "pos", "name"),
    [
        (["Twa", "militiamen", "looted", "houses"], ["PRON", "NOUN", "VERB", "NOUN"],
         "Twa Ethnic Militia ({country})"),
        (["They", "militiamen", "looted", "houses"], ["PRON", "NOUN", "VERB", "NOUN"], None),
    ],
)  # fmt: skip
def test_a_people_the_model_takes_for_a_pronoun_names_its_militia(  # type: ignore[no-untyped-def]
    gazetteer, words: list[str], pos: list[str], name: str | None
) -> None:
    # the model tags a people's name as a pronoun in some reports ("Twa militiamen ...")
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=pos,
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "dobj"],
        lemmas=[w.lower() for w in words[:1]] + ["militiaman", "loot", "house"],
    )
    ref = militia_ref(doc[0], gazetteer)
    assert (ref.name if ref else None) == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On 28 December 2022, an army vehicle hit a landmine near Douentza. Two soldiers were "
         "hurt.", ("Unidentified Armed Group (Mali)", 3)),
        ("On 28 December 2022, a Malian army truck hit an IED near Douentza. JNIM claimed "
         "responsibility.", ("JNIM: Group for the Support of Islam and Muslims", 2)),
    ],
)  # fmt: skip
def test_forces_whose_vehicle_hit_a_device_are_the_side_hit(  # type: ignore[no-untyped-def]
    extractor, text: str, doer: tuple[str, int]
) -> None:
    event = _main_event(extractor, text)
    assert (event.actor1, event.inter1) == doer
    assert (event.actor2, event.inter2) == ("Military Forces of Mali", 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "forces"),
    [
        # a force written with a capital after a name the model knows is still the force
        ("On 28 December 2022, a joint team of CJTF and Police conducted an operation "
         "against bandits in Zurmi.", "Police Forces of Nigeria"),
    ],
)  # fmt: skip
def test_a_capitalised_force_outside_a_name_is_the_force(extractor, text: str, forces: str) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    named = [a for a in (event.actor1, event.actor2) if a.startswith(("Police", "Military"))]
    assert named == ([forces] if forces else [])


@pytest.mark.model
def test_a_joint_force_is_one_side(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 28 December 2022, a joint force of Malian soldiers and Wagner mercenaries killed "
        "three herders in Hombori."
    )
    event = _main_event(extractor, text)
    assert (event.event_type, event.actor1) == (
        "Violence against civilians",
        "Military Forces of Mali",
    )
    assert event.actor2 == "Civilians (Mali)"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # "the assailants" after the group named as the doer are that group
        (
            "On 28 December 2022, IS Sahel militants attacked an army post near Ansongo, killing "
            "six soldiers, and the assailants took control of the post.",
            ("Islamic State Sahel Province", 2),
        ),
        # unnamed doers told again stay unnamed
        (
            "On 28 December 2022, gunmen attacked an army post near Ansongo, killing six "
            "soldiers, and the assailants took control of the post.",
            ("Unidentified Armed Group (Mali)", 3),
        ),
    ],
)
def test_the_assailants_told_again_are_the_group_named(extractor, text: str, doer) -> None:  # type: ignore[no-untyped-def]
    event = _main_event(extractor, text)
    assert (event.actor1, event.inter1) == doer
    assert (event.actor2, event.inter2) == ("Military Forces of Mali", 1)


@pytest.mark.model
def test_unnamed_men_who_attacked_the_group_are_no_group_told_again(extractor) -> None:  # type: ignore[no-untyped-def]
    # the group named as the one attacked, not the doer: the men who did it stay its foe
    text = (
        "On 28 December 2022, IS Sahel militants were ambushed by the gunmen of a local militia "
        "near Ansongo."
    )
    event = _main_event(extractor, text)
    assert (event.actor1, event.inter1) == ("Unidentified Communal Militia (Mali)", 4)
    assert (event.actor2, event.inter2) == ("Islamic State Sahel Province", 2)


@pytest.mark.model
def test_men_a_group_speaks_of_are_no_group_told_again(extractor) -> None:  # type: ignore[no-untyped-def]
    # the group named says who did it: it did not do it
    text = (
        "On 28 December 2022, Hezbollah said that the assailants who shot dead one of its "
        "officials in Tyre were unknown."
    )
    event = _main_event(extractor, text)
    assert event.actor1 == "Unidentified Armed Group (Lebanon)"
