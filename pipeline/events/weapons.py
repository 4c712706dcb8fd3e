"""The means of violence decide ACLED's coding: a clash or attack carried out with a bomb is
remote violence, one without an armed target is violence against civilians.

ACLED codes by how violence was done and against whom: an IED that kills soldiers is
``Explosions/Remote violence - Remote explosive/landmine/IED``, not a battle; an air strike or
a drone is ``Air/drone strike``; artillery, mortars, rockets and missiles are shelling; a
grenade has its own sub-event type. An attack whose target is neither armed nor a place of
armed men ("gunmen attacked a village", "soldiers beat a musician") is violence against
civilians.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "GENERIC_VIOLENCE",
    "armed_target_named",
    "both_fired",
    "names_remote_weapon",
    "own_blast",
    "weapon_coding",
    "with_ground_fighting",
]

#: Our categories that say violence happened without saying how.
GENERIC_VIOLENCE = frozenset({"armed clash", "attack", "casualties", "offensive"})

_WEAPONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(
            r"(?<!anti-)\b(air ?strikes?|air raids?|drones?|uavs?|aircrafts?|warplanes?|"
            r"fighter jets?|helicopter gunships?|bombed from the air|aerial bombardment|"
            # the forces of a state bomb from the air ("military forces bombed the militants")
            r"(?:military|army|air force|forces|troops)\s+bombed|"
            # helicopters that fire, not those fired at ("shot down a helicopter")
            r"helicopters? (?:fired|attacks?|attacked|struck|strikes?|bombed|shelled)|"
            r"(?:bombs?|fire|fired|firing|shots?) from (?:the )?"
            r"(?:helicopters?|planes?|the air))\b",
            re.I,
        ),
        "air/drone strike",
        "Air/drone strike",
    ),
    (
        # thrown by hand: ACLED's grenades ("threw an explosive at", "a Molotov cocktail into")
        re.compile(
            r"\b(?:threw|thrown|throwing|hurled|hurling|lobbed)\s+(?:an?\s+|the\s+|two\s+)?"
            r"(?:[\w-]+\s+)?(?:explosives?|molotov|petrol bombs?|firebombs?|bombs?|ieds?)\b",
            re.I,
        ),
        "explosion/IED",
        "Grenade",
    ),
    (
        re.compile(
            # (an IED carried by a vehicle, a person or set off by radio: "VBIED", "RCIED")
            r"\b((?:vb|rc|pb|sv)?ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|"
            r"car bombs?|explosive devices?|bombs? (?:went off|exploded|planted|blast)|"
            r"(?:planted|detonated) (?:a |an )?(?:bomb|explosive)|bomb attack|"
            r"explosion|exploded|detonated|"
            r"bomb(?:ings?|ed)?(?! (?:threats?|disposal|squads?|scares?))|"
            # a mine struck or planted, not a gold mine ("a convoy hit a mine", "Taliban-planted")
            r"(?:hit|struck|stepped on|ran over|drove over|planted|laid)\s+(?:by\s+|on\s+|over\s+)?"
            r"(?:a\s+|an\s+)?(?:[\w-]+\s+)?mines?|[\w]+-planted (?:mines?|bombs?|explosives?))\b",
            re.I,
        ),
        "explosion/IED",
        "Remote explosive/landmine/IED",
    ),
    (re.compile(r"\b(hand )?grenades?\b", re.I), "explosion/IED", "Grenade"),
    (
        re.compile(
            r"\b(shell(?:ed|ing|s)|artillery|mortars?|rockets?|missiles?|rpgs?|"
            r"rocket-propelled|\d+ ?mm (?:rounds?|shells?))\b",
            re.I,
        ),
        "shelling",
        "Shelling/artillery/missile attack",
    ),
)
_ARMED_TARGETS = re.compile(
    r"\b(soldiers?|troops|army|military|police(?:men|man)?|officers?|check[ -]?points?|agents?|"
    r"posts?|bases?|barracks|convoys?|patrols?|positions?|militants?|fighters?|rebels?|"
    r"insurgents?|gunmen|security forces|forces|camps?|outposts?|guards?|drones?|uavs?|bombers?|"
    r"gendarmes?|gendarmerie)\b",
    re.I,
)


#: Ground fighting told with the remote violence: then the whole is a battle (ACLED).
_GROUND_FIGHTING = re.compile(
    r"\b(clash(?:ed|es|ing)?|fire ?fights?|gun ?fights?|gun battles?|exchang(?:ed|ing) (?:of )?"
    r"(?:gun)?fire|exchanges? of (?:gun)?fire|fought|skirmish(?:es)?|engaged (?:in|the|with)|"
    r"confrontations?|encounter(?:ed|s)?|"
    # a ground force's part in the same act ("a combined air and ground operation", "mortars,
    # car bombs and an armed assault", "an IED and machine guns")
    r"ground (?:operations?|offensive|assaults?|attacks?|strikes?)|air[- ]ground|armed assault|"
    r"machine[- ]?guns?|small arms|gunfire|"
    # the side attacked fought back ("the guard returned fire at the attackers")
    r"return(?:ed|ing)? (?:the )?fire|fired back|opened fire on the attackers)\b",
    re.I,
)
_REMOTE = frozenset({"air/drone strike", "shelling", "explosion/IED"})
#: Aircraft as the target of fire from the ground, not the weapon.
_SHOT_AT = re.compile(
    r"\b(?:fired|firing|fire|shot|shooting|shoot)\s+(?:shots\s+)?(?:at|down|on)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|helicopters?|planes?|aircrafts?)\b",
    re.I,
)


def names_remote_weapon(text: str) -> bool:
    """Whether ``text`` names air strikes, shelling or a bomb (a grenade aside: crowds throw
    those too)."""
    return any(p.search(text) for p, _, sub_event in _WEAPONS if sub_event != "Grenade")


def with_ground_fighting(category: str, text: str) -> str:
    """A sentence's violence, ``category``, as ACLED codes it when ``text`` also tells of
    ground fighting: remote violence that is part of a clash is a battle ("detonated a
    landmine, then engaged the army in a firefight").

    Examples
    --------
    >>> with_ground_fighting("explosion/IED", "They set off an IED, then clashed with troops.")
    'armed clash'
    >>> with_ground_fighting("air/drone strike", "Jets struck a camp near Idlib.")
    'air/drone strike'
    """
    return "armed clash" if category in _REMOTE and _GROUND_FIGHTING.search(text) else category


#: Bombers killed by their own device, or a device that went off before its time.
_OWN_BLAST = re.compile(
    r"\b(prematurely|premature (?:explosion|detonation|blast)|"
    r"while (?:handling|making|assembling|preparing|planting|transporting|carrying|fixing)|"
    r"(?:they|he|she) (?:were|was|had been) (?:carrying|making|assembling|handling|"
    r"transporting|planting|preparing))\b",
    re.I,
)


def own_blast(text: str) -> bool:
    """Whether a blast went off in its makers' hands ("died when a VBIED prematurely
    exploded", "explosives they were carrying went off"): ACLED's disrupted weapons use.

    Examples
    --------
    >>> own_blast("Two fighters died when explosives they were carrying went off.")
    True
    >>> own_blast("A roadside bomb killed two soldiers.")
    False
    """
    return bool(_OWN_BLAST.search(text))


#: Verbs whose subject lays a device ("an IED planted by X"), and those that set one off or
#: throw it too.
PLANTING = frozenset({"plant", "lay", "place", "emplace", "set", "detonate", "bury"})
SETTING_OFF = PLANTING | {"throw", "hurl", "lob", "trigger"}


def sets_off(trigger: Token) -> bool:
    """Whether the trigger is a device the verb above it sets off or throws, or that verb
    ("a man set off a bomb", "threw a grenade"): its subject is the bomber."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb.lemma_.lower() in SETTING_OFF and (verb.i == trigger.i or trigger.dep_ == "dobj")


def weapon_coding(category: str, text: str) -> tuple[str, str, str] | None:
    """Category, event type and sub-event type from the weapon a sentence names, for an event
    the trigger left generic (a clash, an attack, a toll); ``None`` when no weapon decides.

    Examples
    --------
    >>> weapon_coding("attack", "A roadside bomb killed two soldiers near Kandahar.")
    ('explosion/IED', 'Explosions/Remote violence', 'Remote explosive/landmine/IED')
    >>> weapon_coding("armed clash", "Rebels and troops clashed with rifles.") is None
    True
    >>> weapon_coding("meeting/talks", "Talks on the drone strikes resumed.") is None
    True
    """
    if category not in GENERIC_VIOLENCE or _GROUND_FIGHTING.search(text):
        return None
    text = _SHOT_AT.sub(" ", text)  # "fired shots at a suspected drone": fire from the ground
    for pattern, new_category, sub_event in _WEAPONS:
        if pattern.search(text):
            return new_category, "Explosions/Remote violence", sub_event
    return None


def armed_target_named(trigger: Token) -> bool:
    """Whether the words the event's verb governs, its subject aside, name armed men or their
    places ("attacked an army post", "soldiers were ambushed"), the targets of a battle."""
    # not its subject, nor a clause of its own ("because he had angered the militants")
    subject = {
        t.i
        for child in trigger.children
        if child.dep_ in ("nsubj", "agent")
        # "a police raid", "a militant attack": who raided, not whom
        or (trigger.pos_ == "NOUN" and child.dep_ in ("compound", "amod", "poss", "nmod"))
        or (
            child.dep_ in ("advcl", "ccomp")
            and any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in child.children)
        )
        for t in child.subtree
    }
    words = " ".join(
        t.text
        for t in trigger.subtree
        if t.i not in subject and t.i != trigger.i and not _unarmed_post(t)
    )
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "was killed in an ambush": the ambush's victims are the verb's
    passive = [c for w in {trigger, verb} for c in w.children if c.dep_ == "nsubjpass"]
    return bool(_ARMED_TARGETS.search(words)) or any(
        _ARMED_TARGETS.search(" ".join(t.text for t in c.subtree)) for c in passive
    )


