"""The one day a report names, for its events told without a day of their own.

A report that writes out a single day with its number ("Gunmen raided a market on 4 March.
Traders marched the next morning.", "Youths burned tyres in the square. Shops stayed shut on
Friday [5 March].") tells of that day: its events whose sentences give no day happened
then, not on the day the report came out. A report that names several days, none, or a day
more than a week before it came out leaves them at the publication date; so does a weekday or
"yesterday" alone, which dates only its own sentence (see
:func:`pipeline.events.event_dates.opening_date`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from pipeline.events.dates import only_day_in, resolve_date
from pipeline.events.event_dates import PUBLICATION_NOTE
from pipeline.models import Event
from pipeline.nlp.entities import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["dated_by_report", "report_day", "told_without_a_day"]

#: How long before its publication a report's one day may be and still date its other events.
_RECENT_DAYS = 7


def report_day(doc: Doc, published: date | None) -> date | None:
    """The one single day the report's text names, when it names exactly one and that day is
    at most a week before the publication date; else ``None``.

    Days are the model's date entities written with a number that resolve to one day
    ("4 March", "5 March") and, in a sentence without such an entity, the one day it writes
    out ("on 04/03"). Months, years, spans of days and weekdays are no day.
    """
    if published is None:
        return None
    days: set[date] = set()
    for sent in doc.sents:
        found = False
        for ent in entities(sent):
            if ent.label_ != "DATE" or not any(c.isdigit() for c in ent.text):
                continue
            span = resolve_date(ent.text, published)
            if span is not None and span.precision == 1 and span.end is None:
                days.add(span.start)
                found = True
        if not found and (stray := only_day_in(sent.text, published)) is not None:
            days.add(stray.start)
        if len(days) > 1:
            return None
    if len(days) != 1:
        return None
    (day,) = days
    return day if 0 <= (published - day).days <= _RECENT_DAYS else None


def told_without_a_day(event: Event) -> bool:
    """Whether the event is dated by its article's publication, its sentence giving no day."""
    return event.notes.startswith(PUBLICATION_NOTE)


def dated_by_report(events: Sequence[Event], day: date | None) -> tuple[Event, ...]:
    """Events dated by the publication for want of a day of their own, dated by the report's
    one day instead (see :func:`report_day`); the others as they are.

    Examples
    --------
    >>> from pipeline.models import Event
    >>> told = Event("e", "a", date(2016, 6, 10), None, 2, "Riots", "Violent demonstration",
    ...     "riot", "Rioters", "", 5, None, None, None, (), 3, "", 0, 0, 0.5,
    ...     notes=PUBLICATION_NOTE)
    >>> dated_by_report([told], date(2016, 6, 9))[0].event_date
    datetime.date(2016, 6, 9)
    """
    if day is None:
        return tuple(events)
    note = "no date in the sentence: the one day the report names"
    return tuple(
        replace(e, event_date=day, notes=e.notes.replace(PUBLICATION_NOTE, note, 1))
        if told_without_a_day(e)
        else e
        for e in events
    )
