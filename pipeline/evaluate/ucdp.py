"""``evaluate-events``: run event extraction on hand-coded events (UCDP GED rows with their source
headline) and measure agreement with tolerance: a violent event found, its place within 25 km,
its actors on UCDP's sides, its deaths within UCDP's range or the headline's total.

UCDP counts only lethal events and may split one report over several rows, so every measure is
tolerant; the disagreements printed with ``--show`` are what to study before tuning.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from geodata.geometry import great_circle_km
from geodata.normalize import fold_name
from pipeline.errors import InputError
from pipeline.evaluate.sides import side_of_actor, side_of_ucdp
from pipeline.events.extract import Extractor
from pipeline.lexicon.actor_dictionary import ActorLexicon
from pipeline.models import Article, Event

__all__ = ["CodedEvent", "EventScores", "print_event_scores", "read_coded_events", "score_events"]

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
PLACE_KM = 25.0
#: UCDP codes Russia's and Iran's forces and the pro-government militias as supporters of the
#: Syrian government's side.
_GOVERNMENT_ALLIES = frozenset({"state:Russia", "state:Iran", "pro_government"})
_PLACE_SUFFIX = re.compile(
    r"\s+(town|village|city|area|district|neighbou?rhood|camp|region|governorate|"
    r"province|countryside|subdistrict|hill|base|airport|airbase|dam|crossing)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """One hand-coded event: its source text and the coder's answers."""

    id: str
    text: str
    published: date | None
    location: str
    where_prec: int
    lat: float
    lon: float
    side_a: str
    side_b: str
    low: int
    high: int
    best: int


@dataclass(frozen=True, slots=True)
class EventScores:
    """Agreement counts; each ``*_ok`` is over its ``*_n``."""

    rows: int
    violent_found: int
    place_n: int
    place_ok: int
    actors_n: int
    actors_any: int
    actors_both: int
    deaths_n: int
    deaths_ok: int
    deaths_stated_n: int
    deaths_stated_ok: int
    examples: Mapping[str, tuple[str, ...]]


def _coded(raw: Mapping[str, Any], number: int) -> CodedEvent:
    try:
        published = date.fromisoformat(raw["source_date"]) if raw.get("source_date") else None
        return CodedEvent(
            id=str(raw["id"]),
            text=str(raw["text"]),
            published=published,
            location=str(raw.get("location") or ""),
            where_prec=int(raw.get("where_prec") or 9),
            lat=float(raw["lat"]),
            lon=float(raw["lon"]),
            side_a=str(raw.get("side_a") or ""),
            side_b=str(raw.get("side_b") or ""),
            low=int(raw.get("low") or 0),
            high=int(raw.get("high") or 0),
            best=int(raw.get("best") or 0),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(f"line {number}: not a coded event ({err})") from err


def read_coded_events(path: Path, limit: int | None = None) -> list[CodedEvent]:
    """Read a UCDP-style JSONL file (see ``../shared/eval/events/README.md`` for the fields).

    Raises
    ------
    InputError
        On a malformed line.
    """
    rows: list[CodedEvent] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"line {number}: malformed JSON ({err.msg})") from err
        rows.append(_coded(raw, number))
        if limit and len(rows) >= limit:
            break
    return rows


def _place_named(row: CodedEvent) -> bool:
    core = _PLACE_SUFFIX.sub("", row.location.strip())
    return bool(core) and row.where_prec <= 2 and fold_name(core) in fold_name(row.text)


def _sides_match(theirs: str, ours: set[str]) -> bool:
    if theirs in ours:
        return True
    return theirs == "state:Syria" and bool(ours & _GOVERNMENT_ALLIES)


def _deaths(events: Sequence[Event]) -> int | None:
    counts = [e.fatalities for e in events if e.fatalities is not None]
    return sum(counts) if counts else None


