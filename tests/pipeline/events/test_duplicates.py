"""Reports of one event by several articles: merged into one event with several sources."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.duplicates import merge_reports, same_event
from tests.pipeline.factories import make_event, make_place, saraqib

A = make_event(event_id="a-1", article_id="a", fatalities=2, confidence=0.75)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (make_event(event_id="b-1", article_id="b"), True),
        (make_event(event_id="b-1", article_id="b", event_date=date(2020, 2, 28)), True),
        (make_event(event_id="b-1", article_id="b", actor2=""), True),  # names fewer actors
        (make_event(event_id="b-1", article_id="b", event_date=date(2020, 2, 29)), False),
        (make_event(event_id="b-1", article_id="b", category="armed clash"), False),
        (make_event(event_id="b-1", article_id="b", actor1="Military Forces of Russia"), False),
        (make_event(event_id="b-1", article_id="b", places=(saraqib(),)), False),  # 32 km
        (make_event(event_id="b-1", article_id="b", event_date=None), False),
        (
            make_event(event_id="a-2", article_id="a"),
            False,
        ),  # the same article: merged at extraction instead
        (
            make_event(event_id="b-1", article_id="b", places=(make_place(lat=35.95, lon=36.64),)),
            True,  # 2.3 km away
        ),
    ],
)
def test_same_event(other, same: bool) -> None:  # type: ignore[no-untyped-def]
    assert same_event(A, other) is same
    assert same_event(other, A) is same


def test_three_reports_become_one_event_with_three_sources() -> None:
    b = make_event(event_id="b-1", article_id="b", fatalities=None, confidence=0.85)
    c = make_event(event_id="c-1", article_id="c", fatalities=5, actor2="")
    far = make_event(event_id="d-1", article_id="d", places=(saraqib(),))
    merged = merge_reports([A, far, b, c])
    assert [e.event_id for e in merged] == ["b-1", "d-1"]  # input order of the groups' leads
    lead = merged[0]
    # the lead names both actors with the highest confidence; its missing toll is the lowest
    # reported (ACLED's convention), and corroboration raises confidence a little
    assert lead.other_sources == ("a", "c") and lead.fatalities == 2
    assert lead.confidence == pytest.approx(0.95)
    assert merged[1].other_sources == ()


def test_merging_never_loses_an_unrelated_event() -> None:
    events = [
        make_event(event_id=f"x{i}", article_id=f"x{i}", event_date=date(2020, 1, 1 + 3 * i))
        for i in range(9)
    ]
    assert merge_reports(events) == events
    assert merge_reports([]) == []


def test_the_export_shows_the_source_count() -> None:
    from pipeline.frame import events_to_geodataframe

    b = make_event(event_id="b-1", article_id="b")
    frame = events_to_geodataframe(merge_reports([A, b]), {})
    assert len(frame) == 1
    assert int(frame.iloc[0]["source_count"]) == 2 and frame.iloc[0]["other_sources"] == "b"
