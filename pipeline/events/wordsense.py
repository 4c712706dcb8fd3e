"""Event words used in a sense that names no event that happened: a word that only
describes a noun ("riot police", "combat boots", "accused spies") and a word that names a
kind of event ("the means of attack", "the cause of the explosion"), and an operation of
peaceful work ("a coal mining operation", "the rescue operation")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.events.triggerchecks import anti_riot

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["modifier_only", "names_a_kind", "no_event_sense"]

#: Words that name no event where they describe a noun ("riot police", "combat boots").
_NOT_AS_MODIFIER = frozenset(
    {"riot", "accuse", "arrest", "detain", "surround", "blockade", "combat"}
)


def modifier_only(token: Token, key: str) -> bool:
    """Whether the trigger word keyed ``key`` only describes a noun: "riot police", "anti-riot
    units", "accused spies", "detained members", "camps surrounding the town", "combat
    boots"."""
    if key not in _NOT_AS_MODIFIER:
        return False
    describes = token.dep_ in ("compound", "amod", "poss", "acl" if key == "surround" else "")
    return describes or anti_riot(token)


_KIND_NOUNS = frozenset(
    {"means", "method", "type", "kind", "nature", "motive", "cause", "source", "detail",
     "circumstance", "perpetrator", "identity", "author", "weapon"}
)  # fmt: skip


def names_a_kind(token: Token) -> bool:
    """ "Means of attack", "the motive of the killing": the word names a kind of event, not
    one that happened."""
    head = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lemma_.lower() in _KIND_NOUNS or head.head.lower_ in _KIND_NOUNS)
    )


#: Work whose operations are no armed operation ("a mining operation", "a rescue operation").
_CIVIL_WORK = frozenset(
    {"mining", "logging", "drilling", "fishing", "farming", "business", "rescue", "relief",
     "evacuation", "construction", "humanitarian", "medical", "recovery", "search-and-rescue"}
)  # fmt: skip


def no_event_sense(token: Token) -> bool:
    """Whether a trigger word names no event that happened: a kind of event (see
    :func:`names_a_kind`), or an operation of peaceful work ("This coal mining operation was
    led by a businessman", "a rescue operation was under way")."""
    if names_a_kind(token):
        return True
    return token.lemma_.lower() == "operation" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _CIVIL_WORK for c in token.children
    )
