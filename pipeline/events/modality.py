"""Did the event happen? Negation, modality, conditionals and reported threats.

"threatened to attack" is a threat, not an attack; "denied killing" is no killing; "would use
force if" is a conditional threat; "an excuse to attack" or "aims to regain" did not happen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ASSERTED", "HYPOTHETICAL", "NEGATED", "REFERENCED", "THREAT", "modality_of"]

ASSERTED = "asserted"
NEGATED = "negated"
THREAT = "threat"
REFERENCED = "referenced"
HYPOTHETICAL = "hypothetical"

_THREAT_HEADS = frozenset(
    {
        "threaten",
        "vow",
        "warn",
        "pledge",
        "promise",
        "ultimatum",
        "threat",
        "swear",
        "determine",
        "determined",
        "vowed",
    }
)
_UNREAL_HEADS = frozenset(
    {
        "plan",
        "aim",
        "want",
        "seek",
        "intend",
        "prepare",
        "hope",
        "excuse",
        "need",
        "expect",
        "refrain",
        "avoid",
        "fail",
        "prevent",
        "stop",
        "allow",
        "urge",
        "ask",
        "call",
        "able",
        "ready",
        "likely",
        "possible",
        "decide",
        "consider",
        "order",
        "demand",
        "reason",
        "pretext",
        "right",
        "chance",
        "purpose",
        "goal",
        "effort",
        "bid",
        "must",
        "should",
        "plot",
        "propose",
    }
)
_DENY = frozenset({"deny", "reject", "dismiss", "refute"})
#: Verbs whose clause is what is asked for, not what happened.
_REQUESTING = frozenset({"demand", "urge", "ask", "call", "order", "propose", "request"})
_MODALS = frozenset({"would", "could", "might", "may", "will", "shall", "should", "'ll", "wo"})
_SPEECH_CATEGORIES = frozenset(
    {"statement/threat", "accusation", "meeting/talks", "ceasefire/agreement"}
)
#: Verbs of using a means: the act they were used for was done ("used a drone to attack").
_MEANS = frozenset({"use", "employ", "utilise", "utilize"})
#: Verbs whose infinitive was done: "proceeded to burn", "began to shell", "went on to kill"
#: (not "is going to attack").
_CARRIED_ON = frozenset({"proceed", "begin", "start", "continue", "resume", "manage"})


def _has_child(token: Token, deps: tuple[str, ...], words: frozenset[str] | None = None) -> bool:
    return any(
        c.dep_ in deps and (words is None or c.lower_ in words or c.lemma_ in words)
        for c in token.children
    )


#: Subjects that say the act befell no one.
_NO_ONE = frozenset({"nobody", "noone", "none"})


def _done_to_no_one(verb: Token) -> bool:
    """Whether the subject of ``verb`` is no one: "no one was arrested", "no person was
    hurt", "none of the protesters were detained" (not "no soldiers were killed", which
    says nothing of the others)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in _NO_ONE
            or (c.lower_ in _ANYONE and _has_child(c, ("det",), frozenset({"no"})))
        )
        for c in verb.children
    )


_ANYONE = frozenset({"one", "person", "people"})


_NOMINAL_UNREAL = frozenset(
    {
        "plan",
        "prepare",
        "seek",
        "want",
        "consider",
        "propose",
        "fear",
        "expect",
        "avert",
        "avoid",
        "prevent",
        "excuse",
        "pretext",
        "risk",
        "need",
        "call",
        "urge",
        "demand",
    }
)


def _nominal_modality(token: Token, category: str) -> str:
    """An event noun is as real as its governing verb lets it be: "launched an attack" is,
    "threatened an attack", "denied the attack" and "planned an offensive" are not."""
    head = token.head
    if head.i == token.i or token.dep_ not in ("dobj", "nsubjpass", "pobj", "attr", "nsubj"):
        return ASSERTED
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _EXPECTING:
        return HYPOTHETICAL  # "ahead of the opposition advance": not (yet) happened
    if token.dep_ == "pobj" and head.lower_ == "for":
        # "distributing leaflets for the demonstration", "handing out leaflets for": to come
        readying = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")]
        if any(w.lemma_.lower() in _PREPARING for w in readying):
            return HYPOTHETICAL
    lemma = head.lemma_.lower()
    if lemma in _DENY or _has_child(head, ("neg",)):
        return NEGATED
    if lemma in _THREAT_HEADS and category not in _SPEECH_CATEGORIES:
        return THREAT
    if lemma in _NOMINAL_UNREAL and token.dep_ == "dobj" and category not in _SPEECH_CATEGORIES:
        return HYPOTHETICAL
    if lemma in _PROTEST_HEADS and token.dep_ == "dobj" and category not in _SPEECH_CATEGORIES:
        return REFERENCED
    return ASSERTED


_EXPECTING = frozenset({"ahead", "anticipation", "prospect", "fear", "fears", "risk", "threat"})
#: Getting ready for an event: it has not happened yet ("preparations for the march").
_PREPARING = frozenset(
    {"leaflet", "flyer", "poster", "banner", "preparation", "prepare", "mobilise", "mobilize",
     "distribute", "plan", "invitation", "invite", "campaign", "rehearse"}
)  # fmt: skip

