"""Troop moves told as part of the violence a report tells: forces that surround a village and
open fire, raiders who loot houses before withdrawing, police deployed to a riot told the
sentence before ("Police were deployed to control the situation."). ACLED codes the violence;
a move told as news of its own (its own day, place or number of troops: "Turkey sent 5,000
troops to Idlib after the attack") stays an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MOVES", "move_in_act"]

#: The categories of troop moves.
MOVES = frozenset({"troop deployment", "troop withdrawal", "encirclement/siege"})


def move_in_act(move: Token, act: Token) -> bool:
    """Whether the move told by the trigger ``move`` is part of the violent act told by
    ``act`` in the same sentence: the same doers' next or last act ("surrounded the village
    and opened fire"), or a circumstance of the act ("looted houses before withdrawing", "as
    they retreated, the gunmen abducted a boy"); not an act told inside the move's words ("sent
    troops after the attack").
    """
    if move.pos_ != "VERB":
        return False  # "troops buildup in Quneitra and casualties among the SDF": a list
    if _joined(move, act) or _joined(act, move):
        return True
    return move.dep_ in ("advcl", "pcomp") and _within(act, move)


def _joined(token: Token, head: Token) -> bool:
    """Whether ``token`` is a verb joined to ``head`` with no subject of its own."""
    return (
        token.dep_ == "conj"
        and token.head.i == head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _within(head: Token, token: Token) -> bool:
    """Whether ``token`` is told inside ``head``'s clause, not joined to it as an act of its own."""
    while token.i != head.i:
        if token.dep_ == "conj" or token.head.i == token.i:
            return False
        token = token.head
    return True
