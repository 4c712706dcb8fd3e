"""An actor restated is one actor, not two: in brackets right after it ("foreign troops (called
allied forces by residents)", "hired fighters (Wagner Group)", "security forces (FAMa)"), or
as the unnamed doers a sentence tells of after naming the group that did it ("ISGS militants
ambushed a patrol ..., the assailants took control")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pipeline.lexicon.actor_dictionary import ActorRef

__all__ = ["drop_restated", "drop_told_again"]

#: Kinds of actor named only by what they are, whose bracket may name them ("forces (FAMa)").
_UNNAMED = frozenset({"military", "forces", "generic"})
#: How far a bracket may reach (tokens) to restate the actor before it, and how many words
#: may come before the actor it restates it with ("called", "thought to be").
_REACH = 24
_LEAD = 4
#: Words that open a bracket adding an actor, not restating one.
_ADDING = frozenset({"and", "with", "along", "plus", "including", "together", "or", "not"})


def _bracket_after(ref: ActorRef, doc: Doc) -> tuple[int, int] | None:
    """The token span inside the bracket that opens where ``ref`` ends, if one does and it
    restates, not adds or counts ("(and BGP)", "(2 according to Taliban sources)")."""
    for opening in (ref.end - 1, ref.end):
        if 0 <= opening < len(doc) and doc[opening].text == "(":
            first = doc[opening + 1] if opening + 1 < len(doc) else None
            if first is None or first.like_num or first.lower_ in _ADDING:
                return None
            for close in range(opening + 1, min(len(doc), opening + _REACH)):
                if doc[close].text == ")":
                    return opening + 1, close
            return None
    return None


def _unnamed(ref: ActorRef) -> bool:
    return ref.kind in _UNNAMED and not ref.country


def drop_restated(refs: list[ActorRef], doc: Doc) -> list[ActorRef]:
    """The actors of a sentence, each restated one once: a named group in the bracket stands
    for forces named only by their kind before it ("hired fighters (Wagner Group)"), and
    forces named only by their kind in the bracket describe the group before it ("foreign
    troops (called allied forces by residents)": no second, allied, force).

    Examples
    --------
    >>> import spacy
    >>> from pipeline.lexicon.actor_dictionary import ActorRef
    >>> doc = spacy.blank("en")("hired fighters (Wagner Group) fired")
    >>> outer = ActorRef("generic", "", "", 2, 1, 0, 2, "hired fighters")
    >>> inner = ActorRef("group", "RU", "Wagner Group", 8, 4, 3, 5, "Wagner Group")
    >>> [r.name for r in drop_restated([outer, inner], doc)]
    ['Wagner Group']
    """
    dropped: set[int] = set()
    for n, outer in enumerate(refs):
        inside = _bracket_after(outer, doc)
        if inside is None or n in dropped:
            continue
        for m, inner in enumerate(refs):
            if m == n or not (inside[0] <= inner.start and inner.end <= inside[1] + 1):
                continue
            if inner.start - inside[0] > _LEAD:
                continue  # deep in the bracket: not what it restates
            if inner.kind == "group" and inner.inter is not None and _unnamed(outer):
                dropped.add(n)
            elif (outer.kind == "group" and outer.inter is not None and _unnamed(inner)) or (
                inner.name and inner.name == outer.name
            ):
                dropped.add(m)  # ("Russian trainers (thought to be Wagner Group)")
    return [ref for n, ref in enumerate(refs) if n not in dropped]


#: Words for unnamed armed men that, after "the", point back at the group named before them.
_BACK = frozenset(
    {"assailant", "assailants", "attacker", "attackers", "gunmen", "militants", "insurgents",
     "jihadists", "fighters", "raiders"}
)  # fmt: skip


#: Verbs of saying: their subject tells of the act, it does not do it ("Hezbollah said the
#: assailants who shot its official were unknown").
_SAYING = frozenset(
    {"say", "claim", "report", "accuse", "deny", "announce", "state", "blame", "tell", "add"}
)  # fmt: skip


def _doer(token: Token) -> bool:
    """Whether the word does the sentence's act: a subject, or the agent of a passive; not
    the subject of a verb of saying."""
    if token.dep_ == "nsubj":
        return token.head.lemma_.lower() not in _SAYING
    return token.dep_ == "pobj" and token.head.lower_ == "by"


def drop_told_again(refs: list[ActorRef], doc: Doc) -> list[ActorRef]:
    """The actors of a sentence without unnamed doers that only point back at a group it
    named as a doer before them ("ISGS militants ambushed a patrol ..., and five weapons were
    seized by the assailants": the assailants are ISGS, no second, unidentified, actor).

    Examples
    --------
    >>> import spacy
    >>> from pipeline.lexicon.actor_dictionary import ActorRef
    >>> doc = spacy.blank("en")("ISGS attacked , the assailants fled")
    >>> for word, dep in zip(doc, ["nsubj", "ROOT", "punct", "det", "nsubj", "conj"]):
    ...     word.dep_ = dep
    >>> group = ActorRef("group", "ML", "ISGS", 2, 0, 0, 1, "ISGS")
    >>> unnamed = "Unidentified Armed Group ({country})"
    >>> again = ActorRef("generic", "", unnamed, 3, 4, 3, 5, "the assailants")
    >>> [r.name for r in drop_told_again([group, again], doc)]
    ['ISGS']
    """
    named = [
        r
        for r in refs
        if r.kind == "group" and r.inter in (2, 3, 4, 8) and any(map(_doer, doc[r.start : r.end]))
    ]
    kept = []
    for ref in refs:
        again = (
            ref.kind == "generic"
            and ref.name.startswith("Unidentified Armed Group")
            and doc[ref.head].lower_ in _BACK
            and "the" in (doc[ref.start].lower_, doc[max(ref.start - 1, 0)].lower_)
            and _doer(doc[ref.head])
            and any(r.end <= ref.start for r in named)
        )
        if not again:
            kept.append(ref)
    return kept
