"""Groups the dictionary does not know, named by their men ("TKR militants"): the group is the
actor, with the men's code, and the same men told of again later are the group's; a toll on a
day and at a place of its own is an event of its own. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event, read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "On 4 March 2021, suspected TKR militants ambushed a police patrol near Mueda, "
            "killing two officers.",
            (("TKR", 2), ("Police Forces of Mozambique", 1)),
        ),
        (
            "On 4 March 2021, suspected TKR militants shot dead three farmers near Mueda.",
            (("TKR", 2), ("Civilians (Mozambique)", 7)),
        ),
    ],
)
def test_a_group_named_by_its_men_is_the_actor(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    actors: tuple[tuple[str, int], tuple[str, int]],
) -> None:
    event = first_event(extractor, text, "2021-03-05", violent=True)
    assert ((event.actor1, event.inter1), (event.actor2, event.inter2)) == actors


@pytest.mark.model
def test_the_same_men_told_of_again_are_the_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 March 2021, TKR insurgents attacked Lunga village near Mueda. The insurgents "
        "burned 30 houses and looted shops. No casualties were reported."
    )
    events = read_text(extractor, text, "2021-03-05").events
    assert [e.actor1 for e in events] == ["TKR"]
    assert events[0].sub_event_type == "Looting/property destruction"


@pytest.mark.model
def test_unidentified_men_are_not_the_named_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 March 2021, TKR militants attacked an army post near Mueda. On 6 March 2021, "
        "unidentified militants killed a trader in Mocimboa da Praia."
    )
    events = read_text(extractor, text, "2021-03-07").events
    assert [(e.actor1, str(e.event_date)) for e in events] == [
        ("TKR", "2021-03-04"),
        ("Unidentified Armed Group (Mozambique)", "2021-03-06"),
    ]
    assert (events[1].event_type, events[1].fatalities) == ("Violence against civilians", 1)


@pytest.mark.model
def test_a_later_death_of_the_victim_stays_the_attacks_toll(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 9 May 2022, soldiers beat a street vendor in Garissa town. He was taken to a "
        "hospital, where he died on 11 May 2022."
    )
    events = read_text(extractor, text, "2022-05-12").events
    assert [(str(e.event_date), e.fatalities) for e in events] == [("2022-05-09", 1)]
