"""Acts a report tells as part of another: arrests made in violence (:mod:`pipeline.events.
arrests`), troop moves made in violence or looting (:mod:`pipeline.events.moves`), and moves,
looting and seizures told on after the violence ("Several huts were burnt.", "The rebels
retreated into the hills."). They are no events of their own; the act they belong to is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.events.arrests import arrested_later, part_of_act, told_after
from pipeline.events.moves import MOVES, move_in_act
from pipeline.events.tolls import is_violent
from pipeline.models import Event, Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Act", "harmful", "part_of_told", "parts_of", "told_on"]

#: An event of the sentence and the words that tell it.
Act = tuple[Event, tuple["Token", ...]]


def harmful(event: Event) -> bool:
    """Violence, or looting and destruction: the acts a troop move can be part of."""
    return is_violent(event) or event.category == "looting/destruction"


def part_of_told(
    event: Event,
    words: tuple[Token, ...],
    acts: Sequence[Act],
    places: Sequence[Place],
    *,
    index: int,
    last_violent: int,
    told: Sequence[Event],
) -> bool:
    """Whether ``event`` (told by ``words`` in sentence ``index``) is part of an act told
    before it: in its sentence (``acts``, whose places are ``places``), or in one of the two
    sentences before (``last_violent``, the last of the report's events ``told``)."""
    violence = next((e for e in reversed(told) if is_violent(e)), None)
    if event.category == "arrest":
        return any(
            part_of_act(words[0], t, places) for e, ts in acts if is_violent(e) for t in ts[:1]
        ) or arrested_later(event, index, last_violent, violence)
    if event.category in MOVES and any(
        move_in_act(words[0], t) for e, ts in acts if harmful(e) for t in ts
    ):
        return True
    return told_on(event, index, last_violent, violence)


#: Acts that, told on after violence by one of its sides, are part of it.
_TOLD_ON = MOVES | {"looting/destruction", "weapons seized"}


def told_on(event: Event, index: int, last_violent: int, violence: Event | None) -> bool:
    """Whether ``event``, told in sentence ``index``, is a move, looting or seizure of the
    ``violence`` told in one of the two sentences before it (``last_violent``), by one of its
    sides or no one named, with no day, place or number of troops of its own ("The rebels
    retreated into the hills.", "Several huts were burnt.", "The troops seized four rifles.")."""
    if event.category not in _TOLD_ON or violence is None or event.troops is not None:
        return False
    if event.category == "looting/destruction" and _harmless_raid(violence):
        return False  # the raid's acts code it (see :func:`pipeline.events.raids.raids_told_on`)
    return told_after(event, index, last_violent, violence)


def parts_of(
    event: Event, words: tuple[Token, ...], acts: Sequence[Act], places: Sequence[Place]
) -> list[Event]:
    """The moves told before the looting ``event`` in its sentence that are part of it
    ("blockaded the market and looted the stalls"). (Violence is drafted before anything else
    a sentence tells, so arrests and moves are only ever told after it: see
    :func:`part_of_told`.)"""
    if not harmful(event):
        return []
    return [
        e for e, ts in acts if e.category in MOVES and any(move_in_act(ts[0], w) for w in words)
    ]


def _harmless_raid(event: Event) -> bool:
    """An attack that harmed no one: what was done in it may code it as looting."""
    return event.sub_event_type == "Attack" and not event.fatalities and not event.wounded
