"""Who the sides are and what kind of event it is, on texts of our own: acronyms the model
misses, communal clashes, protests turned riots, places taken without a
fight, doers named as alternatives. Real model and gazetteer."""

from __future__ import annotations

import pytest

from pipeline.models import ArticleResult
from pipeline.sources.textfiles import article_from_text


def events_of(extractor, text: str, published: str = "2021-06-10") -> ArticleResult:  # type: ignore[no-untyped-def]
    return extractor.extract(article_from_text(text, published=published))


@pytest.mark.model
def test_an_acronym_the_model_misses_is_a_side_of_the_clash(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model tags "KLF" as nothing; between it and the police it is the other side
    text = "On 3 June 2022, clashes broke out between the KLF and police in Kasese."
    (event,) = events_of(extractor, text).events
    assert (event.actor1, event.inter1) == ("KLF", 2)
    assert (event.actor2, event.inter2) == ("Police Forces of Uganda", 1)


@pytest.mark.model
def test_a_two_letter_acronym_named_with_the_army_is_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    # "AA" is no place's exact name; named with the army as those who clashed, it is a side
    text = (
        "On 3 June 2022, near Laung Tan village (Paletwa Township, Chin State), the Myanmar "
        "military and AA clashed."
    )
    (event,) = events_of(extractor, text).events
    assert event.event_type == "Battles"
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == {
        ("AA", 2),
        ("Military Forces of Myanmar", 1),
    }


@pytest.mark.model
def test_a_betrothal_is_no_engagement_in_battle(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 June 2022, a farmer who had got engaged to a local woman was killed by gunmen "
        "in Kasese."
    )
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.actor2) == ("Violence against civilians", "Civilians (Uganda)")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2021, Taliban militants ambushed and killed 3 intelligence agents in Kunduz.",
        "On 4 May 2021, Taliban fighters clashed with Afghan commandos in Kunduz.",
    ],
)
def test_commandos_and_agents_are_state_forces(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(extractor, text).events
    assert (event.actor1, event.inter1) == ("Taliban", 2)
    assert (event.actor2, event.inter2) == ("Military Forces of Afghanistan", 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("On 5 June 2021, traders demonstrated in Kisumu against new market fees. They erected "
         "barricades and burned tyres. The police dispersed them with tear gas.",
         "Police Forces of Kenya"),
        ("On 5 June 2021, students protested in Kisumu against higher fees. They tried to burn "
         "a tire. The police intervened.", "Police Forces of Kenya"),
        ("On 5 June 2021, a riot broke out in Kisumu as students protested against higher fees.",
         ""),
        # a gate destroyed, barriers broken through: what a crowd does
        ("On 5 June 2021, students protested in Kisumu against higher fees. They destroyed the "
         "main gate of the college.", ""),
    ],
)  # fmt: skip
def test_a_protest_told_on_as_violent_is_a_riot(extractor, text: str, actor2: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert (event.actor1, event.actor2) == ("Rioters (Kenya)", actor2)


@pytest.mark.model
def test_riot_police_make_no_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 5 June 2021, teachers marched in Kisumu for higher pay. Riot police watched."
    (event,) = events_of(extractor, text).events
    assert event.event_type == "Protests"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 6 March 2021, soldiers regained control over Ouadda from rebels. No confrontation "
         "was reported.", ("Strategic developments", "Non-violent transfer of territory")),
        ("On 6 March 2021, rebels took over Ouadda without a fight.",
         ("Strategic developments", "Non-violent transfer of territory")),
        ("On 6 March 2021, rebels took over Ouadda after heavy clashes that killed 5 soldiers.",
         ("Battles", "Non-state actor overtakes territory")),
    ],
)  # fmt: skip
def test_a_place_taken_without_a_fight_is_no_battle(
    extractor, text: str, kind: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert (event.event_type, event.sub_event_type) == kind


@pytest.mark.model
def test_farmers_and_herders_clashing_is_a_communal_battle(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 5 May 2021, farmers and Fulani herders clashed near Savalou; two people died."
    event = events_of(extractor, text).events[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert "Fulani Ethnic Militia (Benin)" in (event.actor1, event.actor2)


@pytest.mark.model
def test_a_coast_or_border_of_a_country_is_a_place_not_its_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 5 May 2021, pirates attacked a vessel off the Benin coast; one sailor was killed."
    event = events_of(extractor, text).events[0]
    assert event.event_type == "Violence against civilians"
    assert (event.actor2, event.inter2) == ("Civilians (Benin)", 7)


@pytest.mark.model
def test_a_foreign_companys_soldiers_named_with_their_nation_are_one_side(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 9 March 2021, a herder was shot dead by Russian Wagner soldiers in Bambari."
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.inter1) == ("Wagner Group", 8)
    assert (event.actor2, event.inter2) == ("Civilians (Central African Republic)", 7)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # both sides shot: those hit in a gun battle or the crossfire were no side of it
        "On 5 May 2021, three people are dead after a gun battle between the police and "
        "militants in Kano.",
        "On 5 May 2021, militants opened fire on soldiers in Kano; the soldiers fired back and "
        "two civilians were wounded in the crossfire.",
        # a gang's men are an armed group, not civilians
        "On 5 May 2021, police killed two suspected gang members in Kano.",
    ],
)
def test_those_hit_where_both_sides_fired_make_no_violence_against_civilians(
    extractor, text: str
) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert event.event_type == "Battles"
    assert 7 not in (event.inter1, event.inter2)


@pytest.mark.model
def test_a_creeds_militia_is_a_political_militia(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 5 May 2021, an Islamist militia attacked a village near Mocimboa da Praia; two died."
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.inter1) == ("Islamist Militia (Mozambique)", 3)
    # a people's militia stays an identity militia
    text = "On 5 May 2021, a Dinka militia attacked a village near Juba; two people died."
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.inter1) == ("Dinka Ethnic Militia (South Sudan)", 4)


