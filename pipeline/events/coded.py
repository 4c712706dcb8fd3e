"""A toll the report codes itself: "Fatalities coded as 0 (VoJ reported 2).", "Unknown
fatalities coded at low estimate of 3.", "1 fatality coded for this event." Coders' notes (ACLED's
among them) state the number they chose for the event, often after a toll they did not take
("killing and injuring 13 soldiers"): that number is the event's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.models import Event

__all__ = ["coded_toll", "with_coded_toll"]

#: "fatalities coded as 4", "fatalities split across 4 events and coded as 25 for this event",
#: "unknown fatalities (coded as 3)", "coded according to low estimate as 3"; "31 fatalities coded".
_CODED = re.compile(
    r"\bfatalit(?:y|ies)\b(?:[^.;()]{0,40}?|\s*\()\bcoded\b[^\d.;()]{0,30}?\b(?P<n>\d{1,5})\b"
    r"|\b(?P<m>\d{1,5})\s+(?:\w+\s+)?fatalit(?:y|ies)\s+(?:were\s+|was\s+)?coded\b",
    re.I,
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
#: "split across two events", "spread over 3 events", "divided between 4 locations"; with the
#: total when it leads ("19 fatalities split between 3 events").
_SPLIT = re.compile(
    r"(?:\b(?P<t>\d{1,5})\s+(?:\w+\s+)?fatalit(?:y|ies)\s+(?:were\s+|are\s+)?)?"
    r"\b(?:split|spread|divided)\s+(?:up\s+)?(?:across|between|over|among)\s+(?:the\s+)?"
    rf"(?P<k>\d|{'|'.join(_NUMBERS)})\s+(?:separate\s+)?(?:events|locations|incidents)\b",
    re.I,
)


def coded_toll(text: str) -> tuple[int, int] | None:
    """The number of dead the text says it codes for the event, and where it says so.

    The last statement counts when there are several (a correction follows what it corrects);
    a total said to be split over several events is shared out evenly, unless the number is
    given after the split ("split across 4 events and coded as 25 for this event").

    Examples
    --------
    >>> coded_toll("Two soldiers were killed and injured. Fatalities coded as 0 (2 reported).")
    (0, 38)
    >>> coded_toll("Unknown fatalities coded at low estimate of 3.")[0]
    3
    >>> coded_toll("Unknown fatalities coded as 10 and spread over three events.")[0]
    3
    >>> coded_toll("100 fatalities split across 4 events and coded as 25 for this event.")[0]
    25
    >>> coded_toll("Fatalities split across two events, coded to 4.")[0]
    4
    >>> coded_toll("Three were killed. 19 fatalities split between 3 events.")[0]
    6
    >>> coded_toll("No fatalities were reported.") is None
    True
    """
    coded = list(_CODED.finditer(text))
    split = list(_SPLIT.finditer(text))
    last = coded[-1] if coded else None
    if last is not None and not (split and split[-1].start() > _number_at(last)):
        return int(last.group("n") or last.group("m")), last.start()
    if not split:
        return None
    share = split[-1]
    parts = share.group("k").lower()
    events = _NUMBERS.get(parts) or int(parts)
    total = share.group("t") if last is None else last.group("n") or last.group("m")
    if total is None or events < 1:
        return None
    at = share.start() if last is None else last.start()
    return math.floor(int(total) / events + 0.5), at


def _number_at(match: re.Match[str]) -> int:
    return match.start("n") if match.group("n") else match.start("m")


def with_coded_toll(events: Sequence[Event], text: str) -> tuple[Event, ...]:
    """The report's events, the one the coded toll follows given it: the last event told
    before the statement that is no strategic development (else the last one before it)."""
    coded = coded_toll(text)
    if coded is None:
        return tuple(events)
    value, at = coded
    before = [i for i, e in enumerate(events) if e.evidence_start < at]
    violent = [i for i in before if events[i].event_type != "Strategic developments"]
    if not (chosen := violent or before):
        return tuple(events)
    out = list(events)
    event = out[chosen[-1]]
    note = f"fatalities {value} as the report codes them"
    out[chosen[-1]] = replace(
        event, fatalities=value, notes="; ".join(n for n in (event.notes, note) if n)
    )
    return tuple(out)
