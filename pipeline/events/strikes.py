"""Strikes that are stoppages of work, not blows: "a general strike", "went on strike", "a
72-hour strike called by the union" are people who protest by stopping work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["labour_strike"]

#: Words that make a strike a stoppage of work, not a blow.
_STOPPAGE = frozenset(
    {"general", "hunger", "labour", "labor", "nationwide", "indefinite", "teacher", "worker",
     "transport", "doctor", "sit-down", "wildcat", "trader", "driver", "union", "student",
     "nurse", "staff", "employee", "miner", "lawyer", "partial", "total", "one-day"}
)  # fmt: skip


#: What people do with a strike of theirs: call it, hold it, start it.
_CALLING = frozenset(
    {"observe", "call", "enforce", "declare", "hold", "stage", "begin", "end", "join"}
)  # fmt: skip
#: People who go on strike.
_STRIKERS = frozenset(
    {"worker", "teacher", "doctor", "nurse", "employee", "staff", "miner", "driver", "trader",
     "student", "lawyer", "union", "servant", "labourer", "laborer", "farmer", "vendor"}
)  # fmt: skip


def labour_strike(token: Token) -> bool:
    """ "a general strike", "went on strike", "observed a strike", "a hunger strike": people who
    stop work to protest, not an air strike."""
    if token.pos_ != "NOUN":
        # "striking workers", "the teachers are striking": people who strike, hitting nothing
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        hits = any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
        return not hits and (
            (token.dep_ == "amod" and token.head.lemma_.lower() in _STRIKERS)
            or any(s.lemma_.lower() in _STRIKERS for s in subjects)
        )
    by = [g for c in token.children if c.lower_ == "by" for g in c.children]
    if any(c.lemma_.lower() in _STOPPAGE for c in [*token.children, *by]):
        return True  # ("a strike by teachers")
    head = token.head
    if head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        return True  # "went on strike"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _CALLING for c in token.children):
        return True  # "a strike called by a splinter group"
    # "a 72-hour strike", "a three-day strike": how long work stopped
    lasting = (w for c in token.children if c.dep_ in ("amod", "compound") for w in c.subtree)
    return any(w.lower_ in ("hour", "day", "week") for w in lasting) or (
        token.dep_ == "dobj" and head.lemma_.lower() in _CALLING
    )
