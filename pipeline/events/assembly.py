"""Report assembly: the events of one article's sentences become the report's events.

A sentence that only gives the toll of the event before it ("Seven fighters were killed.")
adds its count to that event (:mod:`pipeline.events.tolls`); a sentence without its own date
goes on about the day of the event it elaborates (:func:`inherited_date`); an event repeated in
later sentences is one event with its first sentence as the evidence
(:func:`merge_within_article`).
Merging reports of several articles is another step (:mod:`pipeline.events.duplicates`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.events.background import past_background
from pipeline.events.coding import intervened
from pipeline.events.dates import DateSpan
from pipeline.events.riotsides import faces_forces, forces_named
from pipeline.events.triggers import VIOLENT_PRECEDENCE
from pipeline.models import Event

__all__ = [
    "force_on_protest",
    "inherited_date",
    "merge_within_article",
    "same_crowd",
    "stepped_in",
    "turned_violent",
    "without_fight",
]


def inherited_date(category: str, last_event: tuple[str, DateSpan] | None) -> DateSpan | None:
    """The date of a sentence that gives none: the last event's day when the new event
    elaborates it (the same category, or violence after violence: "The clashes were
    accompanied by shelling"), never a range ("the past two weeks" is background); else
    ``None``, and the caller falls back to the publication date (a meeting after a clash is
    news of its own day). A toll takes the date of whatever event came before it.

    Examples
    --------
    >>> from datetime import date
    >>> day = DateSpan(date(2020, 5, 3), None, 1)
    >>> inherited_date("shelling", ("armed clash", day)) == day
    True
    >>> inherited_date("meeting/talks", ("armed clash", day)) is None
    True
    """
    if last_event is None:
        return None
    previous, span = last_event
    if span.end is not None or span.precision != 1:
        return None
    violent = category in VIOLENT_PRECEDENCE and previous in VIOLENT_PRECEDENCE
    # a toll after any event is that event's toll ("claimed an ambush ... one soldier was killed")
    return span if category in (previous, "casualties") or violent else None


_CROWD_WORDS = re.compile(
    r"\b(protesters?|protestors?|demonstrators?|demonstrations?|protests?|crowds?|marchers?|"
    r"rioters?|the mob|disperse\w*|them|tear[- ]?gas|rubber bullets|water cannons?|"
    r"warning shots)\b",
    re.I,
)


def force_on_protest(
    event: Event, events: list[Event], index: int, protest_at: int
) -> Event | None:
    """A protest, with what happened at it told on: "The police fired live rounds to disperse
    them. Two demonstrators were killed." is the protest's intervention (excessive force when it
    killed), and so are arrests by the forces there; "Clashes ensued, five were injured", with
    no armed men named, is the protest turned violent (a riot). Not an event of its own: the
    protest with its toll and ACLED's coding; ``None`` when the event is news of its own."""
    if not events or protest_at < index - 2 or events[-1].event_type not in ("Protests", "Riots"):
        return None
    # forces arresting people at the crowd ("The police intervened and arrested five") step in
    arrest = event.category == "arrest" and event.inter1 == 1
    if event.category not in VIOLENT_PRECEDENCE and not arrest:
        return None
    if "no date in the sentence" not in event.notes:
        return None
    # the forces who acted, first actor or (a riot coded with them as its other side) second
    sides = [(event.actor1, event.inter1)]
    if event.event_type in ("Riots", "Protests"):
        # the forces at a riot or at protesters ("Riot police fired at demonstrators"), not
        # forces hurt: "Two police officers were injured."
        sides.append((event.actor2, event.inter2))
    force, force_inter = next(((a, i) for a, i in sides if i in (1, 8)), ("", None))
    by_state = bool(force)
    unnamed = not event.actor1 or (event.inter1 in (3, 5, 6, 7, None) and not by_state)
    protest = events[-1]
    # (the forces the riot was already with, firing on: at the riot, on its crowd)
    facing = protest.event_type == "Riots" and bool(force) and force == protest.actor2
    crowd_named = arrest or facing or bool(_CROWD_WORDS.search(event.evidence))
    if not (crowd_named or unnamed):
        return None
    killed = protest.fatalities or event.fatalities
    sub, event_type, actor1, inter1 = (
        protest.sub_event_type,
        protest.event_type,
        protest.actor1,
        protest.inter1,
    )
    if protest.event_type == "Protests" and (by_state or crowd_named):
        sub = "Excessive force against protesters" if killed else "Protest with intervention"
    elif protest.event_type == "Protests":  # the crowd turned violent
        event_type, sub, inter1 = "Riots", "Violent demonstration", 5
        actor1 = protest.actor1.replace("Protesters", "Rioters", 1)
    actor2 = protest.actor2 or force
    return replace(
        protest,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        inter1=inter1,
        fatalities=killed,
        wounded=protest.wounded if protest.wounded is not None else event.wounded,
        actor2=actor2,
        inter2=protest.inter2 if protest.actor2 else force_inter,
        notes="; ".join(
            n for n in (protest.notes, f"told on at offset {event.evidence_start}") if n
        ),
    )


def same_crowd(event: Event, events: list[Event], near: bool, placed: bool) -> Event:
    """A protest told on ``near`` the crowd's last event (within two sentences), in a sentence
    of no date and, unless ``placed``, no place of its own ("Security forces dispersed the
    demonstrators."): the same crowd, at that event's places, so that the merge joins them."""
    crowd = near and bool(events) and events[-1].event_type in ("Protests", "Riots")
    if not crowd or placed or event.category != "protest":
        return event
    if "no date in the sentence" not in event.notes:
        return event
    return replace(event, places=events[-1].places, geo_precision=events[-1].geo_precision)


