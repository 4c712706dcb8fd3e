"""Communal violence in ACLED's coding: the sides of a clash between communities and the
unnamed doers of a clan feud are identity militias (inter code 4), ``Unidentified Communal
Militia (<country>)`` when no community is named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "COMMUNAL",
    "COMMUNAL_WORDS",
    "FEUD",
    "communal_fight",
    "communal_sides",
    "farming_doers",
    "rival_sides",
]


def _named(country_name: str | None, prefix: str) -> str:
    return f"{prefix} ({country_name})" if country_name else prefix


#: Words of a communal conflict: its sides are identity militias in ACLED's coding.
COMMUNAL_WORDS = re.compile(
    r"\b(?:inter-?communal|communal|communit(?:y|ies)|ethnic|tribal|tribes?|clans?|herders?|"
    r"herdsm[ae]n|pastoralists?|cattle breeders?|famil(?:y|ies))\b",
    re.I,
)
COMMUNAL = "Unidentified Communal Militia"
#: A feud between communities told anywhere in the report: its unnamed doers are a
#: community's men ("a councillor was shot dead ... related to rido or clan war").
FEUD = re.compile(
    r"\b(?:sub-?clans?|inter-?communal|rido|(?:clan|tribal) (?:wars?|conflicts?|disputes?|feuds?|"
    r"fighting|revenge|rivalry|clash\w*|violence|tensions?))\b",
    re.I,
)


#: Violence between communities named as such: its dead fell in a fight between them.
_COMMUNAL_FIGHT = re.compile(
    r"\b(?:inter-?communal|inter-?ethnic|communal) (?:violence|fighting|clash\w*|conflict)\b",
    re.I,
)


def communal_fight(text: str) -> bool:
    """Whether the sentence tells of violence between communities ("three people were killed
    amidst intercommunal violence"): those killed in it died in a battle of identity
    militias, as ACLED codes it, not in an attack on civilians.

    >>> communal_fight("Three people were killed in intercommunal violence near Sarh.")
    True
    >>> communal_fight("Gunmen killed three members of one community near Sarh.")
    False
    """
    return bool(_COMMUNAL_FIGHT.search(text))


def communal_sides(
    first: tuple[str, int | None], second: tuple[str, int | None], country_name: str | None
) -> tuple[str, int | None, str, int | None]:
    """The sides of a communal clash: people with no armed organisation named ("farmers and
    herders clashed", "two families clashed") are communal militias (inter code 4); forces,
    rebels and named militias stay what they are."""
    if any(inter in (1, 2, 3, 8) for _, inter in (first, second)):
        return (*first, *second)
    sides = [
        (name, inter) if inter == 4 else (_named(country_name, COMMUNAL), 4)
        for name, inter in (first, second)
        if name or inter is not None
    ]
    sides = sides or [(_named(country_name, COMMUNAL), 4)]
    (a1, i1), (a2, i2) = [*sides, ("", None)][:2]
    return a1, i1, a2, i2


_FARMING = re.compile(
    r"\b(herders?|herdsm[ae]n|pastoralists?|cattle breeders?|nomads?|farmers?)\b", re.I
)


def farming_doers(trigger: Token) -> bool:
    """Whether farmers or herders did the act ("a farmer was killed by a herder", "a man is
    attacked and killed by herders"): the subjects and agents of its verb and the verbs
    joined to it. Their killings are communal violence in ACLED's coding, no riot."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    doers = [
        d
        for v in (verb, *verb.conjuncts)
        for c in v.children
        for d in ([c] if c.dep_ == "nsubj" else list(c.children) if c.dep_ == "agent" else [])
    ]
    # (words of a proper name are no farmers: "the Nomad and National Guard")
    return any(
        _FARMING.search(" ".join(t.text for t in d.subtree if t.pos_ != "PROPN")) for d in doers
    )


#: Two sides of one kind ("two rival cult militias clashed", "between two tribes").
_RIVALS = re.compile(
    r"\b(?:rival(?:l?ing)?|between (?:the )?two|two (?:\w+ ){0,2}(?:tribes|clans|famil(?:y|ies)|"
    r"communities|militias|groups|factions|gangs|cults))\b",
    re.I,
)


def rival_sides(actor1: str, actor2: str, text: str) -> bool:
    """Whether a clash is between two unnamed groups of one kind, so that the second side is
    the first side's name again ("two rival cult militias clashed": both are Unidentified
    Cult Militia, as ACLED codes them).

    >>> rival_sides("Unidentified Clan Militia (Somalia)", "", "two clans clashed in Afgoye")
    True
    >>> rival_sides("Unidentified Clan Militia (Somalia)", "", "clan militia attacked Afgoye")
    False
    """
    return not actor2 and actor1.startswith("Unidentified") and bool(_RIVALS.search(text))
