"""Arrests made in the violence a report tells: ACLED codes the clash, the raid or the riot,
and the arrests are part of it, not an event of their own ("Soldiers killed two rebels and
arrested three others."; "Two rebels were arrested." after the clash). Arrests told as news of
their own (at another place, on another day, or listed beside other events in a headline:
"Arrests in Hasakah and clashes near Raqqa") stay events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.models import Event, Place

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["arrested_later", "part_of_act", "told_after"]


def part_of_act(arrest: Token, act: Token, places: Sequence[Place]) -> bool:
    """Whether the arrest told by the trigger ``arrest`` is part of the violent act told by
    ``act`` in the same sentence: the act is told inside the arrest's clause ("arrested five
    after clashes with rioters"), or the arrest is an act of its own verb ("killed two and
    arrested three", "leaving 16 wounded and 3 arrested"); either way at no other place than
    the act's (``places``: the sentence's): "arrested five in Cotabato after clashes in
    Kidapawan" is an arrest of its own."""
    noun = arrest.pos_ not in ("VERB", "AUX") and arrest.tag_ != "VBN"
    if noun and not _governs(arrest, act):
        return False  # "Arrests in Hasakah and clashes near Raqqa": a headline's list
    own = _places_in(arrest, act, places)
    # the act told at a place of its own, known or not ("bombed Kabani in Jabal al-Akrad and
    # arrested two men in Ras al-Ayn"), elsewhere than the arrest
    return not (own and _located(act, arrest) and own != _places_in(act, arrest, places))


def _governs(head: Token, token: Token) -> bool:
    """Whether ``token`` is told inside ``head``'s clause, not joined to it as an act of its
    own ("arrests in Hasakah and clashes near Raqqa")."""
    while token.i != head.i:
        if token.dep_ == "conj" or token.head.i == token.i:
            return False
        token = token.head
    return True


def _words(token: Token, other: Token) -> set[int]:
    """The offsets of ``token``'s words, less ``other``'s where ``other`` is told among them."""
    words = {t.idx for t in token.subtree}
    if other.idx in words:
        words -= {t.idx for t in other.subtree}
    return words


#: Prepositions that place an act.
_AT = frozenset({"in", "at", "near", "around", "outside", "inside"})


def _located(token: Token, other: Token) -> bool:
    """Whether ``token``'s own words place it with a name ("in Jabal al-Akrad")."""
    words = _words(token, other)
    return any(
        t.idx in words and t.dep_ == "prep" and t.lower_ in _AT
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)
        for t in token.subtree
    )  # fmt: skip


def _places_in(token: Token, other: Token, places: Sequence[Place]) -> set[str]:
    """The places named in ``token``'s own words (see :func:`_words`)."""
    words = _words(token, other)
    return {p.place_id for p in places if p.mention.start in words}


def arrested_later(event: Event, index: int, last_violent: int, violence: Event | None) -> bool:
    """Whether ``event``, told in sentence ``index``, is an arrest made in the ``violence``
    told in one of the two sentences before it ("Two rebels were arrested."; see
    :func:`told_after`)."""
    return event.category == "arrest" and told_after(event, index, last_violent, violence)


def told_after(event: Event, index: int, last_violent: int, violence: Event | None) -> bool:
    """Whether ``event``, told in sentence ``index``, goes on about the ``violence`` told in
    one of the two sentences before it (``last_violent``): done by one of its sides or no one
    named (or an unidentified group: "They looted its trucks"), in a sentence with no date
    and no other place of its own. Not "Police arrested three journalists covering the
    funeral" after gunmen's killing, nor "The regime is massing its forces" after the rebels'
    fighting."""
    if violence is None or not max(0, index - 2) <= last_violent < index:
        return False  # (the violence of its own sentence: see :func:`part_of_act`)
    doers = event.actor1
    named = bool(doers) and not doers.startswith("Unidentified Armed")
    if named and doers not in (violence.actor1, violence.actor2):
        return False
    places = [p.place_id for p in event.places]
    return "no date in the sentence" in event.notes and (
        not places or places == [p.place_id for p in violence.places]
    )
