"""Tolls told on: a sentence that gives the dead of an event told before ("Seven fighters were
killed.") adds its count to that event, or the two counts up when it tells of more dead; a
sentence on a day and at a place of its own is news of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.events.coding import UNIDENTIFIED
from pipeline.events.kinds import CIVILIAN_NOUNS
from pipeline.events.triggers import VIOLENT_PRECEDENCE
from pipeline.models import Event

__all__ = ["is_violent", "toll_target", "with_toll"]


def is_violent(event: Event) -> bool:
    """An event of violence: ours, or a riot (which ACLED codes apart from battles)."""
    return event.category in VIOLENT_PRECEDENCE or event.event_type == "Riots"


def toll_target(
    event: Event, events: list[Event], index: int, last_violent: int, drafted: str = ""
) -> int | None:
    """The position in ``events`` of the event a sentence's ``event`` tells on, or ``None``.
    "Seven fighters were killed." right after a clash: the clash's toll, not a new event, also
    after a sentence that told of something else ("JNIM captured the cattle. Two mercenaries
    were killed."); and violence told again with no day and no place of its own ("Heavy
    fighting followed", "The attackers also burned houses") is the event before it, told on.
    ``drafted``: the category the sentence's words gave, before ACLED's coding renamed it."""
    toll = (drafted or event.category) == "casualties"
    if not events or last_violent < index - (4 if toll and _bare(event) else 2):
        return None
    at = len(events) - 1
    if toll and not is_violent(events[at]) and at > 0 and is_violent(events[at - 1]):
        at -= 1
    return at if _tells_on(event, events[at], index, last_violent, drafted) else None


def _bare(event: Event) -> bool:
    """A toll with no day, no place and no doer of its own ("Four people were injured.")."""
    return (
        "no date in the sentence" in event.notes
        and "no place in the sentence" in event.notes
        and (not event.actor1 or event.actor1.startswith(UNIDENTIFIED))
    )


def _elsewhere(event: Event, previous: Event) -> bool:
    """The sentence names a place of its own, none of the previous event's."""
    return "no place in the sentence" not in event.notes and not (
        {p.place_id for p in event.places} & {p.place_id for p in previous.places}
    )


def _tells_on(event: Event, previous: Event, index: int, last_violent: int, drafted: str) -> bool:
    if not is_violent(previous):
        return False
    undated = "no date in the sentence" in event.notes
    if drafted == "found dead":  # "The body of the officer was found on Monday"
        return previous.category in VIOLENT_PRECEDENCE and last_violent >= index - 2
    if (drafted or event.category) == "casualties" and previous.fatalities is None:
        # a toll may follow a sentence about the attackers ("The attackers were unknown."), but
        # one on a day and at a place of its own is news of its own ("On 6 March, gunmen killed
        # a trader in Mueda.")
        start, end = event.event_date, event.event_date_end or event.event_date
        if _elsewhere(event, previous) and not (
            undated or (start and end and start <= (previous.event_date or end) <= end)
        ):
            return False
        return last_violent >= index - 1 or (undated and "no place in the sentence" in event.notes)
    return (
        ((drafted or event.category) in VIOLENT_PRECEDENCE or event.event_type == "Riots")
        and undated
        and (
            not event.places
            or "no place in the sentence" in event.notes
            or {p.place_id for p in event.places} <= {p.place_id for p in previous.places}
        )
    )


#: A toll told on as more dead ("6 militants were also killed", "another soldier died").
_MORE_DEAD = re.compile(
    r"\balso (?:\w+ ){0,4}(?:killed|died|dead|slain)\b"
    r"|\b(?:another|additional) (?:\w+ ){1,2}(?:was |were )?(?:killed|died|slain)\b"
    r"|\bothers (?:were |had been )?(?:killed|died|slain)\b",
    re.I,
)


#: The dead of one side: state forces, or the armed men they fight ("two soldiers died",
#: "killing four soldiers").
_SIDES_DEAD = tuple(
    re.compile(
        rf"\b(?:{words})\b[^.;]{{0,40}}?"
        r"\b(?:(?:were|was|been|are|is|got)\s+(?:\w+\s+){0,2}(?:killed|slain)|dead|died)\b"
        rf"|\b(?:killing|killed)(?: [\w-]+){{0,3}}? (?:{words})\b",
        re.I,
    )
    for words in (
        r"soldiers?|troops|police\w*|officers?|gendarmes?|servicemen|personnel|guards?",
        r"militants?|rebels?|insurgents?|fighters?|jihadists?|assailants?|attackers?|gunmen",
    )
)


def _other_side(previous: Event, toll: Event) -> bool:
    """Whether the toll counts the dead of the other side from those counted before ("A
    soldier was killed in an attack by rebels. Two rebels were killed."): both counted."""
    before = [bool(p.search(previous.evidence)) for p in _SIDES_DEAD]
    after = [bool(p.search(toll.evidence)) for p in _SIDES_DEAD]
    return sum(before) == 1 and sum(after) == 1 and before != after


def _side_hit(previous: Event, toll: Event) -> bool:
    """Whether the toll names the dead of a side the event told none of: not its doer's own
    men, nor unnamed soldiers when forces did it (whose soldiers they were is not said), nor
    people killed in a clash (no side of it: "two militias clashed; three residents died")."""
    return (
        bool(previous.actor1)
        and bool(toll.actor2)
        and toll.actor2 != previous.actor1
        and not (toll.inter2 in (1, 8) and previous.inter1 in (1, 8))
        and not (toll.inter2 == 7 and previous.event_type in ("Battles", "Riots"))
        and toll.inter2 not in (5, 6)  # (a crowd is no side a toll tells of)
    )


def _operation_on_people(previous: Event, toll: Event) -> bool:
    """Whether the toll of an operation by forces, which named no side against them, is of
    civilians killed (by the forces: the toll names no other doer)."""
    return (
        previous.category == "offensive"
        and not previous.actor2
        and previous.inter1 in (1, 8)
        and toll.inter2 == 7
        and bool(toll.fatalities)
        and _no_other_doer(previous, toll)
    )


def _no_other_doer(previous: Event, toll: Event) -> bool:
    """Whether the toll names no doer but the event's own (or an unidentified one)."""
    return toll.actor1 in ("", previous.actor1) or toll.actor1.startswith(UNIDENTIFIED)


def _singular(word: str) -> str:
    """A plural's rough singular ("families" -> "family", "villagers" -> "villager")."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _forces_not_people(previous: Event, toll: Event) -> bool:
    """Whether an attack on a place, whose victims were taken to be its people (no word for
    people named them), has a toll of the state's forces first: they were the side hit, as
    when one sentence tells it ("killed a policeman and two civilians"), the people with them
    its toll."""
    words = {_singular(w) for w in re.findall(r"[a-z]+", previous.evidence.lower())}
    return (
        previous.sub_event_type == "Attack"
        and previous.inter2 == 7
        and previous.inter1 not in (1, 8)
        and toll.inter2 == 1
        and _no_other_doer(previous, toll)
        and not words & (CIVILIAN_NOUNS | {"people", "children", "women", "men"})
    )


def with_toll(previous: Event, toll: Event) -> Event:
    """The event with the toll a later sentence gives: its count when it had none, the two
    added up when the later sentence tells of more dead ("Officials said 6 militants were
    also killed")."""
    more = (
        previous.fatalities is not None
        and toll.fatalities is not None
        and (bool(_MORE_DEAD.search(toll.evidence)) or _other_side(previous, toll))
    )
    fatalities = previous.fatalities if previous.fatalities is not None else toll.fatalities
    total = (previous.fatalities or 0) + (toll.fatalities or 0) if more else fatalities
    if previous.category == "abduction" and total:
        # "They tortured him to death": a killing outranks the abduction (ACLED's precedence)
        previous = replace(previous, category="attack", sub_event_type="Attack")
    if previous.event_type == "Riots" and not previous.actor2:
        # "Demonstrators attacked the security forces", "Riot police fired at demonstrators":
        # the riot's other side
        actor2, inter2 = ("", None)
        if toll.event_type == "Riots":
            actor2, inter2 = toll.actor2, toll.inter2
        elif toll.event_type == "Protests":  # the forces among the protest's sides
            sides = ((toll.actor1, toll.inter1), (toll.actor2, toll.inter2))
            actor2, inter2 = next((s for s in sides if s[1] in (1, 8)), ("", None))
        previous = replace(previous, actor2=actor2, inter2=inter2)
    elif _operation_on_people(previous, toll):
        # "Troops swept the hills in an operation. A herder was shot dead.": no clash (the
        # operation named one side), an attack on the people it killed
        previous = replace(
            previous,
            category="attack",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor2=toll.actor2,
            inter2=toll.inter2,
        )
    elif not previous.actor2 and _side_hit(previous, toll):
        # "Turkish jets struck the Gara region. Five PKK fighters were killed.": the side hit
        previous = replace(previous, actor2=toll.actor2, inter2=toll.inter2)
    elif _forces_not_people(previous, toll):
        # "Militants attacked the town. The head of the police was killed.": the forces were
        # the side hit, in a battle (the town's people had only been assumed)
        previous = replace(previous, actor2=toll.actor2, inter2=toll.inter2)
        previous = replace(previous, event_type="Battles", sub_event_type="Armed clash")
    return replace(
        previous,
        fatalities=total,
        wounded=previous.wounded if previous.wounded is not None else toll.wounded,
        notes="; ".join(
            n for n in (previous.notes, f"toll from offset {toll.evidence_start}") if n
        ),
    )
