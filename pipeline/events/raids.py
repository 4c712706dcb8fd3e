"""A raid coded by what was done in it: an attack on a village in which only goods were taken
or houses burned, or in which people were arrested, is ACLED's looting or arrest, not violence
against anyone."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.events.triggerchecks import acted_on

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["raid_coded_by_its_acts"]

#: Words for going in on a place ("raided the village", "stormed the house").
_RAID_WORDS = frozenset({"raid", "storm", "attack", "invade"})
#: Places a raid goes in on that are no armed men's ("attacked the village", "raided a shop").
_PROPERTY_TARGETS = frozenset(
    {"village", "hamlet", "town", "locality", "house", "home", "residence", "compound", "shop",
     "store", "market", "office", "building", "orphanage", "church", "mosque", "school", "farm",
     "plantation", "establishment", "property", "warehouse", "hospital", "clinic"}
)  # fmt: skip
#: Words that tell of people harmed.
_HARMED = re.compile(
    r"\b(kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|fatalit\w*|casualt\w*|shot|stabbed|"
    r"beat(?:en)?|assault\w*|abduct\w*|kidnap\w*|rap(?:ed|ing))\b",
    re.I,
)


def raid_coded_by_its_acts(violent: Iterable[Token], others: Iterable[str], text: str) -> bool:
    """Whether a sentence's violence (its trigger tokens ``violent``) is only a raid whose acts,
    among the ``others`` categories, code it: "arrested 7 men during a raid", "attacked the
    village and looted mobile phones" (a place of no armed men, nobody harmed)."""
    tokens, kinds = list(violent), set(others)
    if not tokens or not all(t.lemma_.lower() in _RAID_WORDS for t in tokens):
        return False
    if "arrest" in kinds:
        return True
    return (
        "looting/destruction" in kinds
        and not _HARMED.search(text)
        and all(_on_property(t) for t in tokens)
    )


def _on_property(token: Token) -> bool:
    """Whether the raid's object is a place of no armed men ("the village", "a residence")."""
    objects = acted_on(token)
    return bool(objects) and all(o.lemma_.lower() in _PROPERTY_TARGETS for o in objects)
