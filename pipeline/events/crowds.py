"""Violence by crowds is a riot in ACLED's coding, not a battle: a mob, villagers, party
supporters or demonstrators who clash, storm, burn or beat.

``Violent demonstration`` when the crowd came to demonstrate; ``Mob violence`` otherwise. The
actor is ``Rioters (<country>)`` with inter code 5.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.events.riotsides import ARMED_WORDS, FIGHTER_WORDS, FORCE_WORDS, crowds_fought
from pipeline.events.triggerchecks import anti_riot, in_grievance
from pipeline.events.weapons import GENERIC_VIOLENCE, names_remote_weapon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "CROWD_ACTS", "RIOTERS_INTER", "crowd_control", "crowd_violence", "protest_cause",
    "riot_coding",
]  # fmt: skip

#: ACLED's inter code of rioters.
RIOTERS_INTER = 5

_CROWD = re.compile(
    r"\b(mobs?|crowds?|rioters?|protesters?|protestors?|demonstrators?|youths?|villagers?|"
    r"residents?|supporters?|students?|prisoners?|inmates?|activists?|locals?|people|persons|"
    r"workers|traders|farmers|herders|groups?|members?|cadres?|factions?|interns|rivals|"
    r"leaders?|accomplices|followers|relatives|family|vigilantes?|unions|associations|men)\b",
    re.I,
)
#: Crowd words that say what the people are, not only that they are several ("groups",
#: "men", "people" say nothing of arms).
_NAMED_CROWD = re.compile(
    _CROWD.pattern.replace("groups?|members?|", "")
    .replace("|men)", ")")
    .replace("people|persons|", ""),
    re.I,
)
#: Words that make a side a crowd whoever it fights ("clashes between police and rioters").
_STRONG_CROWD = re.compile(
    r"\b(mobs?|crowds?|rioters?|protesters?|protestors?|demonstrators?|youths?|supporters?|"
    r"students?|(?:strike|bandh|banda|hartal|shutdown)[- ]enforcers?)\b",
    re.I,
)
#: Armed organisations' men: on a side, no riot.
_FIGHTERS = re.compile(rf"\b({FIGHTER_WORDS})\b", re.I)
#: Firearms used: men who shoot are armed men, not a mob.
_FIREARMS = re.compile(
    r"\b(shot|shoot\w*|gun\w*|opened fire|fir(?:ed|ing) (?:at|on|upon|shots|into)|rifles?|"
    r"pistols?|firearms?)\b",
    re.I,
)
_RIOTING = re.compile(
    r"\b(clash(?:ed|es)?|fought|fight|brawl|stormed|set (?:fire|ablaze)|torched|burn(?:ed|t)|"
    r"vandali[sz]ed|ransacked|looted|pelted|threw stones|stoned|beat(?:en)?|assaulted|lynched|"
    r"attacked|injured|damaged|destroyed|mauled|hacked|barricad\w*|molotov\w*)\b",
    re.I,
)
#: Words that name a riot; after them, what names the forces for riots ("riot police").
_RIOT_WORDS = frozenset({"riot", "riots", "rioted", "rioting", "rioter", "rioters"})
_RIOT_GEAR = frozenset(
    {"police", "gear", "squad", "squads", "control", "unit", "units", "force", "forces",
     "officer", "officers", "shield", "shields", "van", "vans", "truck", "trucks"}
)  # fmt: skip
#: Where crowds are held: their riots are mob violence in ACLED's coding.
_CONFINED = re.compile(r"\b(prisons?|jails?|inmates?|prisoners?|detainees?|cells?)\b", re.I)


def riot_named(sent: Span) -> bool:
    """Whether the sentence names a riot that happened, not the forces named for riots ("riot
    police", "anti-riot units") nor a riot a protest is about ("protested the arrests made
    during the riots")."""
    doc = sent.doc
    return any(
        t.lower_ in _RIOT_WORDS
        and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _RIOT_GEAR)
        and not anti_riot(t)
        and not in_grievance(t)
        for t in sent
    )


