"""Events a protest is about: "protesters marched after police killed a man", "a sit-in
demanding justice for the murdered journalist". The protest is the sentence's event; what it
is about was reported on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.events.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["foreground"]

#: Prepositions that attach an earlier or other event to the reported one.
_BACKGROUND_PREPS = frozenset({"after", "following", "over", "against", "amid", "despite", "since"})
_EARLIER = frozenset({"earlier", "previous", "prior", "recent"})
_RESPONSE_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction"})
#: Verbs whose object is what a crowd or a statement is about, not what happened here.
_ABOUT_VERBS = frozenset(
    {"demand", "condemn", "denounce", "mourn", "commemorate", "remember", "honour", "honor",
     "investigate", "decry", "oppose"}
)  # fmt: skip


def _in_background(token: Token) -> bool:
    """Whether a trigger hangs below a background preposition ("after ... killed") or is what
    a verb of demanding or mourning is about."""
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
    if any(t.category in violent for t in front):
        return [t for t in triggers if t.category not in violent or t.token not in back]
    return list(triggers)
