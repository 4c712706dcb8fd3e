"""Event triggers: which words signal which kind of event, and ACLED's coding of each kind.

A trigger is a token whose lemma (or lemma pair, for "air strike", "pull out") is in
:data:`TRIGGERS`. Whether the event really happened (negation, modality, reported threats) is
decided in :mod:`pipeline.events.modality`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.events.strikes import labour_strike
from pipeline.events.triggerchecks import (
    addresses_officials,
    agreement_made,
    air_context,
    crowd_gathers,
    measure_declared,
    moves_force,
    objects_base,
    seizes_weapons,
    takes_property,
    takes_territory,
    takes_vessel,
    thrown_key,
)
from pipeline.events.victims import found_dead, kills_by_manner, neutralised
from pipeline.events.wordsense import modifier_only, no_event_sense

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
    "without_frames",
]

_AGREEMENT_NOUNS = frozenset(
    {"ceasefire", "cease-fire", "truce", "agreement", "deal", "accord", "pact", "memorandum",
     "armistice", "de-escalation", "reconciliation"}
)  # fmt: skip

# lemma -> category. Nouns and verbs share lemmas where spaCy gives the same one.
# fmt: off
TRIGGERS: dict[str, str] = {
    # casualties
    **dict.fromkeys((
        "kill", "die", "dead", "death", "casualty", "fatality", "martyr", "slay",
        "wound", "injure", "toll", "massacre", "execute", "succumb", "perish"
    ), "casualties"),
    # abduction
    **dict.fromkeys((
        "kidnap", "abduct", "abduction", "kidnapping", "hostage", "hijack", "hijacking"
    ), "abduction"),
    # armed clash
    **dict.fromkeys((
        "clash", "fight", "fighting", "battle", "confrontation", "confront",
        "skirmish", "firefight", "combat", "engage", "exchange fire", "encounter"
    ), "armed clash"),
    # attack
    **dict.fromkeys((
        "attack", "assault", "raid", "storm", "ambush", "target", "open fire",
        "use force", "gun", "shoot", "fire on", "murder", "assassinate", "assassination",
        "behead", "stab", "lynch", "beat", "torture", "hack", "shoot dead", "throw stone",
        "throw rock", "pelt", "whip", "flog", "cane", "maul", "thrash", "batter", "manhandle"
    ), "attack"),
    # a government's measures (checked: declared, imposed, extended)
    **dict.fromkeys(("curfew", "lockdown", "emergency"), "security measure"),
    # air/drone strike
    **dict.fromkeys((
        "airstrike", "air strike", "air raid", "drone strike", "bomb", "bombing",
        "airstrikes", "strike", "bombard", "bombardment", "pound", "pummel"
    ), "air/drone strike"),
    # shelling
    **dict.fromkeys(("shell", "shelling", "artillery", "mortar", "rocket", "missile"), "shelling"),
    # explosion/IED
    **dict.fromkeys((
        "explode", "explosion", "blast", "ied", "landmine", "car bomb",
        "detonate", "suicide bomber", "suicide bombing", "roadside bomb", "go off"
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
        "overrun", "liberate", "take over", "gain control", "reclaim", "overtake"
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
    **dict.fromkeys(("establish", "set up", "build", "erect"), "base/post established"),
    # encirclement/siege
    **dict.fromkeys((
        "encircle", "besiege", "surround", "siege", "encirclement", "blockade"
    ), "encirclement/siege"),
    # ceasefire/agreement
    **dict.fromkeys((
        *_AGREEMENT_NOUNS, "joint patrol", "agree", "surrender"
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
        "sit-in", "vigil", "riot", "human chain"
    ), "protest"),
    # looting/property destruction
    **dict.fromkeys((
        "loot", "pillage", "plunder", "ransack", "vandalize", "vandalise", "torch", "burn",
        "set fire", "set ablaze", "rustle", "steal", "rob", "raze", "demolish", "destroy"
    ), "looting/destruction"),
    # disrupted weapons use (checked: "seized weapons", "defused an IED")
    **dict.fromkeys((
        "defuse", "intercept", "recover", "retrieve", "confiscate", "cache", "discover", "find",
        "uncover", "remove", "dismantle", "hand over", "dispose", "neutralize", "neutralise",
        "clear"
    ), "weapons seized"),
    # protest (checked: people, not troops, who march, gather or block a road)
    **dict.fromkeys((
        "march", "gather", "gathering", "picket", "strike action", "block", "barricade"
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
    "looting/destruction": ("Strategic developments", "Looting/property destruction"),
    "weapons seized": ("Strategic developments", "Disrupted weapons use"),
    "security measure": ("Strategic developments", "Change to group/activity"),
    "other": ("Strategic developments", "Other"),
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word in a sentence that signals an event of ``category``."""

    category: str
    token: int
    lemma: str


