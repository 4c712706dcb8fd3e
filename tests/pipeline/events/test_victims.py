"""Who the victims are: unarmed forces and people of civilian trades are civilians, and a
person captured is no place taken. Real model; our own texts."""

from __future__ import annotations

import pytest

from pipeline.models import Event
from tests.pipeline.events.reading import first_event, read_text


def _events(extractor, text: str) -> tuple[Event, ...]:  # type: ignore[no-untyped-def]
    return read_text(extractor, text, "2021-06-10").events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021, soldiers assaulted a musician at a checkpoint in Nabire.",
        "On 3 May 2021, pirates attacked a vessel off the coast of Benin; one sailor was killed.",
        "On 3 May 2021, gunmen abducted and tortured seven unarmed soldiers in Berberati.",
        # people displaced, a mayor: civilians, named on the verb joined to the first
        "On 4 May 2021, the army shot and killed two IDPs near Myitkyina.",
        "On 4 May 2021, an unidentified man killed the mayor of Nampula outside his house.",
        # a person attacked is a victim, not a crowd; the party opposition is no rebel group
        "On 4 May 2021, a supporter of the opposition was attacked at his home in Parakou.",
        "On 4 May 2021, a member of the opposition party was beaten by unknown men in Parakou.",
        "On 4 May 2021, gunmen shot an opposition official outside his office in Parakou.",
        "On 4 May 2021, unknown men stabbed an opposition councillor in Parakou.",
        # an officer away from duty is no armed target
        "On 4 May 2021, a police intelligence officer on his way home was wounded in an ambush "
        "by unknown gunmen in Marawi.",
        "On 4 May 2021, an army sergeant travelling alone on the highway was shot dead near "
        "Marawi.",
        "On 4 May 2021, a gendarme was stabbed in his private car near Marawi.",
        "On 4 May 2021, gunmen shot a police constable as he stepped out of his home in Marawi.",
        "On 4 May 2021, unknown men stabbed a soldier while he was walking home in Marawi.",
    ],
)
def test_civilian_victims(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-06-10")
    assert event.event_type == "Violence against civilians"
    assert event.actor2.startswith("Civilians") and event.inter2 == 7
    assert not event.actor1.startswith("Opposition Rebels")


@pytest.mark.model
def test_a_person_captured_and_killed_is_no_territory_taken(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 30 April 2021, IS militants captured and killed a shepherd near Makhmur."
    categories = {e.category for e in _events(extractor, text)}
    assert "territorial change" not in categories
    assert categories & {"attack", "casualties", "abduction"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 27 June 2021, Kenya police forces shot and killed a student in Kisii.",
        "On 24 January 2020, the political police of the regime shot and wounded an activist "
        "at his home in NDjamena.",
    ],
)
def test_a_state_named_on_its_force_is_one_actor(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-06-10")
    assert (event.event_type, event.inter1, event.inter2) == ("Violence against civilians", 1, 7)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2021, a former soldier was killed by Taliban militants in Herat city.",
        "On 2 March 2021, Taliban militants shot a police officer (off-duty) in Herat city.",
        "On 2 March 2021, an off-duty policeman was killed by Taliban militants in Herat city.",
        # off duty or unarmed, however the men or their body are named
        "On 2 March 2021, an off-duty Afghan police officer was killed by Taliban militants in "
        "Herat city.",
        "On 2 March 2021, Taliban militants beat ANA soldiers (assumedly unarmed) in Herat city.",
        "On 2 March 2021, Taliban militants killed an off-duty Arbaki militiaman in Herat city.",
        "On 2 March 2021, Taliban militants abducted three unarmed officers of the presidential "
        "guard in Herat city.",
        # forces that only say whose kin or spy the victims were
        "On 2 March 2021, Taliban militants killed the wife of a soldier in Herat city.",
        "On 2 March 2021, Taliban militants killed two accused spies of the Afghan Army in "
        "Herat city.",
        # an unarmed trade named with a forces word
        "On 2 March 2021, Taliban militants attacked media personnel outside a court in Herat "
        "city.",
        # a post of the forces where people were harmed is where, not whom
        "On 2 March 2021, a farmer was shot dead by Taliban militants at an army checkpoint in "
        "Herat city.",
    ],
)
def test_forces_out_of_service_are_civilians(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(extractor, text)
    assert event.event_type == "Violence against civilians"
    assert (event.actor1, event.actor2) == ("Taliban", "Civilians (Afghanistan)")


@pytest.mark.model
def test_a_political_wing_is_no_armed_side(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 March 2021, Afghan soldiers killed a member of the political wing of the Taliban "
        "in Herat city."
    )
    (event,) = _events(extractor, text)
    assert event.event_type == "Violence against civilians"
    assert event.actor2 == "Civilians (Afghanistan)"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "forces"),
    [
        # an armed victim named with unarmed ones: the side attacked, the others its dead
        ("On 4 May 2021, some militiamen attacked the town, killing 3 people and beheading a "
         "policeman.", "Police Forces"),
        ("On 4 May 2021, one policeman and one civilian were killed in an ambush by militants "
         "on a convoy near Dori.", "Police Forces"),
        ("On 4 May 2021, the attackers killed a policeman, a man and a boy near Dori.",
         "Police Forces"),
        # forces hurt in the act a participle tells on
        ("On 4 May 2021, bandits stormed the market of Dori, where they shot 5 people dead, "
         "also wounding 3 soldiers.", "Military Forces"),
        # the gendarmerie itself is a force
        ("On 4 May 2021, militants attacked the gendarmerie in Gorom-Gorom overnight.",
         "Police Forces"),
    ],
)  # fmt: skip
def test_forces_among_the_victims_make_a_battle(extractor, text: str, forces: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-06-10", violent=True)
    assert event.event_type == "Battles"
    assert event.actor2.startswith(forces) and event.inter2 == 1


@pytest.mark.model
def test_members_of_a_body_with_no_armed_name_are_civilians(extractor) -> None:  # type: ignore[no-untyped-def]
    # a council the dictionary does not know: its members shot dead are civilians
    text = (
        "On 3 May 2021, two members of the Sunni Ulema Council were shot dead by suspected "
        "militants in Quetta."
    )
    event = first_event(extractor, text, "2021-06-10")
    assert (event.event_type, event.inter2) == ("Violence against civilians", 7)
    # a body whose name says it is armed stays a side of a battle
    text = text.replace("Sunni Ulema Council", "Zomi Liberation Front").replace("Quetta", "Moreh")
    assert first_event(extractor, text, "2021-06-10").event_type == "Battles"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # civilians set off no blast: its unnamed doer hit them
        ("On 4 May 2021, two boys were killed when they were playing with an old mortar shell "
         "in Azrah.", ("Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)")),
        # a civilian named by a trade or a vehicle: the side hit
        ("On 4 May 2021, a motorcyclist was killed by an IED blast near Kunduz.",
         ("Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)")),
        # forces a device went off on are the side it hit, not its doer
        ("On 4 May 2021, a police vehicle was hit by an IED in Kunduz.",
         ("Unidentified Armed Group (Afghanistan)", "Police Forces of Afghanistan")),
        # a man who set a bomb off is its unnamed bomber, the forces where it went off the
        # side hit
        ("On 4 May 2021, a man set off a bomb at an army checkpoint in Kunduz.",
         ("Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan")),
        # a bomb the militants carried, which killed civilians: theirs (a guard)
        ("On 4 May 2021, four civilians were killed when a bomb Taliban militants were carrying "
         "exploded in Kunduz.", ("Taliban", "Civilians (Afghanistan)")),
    ],
)  # fmt: skip
def test_a_blasts_victims_are_never_its_doer(extractor, text: str, sides: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-06-10")
    assert event.event_type == "Explosions/Remote violence"
    assert (event.actor1, event.actor2) == sides
