"""A raid coded by what was done in it: an attack on a village in which only goods were taken
or houses burned, or in which people were arrested, is ACLED's looting or arrest, not violence
against anyone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.events.triggerchecks import acted_on
from pipeline.models import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["raid_coded_by_its_acts", "raids_told_on"]

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


#: An attack told as going in on a place of no armed men ("attacked Naleque village").
_ON_PROPERTY = re.compile(
    r"\b(?:attack\w*|raid\w*|storm\w*|invad\w*)\s+(?:\S+\s+){0,3}?(?:"
    + "|".join(  # with their plurals: "villages", "churches", "properties"
        w[:-1] + "(?:y|ies)" if w.endswith("y") else w + "(?:e?s)?"
        for w in sorted(_PROPERTY_TARGETS)
    )
    + r")\b",
    re.I,
)


def raids_told_on(events: Sequence[Event]) -> list[Event]:
    """Events with a raid on a place told in one sentence and the goods taken or houses burned
    in it in the next, nobody harmed in either, as one looting ("Insurgents attacked Naleque
    village. They looted goods and burnt 40 houses."): ACLED's looting, not an attack."""
    out = list(events)
    i = 0
    while i < len(out) - 1:
        raid, acts = out[i], out[i + 1]
        if (
            raid.sub_event_type == "Attack"
            and not raid.fatalities
            and not raid.wounded
            and acts.sub_event_type == "Looting/property destruction"
            and _same_doers(acts, raid)
            and _ON_PROPERTY.search(raid.evidence)
            and not _HARMED.search(raid.evidence + " " + acts.evidence)
        ):
            out[i] = replace(
                raid,
                category=acts.category,
                event_type=acts.event_type,
                sub_event_type=acts.sub_event_type,
                notes="; ".join(
                    n for n in (raid.notes, f"acts at offset {acts.evidence_start}") if n
                ),
            )
            del out[i + 1]
            # the raid told again later, with no day of its own ("when insurgents raided the
            # village, people had already fled") is the same raid
            out[i + 1 :] = [e for e in out[i + 1 :] if not _raid_again(e, raid)]
        i += 1
    return out


def _same_doers(event: Event, raid: Event) -> bool:
    """The raid's doers, or doers the sentence does not name ("They looted goods")."""
    return event.actor1 in ("", raid.actor1) or event.actor1.startswith("Unidentified Armed")


def _raid_again(event: Event, raid: Event) -> bool:
    return (
        event.sub_event_type == "Attack"
        and _same_doers(event, raid)
        and not event.fatalities
        and "no date in the sentence" in event.notes
        and bool(_ON_PROPERTY.search(event.evidence))
        and not _HARMED.search(event.evidence)
    )
