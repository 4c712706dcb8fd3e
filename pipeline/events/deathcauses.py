"""Killings a sentence names that are not the toll of the act it tells: one named as the
act's cause ("a mob beat a man for killing his neighbour", "protested over the death of a
student") and a casualty of either kind ("1 soldier was killed or wounded").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["DEATH_NOUNS", "KILLING_LEMMAS", "not_a_toll", "without_causes"]

#: Verbs of killing.
KILLING_LEMMAS = frozenset(
    {"kill", "murder", "assassinate", "execute", "behead", "lynch", "slay", "massacre",
     "slaughter", "decapitate"}
)  # fmt: skip
#: Nouns of a death.
DEATH_NOUNS = frozenset({"death", "killing", "murder", "execution"})


def not_a_toll(token: Token) -> bool:
    """Whether a killing word tells no death of the act: "killed or wounded", or a cause."""
    return _killed_or_hurt(token) or _a_cause(token)


_HURT = frozenset({"wound", "injure", "hurt", "wounded", "injured"})


def _killed_or_hurt(token: Token) -> bool:
    """ "1 soldier was killed or wounded": a casualty of either kind, no death told (the "or"
    right between the two verbs, not "killed the chief, looted or burned houses")."""
    pair = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        pair.append(token.head)
    doc = token.doc
    return any(
        (other.lemma_.lower() in _HURT or other.lower_ in _HURT)
        and [t.lower_ for t in doc[min(token.i, other.i) + 1 : max(token.i, other.i)]]
        in (["or"], ["and/or"])
        for other in pair
    )


#: Prepositions that make a killing the cause of what is told ("a mob beat a man for killing
#: his neighbour", "protested over the death of a student"; not "after", which may tell the
#: act's own toll: "fled after killing three guards").
_BECAUSE = frozenset({"for", "over", "against"})
#: What someone takes or is given for a killing that was done.
_OWNING = frozenset(
    {"responsibility", "responsible", "accountable", "credit", "blame", "accuse", "claim",
     "praise", "honour", "honor"}
)  # fmt: skip
#: Feelings a killing caused: "enraged by the death of his brother".
_FEELINGS = frozenset({"enrage", "anger", "outrage", "incense", "infuriate", "upset", "angry"})


def _a_cause(token: Token) -> bool:
    """A killing or death named as the cause of another act, not its toll."""
    lemma = token.lemma_.lower()
    if lemma not in KILLING_LEMMAS | DEATH_NOUNS:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "for stabbing and killing his neighbour"
    prep = token.head if token.dep_ in ("pcomp", "pobj") else None
    if prep is None or prep.dep_ not in ("prep", "agent"):
        return False
    if prep.lower_ == "by":
        return prep.head.lemma_.lower() in _FEELINGS
    # ("claimed responsibility for killing three soldiers", "blamed the army for the killing
    # of ...": the killing is told, its toll too)
    return prep.lower_ in _BECAUSE and prep.head.lemma_.lower() not in _OWNING


def without_causes(sent: Span) -> str:
    """The sentence's text with the killings named as the cause of its act blanked out (their
    words, offsets kept), so that no count is read from them: "a mob beat a man for killing
    two children" tells no deaths.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A parsed sentence.

    Returns
    -------
    str
        The text, each character of a cause's words replaced by a space.
    """
    chars = list(sent.text)
    for token in sent:
        if _a_cause(token):
            for word in _cause_words(token):
                start = word.idx - sent.start_char
                chars[start : start + len(word)] = " " * len(word)
    return "".join(chars)


#: Parts of a cause's phrase that tell more than the cause ("over the death of a student,
#: which left two more people dead").
_ASIDES = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "punct"})


def _cause_words(cause: Token) -> list[Token]:
    """The words of a cause's phrase, without its clauses and asides."""
    words = [cause]
    for child in cause.children:
        if child.dep_ not in _ASIDES:
            words.extend(_cause_words(child))
    return words
