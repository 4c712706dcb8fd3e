"""One event reported by several articles becomes one event with several sources.

Two reports are the same event only when all of these hold:

- they come from different articles (two events of one article are never merged), and neither
  is a row of a coded dataset (each ACLED or UCDP row is one event everywhere);
- the same event type and category;
- the same day, or overlapping date ranges;
- places within :data:`MAX_KM` km of each other (an event without places, whose report named
  none we could resolve, has no place evidence and is never merged);
- compatible actors: both name at least one, and one report's actors are all among the other's.

Each article's own event stays in the store with its evidence; merging happens when events are
read for the map or an export, so a wrong merge is never destructive (``--separate`` turns it
off).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from geodata.geometry import great_circle_km
from pipeline.models import Event, is_coded_row

__all__ = ["MAX_KM", "dates_overlap", "group_reports", "merge_group", "merge_reports", "same_event"]

#: Largest distance between two reports' places, in km.
MAX_KM = 5.0


def _actors(event: Event) -> frozenset[str]:
    return frozenset(a for a in (event.actor1, event.actor2) if a)


def _span(event: Event) -> tuple[date, date] | None:
    if event.event_date is None:
        return None
    return event.event_date, max(event.event_date, event.event_date_end or event.event_date)


def dates_overlap(a: Event, b: Event) -> bool:
    """Whether two events share a day: the same date, or date ranges that overlap."""
    left, right = _span(a), _span(b)
    if left is None or right is None:
        return False
    return left[0] <= right[1] and right[0] <= left[1]


def same_event(a: Event, b: Event, *, max_km: float = MAX_KM) -> bool:
    """Whether two events from different articles report the same thing (the module's rule).

    Examples
    --------
    Same type, actors and day, the same town: one event. See
    ``tests/pipeline/events/test_duplicates.py`` for the pairs that must and must not merge.
    """
    if a.article_id == b.article_id or is_coded_row(a.article_id) or is_coded_row(b.article_id):
        return False
    if not a.places or not b.places:  # no place evidence: never the same event
        return False
    if a.event_type != b.event_type or a.category != b.category or not dates_overlap(a, b):
        return False
    left, right = _actors(a), _actors(b)
    if not left or not right or not (left <= right or right <= left):
        return False
    return any(
        great_circle_km(p.lon, p.lat, q.lon, q.lat) <= max_km for p in a.places for q in b.places
    )


def _lowest(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def merge_group(group: Sequence[Event]) -> Event:
    """One event for a group of :func:`group_reports`: its only member, or the group's
    best-attested report (most actors, then highest confidence, earliest id)
    with the others as sources; counts missing there come from the others, lowest first
    (ACLED's convention for conflicting reports)."""
    if len(group) == 1:
        return group[0]
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


def merge_reports(events: Sequence[Event], *, max_km: float = MAX_KM) -> list[Event]:
    """Merge reports of the same event across articles, keeping the input's order.

    Parameters
    ----------
    events : sequence of Event
        Events of any number of articles (as stored: one per article and sentence).
    max_km : float
        How close two reports' places must be.

    Returns
    -------
    list of Event
        One event per group of :func:`group_reports`, with ``other_sources`` naming the
        other articles and a confidence raised a little per corroborating source. Rows of
        coded datasets, undated events and events without places pass through unchanged.
    """
    return [merge_group(group) for group in group_reports(events, max_km=max_km)]


def group_reports(events: Sequence[Event], *, max_km: float = MAX_KM) -> list[list[Event]]:
    """The reports of each event, in the order of each group's first report: an event
    joins the first earlier group it is :func:`same_event` with (no two of one article).

    Merging a subset of the events gives the same groups for it as merging them all when
    the subset holds every event that is :func:`same_event` with one of its members, in
    the same order: events outside it only ever form groups of their own.
    """
    groups: list[list[Event]] = []
    # groups indexed by (category, day) of each day their members span: only groups sharing a
    # day with the event are compared
    index: dict[tuple[str, int], list[list[Event]]] = {}
    for event in events:
        span = _span(event)
        if span is None or not event.places or is_coded_row(event.article_id):
            groups.append([event])
            continue
        days = range(span[0].toordinal(), min(span[1].toordinal(), span[0].toordinal() + 31) + 1)
        nearby = list({id(g): g for d in days for g in index.get((event.category, d), ())}.values())
        home = next(
            (
                g
                for g in nearby
                if all(event.article_id != e.article_id for e in g)
                and any(same_event(event, e, max_km=max_km) for e in g)
            ),
            None,
        )
        if home is None:
            home = [event]
            groups.append(home)
        else:
            home.append(event)
        for d in days:
            slot = index.setdefault((event.category, d), [])
            if all(g is not home for g in slot):
                slot.append(home)
    return groups
