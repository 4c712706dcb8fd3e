"""Which statements, threats and meetings are news of their own: a speaker's words or a
meeting held, not the source of another report ("according to the army's statement"), a threat
someone suffered with no threatener named ("witnesses were threatened"), a crowd's demands told
after its protest ("They demanded the mayor's resignation."), the same doers' words in their
act ("looted a clinic and warned the nurses"), a place that houses people ("hosted flood
victims") or a meeting that is only where violence struck ("a grenade went off at a
conference").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from pipeline.events.triggerchecks import PROTESTERS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["said_as_news", "unsaid_by"]

#: Verbs a statement speaks through when it is a report's source ("the statement claimed").
_SOURCE_VERBS = frozenset({"say", "claim", "add", "state", "report", "mention", "indicate"})
#: Subjects that are a protest's crowd, told after it ("They demanded ...").
_CROWD = PROTESTERS | {"they", "group", "participant", "resident", "crowd", "organizer",
                       "organiser", "marcher", "striker"}  # fmt: skip
#: What a meeting's host receives.
_GUESTS = frozenset({"meeting", "talks", "talk", "summit", "conference", "delegation", "visit",
                     "visitor", "counterpart", "leader", "minister", "president", "envoy",
                     "negotiation", "round", "session", "forum", "dialogue"})  # fmt: skip


def said_as_news(token: Token, category: str, acts: Collection[int], after_protest: bool) -> bool:
    """Whether the statement or meeting word ``token`` tells news of its own.

    Parameters
    ----------
    token : spacy.tokens.Token
        A trigger of the category ``statement/threat`` or ``meeting/talks``.
    category : str
        Its category.
    acts : collection of int
        The token indices of the sentence's asserted acts: its violence for a meeting, every
        act but words for a statement.
    after_protest : bool
        Whether a protest was told in the two sentences before.
    """
    if category == "meeting/talks":
        return _meeting(token, acts)
    if _source(token, acts):
        return False
    if token.pos_ == "VERB" and unsaid_by(token):
        return False  # "some were threatened with prosecution": by whom, untold
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if after_protest and any(s.lemma_.lower() in _CROWD for s in subjects):
        return False  # "They demanded ...": the crowd's demands
    # "burned a school and urged the teachers to leave": the same doers' act
    return not (acts and not subjects and _joined(token, acts))


def _meeting(token: Token, acts: Collection[int]) -> bool:
    if token.lemma_.lower() == "host":
        # "hosted the talks", "hosted his counterpart": not "the camp hosts refugees"
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return any(o.lemma_.lower() in _GUESTS or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                   for o in objects)  # fmt: skip
    # "a grenade went off at a conference", "stabbed during an official visit": where it struck
    return not (token.pos_ == "NOUN" and _struck_at(token, acts))


#: The words that lead from an act to where it struck: "went off at a conference", "targeting
#: a conference", "the delegates of the conference".
_TO_TARGET = frozenset({"pobj", "prep", "dobj", "compound", "poss"})


#: Verbs whose object is what they struck.
_STRIKING = frozenset({"target", "attack", "strike", "hit", "bomb", "shell", "raid", "storm"})


def _struck_at(token: Token, acts: Collection[int]) -> bool:
    """Whether the meeting noun ``token`` is only where one of the ``acts`` struck: reached
    from the act through prepositions and objects, not through a verb of its own ("hours before
    the governor held talks" is a meeting held)."""
    while token.dep_ in _TO_TARGET and token.head.i != token.i:
        token = token.head
        if token.i in acts:
            return True
        if token.pos_ == "VERB":
            return token.lemma_.lower() in _STRIKING  # "warplanes targeted a meeting"
    return False


def _source(token: Token, acts: Collection[int]) -> bool:
    """Whether a statement only sources a report: "according to the statement" always; "in a
    statement", "the statement claimed" when the sentence tells violence."""
    if token.lemma_.lower() != "statement":
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    sourced = (token.dep_ == "pobj" and head.lower_ == "in") or (
        token.dep_ == "nsubj" and head.lemma_.lower() in _SOURCE_VERBS
    )
    return sourced and bool(acts)


def unsaid_by(token: Token) -> bool:
    """Whether ``token`` is a passive verb with no doer named ("witnesses were threatened",
    "the raid was blamed on bandits"): by whom, untold."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    return passive and not any(c.dep_ == "agent" for c in token.children)


def _joined(token: Token, acts: Collection[int]) -> bool:
    """Whether ``token`` is a verb joined to one of the ``acts`` (or it to ``token``)."""
    doc = token.doc
    return (token.dep_ == "conj" and token.head.i in acts) or any(
        doc[i].dep_ == "conj" and doc[i].head.i == token.i for i in acts
    )
