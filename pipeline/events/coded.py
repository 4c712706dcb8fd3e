"""A toll the report codes itself: "Fatalities coded as 0 (VoJ reported 2).", "Unknown
fatalities coded at low estimate of 3.", "1 fatality coded for this event." Coders' notes (ACLED's
among them) state the number they chose for the event, often after a toll they did not take
("killing and injuring 13 soldiers"): that number is the event's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.models import Event

__all__ = ["CodedToll", "coded_toll", "with_coded_toll"]

#: "fatalities coded as 4", "fatalities split across 4 events and coded as 25 for this event",
#: "unknown fatalities (coded as 3)", "coded according to low estimate as 3"; "31 fatalities coded".
_CODED = re.compile(
    r"\bfatalit(?:y|ies)\b(?:[^.;()]{0,40}?|\s*\()\bcoded\b[^\d.;()]{0,30}?\b(?P<n>\d{1,5})\b"
    r"|\b(?P<m>\d{1,5})\s+(?:\w+\s+)?fatalit(?:y|ies)\s+(?:were\s+|was\s+)?coded\b",
    re.I,
)
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip
#: "split across two events", "spread over 3 events", "(split in two events)", "divided between
#: 4 locations (5)"; with the total when it leads ("19 fatalities split between 3 events").
_SPLIT = re.compile(
    r"(?:\b(?P<t>\d{1,5})\s+(?:\w+\s+)?fatalit(?:y|ies)\s+(?:were\s+|are\s+)?)?"
    r"\b(?:split|spread|divided|distributed)\s+(?:up\s+)?(?:across|between|over|among|in|into)"
    rf"\s+(?:the\s+)?(?P<k>\d\d?|{'|'.join(_NUMBERS)})\s+(?:separate\s+)?"
    r"(?:events|locations|incidents|places|areas)\b(?:\s*\((?P<own>\d{1,5})\))?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class CodedToll:
    """What a report says of the toll it codes, said at offset ``at``: the number of dead
    coded for the event (``value``), or that the toll told is shared over ``parts`` events."""

    at: int
    value: int | None
    parts: int = 1


def coded_toll(text: str) -> CodedToll | None:
    """The number of dead the text says it codes for the event, and where it says so.

    The last statement counts when there are several (a correction follows what it corrects);
    a total said to be split over several events is shared out evenly (rounded), unless the
    number is given after the split ("split across 4 events and coded as 25 for this event").

    Examples
    --------
    >>> coded_toll("Two soldiers were killed and injured. Fatalities coded as 0 (2 reported).")
    CodedToll(at=38, value=0, parts=1)
    >>> coded_toll("Unknown fatalities coded as 10 and spread over three events.").value
    3
    >>> coded_toll("100 fatalities split across 4 events and coded as 25 for this event.").value
    25
    >>> coded_toll("Three were killed. 19 fatalities split between 3 events.").value
    6
    >>> coded_toll("At least 42 died (split in two events).")
    CodedToll(at=18, value=None, parts=2)
    >>> coded_toll("No fatalities were reported.") is None
    True
    """
    coded = list(_CODED.finditer(text))
    split = list(_SPLIT.finditer(text))
    last = coded[-1] if coded else None
    if last is not None and not (split and split[-1].start() > _number_at(last)):
        return CodedToll(last.start(), int(last.group("n") or last.group("m")))
    if not split:
        return None
    share = split[-1]
    if share.group("own"):  # "split over 2 locations (5)": the event's own share
        return CodedToll(share.start(), int(share.group("own")))
    word = share.group("k").lower()
    parts = _NUMBERS.get(word) or int(word)
    total = share.group("t") if last is None else last.group("n") or last.group("m")
    at = share.start() if last is None else last.start()
    if parts < 1:
        return None
    if total is None:
        return CodedToll(at, None, parts)
    return CodedToll(at, round(int(total) / parts))


def _number_at(match: re.Match[str]) -> int:
    return match.start("n") if match.group("n") else match.start("m")


def with_coded_toll(events: Sequence[Event], text: str) -> tuple[Event, ...]:
    """The report's events, the one the coded toll follows given it: the last event told
    before the statement that is no strategic development (else the last one before it)."""
    coded = coded_toll(text)
    if coded is None:
        return tuple(events)
    before = [i for i, e in enumerate(events) if e.evidence_start < coded.at]
    violent = [i for i in before if events[i].event_type != "Strategic developments"]
    if not (chosen := violent or before):
        return tuple(events)
    out = list(events)
    event = out[chosen[-1]]
    if coded.value is not None:
        value, note = coded.value, f"fatalities {coded.value} as the report codes them"
    elif event.fatalities:
        value = round(event.fatalities / coded.parts)
        note = f"fatalities {event.fatalities} shared over {coded.parts} events"
    else:
        return tuple(events)
    out[chosen[-1]] = replace(
        event, fatalities=value, notes="; ".join(n for n in (event.notes, note) if n)
    )
    return tuple(out)
