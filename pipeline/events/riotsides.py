"""The sides of a riot besides its rioters: the state forces the crowd faced (``Police Forces
of <country>`` as ACLED codes forces at a crowd, or the army's), another crowd it fought, or
whom it harmed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ARMED_WORDS",
    "FIGHTER_WORDS",
    "FORCE_WORDS",
    "crowds_fought",
    "faces_forces",
    "forces_named",
    "state_forces",
    "unarmed_object",
]

#: Armed organisations' men.
FIGHTER_WORDS = (
    r"gunmen|militants?|militias?|rebels?|insurgents?|fighters?|jihadists?|terrorists?|"
    r"bandits?|armed"
)
#: Armed men of any kind: fighters, the state's forces, guards.
ARMED_WORDS = re.compile(
    rf"\b({FIGHTER_WORDS}|soldiers?|troops|army|military|police(?:men)?|forces|guards?|"
    r"gendarm\w*|commandos?)\b",
    re.I,
)

#: State forces a crowd meets, and those of them that are the army (the rest, "security
#: forces" too, are police in ACLED's coding of crowds).
_FORCES = (
    r"police\w*|riot police|gendarm\w*|security (?:forces|services|personnel|officers|agents)|"
    r"soldiers|troops|army|military"
)
FORCE_WORDS = re.compile(rf"\b({_FORCES})\b", re.I)
_ARMY = re.compile(r"soldiers|troops|army|military", re.I)
#: A crowd that acted on the forces or fought them: "threw stones at the police", "clashed
#: with security forces", "a riot between farmers and the military".
_FACING = re.compile(
    rf"\b(?:at|on|with|against|attacked|attacking)\s+(?:the\s+)?(?:\w+\s+)?(?:{_FORCES})\b"
    rf"|\bbetween\b[^.;]{{0,60}}?\b(?:{_FORCES})\b",
    re.I,
)


def faces_forces(text: str) -> bool:
    """Whether the crowd of ``text`` acted on state forces or fought them.

    Examples
    --------
    >>> faces_forces("Rioters threw stones at security services.")
    True
    >>> faces_forces("A riot broke out between farmers and the Indonesian military.")
    True
    >>> faces_forces("Residents burned tyres against the violence of security forces.")
    False
    """
    return bool(_FACING.search(text))


def forces_named(text: str, country: str | None) -> tuple[str, int | None]:
    """The state forces ``text`` names as ACLED's actor (``Police Forces of <country>``, or the
    army's), with inter code 1; ``("", None)`` when it names none.

    Examples
    --------
    >>> forces_named("Security forces dispersed them.", "Iraq")
    ('Police Forces of Iraq', 1)
    >>> forces_named("Soldiers fired warning shots.", None)
    ('Military Forces', 1)
    """
    force = FORCE_WORDS.search(text)
    if force is None:
        return "", None
    kind = "Military Forces" if _ARMY.fullmatch(force.group(0)) else "Police Forces"
    return state_forces(kind, country), 1


def state_forces(kind: str, country: str | None) -> str:
    """ACLED's name of a country's forces of one ``kind`` ("Military Forces", "Police
    Forces"); the kind alone when the country is not known.

    Examples
    --------
    >>> state_forces("Military Forces", "Myanmar"), state_forces("Police Forces", None)
    ('Military Forces of Myanmar', 'Police Forces')
    """
    return f"{kind} of {country}" if country else kind


#: Words of a fight between sides: in a riot, the other crowd fought, it was no victim.
_MUTUAL = re.compile(
    r"\b(clash(?:ed|es)?|fight(?:s|ing)?|fought|brawls?|confrontations?|skirmish(?:es)?|"
    r"scuffles?)\b|\briots?\b[^.;]{0,60}\bbetween\b",
    re.I,
)


def crowds_fought(text: str) -> bool:
    """Whether the riot of ``text`` is a fight between crowds ("killed in a clash over a land
    dispute", "a riot broke out between two villages"): the other crowd is its second side
    (``Rioters``), not victims.

    Examples
    --------
    >>> crowds_fought("Two were killed in a clash over land."), crowds_fought("A mob beat him.")
    (True, False)
    """
    return bool(_MUTUAL.search(text))


#: What a crowd throws, not whom it hits ("pelted stones").
_THROWN = frozenset(
    {"stone", "rock", "brick", "bottle", "tyre", "tire", "projectile", "egg", "molotov", "petrol"}
)


def unarmed_object(trigger: Token) -> bool:
    """Whether the act's words name whom it was done to, unarmed ("arrested an entrepreneur",
    "lynched a suspected ritualist"): civilians, as ACLED codes them."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lemma_.lower() in _THROWN for c in objects):
        # "threw stones at the head of the list": whom they were thrown at
        objects = [
            o
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in ("at", "against", "on", "towards", "toward")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return any(
        c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() not in _THROWN
        and not ARMED_WORDS.search(" ".join(t.text for t in c.subtree))
        for c in objects
    )
