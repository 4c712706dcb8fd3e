"""Acts a report tells as part of another: arrests made in violence (:mod:`pipeline.events.
arrests`), troop moves made in violence or looting (:mod:`pipeline.events.moves`). They are no
events of their own; the act they belong to is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.events.arrests import arrested_later, part_of_act
from pipeline.events.moves import MOVES, move_in_act, moved_later
from pipeline.events.tolls import is_violent
from pipeline.models import Event, Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Act", "part_of_told", "parts_of"]

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
    if event.category in MOVES:
        return any(
            move_in_act(words[0], t) for e, ts in acts if harmful(e) for t in ts
        ) or moved_later(event, index, last_violent, violence)
    return False


def parts_of(
    event: Event, words: tuple[Token, ...], acts: Sequence[Act], places: Sequence[Place]
) -> list[Event]:
    """The arrests and moves told before ``event`` in its sentence that are part of it
    ("police arrested five after clashes with ...", "surrounded the village and opened
    fire")."""
    if not harmful(event):
        return []
    return [
        e
        for e, ts in acts
        if (
            e.category == "arrest"
            and is_violent(event)
            and part_of_act(ts[0], words[0], places, told_first=True)
        )
        or (e.category in MOVES and any(move_in_act(ts[0], w) for w in words))
    ]
