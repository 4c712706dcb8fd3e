"""Reports of one event by several articles: merged into one event with several sources."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.duplicates import merge_reports, same_event
from pipeline.models import Event
from tests.pipeline.factories import make_event, make_place, saraqib

A = make_event(event_id="a-1", article_id="a", fatalities=2, confidence=0.75)
NO_PLACE_NOTE = "no place found: not on the map"


def b(**overrides: object) -> Event:
    """Article b's report; by default the same event as :data:`A`."""
    return make_event(**{"event_id": "b-1", "article_id": "b", **overrides})


@pytest.mark.parametrize(
    ("other", "same"),
    [
        # must merge
        (b(), True),
        (b(actor2=""), True),  # names fewer actors
        (b(places=(make_place(lat=35.95, lon=36.64),)), True),  # 2.3 km away
        (b(event_date=date(2020, 2, 26), event_date_end=date(2020, 2, 28)), True),  # overlap
        (b(fatalities=None, confidence=0.5), True),  # a report without the toll
        # must not merge
        (b(event_date=date(2020, 2, 28)), False),  # the next day
        (b(event_date=date(2020, 2, 24), event_date_end=date(2020, 2, 26)), False),  # ends before
        (b(event_date=None), False),
        (b(category="armed clash"), False),
        (b(event_type="Battles"), False),
        (b(actor1="Military Forces of Russia"), False),
        (b(actor1="", actor2=""), False),  # no actor to compare
        (b(places=(saraqib(),)), False),  # Saraqib, beyond 5 km
        (b(places=(), geo_precision=3, notes=NO_PLACE_NOTE), False),  # no place evidence
        (make_event(event_id="a-2", article_id="a"), False),  # the same article
        (b(article_id="acled:SYR1", event_id="acled:SYR1"), False),  # a coded row
        (b(article_id="ucdp:77", event_id="ucdp:77"), False),
    ],
)
def test_same_event(other, same: bool) -> None:  # type: ignore[no-untyped-def]
    assert same_event(A, other) is same
    assert same_event(other, A) is same


def test_three_reports_become_one_event_with_three_sources() -> None:
    second = b(fatalities=None, confidence=0.85)
    c = make_event(event_id="c-1", article_id="c", fatalities=5, actor2="")
    far = make_event(event_id="d-1", article_id="d", places=(saraqib(),))
    merged = merge_reports([A, far, second, c])
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

    frame = events_to_geodataframe(merge_reports([A, b()]), {})
    assert len(frame) == 1
    assert int(frame.iloc[0]["source_count"]) == 2 and frame.iloc[0]["other_sources"] == "b"


def test_rows_of_coded_datasets_are_never_merged() -> None:
    """Distinct ACLED events on the same day and place with the same actors stay distinct."""
    rows = [
        make_event(event_id=f"acled:SYR{i}", article_id=f"acled:SYR{i}", fatalities=i)
        for i in range(5)
    ]
    assert merge_reports(rows) == rows
    assert merge_reports([A, *rows, b()])[0].other_sources == ("b",)


def test_two_events_of_one_article_are_never_merged() -> None:
    twin = make_event(event_id="a-2", article_id="a")
    assert merge_reports([A, twin]) == [A, twin]


def test_a_long_range_merges_with_a_day_inside_it() -> None:
    weekly = b(event_date=date(2020, 2, 24), event_date_end=date(2020, 3, 1), time_precision=2)
    merged = merge_reports([weekly, A])
    assert len(merged) == 1 and merged[0].other_sources


def test_an_event_without_places_never_merges() -> None:
    """The same report, minus its place, from two other articles: each stays an event."""
    unplaced = [
        Event(
            event_id=f"{article}-1", article_id=article, event_date=date(2020, 2, 27),
            event_date_end=None, time_precision=1, event_type=A.event_type,
            sub_event_type=A.sub_event_type, category=A.category, actor1=A.actor1,
            actor2=A.actor2, inter1=1, inter2=8, fatalities=2, troops=None, places=(),
            geo_precision=3, evidence=A.evidence, evidence_start=A.evidence_start,
            evidence_end=A.evidence_end, confidence=0.75, notes=NO_PLACE_NOTE,
        )
        for article in ("u", "v")
    ]  # fmt: skip
    assert not same_event(unplaced[0], unplaced[1])
    assert merge_reports([*unplaced, A, b()]) == [*unplaced, merge_reports([A, b()])[0]]
    assert merge_reports([A, *unplaced])[0] == A  # nothing joins A either
