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
@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        # those "in coordination with" a side back it: the side named first did it
        ("On 9 July 2024, Kenyan troops, in coordination with Somali police, raided an Al "
         "Shabaab camp near Jilib.", ("Military Forces of Kenya", 8), "Al-Shabaab"),
        # the one backed is no actor we know: the forces backing it are the side that fought
        ("On 9 July 2024, a gang of cattle thieves, said to be aided by Sudanese soldiers, "
         "fought a self-defence group near Am Timan.", ("Military Forces of Sudan", 8),
         "Unidentified Communal Militia (Chad)"),
    ],
)  # fmt: skip
def test_the_backed_side_is_the_doer_and_unknown_ones_leave_their_backers(  # type: ignore[no-untyped-def]
    extractor, text: str, doer: tuple[str, int], other: str
) -> None:
    event = first_event(extractor, text, "2024-07-11", violent=True)
    assert (event.actor1, event.inter1) == doer
    assert event.actor2 == other
