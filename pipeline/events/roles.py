"""Who did what to whom: order a sentence's actors as actor1 (agent) and actor2 (target)
from their parse relation to the event's trigger words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.events.actors import ActorRef
from pipeline.events.kinds import CIVILIAN_NOUNS
from pipeline.events.weapons import PLANTING, SETTING_OFF

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["assign_roles"]

_PATIENT_PREPS = frozenset({"on", "against", "with", "at", "to", "from", "toward", "towards"})
_AGENT_DEPS = frozenset({"nsubj", "poss", "amod", "compound", "nmod"})

#: Verbs whose object is an act and whose subject its doer: "X carried out an operation",
#: "X launched airstrikes", "X staged an ambush".
_DOING_VERBS = frozenset(
    {"carry", "launch", "conduct", "stage", "mount", "execute", "perform", "wage", "unleash",
     "initiate", "undertake", "lead", "commit", "orchestrate"}
)  # fmt: skip


#: Verbs whose subject does the act or uses the device that is their object.
_DOER_VERBS = _DOING_VERBS | SETTING_OFF


def _doer_of(doc: Doc, actor: ActorRef, trigger: int) -> bool:
    """Whether the actor is the subject (or a conjunct of it) of a doing verb whose object
    is the trigger ("FAMa and Wagner forces carried out an operation")."""
    act = doc[trigger]
    verb = act.head
    if act.dep_ != "dobj" or verb.lemma_.lower() not in _DOER_VERBS:
        return False  # ("a man set off a bomb", "threw a grenade": the device's user)
    token = doc[actor.head]
    while token.dep_ in ("conj", "compound", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.i == verb.i


#: What a vehicle strikes that strikes it: "a convoy struck an IED", "hit a landmine".
_DEVICES = frozenset({"ied", "ieds", "mine", "mines", "landmine", "landmines", "bomb", "bombs",
                      "explosive", "explosives", "device", "devices"})  # fmt: skip


def _struck_device(verb: Token) -> bool:
    """ "a FAMa vehicle struck an IED (planted by X)": the striker is the one hit."""
    if verb.lemma_.lower() not in ("strike", "hit", "step", "run", "drive"):
        return False
    return any(
        t.lower_ in _DEVICES
        for c in verb.children
        if c.dep_ in ("dobj", "ccomp", "prep")
        for t in (c, *c.children)
    )


def _planter(token: Token) -> bool:
    """ "an IED planted by JNIM militants": the one who laid the device."""
    by = token.head
    return token.dep_ == "pobj" and by.dep_ == "agent" and by.head.lemma_.lower() in PLANTING


def _subject_shared(token: Token, triggers: Sequence[int]) -> bool:
    """Whether ``token`` is the subject of a verb joined to a trigger that has none of its own
    ("two robbers were set ablaze and killed": the robbers were killed)."""
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        verb.i in triggers and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        for verb in token.head.conjuncts
    )


def _person_hit(verb: Token) -> bool:
    """Whether the verb's object or passive subject is a person who is no armed man ("shot a
    farmer", "a herder was killed")."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CIVILIAN_NOUNS
        for c in verb.children
    )


def _suffered(trigger: Token, head: int) -> bool:
    """Whether the trigger is a past participle describing the actor's noun ("[students]
    assaulted female police officers" parsed as an adjective of "officers")."""
    return (
        trigger.head.i == head
        and trigger.i < head
        and trigger.dep_ == "amod"
        and trigger.tag_ in ("VBN", "VBD")
    )


def _relation(doc: Doc, actor: ActorRef, triggers: Sequence[int], speech: bool) -> str:
    """``agent``, ``patient`` or ``other``: how an actor's head hangs off a trigger."""
    if any(_suffered(doc[t], actor.head) for t in triggers):
        return "patient"  # "assaulted police officers": the participle names who suffered it
    if actor.head in triggers or any(actor.start <= t < actor.end for t in triggers):
        return "agent"  # "Russian criticism", "Syrian attacks": the actor is in the trigger
    token = doc[actor.head]
    via_prep = ""
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            break
        if (
            token.dep_ == "nsubj"
            and _struck_device(head)
            and any(t in triggers for t in (c.i for c in head.children))
        ):
            return "patient"  # "an army vehicle hit an IED": the device is the event word
        if head.i in triggers or _subject_shared(token, triggers):
            dep = token.dep_
            if head.lemma_.lower() in ("body", "corpse") and dep != "agent" and via_prep != "by":
                return "patient"  # "the soldier's body", "the bodies of two policemen"
            if dep == "nsubj" and _struck_device(head):
                return "patient"  # "a FAMa vehicle struck an IED": FAMa was hit
            if dep in _AGENT_DEPS or dep == "agent" or via_prep == "by":
                return "agent"
            if via_prep == "at" and _person_hit(head):
                return "site"  # "a herder was shot dead at a checkpoint": where, not whom
            if dep in ("dobj", "nsubjpass", "dative") or via_prep in _PATIENT_PREPS:
                return "patient"
            if dep == "prep" and token.lower_ == "between":
                return "agent"
            return "other"
        if token.dep_ == "pobj":
            via_prep = head.lower_
        elif token.dep_ == "conj":
            pass
        elif token.dep_ in ("prep", "agent"):
            via_prep = token.lower_ if token.dep_ == "prep" else "by"
        token = head
    if any(_doer_of(doc, actor, trig) for trig in triggers) or _planter(doc[actor.head]):
        return "agent"
    # The subject of a verb above the trigger: "Russia released a statement", "Erdogan said
    # they had sent a message" (pronoun subjects in between are skipped).
    for trig in triggers[:1] if speech else ():
        for verb in doc[trig].ancestors:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(actor.start <= c.i < actor.end or c.i == actor.head for c in subjects):
                return "speaker"
    return "other"


def assign_roles(
    doc: Doc, actors: Sequence[ActorRef], triggers: Sequence[int], *, speech: bool = False
) -> list[tuple[ActorRef, str]]:
    """Each actor of a sentence with its relation to an event: ``agent`` (subjects,
    possessors, "by X"), ``speaker`` (the subject of a saying verb above the trigger),
    ``patient`` ("on X", "with X", objects), ``site`` (a forces' post where people were
    harmed: no side) or ``other``, ordered agents
    first, then patients, then the rest by distance to the trigger. The ``speaker`` relation is
    only looked for with ``speech`` (statements, agreements, deployments).
    """
    rank = {"agent": 0, "speaker": 1, "patient": 2, "other": 3, "site": 4}
    anchor = triggers[0] if triggers else 0
    tagged = [(a, _relation(doc, a, triggers, speech)) for a in actors]
    return sorted(tagged, key=lambda pair: (rank[pair[1]], abs(pair[0].head - anchor)))
