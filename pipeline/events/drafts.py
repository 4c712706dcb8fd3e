"""A sentence's trigger words grouped into event drafts: violent words into one event named by
ACLED's precedence, other kinds one event each, background and demands left out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.events.accusations import spoken_charge
from pipeline.events.background import foreground
from pipeline.events.crowds import CROWD_ACTS, protest_cause
from pipeline.events.labels import LabelCoding
from pipeline.events.modality import ASSERTED, THREAT, modality_of
from pipeline.events.raids import raid_coded_by_its_acts
from pipeline.events.statements import said_as_news
from pipeline.events.triggerchecks import (
    PROTESTERS,
    WEAPON_NOUNS,
    by_crowd,
    in_grievance,
    own_clause,
    refers_back,
)
from pipeline.events.triggers import VIOLENT_PRECEDENCE, Trigger, find_triggers, without_frames
from pipeline.events.weapons import with_ground_fighting

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Draft", "drafts_of"]

_VIOLENT = frozenset(VIOLENT_PRECEDENCE)
_SAID = "statement/threat"
_CHARGE = "accusation"
_TALKS = "meeting/talks"
_SPEECH = frozenset({_SAID, _CHARGE, _TALKS})


#: Words of a crowd's stance on what it names: its condemnation, anger or demand.
_STANCE_WORDS = frozenset(
    {"condemn", "denounce", "decry", "deplore", "demand", "oppose", "reject", "express", "urge",
     "solidarity", "discontent", "anger", "outrage", "grievance", "frustration"}
)  # fmt: skip


def _stance_on(token: Token) -> bool:
    """Whether a violent word is only what someone condemns, demands or is angry about
    ("The group condemned the invasion of Ukraine", "expressed their discontent over the
    attacks"): after a protest, the crowd's cause, not an event of the report."""
    return any(a.lemma_.lower() in _STANCE_WORDS for a in token.ancestors)


@dataclass(frozen=True, slots=True)
class Draft:
    """One event a sentence tells: its category, trigger tokens, whether it is only threatened,
    and the report's label that codes it."""

    category: str
    triggers: tuple[int, ...]
    threat: bool
    label: LabelCoding | None = None


def drafts_of(sent: Span, after_protest: bool = False) -> list[Draft]:
    """Group a sentence's asserted triggers into event drafts.

    Parameters
    ----------
    sent : spacy.tokens.Span
        The sentence.
    after_protest : bool
        Whether a protest was told in the two sentences before: violence only named as what
        its crowd condemns or is angry about ("The group condemned the invasion of Ukraine")
        is the protest's cause, no event.
    """
    violent: list[Trigger] = []
    others: dict[str, list[int]] = {}
    threats: list[int] = []
    modalities = {t: modality_of(sent.doc[t.token], t.category) for t in find_triggers(sent)}
    said = without_frames([t for t, m in modalities.items() if m in (ASSERTED, THREAT)])
    for trigger in foreground(said, sent, _VIOLENT):
        modality = modalities[trigger]
        if modality == THREAT:
            threats.append(trigger.token)
        elif modality != ASSERTED:
            continue
        elif trigger.category in VIOLENT_PRECEDENCE:
            violent.append(trigger)
        else:
            others.setdefault(trigger.category, []).append(trigger.token)
    if sent.start > 0 and any(t.category == "casualties" for t in violent):
        # "five were injured in the clash": the clash named again, its toll told
        violent = [t for t in violent if not refers_back(sent.doc[t.token])] or violent
    protest = others.get("protest", [])
    cause = {i for p in protest for i in protest_cause(sent.doc[p])}
    if violent and protest and all(sent.doc[i].lemma_.lower() in PROTESTERS for i in protest):
        del others["protest"]  # "two demonstrators were killed": no new protest
    elif protest and all(in_grievance(sent.doc[t.token]) or t.token in cause for t in violent):
        violent = []  # "protested against the invasion of Ukraine": the protest's cause
    elif after_protest and violent and all(_stance_on(sent.doc[t.token]) for t in violent):
        violent = []  # "The group condemned the invasion of Ukraine": the crowd's cause
    acts = {t.token for t in violent} | set(others.get("protest", []))
    harm = {t.token for t in violent}
    done = harm | {i for c, tokens in others.items() if c not in _SPEECH for i in tokens}
    news = {
        _CHARGE: lambda i: spoken_charge(sent.doc[i], acts),
        _SAID: lambda i: said_as_news(sent.doc[i], _SAID, done, after_protest),
        _TALKS: lambda i: said_as_news(sent.doc[i], _TALKS, harm, after_protest),
    }
    # words that are no news of their own are left out, the rest kept in their order
    others = {
        category: kept
        for category, tokens in others.items()
        if (kept := [i for i in tokens if category not in news or news[category](i)])
    }
    if "protest" in others or any(by_crowd(sent.doc[i]) for i in others.get(_SAID, [])):
        others.pop(_SAID, None)  # "protesters demanding ...", "the protesters demanded ..."
    if seized := [t.token for t in modalities if t.category == "weapons seized"]:
        # "defused an IED", "seized bombs", also "was asked to defuse the bombs": the weapons
        # named are no explosion (not "... and three of the bombs went off": a verb joined to
        # it tells its own act)
        held = {t.i for i in seized for t in own_clause(sent.doc[i])}
        violent = [
            t
            for t in violent
            if t.token not in held
            or sent.doc[t.token].pos_ == "VERB"
            or _went_off(sent.doc[t.token])
        ]
    if violent and all(_only_laid(sent.doc[t.token]) for t in violent) and not _harm_told(sent):
        # "a bomb was planted at the school": a weapon only laid is no explosion (not where
        # the sentence tells harm or a blast: "planted a bomb that killed three", "placed an
        # IED under the car and it blew up")
        violent = []
    if raid_coded_by_its_acts((sent.doc[t.token] for t in violent), others, sent.text):
        violent = []  # "arrested 7 men during a raid", "attacked a village and looted phones"
    if violent or "protest" in others:
        # "attacked the village and killed two", "seized weapons after the clash",
        # "protesters burned tyres": one event, coded by its violence or its crowd
        for absorbed in ("looting/destruction", "weapons seized"):
            others.pop(absorbed, None)
    drafts: list[Draft] = []
    if violent:
        first = min((t.category for t in violent), key=VIOLENT_PRECEDENCE.index)
        category = with_ground_fighting(first, sent.text)
        ordered = sorted(violent, key=lambda t: VIOLENT_PRECEDENCE.index(t.category))
        drafts.append(Draft(category, tuple(t.token for t in ordered), False))
    for category, tokens in others.items():
        drafts.append(Draft(category, tuple(tokens), False))
    if threats and "statement/threat" not in others:
        drafts.append(Draft("statement/threat", tuple(threats), True))
    if not drafts and not modalities:
        # "rioters cut the main road": what a crowd the report calls rioters did, told by no
        # word of violence or protest
        rioters = [
            t.i
            for t in sent
            if t.lemma_.lower() == "rioter"
            and t.dep_ == "nsubj"
            and t.head.lemma_.lower() in _RIOTERS_ACTS
            and not any(c.dep_ == "neg" or c.lower_ in _MAY for c in t.head.children)
        ]
        drafts.extend(Draft("protest", (i,), False) for i in rioters[:1])
    return drafts


#: Verbs of a weapon going off.
_WENT_OFF = frozenset({"explode", "detonate", "go", "blow"})
_MAY = frozenset({"could", "would", "might", "may", "can", "should"})


def _went_off(weapon: Token) -> bool:
    """Whether the text tells the weapon went off ("a bomb that later exploded", "a mine,
    which blew up"), whatever was done to it first; not one that could have or did not
    ("a bomb which could have killed dozens", "a bomb that did not explode")."""
    return any(
        c.dep_ in ("relcl", "acl")
        and c.lemma_.lower() in _WENT_OFF
        and not any(a.dep_ == "neg" or a.lower_ in _MAY for a in c.children)
        for c in weapon.children
    )


#: Verbs of laying a weapon for later.
_LAYING = frozenset({"plant", "place", "lay", "hide", "bury"})


#: What a crowd does, also to a place or a road ("rioters cut the road", "shut the field").
_RIOTERS_ACTS = CROWD_ACTS | {
    "cut", "shut", "close", "invade", "break", "smash", "chase", "seize", "overrun", "stone",
    "besiege", "surround"
}  # fmt: skip
#: Words of harm done or a weapon going off.
_HARM = frozenset(
    {"kill", "wound", "injure", "hurt", "destroy", "damage", "explode", "detonate", "die",
     "dead", "casualty", "injury", "fatality", "blast", "explosion"}
)  # fmt: skip


#: Words that deny harm or tell it only as meant or feared.
_NO_HARM = frozenset({"no", "nobody", "none", "not", "never", "fail", "before", "to"} | _MAY)


def _harm_told(sent: Span) -> bool:
    """Whether a sentence tells harm done or a weapon going off ("blew up", "went off"), not
    harm denied, meant or feared ("but nobody was hurt", "failed to explode", "planted mines
    to kill soldiers", "found before it could go off")."""
    for t in sent:
        harm = t.lemma_.lower() in _HARM or (
            t.lemma_.lower() in ("blow", "go")
            and any(c.lower_ in ("up", "off") for c in t.children)
        )
        words = {c.lower_ for c in t.children} | {c.lower_ for c in t.head.children}
        if harm and not words & _NO_HARM and t.head.lemma_.lower() not in _NO_HARM:
            return True
    return False


def _only_laid(weapon: Token) -> bool:
    """Whether ``weapon`` is only told as laid ("a bomb was planted", "planted an IED") and not
    as going off."""
    return (
        weapon.lemma_.lower().removesuffix("s") in WEAPON_NOUNS
        and weapon.dep_ in ("dobj", "nsubjpass")
        and weapon.head.lemma_.lower() in _LAYING
        and not _went_off(weapon)
    )
