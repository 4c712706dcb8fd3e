"""``evaluate-notes``: score extraction on hand-coded event descriptions in the style of ACLED's
``notes`` column (one to three sentences: date, actors, action, place, fatalities).

Input, one JSON object per line: ``text``, ``published``, ``date``, ``event_type``,
``sub_event_type``, ``side_a``, ``side_b`` (coarse sides, see :mod:`pipeline.evaluate.sides`),
``fatalities``, ``lat``, ``lon`` and optionally ``id``, ``time_precision``, ``geo_precision``.
Each note describes one event: the extracted event compared is the first violent one, else the
first one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from geodata.geometry import great_circle_km
from pipeline.errors import InputError
from pipeline.evaluate.sides import side_of_actor
from pipeline.events.extract import Extractor
from pipeline.lexicon.actor_dictionary import ActorLexicon
from pipeline.models import Article, Event

__all__ = ["CodedNote", "NoteScores", "print_note_scores", "read_notes", "score_notes"]

_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
MEASURES = (
    "event found",
    "place within 25 km",
    "place within 10 km",
    "exact date",
    "exact fatalities",
    "exact fatalities, events with deaths",
    "event type",
    "sub-event type",
    "both actors (coarse sides)",
)


@dataclass(frozen=True, slots=True)
class CodedNote:
    """One hand-coded note."""

    id: str
    text: str
    published: date | None
    when: date | None
    event_type: str
    sub_event_type: str
    sides: tuple[str, ...]
    fatalities: int | None
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class NoteScores:
    """``right[measure]`` of ``total[measure]`` notes, and the disagreements shown."""

    right: Mapping[str, int]
    total: Mapping[str, int]
    misses: Mapping[str, tuple[str, ...]]


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def read_notes(path: Path) -> list[CodedNote]:
    """Read coded notes (see the module docstring for the fields).

    Raises
    ------
    InputError
        On a malformed line or a missing field.
    """
    notes: list[CodedNote] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            sides = tuple(s for s in (raw.get("side_a"), raw.get("side_b")) if s)
            fatalities = raw.get("fatalities")
            notes.append(
                CodedNote(
                    id=str(raw.get("id") or number),
                    text=str(raw["text"]),
                    published=_day(raw.get("published")),
                    when=_day(raw.get("date")),
                    event_type=str(raw["event_type"]),
                    sub_event_type=str(raw.get("sub_event_type") or ""),
                    sides=sides,
                    fatalities=None if fatalities is None else int(fatalities),
                    lat=float(raw["lat"]),
                    lon=float(raw["lon"]),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise InputError(f"line {number}: not a coded note ({err})") from err
    return notes


def _main(events: Sequence[Event]) -> Event | None:
    violent = [e for e in events if e.event_type in _VIOLENT]
    chosen = violent or list(events)
    return chosen[0] if chosen else None


def score_notes(
    notes: Sequence[CodedNote],
    events_of: Mapping[str, Sequence[Event]],
    lexicon: ActorLexicon,
    *,
    show: int = 5,
) -> NoteScores:
    """Compare each note's main extracted event with its coding."""
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    misses: dict[str, list[str]] = defaultdict(list)

    def mark(measure: str, ok: bool, note: CodedNote, detail: str) -> None:
        total[measure] += 1
        right[measure] += ok
        if not ok and len(misses[measure]) < show:
            misses[measure].append(f"{note.id}: {note.text[:90]!r} -> {detail}")

    for note in notes:
        event = _main(events_of.get(note.id, ()))
        mark("event found", event is not None, note, "no event")
        if event is None:
            for measure in MEASURES[1:]:
                if measure != "exact fatalities, events with deaths" or note.fatalities:
                    total[measure] += 1
            continue
        km = min(
            (great_circle_km(note.lon, note.lat, p.lon, p.lat) for p in event.places),
            default=float("inf"),
        )
        # an event whose report named no place is found, but its place is wrong
        where = f"{[p.name for p in event.places]} {km:.0f} km" if event.places else "no place"
        mark("place within 25 km", km <= 25, note, where)
        mark("place within 10 km", km <= 10, note, where)
        mark("exact date", event.event_date == note.when, note, f"{event.event_date}")
        deaths = event.fatalities or 0
        mark("exact fatalities", deaths == (note.fatalities or 0), note, f"{event.fatalities}")
        if note.fatalities:
            mark("exact fatalities, events with deaths", deaths == note.fatalities, note, "")
        mark("event type", event.event_type == note.event_type, note, event.event_type)
        mark(
            "sub-event type",
            event.sub_event_type == note.sub_event_type,
            note,
            event.sub_event_type,
        )
        ours = sorted(
            s for s in (side_of_actor(a, lexicon) for a in (event.actor1, event.actor2)) if s
        )
        mark(
            "both actors (coarse sides)",
            ours == sorted(note.sides),
            note,
            f"{ours} vs {sorted(note.sides)} ({event.actor1!r}, {event.actor2!r})",
        )
    return NoteScores(dict(right), dict(total), {k: tuple(v) for k, v in misses.items()})


def extract_notes(notes: Sequence[CodedNote], extractor: Extractor) -> dict[str, tuple[Event, ...]]:
    """Extract every note as an article of its own."""
    articles = [Article(id=n.id, text=n.text, published=n.published) for n in notes]
    return {r.article.id: r.events for r in extractor.extract_many(articles)}


def print_note_scores(name: str, scores: NoteScores, out: TextIO) -> None:
    """The agreement table, then the disagreements of each measure."""
    print(f"{name}: {scores.total.get('event found', 0)} notes", file=out)
    for measure in MEASURES:
        n = scores.total.get(measure, 0)
        ok = scores.right.get(measure, 0)
        share = f"{ok / n:6.1%} ({ok}/{n})" if n else "   n/a"
        print(f"  {measure:40}{share}", file=out)
    for measure, lines in scores.misses.items():
        print(f"  disagreements ({measure}):", file=out)
        for line in lines:
            print(f"    {line}", file=out)
