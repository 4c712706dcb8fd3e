"""Coarse sides of a conflict ("state forces of Syria", "rebels", "Kurdish-led forces", "Islamic
State", "civilians"): how analysts compare actor codings across datasets whose names differ.

Our actor names come from :mod:`pipeline.events.actors` (ACLED style: "Military Forces of Syria",
"HTS: Hayat Tahrir al-Sham"); UCDP names its sides "Government of Syria", "Syrian insurgents",
"IS". Both map onto the same small vocabulary here.
"""

from __future__ import annotations

import re

from pipeline.lexicon.actor_dictionary import ActorLexicon

__all__ = ["SIDES", "side_of_actor", "side_of_ucdp"]

#: The coarse sides; a state side is ``"state:<country name>"``.
SIDES = (
    "state",
    "rebels",
    "kurdish",
    "islamic_state",
    "civilians",
    "pro_government",
    "international",
    "protesters",
    "rioters",
    "militia",
)

_STATE = re.compile(
    r"^(?:Military Forces|Government|Police Forces) of (?P<country>[^()]+?)\s*(?:\(|$)"
)
_GENERIC = re.compile(r"^(?P<kind>[A-Za-z ]+?) \((?P<country>[^)]*)\)$")


def side_of_actor(name: str, lexicon: ActorLexicon) -> str:
    """The coarse side of one of our actor names; ``""`` for an actor we cannot place.

    >>> from pipeline.lexicon import ActorLexicon
    >>> lexicon = ActorLexicon.load()
    >>> side_of_actor("Military Forces of Syria", lexicon)
    'state:Syria'
    >>> side_of_actor("Civilians (Syria)", lexicon)
    'civilians'
    """
    if not name:
        return ""
    state = _STATE.match(name)
    if state:
        return f"state:{state.group('country')}"
    for group in lexicon.groups:
        if group.name == name:
            return group.side
        if "{country}" not in group.name:
            continue
        kind = group.name.replace(" ({country})", "")
        generic = _GENERIC.match(name)
        if kind == name or (generic and generic.group("kind") == kind):
            return group.side
    return ""


_UCDP_SIDES = {
    "is": "islamic_state",
    "sdf": "kurdish",
    "pyd": "kurdish",
    "ypg": "kurdish",
    "pkk": "kurdish",
    "civilians": "civilians",
}


def side_of_ucdp(name: str) -> str:
    """The coarse side of a UCDP GED side name ("Government of Syria", "IS", "Syrian insurgents").

    >>> side_of_ucdp("Government of Russia (Soviet Union)"), side_of_ucdp("Ahrar al-Sham, HTS")
    ('state:Russia', 'rebels')
    """
    state = _STATE.match(name)
    if state:
        return f"state:{state.group('country')}"
    return _UCDP_SIDES.get(name.strip().lower(), "rebels")
