"""The words toponym recognition reads context from: entity labels, locative words before a
place, place nouns after one, speech verbs that make a capital an actor, and the heads that make
a name something else ("Marburg virus")."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ENVOY_WORDS",
    "LOCATIVE",
    "MONTH_WORDS",
    "NOT_PLACE_HEADS",
    "OF_PLACE_NOUNS",
    "OPEN_LABELS",
    "PLACE_LABELS",
    "PLACE_NOUNS",
    "RESCUE_LABELS",
    "SPEECH_LEMMAS",
    "STATE_BODIES",
    "TIME_WORDS",
    "WEAK_LOCATIVE",
    "envoy_of",
]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RESCUE_LABELS = frozenset(
    {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"}
)
#: Labels the small model gives place phrases by mistake; their words may still hold toponyms.
OPEN_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
LOCATIVE = frozenset(
    {
        "in",
        "near",
        "at",
        "from",
        "to",
        "into",
        "towards",
        "toward",
        "outside",
        "around",
        "across",
        "through",
        "via",
        "between",
        "inside",
        "throughout",
        "within",
        "about",
        "of",
        "beyond",
        "along",
        "off",
        "over",
        "on",
        "onto",
        "reach",
        "reached",
        "entered",
        "enter",
        "retake",
        "retook",
        "recapture",
        "recaptured",
        "capture",
        "captured",
        "seize",
        "seized",
        "besiege",
        "besieged",
        "shelled",
        "bombed",
        "struck",
        "hit",
        "visited",
        "visit",
        "left",
        "leave",
        "attack",
        "attacked",
        "shell",
        "bomb",
        "strike",
        "target",
        "targeted",
        "raid",
        "raided",
        "storm",
        "stormed",
        "control",
        "controls",
        "controlled",
        "liberate",
        "liberated",
        "surround",
        "surrounded",
        "encircle",
        "encircled",
        "evacuate",
        "evacuated",
        "invade",
        "invaded",
        "occupy",
        "occupied",
        "defend",
        "defended",
        "bombard",
        "bombarded",
        "pound",
        "pounded",
        # headlines speak in the present: "Bombardment targets Aleppo, Daraa and Idlib"
        "targets",
        "hits",
        "strikes",
        "shells",
        "bombs",
        "attacks",
        "raids",
        "pounds",
        "enters",
        "captures",
        "seizes",
        "recaptures",
        "retakes",
        "storms",
        "pummelled",
        "pummeled",
        "overran",
        "shelling",
        "hitting",
        "targeting",
    }
)
#: Locative words that also take persons and organisations ("according to Taylor", "the
#: appointment of Jones", "brought about AIG's collapse"): "of" marks a place only after a
#: place noun, a compass word, an office ("the mayor of X"), a number, a person or an
#: organisation ("Nadia Moayyad of Southlake", "Amstutz, 41, of Wooster"); "to" not after
#: "according".
WEAK_LOCATIVE = frozenset({"of", "to", "about"})
#: Nouns whose "of" complement is a place ("the mayor of X", "the outskirts of X").
OF_PLACE_NOUNS = frozenset(
    {
        "mayor", "governor", "people", "population", "hometown", "capital", "heart", "centre",
        "center", "streets", "parts", "part", "edge", "outskirts", "residents", "citizens",
        "natives", "cities", "towns", "villages", "counties", "provinces", "regions",
        "districts", "states", "beaches", "shores", "coast", "island", "islands", "invasion",
        "siege", "battle", "liberation", "fall", "bombing", "shelling", "control", "capture",
        "recapture", "seizure", "takeover", "occupation", "blockade", "evacuation", "vicinity",
        "environs", "surroundings", "entrance", "gates", "attack", "assault", "offensive",
        "bombardment", "massacre",
    }
)  # fmt: skip
PLACE_NOUNS = frozenset(
    {
        "upazila",
        "tehsil",
        "taluka",
        "province",
        "governorate",
        "region",
        "district",
        "county",
        "parish",
        "city",
        "town",
        "village",
        "countryside",
        "state",
        "area",
        "suburb",
        "suburbs",
        "outskirts",
        "border",
        "airport",
        "valley",
        "river",
        "mountains",
        "neighbourhood",
        "neighborhood",
    }
)
SPEECH_LEMMAS = frozenset(
    {
        "say",
        "announce",
        "accuse",
        "warn",
        "agree",
        "sign",
        "deny",
        "claim",
        "urge",
        "call",
        "demand",
        "threaten",
        "insist",
        "reject",
        "condemn",
        "welcome",
        "respond",
        "tell",
        "state",
        "declare",
        "criticize",
        "criticise",
        "blame",
        "vow",
        "refuse",
        "ask",
        "want",
        "decide",
        "negotiate",
        "propose",
        "recognize",
        "recognise",
        "approve",
        "impose",
        "sanction",
    }
)

#: Months and their short forms: a date's word next to a number ("30 Jul 2019", "Mar 3").
MONTH_WORDS = frozenset(
    {m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m} | {"sept"}
)
#: Capitalised words of time: days, feasts and holidays. A date the model read in capitalised
#: words with none of these is a name it mistook ("marched in Wajir").
TIME_WORDS = (
    MONTH_WORDS
    | {d.lower() for d in calendar.day_name}
    | {f"{d.lower()}s" for d in calendar.day_name}
    | frozenset(
        {"christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween", "hanukkah",
         "diwali", "passover", "lent", "advent", "yom", "kippur", "new", "year", "day",
         "independence", "memorial", "labor", "labour", "valentine", "ashura", "nowruz", "holi",
         "pentecost", "sabbath", "election", "eve", "week", "weekend", "night", "morning"}
    )
)  # fmt: skip
#: A name right before one of these names a disease or strain, not a place ("Marburg virus").
NOT_PLACE_HEADS = frozenset(
    {
        "virus",
        "viruses",
        "fever",
        "disease",
        "flu",
        "strain",
        "syndrome",
        "vaccine",
        "bacteria",
        "bacterium",
        "variant",
    }
)

#: A state's bodies: "the Military Forces of Turkey", "the Government of Iraq" name whose
#: forces or rulers, not where something happened.
#: A state's posts and envoys abroad: a country's name before them says whose, not where, and
#: they own no forces where they stand.
ENVOY_WORDS = frozenset(
    {"embassy", "embassies", "consulate", "consulates", "ambassador", "envoy", "legation"}
)


def envoy_of(token: Token) -> bool:
    """Whether ``token`` names whose embassy, consulate or envoy a noun is ("the Ivory Coast
    embassy", "Kenya's embassy", "the US ambassador"), or is that noun itself."""
    if token.lemma_.lower() in ENVOY_WORDS or token.lower_ in ENVOY_WORDS:
        return True
    head = token.head
    return (
        token.dep_ in ("compound", "poss", "amod", "nmod")
        and head.i != token.i
        and (head.lemma_.lower() in ENVOY_WORDS or head.lower_ in ENVOY_WORDS)
    )


STATE_BODIES = frozenset(
    {"force", "forces", "government", "army", "military", "police", "ministry", "minister",
     "president", "embassy", "ambassador", "navy", "gendarmerie", "parliament"}
)  # fmt: skip
