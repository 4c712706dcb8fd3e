"""Event triggers: which words signal which kind of event, and ACLED's coding of each kind.

A trigger is a token whose lemma (or lemma pair, for "air strike", "pull out") is in
:data:`TRIGGERS`. Whether the event really happened (negation, modality, reported threats) is
decided in :mod:`pipeline.modality`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "CODING",
    "MILITARY_CATEGORIES",
    "TRIGGERS",
    "VIOLENT_PRECEDENCE",
    "Trigger",
    "acled_coding",
    "find_triggers",
]

_AGREEMENT_NOUNS = frozenset(
    {
        "ceasefire",
        "cease-fire",
        "truce",
        "agreement",
        "deal",
        "accord",
        "pact",
        "memorandum",
        "armistice",
        "de-escalation",
    }
)

# lemma -> category. Nouns and verbs share lemmas where spaCy gives the same one.
# fmt: off
TRIGGERS: dict[str, str] = {
    # casualties
    **dict.fromkeys((
        "kill", "die", "dead", "death", "casualty", "fatality", "martyr", "slay",
        "wound", "injure", "toll", "massacre", "execute"
    ), "casualties"),
    # abduction
    **dict.fromkeys((
        "kidnap", "abduct", "abduction", "kidnapping", "hostage"
    ), "abduction"),
    # armed clash
    **dict.fromkeys((
        "clash", "fight", "fighting", "battle", "confrontation", "confront",
        "skirmish", "firefight", "combat", "engage"
    ), "armed clash"),
    # attack
    **dict.fromkeys((
        "attack", "assault", "raid", "storm", "ambush", "target", "open fire",
        "use force", "gun", "shoot", "fire on"
    ), "attack"),
    # air/drone strike
    **dict.fromkeys((
        "airstrike", "air strike", "air raid", "drone strike", "bomb", "bombing",
        "airstrikes", "strike", "bombard", "bombardment", "pound", "pummel"
    ), "air/drone strike"),
    # shelling
    **dict.fromkeys((
        "shell", "shelling", "artillery", "mortar", "rocket", "missile"
    ), "shelling"),
    # explosion/IED
    **dict.fromkeys((
        "explode", "explosion", "blast", "ied", "landmine", "car bomb",
        "detonate", "suicide bomber", "suicide bombing", "roadside bomb"
    ), "explosion/IED"),
    # offensive
    **dict.fromkeys((
        "offensive", "advance", "push into", "incursion", "invasion", "invade",
        "operation"
    ), "offensive"),
    # territorial change
    **dict.fromkeys((
        "capture", "seize", "retake", "retook", "retaken", "recapture", "regain",
        "take control", "overran",
        "overrun", "liberate", "take over", "gain control"
    ), "territorial change"),
    # troop deployment
    **dict.fromkeys((
        "send", "deploy", "deployment", "dispatch", "reinforce", "reinforcement",
        "amass", "station", "mass", "build up", "build-up", "buildup"
    ), "troop deployment"),
    # troop withdrawal
    **dict.fromkeys((
        "withdraw", "withdrawal", "pull out", "retreat", "evacuate", "pull back",
        "pullout"
    ), "troop withdrawal"),
    # base/post established
    **dict.fromkeys((
        "establish", "set up", "build", "erect"
    ), "base/post established"),
    # encirclement/siege
    **dict.fromkeys((
        "encircle", "besiege", "surround", "siege", "encirclement", "blockade"
    ), "encirclement/siege"),
    # ceasefire/agreement
    **dict.fromkeys((
        *_AGREEMENT_NOUNS, "joint patrol", "agree"
    ), "ceasefire/agreement"),
    # meeting/talks
    **dict.fromkeys((
        "meet", "meeting", "talk", "talks", "summit", "negotiation", "negotiate",
        "visit", "speak to", "host", "conference"
    ), "meeting/talks"),
    # statement/threat
    **dict.fromkeys((
        "statement", "warn", "warning", "threaten", "threat", "ultimatum", "vow",
        "call on", "urge", "demand", "condemn", "condemnation", "message"
    ), "statement/threat"),
    # accusation
    **dict.fromkeys((
        "accuse", "accusation", "blame", "hold responsible", "allege",
        "criticism", "criticize", "criticise"
    ), "accusation"),
    # protest
    **dict.fromkeys((
        "protest", "demonstrate", "demonstration", "rally", "protester", "demonstrator",
        "sit-in"
    ), "protest"),
    # arrest
    **dict.fromkeys((
        "arrest", "detain", "detention"
    ), "arrest"),
}
# fmt: on

#: Among violent triggers of one sentence, the category that names the event.
VIOLENT_PRECEDENCE: tuple[str, ...] = (
    "territorial change",
    "air/drone strike",
    "shelling",
    "explosion/IED",
    "attack",
    "abduction",
    "offensive",
    "armed clash",
    "casualties",
)
MILITARY_CATEGORIES = frozenset(
    {
        *VIOLENT_PRECEDENCE,
        "troop deployment",
        "troop withdrawal",
        "base/post established",
        "encirclement/siege",
    }
)
# category -> (ACLED event_type, sub_event_type)
CODING: dict[str, tuple[str, str]] = {
    "armed clash": ("Battles", "Armed clash"),
    "offensive": ("Battles", "Armed clash"),
    "casualties": ("Battles", "Armed clash"),
    "attack": ("Battles", "Armed clash"),
    "territorial change": ("Battles", "Government regains territory"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "air/drone strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosion/IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "troop deployment": ("Strategic developments", "Change to group/activity"),
    "troop withdrawal": ("Strategic developments", "Change to group/activity"),
    "base/post established": ("Strategic developments", "Headquarters or base established"),
    "encirclement/siege": ("Strategic developments", "Other"),
    "ceasefire/agreement": ("Strategic developments", "Agreement"),
    "meeting/talks": ("Strategic developments", "Other"),
    "statement/threat": ("Strategic developments", "Other"),
    "accusation": ("Strategic developments", "Other"),
    "protest": ("Protests", "Peaceful protest"),
    "arrest": ("Strategic developments", "Arrests"),
    "other": ("Strategic developments", "Other"),
}
_AIR_WORDS = frozenset(
    {
        "warplane",
        "jet",
        "aircraft",
        "helicopter",
        "drone",
        "air",
        "airstrike",
        "plane",
        "bomber",
        "airforce",
        "aerial",
        "glide",
        "barrel",
    }
)
_BASE_NOUNS = frozenset(
    {"post", "outpost", "base", "point", "checkpoint", "position", "headquarters", "camp"}
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word in a sentence that signals an event of ``category``."""

    category: str
    token: int
    lemma: str