#: "protesters denounced the airstrikes": the strikes are the protest's subject, reported
#: elsewhere, not an event of this sentence.
_PROTEST_HEADS = frozenset({"denounce", "protest", "mourn", "commemorate", "decry"})


def modality_of(token: Token, category: str) -> str:
    """Classify a trigger token as asserted, negated, a threat or hypothetical.

    Parameters
    ----------
    token : spacy.tokens.Token
        The trigger word, in a parsed doc.
    category : str
        The trigger's category; statements and agreements are asserted by being reported.
    """
    # "no fatalities", "neither injuries nor fatalities were reported" (the word its list's),
    # "0 injuries and 0 fatalities"
    listed = token.head if token.dep_ == "conj" and token.pos_ == token.head.pos_ else token
    none = frozenset({"no", "neither"})
    if _has_child(token, ("neg",)) or any(_has_child(t, ("det",), none) for t in (token, listed)):
        return NEGATED
    if category == "casualties" and _has_child(token, ("nummod",), frozenset({"0", "zero"})):
        return NEGATED
    if token.pos_ == "VERB" and _done_to_no_one(token):
        return NEGATED  # "no one was arrested", "nobody was hurt", "none of them were held"
    if token.pos_ != "VERB":
        if _has_child(token, ("det",), frozenset({"any", "every"})):
            return HYPOTHETICAL  # "respond to any attack"
        nominal = _nominal_modality(token, category)
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if nominal != ASSERTED or verb is None or category in _SPEECH_CATEGORIES:
            return nominal
        # "if Hezbollah fired more rockets", "would launch an offensive": the clause decides
        if _has_child(verb, ("mark",), frozenset({"if", "unless"})):
            return HYPOTHETICAL
        return modality_of(verb, category) if _has_child(verb, ("aux",), _MODALS) else nominal
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() in ("attempt", "try")
        and not _has_child(token.head, ("neg",))
        and category != "territorial change"  # "tried to retake the town": not taken
    ):
        return ASSERTED  # "people attempted to lynch a thief": the attempt is the event
    head = token
    steps = 0
    # Walk up through infinitives and clausal complements: "threatened to attack".
    while steps < 4:
        parent = head.head
        if parent.i == head.i:
            break
        lemma = parent.lemma_.lower()
        if head.dep_ in (
            "xcomp",
            "ccomp",
            "acl",
            "advcl",
            "relcl",
            "pcomp",
            "dobj",
            "pobj",
            "nsubjpass",
            "conj",
            "prep",
            "acomp",
        ):
            if lemma in _DENY:
                return NEGATED
            if lemma in _THREAT_HEADS and category not in _SPEECH_CATEGORIES:
                return THREAT
            infinitive = _has_child(head, ("aux",), frozenset({"to"}))
            if lemma in _UNREAL_HEADS and (
                head.dep_ in ("xcomp", "dobj")
                or (infinitive and head.dep_ in ("acl", "advcl"))
                # "demanded (that) the county fight the gangs": what is asked for
                or (head.dep_ == "ccomp" and lemma in _REQUESTING)
            ):
                if category in _SPEECH_CATEGORIES and head.dep_ == "dobj":
                    return ASSERTED
                return HYPOTHETICAL
            if _has_child(parent, ("neg",)) and head.dep_ in ("xcomp", "ccomp"):
                return NEGATED
        if head.dep_ in ("advcl",) and _has_child(head, ("mark",), frozenset({"if", "unless"})):
            return HYPOTHETICAL if category not in _SPEECH_CATEGORIES else ASSERTED
        head = parent
        steps += 1
    if token.pos_ == "VERB" and _has_child(token, ("aux", "auxpass"), _MODALS):
        return THREAT if category not in _SPEECH_CATEGORIES else ASSERTED
    if token.pos_ == "VERB" and _has_child(token, ("mark",), frozenset({"if", "unless"})):
        return HYPOTHETICAL
    if token.pos_ == "VERB" and _has_child(token, ("aux",), frozenset({"to"})):
        if _has_child(token, ("aux",), frozenset({"have"})):
            return ASSERTED  # "claimed to have killed 37 militants": told as done
        # "used a drone to attack the base": the means was used, so the act was done
        means = token.dep_ in ("xcomp", "advcl") and token.head.lemma_.lower() in _MEANS
        head = token.head
        went_on = head.lemma_.lower() == "go" and _has_child(head, ("prt",), frozenset({"on"}))
        means = means or (token.dep_ == "xcomp" and (head.lemma_.lower() in _CARRIED_ON or went_on))
        if means or (category == "protest" and token.dep_ == "advcl" and token.head.pos_ == "VERB"):
            # "set up a barricade to demonstrate against the mine": they demonstrated by it
            return modality_of(token.head, "other")
        return HYPOTHETICAL if category not in _SPEECH_CATEGORIES else ASSERTED
    return ASSERTED
