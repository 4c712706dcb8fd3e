"""A riot the report names or calls its crowd rioters is the event; rioters named for what
they did before are none. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the riot the report names codes the violence told with it
        ("On 4 May 2021, two inmates were killed by jail guards after inmates rioted and "
         "attacked the guards at the central prison in Kisumu.", "Mob violence"),
        ("On 4 May 2021, a guard was wounded after residents of a compound in Kisumu rioted "
         "over a water point.", "Mob violence"),
        ("On 4 May 2021, there was a riot between the police and settlers over a land plot in "
         "Kisumu.", "Violent demonstration"),
        # what a crowd the report calls rioters did, with no word of violence or protest
        ("On 4 May 2021, rioters occupied the gates of the Kisumu sugar mill over unpaid "
         "wages.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_a_riot_the_report_names_is_the_event(extractor, text: str, sub_event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2021-05-10").events
    assert events and {(e.event_type, e.sub_event_type) for e in events} == {
        ("Riots", sub_event_type)
    }


@pytest.mark.model
def test_rioters_in_court_are_no_riot(extractor) -> None:  # type: ignore[no-untyped-def]
    # guard: rioters named for what they did before, not doing it
    for text in (
        "On 4 May 2021, several rioters appeared in court in Kisumu.",
        "On 4 May 2021, the rioters entered guilty pleas at the court in Kisumu.",
    ):
        assert read_text(extractor, text, "2021-05-10").events == ()