def score_events(
    rows: Sequence[CodedEvent],
    events_of: Mapping[tuple[str, date | None], Sequence[Event]],
    lexicon: ActorLexicon,
    *,
    show: int = 5,
) -> EventScores:
    """Compare extracted events (keyed by headline and publication date) with the coded rows."""
    totals: dict[tuple[str, date | None], int] = defaultdict(int)
    for row in rows:
        totals[(row.text, row.published)] += row.best
    n: defaultdict[str, int] = defaultdict(int)
    examples: dict[str, list[str]] = defaultdict(list)

    def miss(kind: str, row: CodedEvent, detail: str) -> None:
        if len(examples[kind]) < show:
            examples[kind].append(f"{row.id}: {row.text!r} -> {detail}")

    for row in rows:
        key = (row.text, row.published)
        violent = [e for e in events_of.get(key, ()) if e.event_type in VIOLENT_TYPES]
        if not violent:
            miss("no violent event", row, "nothing violent")
            continue
        n["violent"] += 1
        if _place_named(row):
            n["place_n"] += 1
            points = [p for e in violent for p in e.places]
            near = min(
                (great_circle_km(row.lon, row.lat, p.lon, p.lat) for p in points),
                default=float("inf"),
            )
            if near <= PLACE_KM:
                n["place_ok"] += 1
            elif not points:  # found, but no event of it named a place
                miss("place", row, f"no place (coded {row.location})")
            else:
                miss(
                    "place", row, f"{[p.name for p in points]} ({near:.0f} km from {row.location})"
                )
        ours = {side_of_actor(a, lexicon) for e in violent for a in (e.actor1, e.actor2)} - {""}
        theirs = [side_of_ucdp(row.side_a), side_of_ucdp(row.side_b)]
        matched = [_sides_match(side, ours) for side in theirs]
        n["actors_n"] += 1
        n["actors_any"] += any(matched)
        n["actors_both"] += all(matched)
        if not all(matched):
            miss("actors", row, f"ours {sorted(ours)} vs {theirs}")
        deaths = _deaths(violent)
        right = deaths is not None and (
            row.low <= deaths <= row.high or deaths == totals[key] or (deaths == 0 == row.best)
        )
        n["deaths_n"] += 1
        n["deaths_ok"] += right
        if deaths is not None:
            n["deaths_stated_n"] += 1
            n["deaths_stated_ok"] += right
        if not right:
            kind = "deaths" if deaths is None else "deaths, stated"
            miss(kind, row, f"ours {deaths} vs {row.low}-{row.high} (headline {totals[key]})")
    return EventScores(
        rows=len(rows),
        violent_found=n["violent"],
        place_n=n["place_n"],
        place_ok=n["place_ok"],
        actors_n=n["actors_n"],
        actors_any=n["actors_any"],
        actors_both=n["actors_both"],
        deaths_n=n["deaths_n"],
        deaths_ok=n["deaths_ok"],
        deaths_stated_n=n["deaths_stated_n"],
        deaths_stated_ok=n["deaths_stated_ok"],
        examples={k: tuple(v) for k, v in examples.items()},
    )


def extract_coded(
    rows: Iterable[CodedEvent], extractor: Extractor
) -> dict[tuple[str, date | None], tuple[Event, ...]]:
    """Extract events once per distinct (headline, publication date)."""
    keys = list(dict.fromkeys((row.text, row.published) for row in rows))
    articles = [
        Article(id=f"eval-{i}", text=text, published=published, title=text)
        for i, (text, published) in enumerate(keys)
    ]
    return {
        key: result.events
        for key, result in zip(keys, extractor.extract_many(articles), strict=True)
    }


def _share(ok: int, n: int) -> str:
    return f"{ok / n:6.1%} ({ok}/{n})" if n else "   n/a"


def print_event_scores(name: str, scores: EventScores, out: TextIO) -> None:
    """The agreement table, then up to ``show`` disagreements of each kind."""
    print(f"{name}: {scores.rows} coded events", file=out)
    lines = (
        ("violent event found", scores.violent_found, scores.rows),
        (
            f"place within {PLACE_KM:.0f} km (named, where_prec 1-2)",
            scores.place_ok,
            scores.place_n,
        ),
        ("actors: one side matches", scores.actors_any, scores.actors_n),
        ("actors: both sides match", scores.actors_both, scores.actors_n),
        ("deaths in range or headline total", scores.deaths_ok, scores.deaths_n),
        ("  among events with a stated count", scores.deaths_stated_ok, scores.deaths_stated_n),
    )
    for label, ok, n in lines:
        print(f"  {label:48}{_share(ok, n)}", file=out)
    for kind, shown in scores.examples.items():
        print(f"  disagreements ({kind}):", file=out)
        for line in shown:
            print(f"    {line}", file=out)