def _lemma_key(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i + 1 < len(doc):
        nxt = doc[token.i + 1]
        pair = f"{lemma} {nxt.lemma_.lower()}"
        if pair in TRIGGERS:
            return pair
        # "held Russia responsible": a particle after the object
        if lemma == "hold" and any(c.lower_ == "responsible" for c in token.children):
            return "hold responsible"
        if lemma in ("take", "gain") and any(c.lower_ == "control" for c in token.children):
            return "take control"
        if lemma == "use" and any(c.lemma_ == "force" for c in token.children):
            return "use force"
    if token.lower_ in TRIGGERS:
        return token.lower_
    return lemma if lemma in TRIGGERS else None


def find_triggers(sent: Span) -> list[Trigger]:
    """Every trigger word of a sentence, in text order."""
    found: list[Trigger] = []
    for token in sent:
        if token.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") and token.lower_ != "ied":
            continue
        key = _lemma_key(token)
        if key is None:
            continue
        category = TRIGGERS[key]
        if key in ("establish", "set up", "build", "erect") and not _objects_base(token):
            continue
        if key in ("send", "deploy", "dispatch", "station", "mass", "amass") and not _moves_force(
            token
        ):
            continue
        if key in ("strike", "bomb", "bombard", "bombardment", "pound", "pummel") and not (
            _air_context(sent)
        ):
            category = "attack" if key in ("strike", "bomb") else "shelling"
        if category == "territorial change" and not _takes_territory(token):
            continue
        if key == "speak to" and not _addresses_officials(token):
            continue
        if key in _AGREEMENT_NOUNS and not _agreement_made(token):
            continue
        found.append(Trigger(category, token.i, key))
    return found


_AGREEING = frozenset(
    {
        "agree",
        "sign",
        "reach",
        "broker",
        "announce",
        "declare",
        "conclude",
        "strike",
        "seal",
        "negotiate",
        "mediate",
        "implement",
        "accept",
        "approve",
        "finalize",
        "finalise",
        "renew",
        "extend",
    }
)
_IN_FORCE = frozenset({"take", "begin", "start", "come", "enter", "hold", "go"})


def _agreement_made(token: Token) -> bool:
    """A ceasefire or deal that is made or takes effect here, not one merely referred to
    ("breaching the agreement", "violating the ceasefire")."""
    if any(c.dep_ in ("acl", "amod", "relcl") and c.lemma_ in _AGREEING for c in token.children):
        return True
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_ in _AGREEING:
        return True
    return token.dep_ == "nsubj" and head.lemma_ in _IN_FORCE


def _objects_base(token: Token) -> bool:
    return any(t.lemma_.lower() in _BASE_NOUNS for t in token.subtree if t.i != token.i)


def _moves_force(token: Token) -> bool:
    force_words = {
        "troop",
        "soldier",
        "force",
        "reinforcement",
        "convoy",
        "tank",
        "unit",
        "personnel",
        "vehicle",
        "fighter",
        "army",
        "battalion",
        "brigade",
        "commando",
        "police",
        "policeman",
        "guard",
        "marine",
        "paratrooper",
        "militia",
        "militiaman",
        "mercenary",
        "warship",
        "jet",
        "helicopter",
    }
    words = [t for t in token.subtree if t.i != token.i]
    # "army units began deploying": the mover is the subject of the verb it completes
    verb = token.head if token.dep_ in ("xcomp", "ccomp", "conj") else token
    words += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in force_words for w in words for t in w.subtree)