#: What only a crowd does: it makes a protest a violent demonstration.
_CROWD_VIOLENCE = re.compile(
    r"\b(riots? (?:broke out|breaks? out|erupted|ensued|started|flared)|rioted|rioting|"
    r"riots? (?:against|over)|barricad\w*|violent (?:demonstrations?|protests?)|"
    r"by force|forced (?:their|its|his|her) way|stone[- ]throwing|"
    r"hurl(?:ed|ing) (?:stones|rocks|bricks|bottles|projectiles)|"
    r"burn(?:ed|t|ing) (?:down )?(?:the |an? |several |part of the )?(?:\w+ ){0,2}"
    r"(?:offices?|buildings?|houses?|facilities|vehicles?|cars?|police stations?|town hall|"
    r"centres?|centers?|shops?)|"
    r"burn(?:ing|ed|t)? (?:an? |the )?(?:tyres?|tires?)|turn(?:ed|s)? violent|molotov\w*|"
    r"thr(?:ew|owing|ow) (?:stones|rocks|bottles|eggs|projectiles)|pelted|stone-pelting|stoned|"
    r"vandali[sz](?:ed|ing)|ransack(?:ed|ing)|looted|torched|set (?:fire to|ablaze)|"
    r"clashed with (?:the )?police|"
    # property broken: "destroyed the gate", "broke through police barriers"
    r"destroyed (?:the |a |an |several |their )?(?:\w+ ){0,2}(?:gates?|doors?|windows?|"
    r"fences?|barriers?|nameplates?|signs?|furniture)|broke (?:through|down) (?:the )?"
    r"(?:\w+ )?(?:barriers?|barricades?|gates?|doors?|cordons?)|"
    # a road blocked by a crowd, fires lit: ACLED's violent demonstration
    r"block(?:ed|ing|s)?(?:\s+\w+){0,3}\s+(?:roads?|highways?|streets?|bridges?|traffic|routes?|"
    r"crossings?)|(?:lit|set|lighting|setting) (?:up )?(?:a )?(?:fires?|bonfires?))\b",
    re.I,
)


def crowd_violence(text: str) -> bool:
    """Whether ``text`` tells of what only a crowd does: barricades, burning tyres, stones
    thrown, a riot.

    Examples
    --------
    >>> crowd_violence("They barricaded the road."), crowd_violence("Riot police stood by.")
    (True, False)
    """
    return bool(_CROWD_VIOLENCE.search(text))


#: Herding communities: their clashes with farmers or villagers are communal battles in
#: ACLED's coding, between identity militias, not riots.
_HERDING = re.compile(
    r"\b(herders?|herdsm[ae]n|pastoralists?|cattle (?:breeders?|herders?|rearers?)|nomads?)\b",
    re.I,
)

# "march" in lower case: "On 3 March" is a date
_DEMONSTRATING = re.compile(
    r"\b(protest\w*|demonstrat\w*|(?-i:march(?:ed|ers|es)?)|rally|rallies|riots? against|"
    # barricades, burning tyres, roads blocked, taking to the streets: a crowd demonstrating
    r"barricad\w*|tyres?|tires?|to the streets|(?:strike|bandh|banda|hartal) enforc\w*|"
    r"block(?:ed|ing|s)?(?:\s+\w+){0,3}\s+(?:roads?|highways?|streets?|bridges?|traffic))\b",
    re.I,
)


#: How forces handle a crowd, not armed men: tear gas, rubber bullets, dispersing it.
_CROWD_CONTROL = re.compile(
    r"\b(tear[- ]?gas|water cannons?|rubber bullets|to disperse|"
    r"(?:to )?break up (?:a|the) (?:fight|brawl|clash))",
    re.I,
)


def crowd_control(text: str) -> str | None:
    """The riot's sub-event type when forces' violence in ``text`` is their handling of a
    crowd that no protest word names ("the police shot tear gas", "soldiers fired warning
    shots to break up a fight between villagers"); ``None`` otherwise (a protest's
    intervention is the protest's).

    Examples
    --------
    >>> crowd_control("Soldiers fired warning shots to break up a fight between villagers.")
    'Mob violence'
    >>> crowd_control("Police fired tear gas to disperse the marchers.") is None
    True
    """
    if not _CROWD_CONTROL.search(text) or _DEMONSTRATING.search(text):
        return None
    return "Violent demonstration" if _CROWD_VIOLENCE.search(text) else "Mob violence"


#: Words that open what a protest is about ("a protest against the clash", "marched over the
#: expulsion of students").
_CAUSE_PREPS = frozenset({"against", "over", "about", "for", "following", "after"})
#: What crowds do: a clause of them tells the protest's acts, not its cause ("gathered to
#: block the road").
CROWD_ACTS = frozenset(
    {"block", "burn", "storm", "attack", "loot", "vandalize", "vandalise", "destroy", "torch",
     "barricade", "throw", "hurl", "pelt", "clash", "set", "occupy", "ransack", "beat"}
)  # fmt: skip
#: Words of a demand: the clause they head is the protest's cause ("demanding justice").
_DEMANDING = frozenset(
    {"demand", "call", "protest", "condemn", "denounce", "urge", "oppose", "reject", "seek",
     "ask", "press", "express", "voice", "emphasize", "emphasise", "highlight", "mark"}
)  # fmt: skip