@pytest.mark.model
def test_sides_of_a_communal_clash_are_communal_militias(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 5 May 2021, two families clashed with machetes over a land dispute near Savalou."
    event = events_of(extractor, text).events[0]
    assert event.event_type == "Battles"
    assert (event.actor1, event.inter1) == ("Unidentified Communal Militia (Benin)", 4)
    # soldiers and rebels in a land dispute stay what they are
    text = "On 5 May 2021, soldiers clashed with rebels near Savalou over a land dispute."
    event = events_of(extractor, text).events[0]
    assert (event.inter1, event.inter2) == (1, 2)
    # a herder who kills a farmer over grazing is a community's man, no crowd
    text = "On 5 May 2021, a Tiv farmer was killed by a herder after a dispute over grazing."
    event = events_of(extractor, text).events[0]
    assert (event.event_type, event.inter1, event.inter2) == ("Violence against civilians", 4, 7)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # herders harmed are civilians, however they are named
        "On 29 July 2021, an unidentified gunman shot and wounded two Fulani pastoralist men "
        "near Kandi.",
        # an official attacked is unarmed: a civilian in ACLED's coding
        "On 9 September 2021, the French ambassador was attacked at a hotel in Kandi by "
        "unidentified armed men.",
    ],
)
def test_the_unarmed_harmed_are_civilians(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(extractor, text).events
    assert event.event_type == "Violence against civilians"
    assert (event.actor2, event.inter2) == ("Civilians (Benin)", 7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 27 December 2021, JNIM or ISWAP militants burned a school near Mopti.",
         "Looting/property destruction"),
        ("On 27 December 2021, suspected JNIM/ISWAP militants opened fire on three fishermen "
         "near Mopti.", "Attack"),
    ],
)  # fmt: skip
def test_doers_named_as_alternatives_are_one_side(
    extractor, text: str, sub_event_type: str
) -> None:  # type: ignore[no-untyped-def]
    # the report does not know which group did it: one side, and the victims are civilians
    (event,) = events_of(extractor, text).events
    assert event.sub_event_type == sub_event_type
    assert event.inter1 == 2
    assert (event.actor2, event.inter2) == ("Civilians (Mali)", 7)


@pytest.mark.model
def test_forces_who_fire_back_at_doers_named_as_alternatives_are_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 27 December 2021, suspected JNIM and/or ISWAP militants opened fire against "
        "gendarmes near Mopti, the gendarmes fired back and killed one militant."
    )
    event = events_of(extractor, text).events[0]
    assert event.event_type == "Battles"
    assert event.inter1 == 2
    assert (event.actor2, event.inter2) == ("Police Forces of Mali", 1)


@pytest.mark.model
def test_forces_who_fire_on_a_riot_are_its_second_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 30 October 2021, rioters set fire to two houses in Kisumu during a demonstration. "
        "Security forces opened fire on the rioters, injuring 8."
    )
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.actor1) == ("Riots", "Rioters (Kenya)")
    assert event.inter2 == 1


