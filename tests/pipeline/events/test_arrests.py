"""Arrests made in the violence a report tells are part of it; arrests told as news of their
own (elsewhere, another day, alone) stay events; arrests no one made are none. Real model;
our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


def _kinds(extractor, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2022-05-04").events
    return sorted((e.event_type, e.sub_event_type) for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # arrests in the clash's own sentence, by its side
        ("On 3 May 2022, soldiers killed two rebels and arrested three others near Kidapawan.",
         [("Battles", "Armed clash")]),
        # told on in the next sentence, with no day or place of its own
        ("On 3 May 2022, soldiers clashed with rebels near Kidapawan. Two rebels were "
         "arrested.", [("Battles", "Armed clash")]),
        # the violence told inside the arrest's clause
        ("On 3 May 2022, police arrested five youths after clashes with rioters in Kidapawan.",
         [("Riots", "Violent demonstration")]),
        # nobody was arrested: no arrest
        ("On 3 May 2022, farmers marched in Kidapawan. None of the marchers were detained, "
         "the police said.", [("Protests", "Peaceful protest")]),
    ],
)  # fmt: skip
def test_arrests_in_the_violence_are_part_of_it(extractor, text: str, kinds) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(extractor, text) == kinds


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # guards: arrests somewhere else, on a day of their own, or listed beside the violence
        "On 3 May 2022, militants executed a farmer in Kidapawan and arrested two men in Cotabato.",
        "On 3 May 2022, soldiers clashed with rebels near Kidapawan. On 6 May 2022, police "
        "arrested two rebels in Cotabato.",
        "On 3 May 2022, arrests in Kidapawan and clashes near Cotabato.",
        "On 3 May 2022, police arrested five youths in Cotabato after clashes with rioters in "
        "Kidapawan.",
        # or made by someone else than the violence's sides
        "On 3 May 2022, gunmen shot dead two farmers near Kidapawan. Police arrested three "
        "journalists covering the funeral.",
    ],
)
def test_arrests_told_as_news_of_their_own_stay_events(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Strategic developments", "Arrests") in _kinds(extractor, text)