def protest_cause(trigger: Token) -> frozenset[int]:
    """Indices of the words that tell what a protest is about, not what its crowd did: a
    preposition of cause ("staged a protest against the prior clash"), a clause of purpose
    ("marched to demand an end to clashes") or of demand ("demonstrating over the
    expulsion of students, demanding justice for the murdered").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> nlp = spacy.blank("en")
    >>> words = ["Lawyers", "protested", "against", "the", "clash", "."]
    >>> doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 2, 1],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"])
    >>> sorted(protest_cause(doc[1]))
    [2, 3, 4]
    """
    holders = [trigger]
    if trigger.dep_ in ("dobj", "nsubjpass", "attr") and trigger.head.pos_ in ("VERB", "AUX"):
        holders.append(trigger.head)  # "staged a protest ... against": the verb may hold it
    cause: set[int] = set()
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in _DEMANDING:
        # "The protesters demanded the county fight the gangs": what they demand
        own = {t.i for t in trigger.subtree}
        cause.update(t.i for t in trigger.head.subtree if t.i not in own and t.i != trigger.head.i)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in _CAUSE_PREPS:
                cause.update(t.i for t in child.subtree)
            elif child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() not in CROWD_ACTS:
                purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                if purpose or child.lemma_.lower() in _DEMANDING:
                    joined = _acts_joined(child)
                    cause.update(t.i for t in child.subtree if t.i not in joined)
    return frozenset(cause)


def _acts_joined(clause: Token) -> set[int]:
    """What a clause of demand was read to join: the crowd's own acts, in another verb form
    ("demanding jobs, and clashed with the police")."""
    return {
        t.i
        for c in clause.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ != clause.tag_
        for t in c.subtree
    }


def _own_acts(trigger: Token) -> str:
    """The protest's sentence without what the protest is about."""
    cause = protest_cause(trigger)
    return "".join(t.text_with_ws if t.i not in cause else " " for t in trigger.sent)


