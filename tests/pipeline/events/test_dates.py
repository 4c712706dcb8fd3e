"""Date expressions resolved against a publication date (Thursday 13 February 2020)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.dates import resolve_date
from tests.pipeline.events.reading import first_event

PUB = date(2020, 2, 13)


@pytest.mark.parametrize(
    ("expr", "start", "end", "precision"),
    [
        ("on Thursday", date(2020, 2, 13), None, 1),
        ("Wednesday", date(2020, 2, 12), None, 1),
        ("last Thursday", date(2020, 2, 6), None, 1),
        ("yesterday", date(2020, 2, 12), None, 1),
        ("today", date(2020, 2, 13), None, 1),
        ("January 12", date(2020, 1, 12), None, 1),
        ("12 January", date(2020, 1, 12), None, 1),
        ("January 12, 2019", date(2019, 1, 12), None, 1),
        ("3rd of March 2018", date(2018, 3, 3), None, 1),
        ("December 30", date(2019, 12, 30), None, 1),  # latest not after publication
        ("2020-02-01", date(2020, 2, 1), None, 1),
        ("the past two weeks", date(2020, 1, 30), date(2020, 2, 13), 3),
        ("the past week", date(2020, 2, 6), date(2020, 2, 13), 2),
        ("the last three days", date(2020, 2, 10), date(2020, 2, 13), 2),
        ("last week", date(2020, 2, 3), date(2020, 2, 9), 2),
        ("last month", date(2020, 1, 1), date(2020, 1, 31), 3),
        ("January 2020", date(2020, 1, 1), date(2020, 1, 31), 3),
        ("2018", date(2018, 1, 1), date(2018, 12, 31), 3),
        ("the end of the month", date(2020, 2, 29), None, 1),
        ("09/02/2020", date(2020, 2, 9), None, 1),  # day first
        ("02/09/2020", date(2020, 2, 9), None, 1),  # 2 September is after publication
        ("01/29/2020", date(2020, 1, 29), None, 1),  # no 29th month: month first
        ("Jan.29", date(2020, 1, 29), None, 1),  # an abbreviated month's dot, no space
        ("07 02 2020", date(2020, 2, 7), None, 1),  # spaced numbers with the full year
        ("07.02.2020", date(2020, 2, 7), None, 1),
        # counted back from publication; calendar units where the words name one
        ("three days ago", date(2020, 2, 10), None, 1),
        ("a few days ago", date(2020, 2, 10), None, 2),  # a vague count: within a week
        ("two weeks ago", date(2020, 1, 30), None, 2),
        ("two months ago", date(2019, 12, 1), date(2019, 12, 31), 3),  # across a new year
        ("a year ago", date(2019, 1, 1), date(2019, 12, 31), 3),
        ("the day before yesterday", date(2020, 2, 11), None, 1),
        ("last year", date(2019, 1, 1), date(2019, 12, 31), 3),  # the calendar year before
        ("the last year", date(2019, 2, 13), date(2020, 2, 13), 3),  # the twelve months up to it
        ("earlier this month", date(2020, 2, 1), date(2020, 2, 13), 3),
        ("earlier this year", date(2020, 1, 1), date(2020, 2, 13), 3),
        ("later this month", date(2020, 2, 13), date(2020, 2, 29), 3),
        ("later this year", date(2020, 2, 13), date(2020, 12, 31), 3),
    ],
)
def test_resolves(expr: str, start: date, end: date | None, precision: int) -> None:
    span = resolve_date(expr, PUB)
    assert span is not None
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "expr",
    [
        *("", "   ", "soon", "the same day", "February 30", "2020-02-30", "0000-01-01", "🙂"),
        *("07 02", "07 02 20"),  # spaced numbers without the full year are no date
        # no count before "ago"; a bare "this year" ("the heaviest attack this year")
        *("fighters days ago", "this year"),
        *("3,000 years ago", "a temple built 3000 years ago"),  # no day of the news
    ],
)
def test_unresolvable_gives_none(expr: str) -> None:
    assert resolve_date(expr, PUB) is None


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve_date("on Thursday", None) is None
    assert resolve_date("the past two weeks", None) is None
    explicit = resolve_date("January 12, 2020", None)
    assert explicit is not None and explicit.start == date(2020, 1, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hundreds of residents protested in Garissa on 20/03 over insecurity.", date(2015, 3, 20)),
        ("Pirates attacked a tanker off Cotonou yesterday (24 July).", date(2015, 7, 24)),
        ("Two militants were killed in Arish, sources said Friday [29 May].", date(2015, 5, 29)),
        # the sentence's one day, though the parse ties it to the bomb's planting
        ("Soldiers defused a bomb planted by militants in Gorkha on 8 July 2015.",
         date(2015, 7, 8)),
        # spaced numbers that open a report; a month's abbreviation and its day after a dot
        ("Reported on 23 07 2015, gunmen shot and wounded a trader in Kirkuk city.",
         date(2015, 7, 23)),
        ("Militants raided the mayor's office in Djibo in the early hours of Jul.27.",
         date(2015, 7, 27)),
        # a span of days the model cuts in pieces begins on its first day
        ("Sometime between June 25, 2015 and July 5, 2015, soldiers burned a village in Kachin.",
         date(2015, 6, 25)),
        ("Between 21 and 23 July, militiamen looted three villages near Bunia.", date(2015, 7, 21)),
        # a bracketed day after a bracket the model ends the sentence at
        ("A bomb went off near a court in the province of Al-Buhayrah [north of Cairo] early "
         "Saturday [25 July].", date(2015, 7, 25)),
        # a day the parse hangs on the noun after it, or told as the report's
        ("Police attacked on July 23 media personnel outside the High Court in Karachi.",
         date(2015, 7, 23)),
        ("Four militants were killed during an overnight (reported July 23) police raid in "
         "Karachi.", date(2015, 7, 23)),
        # the day something is scheduled for is no day of the event
        ("On 20 July 2015, supporters of two parties fought in Ondo town. The clash was tied to "
         "the elections scheduled for July 29.", date(2015, 7, 20)),
        # the day a report opens with, not a day hung on another thing the sentence names
        ("On 23 July 2015, the youth wing of a party organized a protest in Kano (Kano, Kano) "
         "against the ban of its leader and the visit of foreign officials to Abuja last week.",
         date(2015, 7, 23)),
        # the one day of a sentence that tells no event dates the events told after it
        ("Last Friday troops spotted a truck near Gao. They destroyed it, killing two gunmen.",
         date(2015, 7, 24)),
        ("A pylon near Cairo came under sabotage on Saturday [25 July]. Two bombs went off at "
         "its foot.", date(2015, 7, 25)),
    ],
)  # fmt: skip
def test_a_day_the_model_leaves_untagged_or_the_reports_day(
    extractor, text: str, day: date
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2015-07-30")).events
    assert events and {e.event_date for e in events} == {day}


@pytest.mark.model
def test_background_dated_by_a_past_year_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    text = (
        "On 23 August 2020, the offices of a newspaper were set on fire by unidentified men in "
        "Maputo. Its director, who survived a kidnap attempt in 2019, blamed the government."
    )
    events = extractor.extract(article_from_text(text, published="2020-08-24")).events
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Looting/property destruction", date(2020, 8, 23))
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Gunmen killed two farmers near Kandi three days ago.", "2020-02-10", None),
        ("Gunmen killed two farmers near Kandi last year.", "2019-01-01", "2019-12-31"),
        ("Gunmen killed two farmers near Kandi earlier this month.", "2020-02-01", "2020-02-13"),
        # a day counted back in a phrase on what came before is that thing's, not the event's
        (
            "After the massacre a few days ago, rebels took control of the centre of Kandi.",
            "2020-02-13",
            None,
        ),
        (
            "Following clashes with the army two days ago, rebels took control of Kandi.",
            "2020-02-13",
            None,
        ),
        ("Gunmen killed two farmers near Kandi two days ago after a quarrel.", "2020-02-11", None),
        ("After dark two days ago, gunmen killed six villagers near Kandi.", "2020-02-11", None),
        # a day of a thing the event is measured against or done about is not its day
        (
            "Gunmen killed eight people near Kandi, the second such attack since earlier this "
            "year.",
            "2020-02-13",
            None,
        ),
        ("Traders marched in Kandi against a new tax passed three days ago.", "2020-02-13", None),
    ],
)
def test_an_event_told_relative_to_publication_is_dated_so(  # type: ignore[no-untyped-def]
    extractor, text: str, start: str, end: str | None
) -> None:
    event = first_event(extractor, text, PUB.isoformat())
    assert (str(event.event_date), event.event_date_end and str(event.event_date_end)) == (
        start,
        end,
    )


@pytest.mark.model
def test_a_span_of_days_that_opens_the_report_dates_what_follows(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Between 3 - 9 February. Militiamen killed 13 village chiefs near Kananga."
    event = first_event(extractor, text, PUB.isoformat())
    assert (event.event_date, event.event_date_end) == (date(2020, 2, 3), date(2020, 2, 9))
