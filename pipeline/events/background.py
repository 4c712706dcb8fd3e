"""Events told as background: what a protest is about ("protesters marched after police
killed a man", "a sit-in demanding justice for the murdered journalist"), which was reported
on its own, and past events a report recalls ("He was killed on 13 December 1998").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from pipeline.events.deathcauses import RECALLING
from pipeline.events.triggerchecks import refers_back
from pipeline.events.triggers import Trigger
from pipeline.models import Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["foreground", "past_background", "retold"]

#: Prepositions that attach an earlier or other event to the reported one.
_BACKGROUND_PREPS = frozenset({"after", "following", "over", "against", "amid", "despite", "since"})
_EARLIER = frozenset({"earlier", "previous", "prior", "recent"})
#: What recalls an event told before: the place it happened, its anniversary.
_RECALLED = RECALLING | {"site", "scene", "aftermath"}
_EARLIER_ADVERBS = frozenset({"earlier", "ago", "before"})
_RESPONSE_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction"})
#: Verbs whose object is what a crowd or a statement is about, not what happened here.
_ABOUT_VERBS = frozenset(
    {"demand", "condemn", "denounce", "mourn", "commemorate", "remember", "honour", "honor",
     "investigate", "decry", "oppose"}
)  # fmt: skip


def _in_background(token: Token) -> bool:
    """Whether a trigger hangs below a background preposition ("after ... killed"), is what
    a verb of demanding or mourning is about, or recalls an event told before ("the site of
    the attack", "an attack which killed two days earlier")."""
    word = token
    for _ in range(8):
        head = word.head
        if head.i == word.i:
            return False
        if word.dep_ == "prep" and word.lower_ in _BACKGROUND_PREPS:
            return True
        if word.dep_ == "pobj" and word.lemma_.lower() in _RESPONSE_NOUNS:
            return True  # "in retaliation for Taliban attacks"
        if any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_PREPS for c in word.children):
            return True  # "after police killed a trader"
        if head.lemma_.lower() in _ABOUT_VERBS and head.i != token.i:
            return True
        if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _RECALLED:
            return True  # "gathered at the site of the grenade attack"
        if word.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS for c in word.children
        ):
            return True  # "the attack which killed one woman several days earlier"
        if word.dep_ == "relcl" and head.dep_ in ("nsubjpass", "dobj"):
            return True  # "a man who killed his wife was seized by a mob": what he had done
        word = head
    return False


def foreground(triggers: Sequence[Trigger], sent: Span, violent: frozenset[str]) -> list[Trigger]:
    """The sentence's triggers without those in the background: of a protest, which is about
    an event reported as news of its own ("marched after police killed a trader"); and of
    violence told in the foreground ("in retaliation for Taliban attacks, soldiers killed three
    militants": the killing is the event, and its doers the first actor). Other reports keep
    their background events ("troops were sent after jihadists attacked a post, killing
    seven": only this report may tell the attack).

    Parameters
    ----------
    triggers : sequence of Trigger
        The sentence's trigger words.
    sent : spacy.tokens.Span
        The sentence.
    violent : frozenset of str
        The categories of violence.
    """
    doc = sent.doc
    back = {t.token for t in triggers if _in_background(doc[t.token])}
    # "burned down houses following an earlier attack": an event the words say came before is
    # no event of this sentence when it tells another
    before = {i for i in back if any(c.lower_ in _EARLIER for c in doc[i].children)}
    if any(t.token not in before for t in triggers):
        triggers = [t for t in triggers if t.token not in before]
    front = [t for t in triggers if t.token not in back]
    if any(t.category == "protest" for t in front):
        return front
    # (a burning or a looting told in front: "after a policeman shot a mechanic, citizens
    # burned the police station")
    if any(t.category in violent or t.category == "looting/destruction" for t in front):
        return [t for t in triggers if t.category not in violent or t.token not in back]
    return list(triggers)


def past_background(events: list[Event]) -> list[Event]:
    """The events without those a report dates only by a year before its news ("On 23 August
    2020, the offices were set on fire. Its director, who suffered a kidnap attempt in 2019,
    ...") or by a day more than a year before its latest: background told for context, not
    news of this report."""
    years = [e.event_date.year for e in events if e.time_precision == 1 and e.event_date]
    if not years:
        return events
    news = min(years)
    # "Protesters demanded justice for Zongo. He was killed on 13 December 1998.": a day
    # more than a year before the report's latest is a past event recalled
    latest = max(e.event_date for e in events if e.event_date)
    return [
        e
        for e in events
        if not (
            e.event_date
            and (
                ("year given" in e.notes and e.event_date.year < news)
                or e.event_date < _year_before(latest)
            )
        )
    ]


def _year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def retold(trigger: Token, event: Event, unnamed: str) -> bool:
    """Whether a sentence only names again an event told before ("The attacks are believed to
    be related to the lockdown.", "The raids took place on or before 10 September."): its
    event word has "the" or "these", and it gives no day, place, doer or toll of its own.
    ``unnamed``: the name of an unidentified doer, which names nobody."""
    return (
        refers_back(trigger)
        and "no date in the sentence" in event.notes
        and "no place in the sentence" in event.notes
        and event.fatalities is None
        and event.wounded is None
        and (not event.actor1 or event.actor1.startswith(unnamed))
    )