def _agent_words(trigger: Token, passive: bool = True) -> str:
    """The words of the trigger's subject (or of the verb's, for a noun trigger)."""
    # "clashes broke out between ...": the verb the trigger is the subject of holds "between"
    holders = [trigger, trigger.head] if trigger.dep_ == "nsubj" else [trigger]
    between = [
        o
        for h in holders
        for p in h.children
        if p.lower_ == "between"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if between:  # "a skirmish between protesters and security forces"
        return " ".join(t.text for o in between for t in o.subtree)
    if lost := _lost_between(trigger):
        return lost
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    deps = ("nsubj", "nsubjpass", "agent") if passive else ("nsubj", "agent")
    subjects = [c for c in verb.children if c.dep_ in deps]
    while (
        not subjects and verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") and verb.head.i != verb.i
    ):
        # "vandalized the house and assaulted locals": the first verb's doers; "a mob carried
        # out justice by killing two thieves": the doers of what the killing was the means of
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
        subjects = [c for c in verb.children if c.dep_ in deps]
    agents = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"]
    if agents and not any(s.dep_ == "nsubj" for s in subjects):
        # "two robbers were set ablaze and killed by a mob": the doers are the agent, also
        # the agent of the joined verb
        subjects = agents
    if not subjects and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        # "students protesting ...": the noun the verb describes, and the noun that one is
        # "of" ("supporters of a candidate stabbed ...", as the small model parses it)
        noun = verb.head
        while (
            noun.dep_ == "pobj"
            and noun.head.lower_ in ("of", "from")  # "students from two schools clashed"
            and noun.head.head.pos_ == "NOUN"
        ):
            noun = noun.head.head
        return f"{noun.text} {verb.head.text}" if noun.i != verb.head.i else noun.text
    return " ".join(t.text for s in subjects for t in s.subtree)


#: Where the sides named after "between" end: a site, a time, a reason or a new clause.
_SIDES_END = frozenset({",", ".", ";", "(", "at", "on", "near", "over", "after", "when", "while"})


def _lost_between(trigger: Token) -> str:
    """The sides after a noun trigger's "between" that the parse read as part of a number."""
    doc = trigger.doc
    if trigger.pos_ != "NOUN":
        return ""
    after = doc[trigger.i + 1 : trigger.i + 4]
    start = next((t.i + 1 for t in after if t.lower_ == "between"), None)
    if start is None:
        return ""
    end = start
    while end < min(len(doc), start + 16) and doc[end].lower_ not in _SIDES_END:
        end += 1
    return doc[start:end].text


def _people_facing_forces(agents: str) -> bool:
    """Whether of the sides of a fight one is state forces and another people who are not
    armed men ("a clash between a group of police and 8 or 9 persons")."""
    sides = re.split(r"\band\b|\bwith\b|,", agents)
    forces = any(FORCE_WORDS.search(side) for side in sides)
    people = any(
        (_NAMED_CROWD.search(side) or re.search(r"\b(?:people|persons)\b", side, re.I))
        and not ARMED_WORDS.search(side)
        for side in sides
    )
    return forces and people


#: What a mob strikes with: stones, sticks, a hammer (no arms).
_MOB_MEANS = re.compile(r"\b(stones?|rocks?|bricks?|sticks?|clubs?|rods?|hammers?|bats?)\b", re.I)


def _mob_act(trigger: Token, text: str) -> bool:
    """ "lynched a thief", "pelted stones at a bus", "attacked them with bricks"."""
    lemma = trigger.lemma_.lower()
    struck = lemma in ("throw", "hurl", "attack", "assault", "beat", "hit")
    return lemma in ("lynch", "pelt") or (struck and bool(_MOB_MEANS.search(text)))


#: Both sides shooting: a battle between armed men, whatever the report calls them.
_GUNFIGHT = re.compile(
    r"\b(exchang\w* (?:of )?(?:gun ?)?(?:fire|shots)|(?:gun ?fire|shots|gunshots) (?:were|was) "
    r"exchanged|gun ?battles?|gun ?fights?|fire ?fights?|shoot-?outs?)\b",
    re.I,
)


def riot_coding(
    category: str, trigger: Token, text: str, *, armed_actor: bool = False
) -> tuple[str, str, str] | None:
    """Category, event type and sub-event type when a crowd, not armed men, did the violence;
    ``None`` otherwise.

    Parameters
    ----------
    category : str
        The trigger's category: a generic act of violence, or a protest.
    trigger : spacy.tokens.Token
        The event's word.
    text : str
        Its sentence.
    armed_actor : bool
        The sentence's first actor is an armed organisation (a rebel group or militia, foreign
        forces): then it is no riot, whoever its members or supporters are. State forces on
        the other side of a crowd do not stop a riot ("villagers clashed with the police").
    """
    if armed_actor or (
        category not in GENERIC_VIOLENCE and category not in ("protest", "looting/destruction")
    ):
        return None
    if category == "protest":
        text = _own_acts(trigger)  # "marched to demand an end to clashes": no clash here
    if _GUNFIGHT.search(text) or (category == "armed clash" and names_remote_weapon(text)):
        # "shots were exchanged between the cadres and the police", "killed in shelling and
        # clashes": armed sides
        return None
    # "five people were injured", "a supporter was attacked": victims, not a crowd that did
    # violence, but those who clashed ("killed in clashes with ...") or were lynched are a crowd
    victims = category in ("casualties", "attack", "abduction") and trigger.lemma_ != "lynch"
    agents = _agent_words(trigger, passive=not victims)
    if category == "armed clash" and _HERDING.search(agents or text):
        return None  # farmers and herders clashing: a communal battle (identity militias)
    # "supporters and the police clashed": the crowd is the first side named
    first_side = re.split(r"\band\b|\bwith\b|,", agents, maxsplit=1)[0]
    crowd = bool(_CROWD.search(agents)) and not ARMED_WORDS.search(first_side)
    if crowd and not _NAMED_CROWD.search(agents) and ARMED_WORDS.search(agents):
        crowd = False  # "a clash between FARDC forces and two armed men"
    if not crowd and _STRONG_CROWD.search(agents) and not _FIGHTERS.search(agents):
        crowd = True  # "clashes between police and rioters": a riot, the police its other side
    if not crowd and _mob_act(trigger, text) and not ARMED_WORDS.search(agents):
        crowd = True  # a lynching, stones thrown: what unarmed crowds do
    if not crowd and category == "armed clash" and _people_facing_forces(agents):
        crowd = True  # "clashes between soldiers and residents": people fought the forces
    named = riot_named(trigger.sent)
    if crowd and _FIREARMS.search(text) and not _CROWD.search(re.sub(r"\bmen\b", "", agents)):
        crowd = False  # "two men shot dead a trader": armed men
    if category == "protest":
        # a protest is a crowd: acts only crowds do make it violent, whoever the subject is
        # ("rioters took to the streets": a crowd the report calls rioters riots)
        rioters = named
        if not ((_RIOTING.search(text) and crowd) or _CROWD_VIOLENCE.search(text) or rioters):
            return None
    elif not (crowd or named):
        return None  # "inmates rioted and attacked the guards": the riot the report names
    # a riot the report names is a demonstration turned violent, unless among the held, between
    # crowds only, or done to people who are no forces
    among_crowds = crowds_fought(text) and not FORCE_WORDS.search(text)
    on_people = victims and not FORCE_WORDS.search(text)
    demonstrating = named and not (_CONFINED.search(text) or among_crowds or on_people)
    sub_event = (
        "Violent demonstration" if _DEMONSTRATING.search(text) or demonstrating else "Mob violence"
    )
    return "protest", "Riots", sub_event
