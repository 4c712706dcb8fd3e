"""One event reported by several articles becomes one event with several sources.

Two reports are the same event when they have the same kind, the same actors (one report may
name fewer), dates within a day and places within a few km. Each article's own event stays in
the store with its evidence; merging happens when events are read for the map or an export, so
a wrong merge is never destructive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from geodata.geometry import great_circle_km
from pipeline.models import Event

__all__ = ["MAX_DAYS", "MAX_KM", "merge_reports", "same_event"]

#: Largest gap between two reports' dates, in days.
MAX_DAYS = 1
#: Largest distance between two reports' places, in km.
MAX_KM = 5.0


def _actors(event: Event) -> frozenset[str]:
    return frozenset(a for a in (event.actor1, event.actor2) if a)


def same_event(a: Event, b: Event, *, max_days: int = MAX_DAYS, max_km: float = MAX_KM) -> bool:
    """Whether two events from different articles report the same thing.

    Examples
    --------
    Same kind, actors, a day apart, the same town: one event. See
    ``tests/pipeline/events/test_duplicates.py``.
    """
    if a.article_id == b.article_id or a.category != b.category:
        return False
    if a.event_date is None or b.event_date is None:
        return False
    if abs((a.event_date - b.event_date).days) > max_days:
        return False
    left, right = _actors(a), _actors(b)
    if not (left <= right or right <= left):
        return False
    return any(
        great_circle_km(p.lon, p.lat, q.lon, q.lat) <= max_km for p in a.places for q in b.places
    )


def _lowest(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def _merged(group: Sequence[Event]) -> Event:
    """The group's best-attested report (most actors, then highest confidence, earliest id)
    with the others as sources; counts missing there come from the others, lowest first
    (ACLED's convention for conflicting reports)."""
    lead = max(group, key=lambda e: (len(_actors(e)), e.confidence))
    others = tuple(sorted({e.article_id for e in group if e.article_id != lead.article_id}))
    return replace(
        lead,
        fatalities=lead.fatalities
        if lead.fatalities is not None
        else _lowest(e.fatalities for e in group),
        wounded=lead.wounded if lead.wounded is not None else _lowest(e.wounded for e in group),
        troops=lead.troops if lead.troops is not None else _lowest(e.troops for e in group),
        other_sources=others,
        confidence=round(min(0.99, lead.confidence + 0.05 * len(others)), 2),
    )


def merge_reports(
    events: Sequence[Event], *, max_days: int = MAX_DAYS, max_km: float = MAX_KM
) -> list[Event]:
    """Merge reports of the same event across articles, keeping the input's order.

    Parameters
    ----------
    events : sequence of Event
        Events of any number of articles (as stored: one per article and sentence).
    max_days, max_km : int, float
        How close in time and space two reports must be.

    Returns
    -------
    list of Event
        One event per group, with ``other_sources`` naming the other articles and a
        confidence raised a little per corroborating source.
    """
    groups: list[list[Event]] = []
    # groups indexed by (category, day) of their members: only neighbouring days are compared
    index: dict[tuple[str, int], list[list[Event]]] = {}
    for event in events:
        if event.event_date is None:
            groups.append([event])
            continue
        day = event.event_date.toordinal()
        nearby = [
            g
            for offset in range(-max_days, max_days + 1)
            for g in index.get((event.category, day + offset), ())
        ]
        home = next(
            (
                g
                for g in nearby
                if all(event.article_id != e.article_id for e in g)
                and any(same_event(event, e, max_days=max_days, max_km=max_km) for e in g)
            ),
            None,
        )
        if home is None:
            home = [event]
            groups.append(home)
        else:
            home.append(event)
        slot = index.setdefault((event.category, day), [])
        if all(g is not home for g in slot):
            slot.append(home)
    return [group[0] if len(group) == 1 else _merged(group) for group in groups]
