"""Which accusations are news of their own: a speaker's charge ("Ankara accused Moscow of
breaking the truce"), not the charge someone was held under ("a man accused of theft", "the
accused", "alleged supporters"), an attack's attribution with no accuser ("the raid was
blamed on bandits"), the motive of the violence the sentence tells ("shot a shopkeeper they
accused of informing") or a crowd's claim ("protesters accused the governor of graft").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from pipeline.events.statements import unsaid_by

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["spoken_charge"]


def spoken_charge(token: Token, acts: Collection[int]) -> bool:
    """Whether the accusation word ``token`` tells a charge someone made, as news of its own.

    Parameters
    ----------
    token : spacy.tokens.Token
        An accusation trigger ("accused", "blamed", "criticism").
    acts : collection of int
        The token indices of the sentence's asserted violence and protests: a charge beside
        them is their motive or their crowd's claim, unless they are what it charges
        ("Ankara accused Damascus of shelling the posts").
    """
    if token.pos_ == "ADJ" or token.dep_ in ("amod", "acl", "compound"):
        return False  # "a man accused of theft", "alleged supporters"
    if token.pos_ in ("NOUN", "PROPN") and token.lower_ == "accused":
        return False  # "police arrested the accused"
    if unsaid_by(token):
        return False  # "the raid was blamed on bandits": by whom, untold
    if not acts or any(t.i in acts for t in token.subtree):
        return True
    # beside violence: the charge of someone other than its doers ("rebels killed five soldiers,
    # and the governor accused the army of negligence"), not the doers' own motive ("shot a
    # shopkeeper they accused of informing") nor the crowd's claim
    doc = token.doc
    doers = {c.lemma_.lower() for i in acts for c in doc[i].children if c.dep_ == "nsubj"}
    doers |= {doc[i].lemma_.lower() for i in acts}
    return any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" and c.lemma_.lower() not in doers
        for c in token.children
    )