#: Objects that make "seized"/"captured" a change of territory, not a confiscation.
_TERRITORY_NOUNS = frozenset(
    {
        "town",
        "village",
        "city",
        "area",
        "district",
        "neighbourhood",
        "neighborhood",
        "hill",
        "position",
        "base",
        "airport",
        "airbase",
        "territory",
        "control",
        "region",
        "province",
        "outpost",
        "post",
        "checkpoint",
        "road",
        "highway",
        "crossing",
        "dam",
        "bridge",
        "front",
        "headquarters",
        "camp",
        "strip",
    }
)


def _takes_territory(token: Token) -> bool:
    """ "seized the town", "captured Kunduz", "took control": a place is taken; "seized
    explosives" or "captured three fighters" is not a change of territory."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return True  # "the town was retaken", "X fell": let the place decide
    for obj in objects:
        if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _TERRITORY_NOUNS:
            return True
        if obj.pos_ == "PROPN" and obj.ent_type_ != "NORP":
            return True  # the small model often calls a town a PERSON or an ORG
    return False


def _air_context(sent: Span) -> bool:
    return any(t.lemma_.lower() in _AIR_WORDS for t in sent)


def _addresses_officials(token: Token) -> bool:
    official = {
        "minister",
        "ministers",
        "counterpart",
        "counterparts",
        "leader",
        "leaders",
        "official",
        "officials",
        "president",
        "delegation",
        "envoy",
        "ally",
        "allies",
    }
    return any(t.lower_ in official for t in token.subtree if t.i != token.i)


def acled_coding(category: str, *, civilian_target: bool, state_actor1: bool) -> tuple[str, str]:
    """ACLED event type and sub-event type for one of our categories.

    Examples
    --------
    >>> acled_coding("attack", civilian_target=True, state_actor1=True)
    ('Violence against civilians', 'Attack')
    >>> acled_coding("territorial change", civilian_target=False, state_actor1=False)
    ('Battles', 'Non-state actor overtakes territory')
    """
    if category in ("attack", "casualties") and civilian_target:
        return "Violence against civilians", "Attack"
    if category == "territorial change" and not state_actor1:
        return "Battles", "Non-state actor overtakes territory"
    return CODING.get(category, CODING["other"])
