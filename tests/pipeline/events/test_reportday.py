"""The one day a report writes out dates its events told without a day of their own, on texts
we wrote: not when it names several days, a day more than a week before it came out, or only
a weekday (see test_assembly's weekday test)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.event_dates import PUBLICATION_NOTE
from pipeline.events.reportday import dated_by_report
from pipeline.sources.textfiles import article_from_text
from tests.pipeline.factories import make_event

ROAD = "Protesters blocked the main road in Gao with burning tyres."


def dates_of(extractor, text: str) -> dict[str, date | None]:  # type: ignore[no-untyped-def]
    events = extractor.extract(article_from_text(text, published="2021-06-10")).events
    return {e.event_type: e.event_date for e in events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        f"{ROAD} A general strike was held in Kidal on 8 June.",  # the day told after
        "Gunmen attacked a police post in Gao on 8 June. "
        "Traders marched through Kidal to demand better security.",  # the day told before
    ],
)
def test_the_reports_one_day_dates_its_events_without_one(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    dates = dates_of(extractor, text)
    assert len(dates) == 2 and set(dates.values()) == {date(2021, 6, 8)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        f"{ROAD} A general strike was held in Kidal on 8 June. "
        "Talks were held in Bamako on 9 June.",  # guard: two days, neither the report's
        f"{ROAD} A general strike was held in Kidal on 8 May.",  # guard: a month before
    ],
)
def test_a_report_without_one_recent_day_leaves_the_publication_day(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert dates_of(extractor, text)["Riots"] == date(2021, 6, 10)


def test_only_events_dated_by_the_publication_take_the_day() -> None:
    undated = make_event(event_date=date(2021, 6, 10), notes=PUBLICATION_NOTE)
    dated = make_event(event_date=date(2021, 6, 1), notes="explicit date '1 June'")
    moved, kept = dated_by_report([undated, dated], date(2021, 6, 8))
    assert moved.event_date == date(2021, 6, 8) and "one day the report names" in moved.notes
    assert kept == dated
    assert dated_by_report([undated], None) == (undated,)
