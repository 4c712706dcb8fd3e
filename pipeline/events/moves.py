"""Troop moves told as part of the violence a report tells in the same sentence: forces that
blockade a market and shoot the traders, raiders who take the cash before retreating. ACLED
codes the violence; a move told as news of its own ("the army sent troops to the town after
the attack") stays an event. Moves told on in later sentences: :mod:`pipeline.events.parts`.
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
    ``act`` in the same sentence: the same doers' next or last act ("blockaded the market and
    shot two traders"), or a circumstance of the act ("took the cash before retreating", "as
    they pulled back, the gunmen seized two herders"); not an act told inside the move's words
    ("sent troops after the attack").
    """
    if move.pos_ != "VERB":
        return False  # "troops buildup in Quneitra and casualties among the SDF": a list
    if _joined(move, act) or _joined(act, move):
        return True
    return move.dep_ in ("advcl", "pcomp") and act.is_ancestor(move)


def _joined(token: Token, head: Token) -> bool:
    """Whether ``token`` is a verb joined to ``head`` with no subject of its own."""
    return (
        token.dep_ == "conj"
        and token.head.i == head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )
