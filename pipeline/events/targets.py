"""Who an act's targets are: people who are not armed (civilians in ACLED's coding), armed
men, or a body the dictionary does not know; and whether an act is violence against civilians.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.events.kinds import CIVILIAN_NOUNS, out_of_service
from pipeline.events.riotsides import ARMED_WORDS, unarmed_object
from pipeline.events.weapons import GENERIC_VIOLENCE, armed_target_named, both_fired

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "against_civilians",
    "armed_doer",
    "armed_target",
    "harmed_people",
    "harms_civilians",
    "people_on_forces",
    "victim_nouns",
]

_HARMING = frozenset({"kill", "injure", "wound", "hurt", "shoot", "hit", "maim", "beat"})


def harmed_people(trigger: Token) -> bool:
    """Whether the sentence says people who are not armed were harmed ("one person was
    injured", "killing two farmers", "an off-duty police officer was killed", "traders were
    targeted", "leaving one person wounded"), whatever event word it hangs from."""
    return any(
        t.dep_ in ("dobj", "nsubjpass")
        and (t.head.lemma_.lower() in _HARMING or _left_harmed(t) or _targeted(t))
        and (t.lemma_.lower() in CIVILIAN_NOUNS or out_of_service(t))
        for t in trigger.sent
    )


def _targeted(person: Token) -> bool:
    """ "traders were targeted": people a passive "target" names (not a name's word: "Imam" of
    a village's name)."""
    passive = person.dep_ == "nsubjpass" and person.head.lemma_.lower() == "target"
    return passive and person.pos_ != "PROPN"


def _left_harmed(person: Token) -> bool:
    """ "leaving one person wounded": the object of "leave" with a harming word as its state."""
    verb = person.head
    return verb.lemma_.lower() == "leave" and any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acl", "amod") and c.lemma_.lower() in _HARMING
        for c in (*verb.children, *person.children)  # ("wounded" may hang on the person)
    )


def victim_nouns(trigger: Token) -> bool:
    """Whether the event's victims, as its words govern them, are people who are not armed
    ("a teacher was shot", "killed two farmers"): objects and passive subjects of the event's
    verb (or of the verb a noun trigger hangs from)."""
    if trigger.lemma_.lower() in ("body", "corpse"):
        # "the bodies of two farmers were found", "his body was found": the dead, unless armed
        owners = [o for p in trigger.children if p.lower_ == "of" for o in p.children]
        return all(o.lemma_.lower() in CIVILIAN_NOUNS or out_of_service(o) for o in owners)
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for word in (trigger, verb, *verb.conjuncts):  # "shot and killed two IDPs"
        for child in word.children:
            if child.dep_ in ("dobj", "nsubjpass") and (
                child.lemma_.lower() in CIVILIAN_NOUNS or out_of_service(child)
            ):
                return True  # "a teacher was shot", "a former soldier was killed"
    return False


#: Places of unarmed people: a blast or shelling there, with no armed target, hit civilians.
_CIVILIAN_SITES = re.compile(
    r"\b(bus|market\w*|house\w*|homes?|village|vehicles?|cars?|bars?|shops?|mosques?|churche?s?|"
    r"schools?|hospitals?|restaurants?|hotels?|weddings?|funerals?|mourners|residential|"
    r"neighbou?rhoods?|farms?|fields?|camp for|offices?|halls?|cooperatives?|compan(?:y|ies)|"
    r"factor(?:y|ies)|stores?|buildings?|premises|residences?)\b",
    re.I,
)


def harms_civilians(
    category: str, event_type: str, sub_event_type: str, trigger: Token, text: str
) -> bool:
    """Victims the codebook names Civilians though they are no type of violence against
    civilians: remote violence on people or their places, looting, a mob's victims."""
    if category == "looting/destruction" or sub_event_type == "Looting/property destruction":
        return True
    if event_type == "Riots":
        # a mob's victims, whoever the words call them ("lynched a suspected thief")
        mob = sub_event_type == "Mob violence" and unarmed_object(trigger)
        return mob or victim_nouns(trigger) or harmed_people(trigger)
    if event_type != "Explosions/Remote violence" or armed_target_named(trigger):
        return False
    if harmed_people(trigger):
        return True
    if sub_event_type == "Air/drone strike" and _unharmed(trigger):
        return False  # "jets bombed farms outside the town; no one was hurt": no side hit
    return bool(_CIVILIAN_SITES.search(text))