def _lemma_key(token: Token) -> str | None:
    lemma = "cane" if token.lower_ in ("caned", "caning") else token.lemma_.lower()
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
    if lemma == "set" and [t.lower_ for t in doc[token.i + 1 : token.i + 3]] == ["on", "fire"]:
        return "set fire"  # "the offices were set on fire"
    if token.lower_ == "sit" and [t.lower_ for t in doc[token.i + 1 : token.i + 3]] == ["-", "in"]:
        return "sit-in"
    if token.lemma_.lower() == "fire" and token.pos_ == "VERB" and _fires_weapon(token):
        return "fire on"  # "fired shots at a camp", "fired at the convoy"
    if lemma in ("throw", "hurl") and token.pos_ == "VERB":
        return thrown_key(token)
    if lemma == "exchange" and any(
        c.lemma_.lower() in _FIRED | {"fire", "gunfire"} for c in token.children
    ):
        return "exchange fire"  # "militants and rangers exchanged gunfire"
    if lemma in ("take", "go") and any(
        c.lower_ == "to" and any(o.lemma_.lower() == "street" for o in c.children)
        for c in token.children
    ):
        return "protest"  # "took to the streets", "went to the street to claim their pay"
    if (
        lemma == "sit"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "in"
        and (token.pos_ == "NOUN" or token.head.lemma_.lower() in ("hold", "stage", "organize"))
    ):
        return "sit-in"  # "held a sit in", "staged a 72-hour sit in"
    if lemma == "hand" and any(c.lower_ == "over" for c in token.children):
        return "hand over"  # "handed over 45 illegal arms" (checked: weapons)
    if token.lower_ in TRIGGERS:
        return token.lower_
    if token.pos_ == "ADJ" and token.dep_ == "amod" and lemma.endswith("ed"):
        # "pillaged the village and assaulted villagers", the participle read as an adjective
        base = next((b for b in (lemma[:-2], lemma[:-1], lemma[:-3]) if b in TRIGGERS), "")
        return base if TRIGGERS.get(base) == "attack" else None
    return lemma if lemma in TRIGGERS else None


#: What is fired in an attack ("fired shots at", "fired bullets into the crowd").
_FIRED = frozenset({"shot", "gunshot", "bullet", "round", "volley", "salvo", "gun", "weapon"})
_CROWD_CONTROL = frozenset({"teargas", "gas", "cannon", "canister", "grenade", "pellet"})