@pytest.mark.model
def test_students_throwing_rocks_at_the_police_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 2 May 2021, students threw rocks at the police in Kisumu."
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.actor1) == ("Riots", "Rioters (Kenya)")


@pytest.mark.model
def test_a_groups_militants_are_the_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 11 February 2022, Wagner militants assaulted a shopkeeper in Bouar."
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.actor2) == ("Wagner Group", "Civilians (Central African Republic)")


@pytest.mark.model
def test_where_the_arms_were_made_names_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, government forces fired Russian-made rockets into the centre of Zliten."
    event = events_of(extractor, text).events[0]
    assert "Russia" not in event.actor1 + event.actor2
    assert event.inter1 == 1


@pytest.mark.model
def test_russian_private_forces_are_the_wagner_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, rebels clashed with Russian private forces near Bambari."
    event = events_of(extractor, text).events[0]
    assert "Wagner Group" in (event.actor1, event.actor2)


@pytest.mark.model
def test_the_dead_of_air_strikes_in_a_battle_are_no_side_that_fought(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, 15 people were killed in airstrikes on al-Bab and the clashes continue."
    event = events_of(extractor, text).events[0]
    assert event.event_type == "Battles"
    assert not event.actor1.startswith("Civilians")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the labelled act of two forces named together: one side, their victims the other
        "Looting: On 4 May 2022, FAMa and Wagner forces seized cattle from herders near Sofara.",
        "On 4 May 2022, FAMa and Wagner arrested a shopkeeper in the town of Sofara.",
        # no town at all: the forces' acronym says which country
        "Looting: On 4 May 2022, FAMa and Wagner forces seized cattle from herders.",
    ],
)
def test_forces_acting_together_on_civilians_are_one_side(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(extractor, text).events
    assert (event.actor1, event.inter1) == ("Military Forces of Mali", 1)
    assert (event.actor2, event.inter2) == ("Civilians (Mali)", 7)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2022, a FARDC and UPDF convoy struck an IED planted by ADF rebels near Beni.",
        "On 4 May 2022, a vehicle of FARDC and UPDF forces hit a landmine planted by ADF rebels "
        "near Beni.",
    ],
)
def test_forces_whose_vehicle_struck_a_bomb_were_hit_by_those_who_planted_it(  # type: ignore[no-untyped-def]
    extractor, text: str
) -> None:
    (event,) = events_of(extractor, text).events
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1.startswith("ADF")
    assert event.actor2 == "Military Forces of Democratic Republic of the Congo"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "state"),
    [
        # units of the state's forces the dictionary does not know are its forces
        ("On 3 June 2022, the Federal Police killed two militants near Kasese.", "Police Forces"),
        (
            "On 3 June 2022, members of the Presidential Guard clashed with ADF rebels near "
            "Kasese.",
            "Military Forces",
        ),
    ],
)
def test_a_unit_of_the_states_forces_is_its_forces(extractor, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.inter1) == (f"{state} of Uganda", 1)


@pytest.mark.model
def test_a_name_that_fights_the_state_is_no_unit_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 June 2022, the Patriotic Armed Forces of Kasese clashed with the army near Kasese."
    event = events_of(extractor, text).events[0]
    assert "Military Forces of Uganda" in (event.actor1, event.actor2)
    assert not (event.inter1 == event.inter2 == 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the forces a post, a vehicle or a unit stands for are the side attacked
        ("On 3 June 2022, ADF rebels attacked a check point near Kasese.", "Military Forces"),
        (
            "On 3 June 2022, a bomb planted by ADF rebels destroyed a Ugandan army supply truck "
            "near Kasese.",
            "Military Forces",
        ),
        (
            "On 3 June 2022, ADF rebels attacked a gendarmerie position near Kasese.",
            "Police Forces",
        ),
    ],
)
def test_what_stands_for_the_forces_makes_them_the_side_hit(
    extractor, text: str, state: str
) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert event.event_type != "Violence against civilians"
    assert (event.actor2, event.inter2) == (f"{state} of Uganda", 1)
    assert event.inter1 == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2022, MONUSCO forces attacked ADF positions near Beni with helicopters.",
        # the mission's troops are the mission, not the country's army
        "On 3 June 2022, AMISOM troops clashed with Al Shabaab militants near Afgoye.",
    ],
)
def test_a_peacekeeping_mission_is_an_external_force(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert (event.inter1, event.inter2) == (8, 2)
