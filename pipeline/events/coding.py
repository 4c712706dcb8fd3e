"""ACLED's coding of one event: its type, sub-event type and the two actors in ACLED's names.

The sentence gives a category (from its trigger words) and the actors it names, each with how it
hangs off the event's words (``agent``, ``speaker``, ``patient``, ``other``). The codebook then
decides: protesters are the actor of a protest; crowds that clash or beat are rioters; the means
of violence name remote violence; an attack on people who are not armed is violence against
civilians, whose victims are always the second actor; victims are never the first actor, and
violence whose doer is not named was done by an ``Unidentified Armed Group (<country>)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.events.communal import (
    COMMUNAL,
    COMMUNAL_WORDS,
    FEUD,
    communal_fight,
    communal_sides,
    farming_doers,
    rival_sides,
)
from pipeline.events.crowds import RIOTERS_INTER, crowd_control, riot_coding
from pipeline.events.labels import LabelCoding
from pipeline.events.riotsides import (
    ARMED_WORDS,
    crowds_fought,
    faces_forces,
    forces_named,
    state_forces,
    unarmed_object,
)
from pipeline.events.targets import (
    against_civilians,
    armed_doer,
    armed_target,
    harms_civilians,
    people_on_forces,
    victim_nouns,
)
from pipeline.events.triggers import acled_coding
from pipeline.events.weapons import GENERIC_VIOLENCE, own_blast, sets_off, weapon_coding

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CIVILIANS", "Cast", "Coding", "code_event", "intervened"]

CIVILIANS = "Civilians"
UNIDENTIFIED = "Unidentified Armed Group"
#: ACLED's inter code of political militias, which unidentified armed groups carry.
UNIDENTIFIED_INTER = 3
#: Authorities stepping in on a protest (ACLED's ``Protest with intervention``) ...
_INTERVENTION = re.compile(
    r"\b(dispers\w*|tear[- ]?gas|water cannons?|rubber bullets|baton\w*|broke up|broken up|"
    r"cracked down)\b",
    re.I,
)
#: Acts that are an intervention only when the authorities do them ("police obstructed the
#: march", not "protesters blocked the road" or "demanding the release of the detained").
_STOPPING = re.compile(
    r"\b(?:police|security forces|forces|troops|soldiers|authorities|gendarmes?)\b[^.;]{0,30}"
    r"\b(?:blocked|prevented|stopped|obstructed|arrested|detained|cordoned|intervened)\b"
    r"|\b(?:police|security forces'?|military|army|gendarmerie)\s+intervention\b"
    # "the police sent for more officers to restore calm"
    r"|\b(?:control|calm|contain|restore)(?:led|ed)? (?:the situation|order)\b",
    re.I,
)
#: ... and killing or maiming protesters (``Excessive force against protesters``).
_EXCESSIVE = re.compile(
    r"\b(?:protesters?|demonstrators?|marchers?)\b[^.;]{0,40}\b(?:killed|shot dead)\b|"
    r"\b(?:killed|shot dead|opened fire on|live (?:ammunition|rounds|bullets) (?:on|at))\b"
    r"[^.;]{0,30}\b(?:protesters?|demonstrators?|marchers?|crowd)\b",
    re.I,
)
_SUICIDE = re.compile(
    r"\bsuicide\s+(?:bomb|attack|car|vest|blast)|\bblew\s+(?:him|her|them)sel", re.I
)
#: Suicide bombers killed or caught before they struck: no suicide bombing.
_BOMBERS_HIT = re.compile(
    r"\b(?:kill\w*|arrest\w*|attack\w*|captur\w*|neutrali[sz]\w*|shot|intercept\w*)\s+"
    r"(?:(?!by\b)[\w-]+\s+){0,4}?suicide\s+bombers?\b",
    re.I,
)
#: Violence someone did to someone: when only its victims are named, the doer is unidentified.
#: (Air strikes and shelling are left without a doer: an unnamed air force is no armed group.)
_DONE_BY_SOMEONE = frozenset(
    {"attack", "casualties", "explosion/IED", "abduction", "looting/destruction"}
)


def intervened(text: str) -> bool:
    """Whether a sentence tells of authorities stepping in on a crowd ("police fired tear gas
    to disperse them").

    Examples
    --------
    >>> intervened("Police fired tear gas at them."), intervened("They marched on.")
    (True, False)
    """
    return bool(_INTERVENTION.search(text) or _STOPPING.search(text))


@dataclass(frozen=True, slots=True)
class Cast:
    """An actor as one event reads it: ACLED name, inter code and relation to the event."""

    name: str
    inter: int | None
    relation: str


@dataclass(frozen=True, slots=True)
class Coding:
    """Category, ACLED event type and sub-event type, and the two actors of one event."""

    category: str
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int | None
    actor2: str
    inter2: int | None


#: The state's custody: someone "arrested, tortured and killed" was harmed by whoever held him.
_CUSTODY = frozenset({"arrest", "detain"})


def _in_custody(trigger: Token) -> bool:
    """Whether the harm is told with an arrest of the same person ("was arrested, tortured and
    killed", "detained and beaten"): done by the state's forces that held them."""
    verbs, verb = [trigger, *trigger.conjuncts], trigger
    while verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # ("was arrested, tortured and killed": "tortured" hangs on "arrested")
        verbs.append(verb)
    # (a verb: "executions and arrests carried out by X" name the doer elsewhere)
    return any(
        v.lemma_.lower() in _CUSTODY and v.pos_ == "VERB" and not _doer_held(v) for v in verbs
    )


#: Who an arrest after an act holds: its doer ("the attacker was arrested shortly after").
_DOER_NOUNS = frozenset(
    {"attacker", "assailant", "suspect", "gunman", "perpetrator", "bomber", "culprit", "killer"}
)


def _hit_side(category: str, relation: str, inter: int | None) -> bool:
    """Whether the one side named is the one the violence hit: its patient, or forces or
    civilians an explosive device went off on without being their weapon."""
    if relation == "patient":
        return True
    return category == "explosion/IED" and relation != "agent" and inter in (1, 7, 8)


def _doer_held(arrest: Token) -> bool:
    return any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _DOER_NOUNS for c in arrest.children
    )


def _in(country_name: str | None, prefix: str) -> str:
    return f"{prefix} ({country_name})" if country_name else prefix


#: Words of a demonstration: a crowd there that attacks forces riots in it.
_PROTESTING = re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*)\b", re.I)
#: A party's members who act as its militia ("the cadres of the Chand-led party").
_CADRES = re.compile(r"\bcadres?\b", re.I)
_DISPUTE = re.compile(
    r"\b(dispute|feud|rivalry|altercation|quarrel|argument|brawl|scuffle|enmity)\b", re.I
)