#: What makes a camp one of unarmed people ("a Fulani camp", "an IDP camp").
_PEOPLES_CAMP = frozenset(
    {"idp", "idps", "refugee", "displacement", "displaced", "herder", "nomad", "fishing",
     "mining", "miner", "farming", "cattle", "pastoralist", "herdsmen", "herdsman"}
)  # fmt: skip
#: Words that make an officer one of the forces ("a police officer", "an army officer").
_FORCE_OFFICERS = frozenset(
    {"police", "army", "military", "security", "intelligence", "naval", "navy", "prison",
     "customs", "immigration", "border", "gendarmerie", "traffic", "patrol", "jail"}
)  # fmt: skip


def _unarmed_post(token: Token) -> bool:
    """Whether an armed-sounding word names unarmed people: a camp of a people or of the
    displaced ("a Fulani camp", "an IDP camp"), an officer of a civil office ("a District
    Coordination Committee Officer", "a revenue officer")."""
    lemma = token.lemma_.lower()
    if lemma not in ("camp", "officer"):
        return False
    words = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    if lemma == "camp":
        return any(c.ent_type_ == "NORP" or c.lower_ in _PEOPLES_CAMP for c in words)
    nouns = [c for c in words if c.dep_ != "amod" and c.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and not any(t.lower_ in _FORCE_OFFICERS for c in nouns for t in c.subtree)


#: Both sides shooting: whoever was hit, a battle ("three people are dead after a gun battle
#: between the police and militants", "civilians were wounded in the crossfire").
_BOTH_FIRED = re.compile(
    r"\b(gun ?battles?|gun ?fights?|fire ?fights?|shoot-?outs?|cross ?fire|fire[- ]exchange|"
    r"exchang\w* (?:of )?(?:gun ?)?fire|(?:fired|shot) back|returned (?:the )?fire)\b",
    re.I,
)


def both_fired(text: str) -> bool:
    """Whether both sides shot ("a gun battle", "the gendarmes fired back", "in the crossfire").

    Examples
    --------
    >>> both_fired("Two died in a shootout with police."), both_fired("Gunmen shot two men.")
    (True, False)
    """
    return bool(_BOTH_FIRED.search(text))