def _fires_weapon(token: Token) -> bool:
    """ "fired shots", "fired at/on/upon/into ...": a weapon fired, not a worker dismissed and
    not teargas or water cannon fired at a crowd (crowd control, coded with the protest)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _CROWD_CONTROL for c in token.children):
        return False
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _FIRED)
        or (c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") and _aims_at(c))
        for c in token.children
    )


def _aims_at(prep: Token) -> bool:
    """ "at the convoy", not "on 3 May" or "at noon"."""
    return any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in prep.children)


def find_triggers(sent: Span) -> list[Trigger]:
    """Every trigger word of a sentence, in text order."""
    found: list[Trigger] = []
    for token in sent:
        if token.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") and token.lower_ != "ied":
            continue
        key = _lemma_key(token)
        if key is None and found_dead(token):
            found.append(Trigger("casualties", token.i, "body"))  # "His body was found"
            continue
        if key is None:
            continue
        category = TRIGGERS[key]
        if key in ("establish", "set up", "build", "erect") and not objects_base(token):
            continue
        if key in ("send", "deploy", "dispatch", "station", "mass", "amass") and not moves_force(
            token
        ):
            continue
        if key in ("station", "mass") and token.pos_ != "VERB":
            continue  # "a police station", "a mass grave"
        if key == "strike" and labour_strike(token):
            category = "protest"  # "a general strike", "went on strike", "a hunger strike"
        elif key in ("strike", "bomb", "bombard", "bombardment", "pound", "pummel") and not (
            air_context(sent)
        ):
            category = "attack" if key in ("strike", "bomb") else "shelling"
        if key in ("seize", "capture") and takes_vessel(token):
            category = "abduction"  # "pirates seized a cargo ship": its crew held
        elif key in ("seize", "capture") and takes_property(token):
            category = "looting/destruction"  # "seized 150 heads of livestock"
        elif neutralised(token):
            category = "casualties"  # "neutralised 37 militants": killed
        elif seizes_weapons(token):
            category = "weapons seized"  # "seized an arms cache", "defused an IED"
        elif category == "weapons seized" and key != "cache":
            continue  # "recovered the bodies", "intercepted a call"
        elif category == "territorial change" and not takes_territory(token):
            continue
        if key in ("march", "gather", "gathering", "block", "barricade") and not crowd_gathers(
            token
        ):
            continue
        if key == "engage" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            continue  # "got engaged to his cousin": a betrothal, not a fight
        if (
            key in ("burn", "steal", "rob", "destroy", "block", "barricade")
            and token.pos_ != "VERB"
        ):
            continue  # "a block of flats"
        if key == "burn" and token.head.lemma_.lower() in ("tyre", "tire"):
            continue  # "blocked the road with burning tyres": a crowd's means, not destruction
        if modifier_only(token, key):
            continue  # "riot police"; "accused spies", "detained members", "camps surrounding"
        if key == "burn" and kills_by_manner(token):
            category = "attack"  # "burned a farmer alive", "were burnt to death"
        if key == "suicide bomber" and _stopped(token):
            continue  # "killed 1 IS suicide bomber": a bomber stopped, no blast
        if key == "attack" and any(c.lower_ == "arson" for c in token.children):
            category = "looting/destruction"  # "arson attacks on six towers": property burned
        if no_event_sense(token):
            continue  # "means of attack unspecified", "a coal mining operation"
        if category == "security measure" and not measure_declared(token):
            continue  # "protested against the curfew": no measure of this report's
        if key == "speak to" and not addresses_officials(token):
            continue
        if key in _AGREEMENT_NOUNS and not agreement_made(token):
            continue
        found.append(Trigger(category, token.i, key))
    return found


_STOPPING = frozenset(
    {"kill", "arrest", "capture", "neutralize", "neutralise", "intercept", "shoot"}
)


def _stopped(token: Token) -> bool:
    """ "killed 1 IS suicide bomber", "arrested two suicide bombers": no blast."""
    before = token.doc[max(0, token.i - 5) : token.i]
    return token.head.dep_ in ("dobj", "nsubjpass") or (
        any(t.lemma_.lower() in _STOPPING for t in before) and all(t.lower_ != "by" for t in before)
    )


_FRAMES = frozenset({"operation", "incursion"})  # words for what frames the acts done in it


def without_frames(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers of what happened, without the operation that frames them ("arrested during
    police operations"); the frame alone when nothing else happened in it."""
    done = [t for t in triggers if t.lemma not in _FRAMES]
    return done if done and len(done) < len(triggers) else triggers


def acled_coding(category: str, *, civilian_target: bool, state_actor1: bool) -> tuple[str, str]:
    """ACLED event type and sub-event type for one of our categories.

    Examples
    --------
    >>> acled_coding("attack", civilian_target=True, state_actor1=True)
    ('Violence against civilians', 'Attack')
    >>> acled_coding("territorial change", civilian_target=False, state_actor1=False)
    ('Battles', 'Non-state actor overtakes territory')
    """
    if category in ("attack", "casualties", "offensive") and civilian_target:
        # "as part of an operation, soldiers killed two civilians": an attack on civilians
        return "Violence against civilians", "Attack"
    if category == "territorial change" and not state_actor1:
        return "Battles", "Non-state actor overtakes territory"
    return CODING.get(category, CODING["other"])