#: A report that no one was harmed ("no casualties were reported", "neither injuries nor
#: fatalities", "no one was hurt").
_UNHARMED = re.compile(
    r"\b(?:no (?:reported )?(?:casualt(?:y|ies)|injur(?:y|ies)|fatalit(?:y|ies)|deaths)"
    r"(?: (?:or|and|nor) (?:injuries|casualties|fatalities|deaths))?|"
    r"no(?: ?one| person|body) (?:was|were) (?:hurt|harmed|injured|killed|wounded)"
    r"(?: or (?:hurt|harmed|injured|killed|wounded))?|"
    r"neither (?:injuries|casualties|fatalities|deaths) nor|"
    r"without (?:causing )?(?:any )?(?:casualties|injuries))\b",
    re.I,
)


#: Harm told besides ("two were wounded but no deaths were reported").
_HARM = re.compile(r"\b(?:injur\w*|wound\w*|hurt|kill\w*|dead|died|deaths?)\b", re.I)


def _unharmed(trigger: Token) -> bool:
    """Whether the event's sentence, or the one after it, says no one was harmed, and tells
    of no harm besides."""
    sent, doc = trigger.sent, trigger.doc
    after = doc[sent.end].sent if sent.end < len(doc) else None
    text = sent.text + " " + (after.text if after is not None else "")
    rest = _UNHARMED.sub(" ", text)
    return rest != text and not _HARM.search(rest)


def people_on_forces(
    category: str, inter1: int | None, rel1: str, inter2: int | None, rel2: str
) -> bool:
    """Unarmed people (civilians, inter 7) who are no victims, and forces who are the patient
    of an act of violence."""
    return (
        category in GENERIC_VIOLENCE
        and category != "casualties"  # "208 were killed, 66 soldiers and 30 civilians": a toll
        and inter1 == 7
        and rel1 != "patient"
        and inter2 in (1, 8)
        and rel2 == "patient"
    )


#: Words of an armed body's name beyond those of armed men ("... Liberation Front").
_ARMED_BODY = re.compile(
    r"\b(fronts?|brigades?|battalions?|liberation|resistance|mujahid\w*|jihad\w*|"
    r"defen[cs]e|self-defen[cs]e|militia\w*)\b",
    re.I,
)


def armed_target(actor2: str, inter2: int | None) -> str:
    """The second actor as a target that may be armed: a body the dictionary does not know
    whose name says nothing armed ("Youth Association", "a TV channel", a party's members)
    is no armed target (ACLED: its members are civilians)."""
    unknown = bool(actor2) and inter2 is None
    if unknown and not ARMED_WORDS.search(actor2) and not _ARMED_BODY.search(actor2):
        return ""
    return actor2


def armed_doer(inter: int | None, relation: str) -> bool:
    """An armed first actor that did the harm: the agent, or an armed group the parse could
    not tie to the verb ("unknown gunmen aboard a motorbike shot dead a marabout")."""
    return (inter in (1, 2, 3, 4, 8) and relation == "agent") or (
        inter in (2, 3, 4) and relation == "other"
    )


def against_civilians(category: str, trigger: Token, armed_agent: bool, actor2: str) -> bool:
    """ "gunmen attacked a village", "a teacher was killed by militants", "soldiers shot two
    farmers": an attack, or a killing by armed men, with no armed target."""
    if category not in ("attack", "casualties") or actor2 or both_fired(trigger.sent.text):
        return False
    if victim_nouns(trigger):
        return True
    if trigger.lemma_.lower() == "ambush":
        return False  # an ambush with no people named as its victims is on armed men
    return (category == "attack" or armed_agent) and not armed_target_named(trigger)