def stepped_in(protest: Event, offset: int, text: str) -> Event:
    """A peaceful protest the next sentence ``text`` tells was dispersed: ACLED's intervention,
    by the forces it names ("Police fired tear gas": ``Police Forces of <country>``). A riot
    (a violent demonstration or a mob) the forces broke up keeps its kind and gains them as
    its second actor."""
    riot = protest.event_type == "Riots"
    if protest.sub_event_type != "Peaceful protest" and not (riot and not protest.actor2):
        return protest
    note = f"intervention from offset {offset}"
    actor2, inter2 = _forces_of(protest, text)
    return replace(
        protest,
        sub_event_type=protest.sub_event_type if riot else "Protest with intervention",
        actor2=actor2,
        inter2=inter2,
        notes="; ".join(n for n in (protest.notes, note) if n),
    )


def turned_violent(protest: Event, offset: int, text: str) -> Event:
    """A protest that the next sentence ``text`` tells turned violent ("The demonstrators
    erected barricades", "A riot broke out"): ACLED's violent demonstration, by rioters, with
    the forces the sentence names stepping in as the second actor."""
    if protest.event_type == "Riots" and (intervened(text) or faces_forces(text)):
        return stepped_in(protest, offset, text)  # "They threw stones at the police."
    if protest.event_type != "Protests":
        return protest
    # the forces who stepped in, or at whom the crowd threw stones ("They threw rocks at the
    # police") are the second actor
    actor2, inter2 = (
        _forces_of(protest, text)
        if intervened(text) or faces_forces(text)
        else (protest.actor2, protest.inter2)
    )
    return replace(
        protest,
        event_type="Riots",
        sub_event_type="Violent demonstration",
        actor1=protest.actor1.replace("Protesters", "Rioters", 1),
        inter1=5,
        actor2=actor2,
        inter2=inter2,
        notes="; ".join(n for n in (protest.notes, f"turned violent at offset {offset}") if n),
    )


#: Words that say a place changed hands without a fight ("No confrontation was reported").
_NO_FIGHT = re.compile(
    r"\b(?:no (?:confrontations?|clash(?:es)?|fighting|fights?|resistance|battles?|combat)"
    r"(?: (?:was|were|has been|have been|had been))? (?:reported|recorded|registered|"
    r"observed)|without (?:a fight|any fighting|fighting|resistance|clash(?:es)?|"
    r"confrontations?|a shot(?: being)? fired)|unopposed|peaceful(?:ly)? (?:handover|transfer))",
    re.I,
)


def no_fight(text: str) -> bool:
    """Whether ``text`` says a place changed hands without a fight.

    Examples
    --------
    >>> no_fight("No confrontation was reported."), no_fight("They took it unopposed.")
    (True, True)
    >>> no_fight("Two soldiers died in the fighting.")
    False
    """
    return bool(_NO_FIGHT.search(text))


def without_fight(event: Event, text: str) -> Event:
    """A territorial change the report says met no fight ("FACA forces regained control of
    the town. No confrontation was reported."): ACLED's non-violent transfer of territory."""
    if event.category != "territorial change" or not no_fight(text):
        return event
    return replace(
        event,
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
    )


def _forces_of(crowd: Event, text: str) -> tuple[str, int | None]:
    """The crowd event's second actor: its own, else the forces ``text`` names acting on it
    ("Police fired tear gas": ``Police Forces of <country>``), in the crowd's country."""
    if crowd.actor2:
        return crowd.actor2, crowd.inter2
    country = _IN_COUNTRY.search(crowd.actor1)
    return forces_named(text, country.group(1) if country else None)


_IN_COUNTRY = re.compile(r"\(([^()]+)\)$")


#: A protest told again with what was done to it takes the worst of it.
_PROTEST_SEVERITY = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
)


def _severity(sub_event_type: str) -> int:
    return _PROTEST_SEVERITY.index(sub_event_type) if sub_event_type in _PROTEST_SEVERITY else -1


def merge_within_article(events: list[Event]) -> tuple[Event, ...]:
    """One event per (category, actors, date, places) within an article, without background
    dated by a past year only; later sentences that repeat an event add their evidence to the
    notes and any missing counts."""
    kept: dict[tuple[object, ...], Event] = {}
    for event in past_background(events):
        crowd = event.event_type in ("Protests", "Riots")
        key = (
            event.category,
            # the crowd of a riot told again as a protest is the same crowd
            event.actor1.replace("Rioters", "Protesters", 1) if crowd else event.actor1,
            # a protest told again with the forces who stepped in is the same protest
            "" if crowd else event.actor2,
            event.event_date,
            tuple(p.place_id for p in event.places),
        )
        first = kept.get(key)
        if first is None:
            kept[key] = event
            continue
        if first.event_type == "Protests" and event.event_type == "Riots":
            first = replace(  # the worst the crowd did codes it
                first,
                event_type="Riots",
                sub_event_type=event.sub_event_type,
                actor1=event.actor1,
                inter1=event.inter1,
            )
        kept[key] = replace(
            first,
            sub_event_type=first.sub_event_type
            if first.event_type == "Riots"
            else max(first.sub_event_type, event.sub_event_type, key=_severity),
            actor2=first.actor2 or event.actor2,
            inter2=first.inter2 if first.actor2 else event.inter2,
            fatalities=first.fatalities if first.fatalities is not None else event.fatalities,
            troops=first.troops if first.troops is not None else event.troops,
            wounded=first.wounded if first.wounded is not None else event.wounded,
            notes="; ".join(
                n for n in (first.notes, f"also reported at offset {event.evidence_start}") if n
            ),
        )
    return tuple(kept.values())
