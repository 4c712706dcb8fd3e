"""The forces a riot met, told in the sentences after it: "Riot police fired live rounds at the
demonstrators" and a police force the dictionary does not know by name ("The Somaliland Police
Forces opened fire") are the riot's other side. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "forces"),
    [
        (
            "On 5 October 2019, demonstrators in Nasiriyah set fire to the provincial council "
            "building. Riot police fired live rounds at the demonstrators, killing 3 and "
            "wounding 40.",
            "2019-10-06",
            "Police Forces of Iraq",
        ),
        (
            "On 2 June 2025, residents blocked roads and burned tyres in Berbera town against "
            "a tax on fishing boats. The Somaliland Police Forces opened fire to disperse the "
            "crowd. 3 demonstrators were killed.",
            "2025-06-03",
            "Police Forces of Somalia",
        ),
    ],
)
def test_the_forces_told_of_after_a_riot_are_its_other_side(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    published: str,
    forces: str,
) -> None:
    events = read_text(extractor, text, published).events
    assert len(events) == 1
    riot = events[0]
    assert (riot.event_type, riot.sub_event_type) == ("Riots", "Violent demonstration")
    assert (riot.actor2, riot.inter2, riot.fatalities) == (forces, 1, 3)


@pytest.mark.model
def test_the_forces_a_riot_was_with_firing_later_fire_at_its_crowd(extractor) -> None:  # type: ignore[no-untyped-def]
    # no crowd named in the sentence of the shots: the forces the riot was with, at the riot
    text = (
        "On 9 March 2022, a riot broke out between the police and motorbike taxi drivers at the "
        "bus park in Gulu. It began when the traffic police impounded a dozen motorbikes. The "
        "drivers answered by hurling stones at the officers. The police then shot live bullets "
        "in response."
    )
    events = read_text(extractor, text, "2022-03-10").events
    assert [(e.event_type, e.actor2) for e in events] == [("Riots", "Police Forces of Uganda")]
