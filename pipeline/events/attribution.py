"""Whom a report holds responsible for an act it told without a doer: "The device was likely
planted by ISWAP militants", "JNIM claimed responsibility", "unknown gunmen (suspected to be
ISGS militants)"; and a report that says no group claimed it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.events.coding import UNIDENTIFIED
from pipeline.events.tolls import is_violent
from pipeline.lexicon.actor_dictionary import ActorRef
from pipeline.models import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["claimant", "no_claim", "with_claimants"]

_NO_CLAIM = re.compile(
    r"\b(?:no|none of the|not any)\b[^.;]{0,40}\bclaimed\b|\bnobody\b[^.;]{0,20}\bclaimed\b"
    r"|\byet to (?:be )?claim|\bunclaimed\b|\bno (?:\w+ )?claim of responsibility\b",
    re.IGNORECASE,
)
#: Words that hold someone responsible: "planted by", "claimed responsibility", "suspected to
#: be", "presumably", "blamed on".
_HELD_RESPONSIBLE = re.compile(
    r"\b(?:planted|laid|placed|perpetrated|committed|carried out|claimed) by\b"
    r"|\bclaimed (?:responsibility|the (?:attack|killing|bombing|blast|abduction|ambush))\b"
    r"|\bsuspected (?:to be|of being)\b|\bpresumably\b|\bbelieved to (?:be|have been)\b"
    r"|\battributed\b|\bblamed\b|\bcalling itself\b",
    re.IGNORECASE,
)


#: Words that tell a doer as unknown: a later sentence's guess does not name it (not "an
#: unknown number of civilians").
_UNKNOWN = re.compile(
    r"\b(?:unidentified|unknown)\b(?! (?:number|amount|quantity|date|time|reason|cause)\b)",
    re.IGNORECASE,
)
#: How far after the words of responsibility the group may be named ("planted by suspected
#: Islamic State West Africa Province militants").
_NEAR_CHARS = 40


def no_claim(text: str) -> bool:
    """Whether a report says no group claimed its act ("No group has claimed responsibility
    for the attack", "the unclaimed bombing"): the militants it tells of are not known."""
    return _NO_CLAIM.search(text) is not None


def claimant(refs: Sequence[ActorRef], sent: Span) -> ActorRef | None:
    """The armed group a sentence holds responsible: a named group (neither the state's forces
    nor civilians) named first right after "planted by", "suspected to be", "blamed on" ("The
    device was likely planted by ISWAP or Boko Haram militants"), or the one before "claimed
    responsibility"; ``None`` when there is none or the sentence says that no group claimed
    the act ("no immediate claim of responsibility")."""
    if _NO_CLAIM.search(sent.text):
        return None
    doc, base = sent.doc, sent.start_char
    groups = [r for r in refs if r.kind == "group" and r.inter not in (1, 5, 6, 7)]
    for match in _HELD_RESPONSIBLE.finditer(sent.text):
        start, end = base + match.start(), base + match.end()
        if match[0].lower().startswith("claimed") and not match[0].lower().endswith(" by"):
            before = [r for r in groups if doc[r.end - 1].idx < start]
            if before:
                return before[-1]
            continue
        after = [r for r in refs if 0 <= doc[r.start].idx - end <= _NEAR_CHARS]
        if after and after[0] in groups:
            return after[0]  # (not "planted by unknown men, injured 4 ISWAP defectors")
    return None


def with_claimants(
    events: list[Event],
    doc: Doc,
    refs_of: Callable[[int], Sequence[ActorRef]],
    name_of: Callable[[ActorRef, Event], tuple[str, int | None]],
) -> list[Event]:
    """The events with the group a later or the same sentence holds responsible as the doer of
    the last act of violence told without one (an unidentified armed group).

    Parameters
    ----------
    events : list of Event
        The article's events, in text order.
    doc : spacy.tokens.Doc
        The parsed article.
    refs_of : callable
        The actors of the article's sentence at an index.
    name_of : callable
        A group's name and inter code for one event (where it happened decides the code).
    """
    out = list(events)
    for index, sent in enumerate(doc.sents):
        if not _HELD_RESPONSIBLE.search(sent.text):
            continue
        group = claimant(refs_of(index), sent)
        if group is None:
            continue
        told = [i for i, e in enumerate(out) if e.evidence_start < sent.end_char and is_violent(e)]
        if not told or not out[told[-1]].actor1.startswith(UNIDENTIFIED):
            continue
        event = out[told[-1]]
        if event.evidence_start < sent.start_char and _UNKNOWN.search(event.evidence):
            continue  # "a landmine planted by an unidentified armed group": told as unknown
        name, inter = name_of(group, event)
        if inter is None and event.inter2 in (1, 8):
            inter = 2  # a group the dictionary does not know, fighting the state: rebels
        out[told[-1]] = replace(event, actor1=name, inter1=inter)
    return out
