"""Partners of a side: forces named together as the subject of a clash with a third, and those
acting "in coordination with" a side, are one side with it, not each other's enemy. Real model
and gazetteer; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2023, FARDC and UPDF soldiers clashed with ADF rebels near Beni.",
        "On 2 March 2023, a FARDC and UPDF patrol clashed with ADF rebels near Beni.",
    ],
)
def test_forces_named_together_who_clash_with_a_third_fight_it(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2023-03-05")
    assert event.event_type == "Battles"
    assert {event.actor1, event.actor2} == {
        "Military Forces of Democratic Republic of the Congo",
        "ADF: Allied Democratic Forces",
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # guards: no third named, or they fought each other: the two named are the sides
        "On 2 March 2023, Congolese soldiers and Ugandan troops clashed near Beni.",
        "On 2 March 2023, Congolese soldiers and Ugandan troops fought each other near Beni; "
        "40 people were killed.",
    ],
)
def test_forces_named_together_who_clash_are_two_sides(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2023-03-05")
    assert {event.actor1, event.actor2} == {
        "Military Forces of Democratic Republic of the Congo",
        "Military Forces of Uganda",
    }


@pytest.mark.model
def test_forces_in_coordination_with_the_army_are_the_doers(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 9 July 2024, Kenyan troops, in coordination with Somali police, raided an Al "
        "Shabaab camp near Jilib."
    )
    event = first_event(extractor, text, "2024-07-11", violent=True)
    assert (event.actor1, event.inter1) == ("Military Forces of Kenya", 8)
    assert event.actor2 == "Al-Shabaab"


@pytest.mark.model
def test_supporters_of_a_doer_the_dictionary_lacks_stay_a_side(extractor) -> None:  # type: ignore[no-untyped-def]
    # the one backed is no actor we know: the forces backing it are the side that fought
    text = (
        "On 9 July 2024, a gang of cattle thieves, said to be aided by Sudanese soldiers, "
        "fought a self-defence group near Am Timan."
    )
    event = first_event(extractor, text, "2024-07-11", violent=True)
    assert event.actor1 == "Military Forces of Sudan"
