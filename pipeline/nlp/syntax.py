"""Small parse-tree helpers shared by the event modules."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["governs"]

_CLAUSE_POS = frozenset({"VERB", "AUX"})


def governs(trigger: Token, token: Token, *, max_steps: int = 8) -> bool:
    """Whether ``token`` hangs off ``trigger`` in the same clause.

    Climbs from ``token`` towards the root; crossing another verb (a clause boundary, as in
    "a ceasefire agreed on January 12" or "plan to enter Damascus") ends the search.
    """
    current = token
    for _ in range(max_steps):
        if current.i == trigger.i:
            return True
        if current.i != token.i and current.pos_ in _CLAUSE_POS:
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False
