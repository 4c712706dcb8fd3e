"""A toll the report codes itself ("Fatalities coded as 0 (2 reported)"), as coders' notes
state the number they chose: it is the event's, shared out when the total is split over several
events. Our own texts."""

from __future__ import annotations

import pytest

from pipeline.events.coded import coded_toll
from tests.pipeline.events.reading import read_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two soldiers were killed. Fatalities coded as 0 (the army reported 2).", 0),
        ("Clashes left unknown fatalities (coded as 3).", 3),
        ("Unknown fatalities coded according to low estimate as 3.", 3),
        ("Several rebels died. 12 fatalities coded.", 12),
        ("Total fatalities coded as 17.", 17),
        # a correction follows what it corrects
        ("(unknown fatalities coded as 3) and others injured. Fatalities coded as 4.", 4),
        # a total shared out evenly over the events it is split across
        ("Unknown fatalities coded as 10 and spread across two events.", 5),
        ("Unknown fatalities are coded as 10. Fatalities are split across two events.", 5),
        ("At least 44 died. 44 fatalities split across three events.", 15),
        ("21 fatalities divided among 4 events", 5),
        # ... unless the number is the event's own, given after the split
        ("19 fatalities split across 2 events and coded as 9 for this event.", 9),
        ("Fatalities split across two events, coded to 4.", 4),
        ("Fatalities coded as 9, split over 3 events. 3 fatalities coded for this event.", 3),
        ("Ten rebels were killed. Fatalities split over 2 locations (5).", 5),
        # no number coded (the toll told is shared out: see below)
        ("Fatalities are split across two events.", None),
        ("The village was coded as Gao. No fatalities were reported.", None),
        ("Clashes in 2019 (coded separately) killed 4.", None),
        ("", None),
    ],
)
def test_the_toll_the_report_codes(text: str, value: int | None) -> None:
    coded = coded_toll(text)
    assert (coded.value if coded else None) == value


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("At least 42 died (split in two events).", 2),
        ("Fatalities divided across nine events.", 9),
        ("Two were killed. Fatalities split up across three events.", 3),
        ("Two were killed in the split between the factions.", None),
    ],
)
def test_a_toll_told_and_split_over_events_is_shared_out(text: str, parts: int | None) -> None:
    coded = coded_toll(text)
    assert (coded.parts if coded and coded.value is None else None) == parts


@pytest.mark.model
def test_the_coded_toll_is_the_events_over_the_one_told(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2021, militants attacked an army post near Gao, killing and injuring 9 "
        "soldiers. Fatalities coded as 0 (local sources reported 9)."
    )
    (event,) = [e for e in read_text(extractor, text, "2021-05-05").events]
    assert event.event_type == "Battles"
    assert event.fatalities == 0
    assert "as the report codes them" in event.notes


@pytest.mark.model
def test_a_toll_told_and_split_is_the_events_share(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2021, soldiers and rebels clashed near Gao for two days, and 42 people were "
        "killed (split in two events)."
    )
    (event,) = read_text(extractor, text, "2021-05-05").events
    assert event.fatalities == 21
    assert "shared over 2 events" in event.notes


@pytest.mark.model
def test_a_coded_toll_goes_to_the_violence_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2021, soldiers arrested two traders in Gao. Later, militants ambushed a "
        "patrol near Gao, killing several soldiers. Unknown fatalities coded as 3."
    )
    events = read_text(extractor, text, "2021-05-05").events
    by_type = {e.event_type: e.fatalities for e in events}
    assert by_type["Battles"] == 3
    assert by_type["Strategic developments"] is None