def _brawl(category: str, text: str, named: str) -> bool:
    """ "two persons were killed in a clash over a land dispute": a clash in which nobody armed
    is named, over a quarrel, is mob violence."""
    return (
        category in ("armed clash", "casualties")
        and not named
        and bool(_DISPUTE.search(text))
        # (a police station names a place, not armed men)
        and not ARMED_WORDS.search(re.sub(r"\bpolice (?:station|post)s?\b", "", text, flags=re.I))
    )


def code_event(
    category: str,
    label: LabelCoding | None,
    trigger: Token,
    text: str,
    actors: list[Cast],
    country_name: str | None,
    *,
    killed: bool = False,
) -> Coding:
    """ACLED's coding of an event read from one sentence.

    Parameters
    ----------
    category : str
        Our category from the sentence's trigger words.
    label : LabelCoding, optional
        The coding an opening label names ("Looting: ..."); it decides the type.
    trigger : spacy.tokens.Token
        The event's first trigger word.
    text : str
        The sentence.
    actors : list of Cast
        actor1 and actor2 as the sentence orders them (at most two).
    country_name : str, optional
        Where the event happened, for ``Civilians (<country>)`` and the like.
    killed : bool
        The event killed someone: an abduction that kills is an attack (ACLED's precedence).
    """
    if category == "abduction" and killed:
        category = "attack"
    (actor1, inter1, rel1), (actor2, inter2, rel2) = [
        *((a.name, a.inter, a.relation) for a in actors),
        ("", None, ""),
        ("", None, ""),
    ][:2]
    if category == "protest":
        # ACLED: the protesters are the actor; whom they protest against is in the notes, and
        # the forces who stepped in are the second actor
        force = next((a for a in actors if a.inter == 1), None)
        stepped = force is not None and (intervened(text) or bool(_EXCESSIVE.search(text)))
        actor2, inter2 = (force.name, force.inter) if force and stepped else ("", None)
        actor1, inter1 = _in(country_name, "Protesters"), 6
    elif category in _DONE_BY_SOMEONE and not actor2 and _hit_side(category, rel1, inter1):
        # "a policeman was killed by a roadside bomb", "a police vehicle was hit by an IED":
        # the victims are the second actor
        actor1, inter1, actor2, inter2 = "", None, actor1, inter1
    if category in _DONE_BY_SOMEONE and actor2.startswith("Government of"):
        # an ambassador or an official attacked: unarmed, a civilian in ACLED's coding
        actor2, inter2 = _in(country_name, CIVILIANS), 7
    event_type, sub_event_type = acled_coding(
        category,
        civilian_target=actor2.startswith(CIVILIANS) or actor1.startswith(CIVILIANS),
        state_actor1=inter1 in (1, 8),
    )
    communal = killed and communal_fight(text)  # "killed amidst intercommunal violence"
    if communal and event_type == "Violence against civilians":
        event_type, sub_event_type = "Battles", "Armed clash"
    weapon = weapon_coding(category, text)
    organised = inter1 in (2, 3, 4, 8) and not actor1.startswith(CIVILIANS)
    # "FACA and Wagner mercenaries clashed with CPC": forces against armed men, no crowd
    organised = organised or (inter1 in (1, 8) and inter2 in (1, 2, 3, 8))
    # "attacked by UPC men": a group the dictionary does not know, against the forces
    # (either way round; not a party's men clashing with police at a demonstration: a riot)
    organised = organised or (
        not _PROTESTING.search(text)
        and any(
            bool(named) and inter is None and other in (1, 8)
            for named, inter, other in ((actor1, inter1, inter2), (actor2, inter2, inter1))
        )
    )
    # a crowd that throws petrol bombs riots; armed men who throw a grenade do not
    thrown = weapon is not None and weapon[2] == "Grenade"
    riot = (
        None
        if weapon and not thrown
        else riot_coding(category, trigger, text, armed_actor=organised)
    )
    weapon = None if riot is not None else weapon
    if riot is None and not weapon and people_on_forces(category, inter1, rel1, inter2, rel2):
        # "students staged a demonstration and assaulted police officers": unarmed people who
        # attack forces are a crowd that rioted, the forces its other side
        protesting = bool(_PROTESTING.search(text))
        riot = "protest", "Riots", "Violent demonstration" if protesting else "Mob violence"
        actor1, inter1, actor2, inter2 = actor2, inter2, "", None
    if riot is None and not weapon and _brawl(category, text, actor1 or actor2):
        riot = "protest", "Riots", "Mob violence"
    if riot is not None and killed and category in _DONE_BY_SOMEONE and farming_doers(trigger):
        # "a farmer was killed by a herder": a community's men, no crowd (ACLED)
        riot, actor1, inter1, rel1 = None, _in(country_name, COMMUNAL), 4, "agent"
    if riot is None and category in GENERIC_VIOLENCE and inter1 == 1 and inter2 == 5:
        # "the police opened fire on rioters": the riot, with the forces as its other side (the
        # category stays the violence's, so that a riot told before takes it on)
        riot = category, "Riots", "Violent demonstration"
    if riot is None and category in GENERIC_VIOLENCE and inter1 == 1 and inter2 in (None, 7):
        # "the police shot tear gas", "fired warning shots to break up a fight": forces
        # handling a crowd; the riot is the crowd's, the forces its other side
        handled = crowd_control(text)
        if handled is not None:
            riot, actor2, inter2 = (category, "Riots", handled), "", None
    at_protest = category in GENERIC_VIOLENCE and (inter1, inter2) == (1, 6)
    if riot is None and label is None and at_protest:
        # "police shot dead two protesters": the protest met with force, the forces its other side
        lethal = killed or bool(_EXCESSIVE.search(text))
        sub = "Excessive force against protesters" if lethal else "Protest with intervention"
        return Coding("protest", "Protests", sub, actor2, inter2, actor1, inter1)
    if label is not None:
        event_type, sub_event_type = label.event_type, label.sub_event_type
    elif riot is not None:
        category, event_type, sub_event_type = riot
        if inter1 == 1 and (not actor2 or actor2.startswith(("Protesters", "Rioters"))):
            # "villagers clashed with the police", "clashes between police and rioters": the
            # forces are the other side
            actor2, inter2 = actor1, inter1
        actor1, inter1 = _in(country_name, "Rioters"), RIOTERS_INTER
        if actor2.startswith(("Protesters", "Rioters")):
            actor2, inter2 = "", None
        elif inter2 == UNIDENTIFIED_INTER and rel1 == "patient":
            # "two robbers were lynched by a mob": a crowd's victims are civilians
            actor2, inter2 = _in(country_name, CIVILIANS), 7
        if not actor2 and (faces_forces(text) or intervened(text)):
            # "rioters threw stones at security services", "clashed with police forces"
            actor2, inter2 = forces_named(text, country_name)
        if not actor2 and crowds_fought(text):  # "a clash between villagers of two villages"
            actor2, inter2 = _in(country_name, "Rioters"), RIOTERS_INTER
    elif weapon is not None:
        category, event_type, sub_event_type = weapon
    elif not communal and against_civilians(
        category, trigger, armed_doer(inter1, rel1), armed_target(actor2, inter2)
    ):
        event_type, sub_event_type = "Violence against civilians", "Attack"
    if event_type == "Violence against civilians" and not actor2.startswith(CIVILIANS):
        # ACLED: the victims of violence against civilians are always the second actor
        if actor1.startswith(CIVILIANS):  # the victims were read first: swap
            actor1, inter1 = (actor2, inter2) if actor2 else ("", None)
        actor2, inter2 = _in(country_name, CIVILIANS), 7
    if event_type == "Battles" and actor1.startswith(CIVILIANS):
        # "15 people killed in airstrikes and the clashes continue": the dead fought nobody
        actor1, inter1, actor2, inter2 = actor2, inter2, actor1, inter1
    if event_type == "Violence against civilians" and category in ("casualties", "offensive"):
        category = "attack"  # "militants killed eleven farmers": someone attacked civilians
    if event_type == "Protests" and label is None:
        if _EXCESSIVE.search(text):
            sub_event_type = "Excessive force against protesters"
        elif intervened(text):
            sub_event_type = "Protest with intervention"
    if category in ("explosion/IED", "attack") and _SUICIDE.search(_BOMBERS_HIT.sub(" ", text)):
        category = "explosion/IED"
        event_type, sub_event_type = "Explosions/Remote violence", "Suicide bomb"
    if sub_event_type == "Remote explosive/landmine/IED" and own_blast(text):
        # "three militants died when a VBIED prematurely exploded": their weapon failed them
        category, event_type = "weapons seized", "Strategic developments"
        sub_event_type = "Disrupted weapons use"
        actor2, inter2 = "", None
    if not actor2 and harms_civilians(category, event_type, sub_event_type, trigger, text):
        actor2, inter2 = _in(country_name, CIVILIANS), 7  # a bomb in a market, a looted shop
    if category == "arrest" and not actor2 and (victim_nouns(trigger) or unarmed_object(trigger)):
        actor2, inter2 = _in(country_name, CIVILIANS), 7  # "police arrested 31 activists"
    blast = event_type == "Explosions/Remote violence"
    if blast and actor1.startswith(CIVILIANS):
        # "a child was killed playing with a mortar shell": civilians set off no blast; they
        # are its victims, and its doer the other side named, if any ("a bomb the militants
        # were moving exploded, killing two civilians")
        other = bool(actor2) and not actor2.startswith(CIVILIANS)
        if rel1 == "agent" and sets_off(trigger):  # "a man set off a bomb": the bomber
            actor1, inter1 = _in(country_name, UNIDENTIFIED), UNIDENTIFIED_INTER
        else:
            actor1, inter1 = (actor2, inter2) if other else ("", None)
            actor2, inter2 = _in(country_name, CIVILIANS), 7
    # an unnamed doer's blast, not an air strike's (aircraft are most often a state's)
    unseen_bomber = blast and sub_event_type != "Air/drone strike"
    if not actor1 and (category in _DONE_BY_SOMEONE or unseen_bomber) and event_type != "Riots":
        # violence whose doer the report does not name (ACLED codebook); herders or farmers
        # who did it ("a group of pastoralists destroyed a field") are a community's men
        unnamed = (COMMUNAL, 4) if farming_doers(trigger) else (UNIDENTIFIED, UNIDENTIFIED_INTER)
        actor1, inter1 = _in(country_name, unnamed[0]), unnamed[1]
        if _in_custody(trigger):  # "a villager was arrested, tortured and killed"
            actor1, inter1 = state_forces("Military Forces", country_name), 1
    feud = actor1.startswith(UNIDENTIFIED) and bool(FEUD.search(trigger.doc.text))
    if feud and inter1 == UNIDENTIFIED_INTER:  # unnamed men in a clan feud: a community's
        actor1, inter1 = _in(country_name, COMMUNAL), 4
    fought = category == "armed clash" or communal
    if event_type == "Battles" and fought and COMMUNAL_WORDS.search(text):
        actor1, inter1, actor2, inter2 = communal_sides(
            (actor1, inter1), (actor2, inter2), country_name
        )
    if event_type == "Battles" and rival_sides(actor1, actor2, text):
        actor2, inter2 = actor1, inter1  # "two rival cult militias clashed"
    if sub_event_type == "Disrupted weapons use" and inter1 in (1, 8) and not actor2:
        # "soldiers defused an IED", "police seized explosives": whoever laid or held them,
        # unnamed, is an unidentified armed group (ACLED codebook)
        actor2, inter2 = _in(country_name, UNIDENTIFIED), UNIDENTIFIED_INTER
    if event_type in ("Battles", "Explosions/Remote violence") or (
        sub_event_type == "Disrupted weapons use"
    ):
        # a named group the dictionary does not know, fighting state forces (or whose arms
        # they seize), is a rebel group; a party whose cadres fight, a political militia
        unknown = 3 if _CADRES.search(text) else 2
        if inter1 in (1, 8) and actor2 and inter2 is None:
            inter2 = unknown
        elif inter2 in (1, 8) and actor1 and inter1 is None:
            inter1 = unknown
    return Coding(category, event_type, sub_event_type, actor1, inter1, actor2, inter2)
