"""The dead of a sentence read from its parse, where the count patterns of
:mod:`pipeline.events.counts` find none: the objects of a killing verb ("killed a shepherd",
"beheaded eight villagers"), its passive subjects ("a farmer was kidnapped and killed"), the
subjects of dying ("the teacher died"). A victim named in the singular is one; victims joined by
"and" add up ("killed a policeman and two soldiers" = 3); plural victims without a number are
an unknown count, never a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.events.deathcauses import DEATH_NOUNS, KILLING_LEMMAS, not_a_toll, to_death
from pipeline.events.kinds import CIVILIAN_NOUNS
from pipeline.events.numbers import parse_count

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "finders",
    "found_dead",
    "killed_in_parse",
    "kills_by_manner",
    "neutralised",
]

_DYING = frozenset({"die", "succumb", "perish"})
_ARMED_MEN = frozenset(
    {"militant", "fighter", "terrorist", "insurgent", "jihadist", "rebel", "assailant",
     "attacker", "gunman", "bandit", "element"}
)  # fmt: skip
#: Victims that are no people ("killed livestock", "killed 30 cattle").
_NOT_PEOPLE = frozenset(
    {"livestock", "cattle", "cow", "goat", "sheep", "camel", "animal", "dog", "donkey",
     "horse", "chicken", "elephant", "ox", "oxen", "bull", "buffalo", "pig", "calf", "mule",
     "time", "engine", "bill", "deal", "plan", "light", "toll",
     # things seized or destroyed with them ("1 killed, along with 761 motorcycles seized")
     "motorcycle", "motorbike", "vehicle", "car", "truck", "weapon", "gun", "rifle", "house",
     "shop", "phone",
     # harms joined to the dead ("the killing of two soldiers and the injury of another")
     "injury", "wounding", "abduction", "kidnapping", "arrest", "destruction", "looting",
     "displacement", "burning"}
)  # fmt: skip
_ONE = frozenset({"a", "an", "one", "the", "this", "that"})
#: Nouns for one person: bare and singular, one was killed ("Jukun farmer was killed").
_ONE_PERSON = CIVILIAN_NOUNS - {"people", "family", "crew", "staff", "idps", "youth"} | {
    "soldier", "policeman", "officer", "militant", "fighter", "gendarme", "guard", "rebel"
}  # fmt: skip


def _victims(verb: Token) -> list[Token]:
    """The people a killing verb (or its co-ordinated verbs) acts on."""
    # "Russian teacher shot dead": a headline's passive without its auxiliary
    told = any(c.dep_ == "oprd" and c.lower_ == "dead" for c in verb.children) and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children
    )
    dying = verb.lemma_.lower() in _DYING or told
    deps: tuple[str, ...] = ("nsubj",) if dying else ("dobj", "nsubjpass")
    found = [c for c in verb.children if c.dep_ in deps]
    before = [c for c in found if c.i < verb.i]
    if len(before) > 1 and not any(g.dep_ == "cc" for c in before[:-1] for g in c.children):
        # a misparse gives the verb two subjects ("a store holding shells blew up, a guard and
        # a cook were killed"): a thing told with its own clause before the nearer is none of
        # the dead (not people in a list the parse split: "a colonel, his driver and ...")
        found = [c for c in found if c.i > verb.i or c == before[-1] or not _a_thing_told(c)]
    if dying and verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "nsubjpass"):
        # "beat a thief who later died": the one the act was done to (not a death told of
        # someone else: "the body of a policeman who had died in an ambush the week before")
        found = [verb.head if c.tag_ in ("WP", "WDT") else c for c in found]
    # "assassinated a civilian working as a guide", parsed with the clause as the object
    found = [
        next((s for s in c.children if s.dep_ == "nsubj"), c) if c.pos_ == "VERB" else c
        for c in found
    ]
    if not found and verb.dep_ == "conj":  # "abducted and killed a farmer"
        # "a man was attacked at home and died": the dying one is the one attacked
        deps = ("nsubj", "nsubjpass") if dying else deps
        found = [c for c in verb.head.children if c.dep_ in deps]
    if not found:  # "kidnapped and killed a farmer": the object may hang off the last verb
        found = [c for conj in verb.conjuncts for c in conj.children if c.dep_ in deps]
    # "two soldiers were killed along with 15 militants": the others killed with them
    alongs = [c for c in verb.children if c.lower_ == "along"]
    withs = [w for a in alongs for w in a.children if w.lower_ == "with"]
    if alongs:  # "along" as the verb's particle: "with" hangs off the verb
        withs += [w for w in verb.children if w.lower_ == "with"]
    found += [o for w in withs for o in w.children if o.dep_ == "pobj"]
    return [w for v in found for w in (v, *(() if _range(v) else v.conjuncts))]


def _a_thing_told(noun: Token) -> bool:
    """Whether ``noun`` is a thing with a clause of its own that tells what it did ("a store
    containing shells detonated"): a common noun with no number that is no word for people,
    with a verb in the past told on it, and no "who" (not "a colonel leading the patrol", "a
    commander who led the raid")."""
    clauses = [t for t in noun.subtree if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB"]
    return (
        noun.pos_ == "NOUN"
        and not any(c.dep_ == "nummod" for c in noun.children)
        and noun.lemma_.lower() not in CIVILIAN_NOUNS | _ONE_PERSON | _ARMED_MEN
        and any(t.tag_ in ("VBD", "VBN") for t in clauses)
        and not any(g.tag_ == "WP" for t in clauses for g in t.children)
    )


def kills_by_manner(verb: Token) -> bool:
    """ "shot dead", "tortured him to death", "burned a farmer alive": a verb that kills by
    what follows it."""
    if to_death(verb):
        return True
    for child in verb.children:
        if child.lower_ == "dead" and verb.lemma_.lower() == "shoot":
            return True
        if child.lower_ == "fatally":  # "was fatally shot", "fatally stabbed a trader"
            return True
        if verb.lemma_.lower() in ("burn", "bury") and (
            child.lower_ == "alive"
            or (child.dep_ == "dobj" and any(g.lower_ == "alive" for g in child.children))
        ):
            return True
    return False


def _range(victim: Token) -> bool:
    """ "between 50 and 100": two ends of one count, not two groups of victims."""
    return victim.pos_ == "NUM" and any(c.lower_ == "between" for c in victim.children)


def _how_many(victim: Token) -> int | None:
    """The number a victim noun carries: its numeral, one for a singular noun or a name."""
    if victim.lower_ == "both":  # "fired on them, killing both"
        return 2
    if victim.lower_ in ("them", "they"):  # "abducted two residents and executed them"
        taken = _taken_before(victim)
        if taken is None and any(c.lower_ == "all" for c in victim.children):
            taken = _counted_before(victim)  # "clashed with 4 militants, killing them all"
        return taken
    if victim.lemma_.lower() in _NOT_PEOPLE:
        return None
    if victim.lemma_.lower() == "number":  # "an unknown number of militants were killed"
        count = parse_count(" ".join(t.text for t in victim.lefts) + " number of")
        return count.value if count else None
    if victim.pos_ == "NUM":  # "killed 3 and injured 5"
        count = parse_count(" ".join(t.text for t in victim.subtree))
        return count.value if count else None
    numerals = [c for c in victim.children if c.dep_ == "nummod"]
    if numerals:
        words = " ".join(t.text for t in numerals[0].subtree)
        count = parse_count(words)
        return count.value if count else None
    if victim.pos_ == "PRON":
        return 1 if victim.lower_ in ("him", "her", "he", "she", "himself", "herself") else None
    # "the director-general": the article may hang off the first word of the noun
    kin = [
        *victim.children,
        *(g for c in victim.children if c.dep_ == "compound" for g in c.children),
    ]
    if victim.tag_ in ("NN", "NNP") and (
        victim.pos_ == "PROPN"
        or any(c.dep_ in ("det", "poss") and (c.lower_ in _ONE or c.dep_ == "poss") for c in kin)
    ):
        return 1
    # (not when the parse gives the verb another such word: a name, a misread compound)
    others = [s for s in victim.head.children if s.dep_ == victim.dep_ and s.i != victim.i]
    bare = (
        victim.dep_ != "conj"
        and not others
        and not any(
            (c.pos_ in ("PROPN", "NUM") and c.dep_ != "compound") or c.dep_ in ("det", "poss")
            for c in victim.children
        )
    )
    if bare and victim.tag_ == "NN" and victim.lemma_.lower() in _ONE_PERSON:
        return 1  # a headline's bare singular: "Jukun farmer was killed"
    return None


#: Verbs that take people before what is done to them is told ("abducted two residents").
_TAKING = frozenset({"abduct", "kidnap", "capture", "seize", "arrest", "detain", "take"})


def _taken_before(pronoun: Token) -> int | None:
    """The count of the people a verb earlier in the sentence took, whom ``pronoun`` stands for
    ("abducted two residents ... and then executed them": 2)."""
    taken = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i
        and t.dep_ == "dobj"
        and t.head.lemma_.lower() in _TAKING
        and t.lemma_.lower() not in _NOT_PEOPLE
    ]
    return _how_many(taken[-1]) if taken and taken[-1].pos_ != "PRON" else None


def neutralised(verb: Token) -> bool:
    """Armed men "neutralised" in a communiqué, who were killed (not an IED neutralised)."""
    return verb.lemma_.lower() in ("neutralize", "neutralise") and any(
        v.lemma_.lower() in _ARMED_MEN for v in _victims(verb)
    )


def _counted_before(pronoun: Token) -> int | None:
    """The last number before ``pronoun`` in its sentence ("clashed with 4 militants,
    killing them all": 4), not a date's."""
    numbers = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME")
    ]
    count = parse_count(numbers[-1].text) if numbers else None
    return count.value if count else None


_FINDING = frozenset({"find", "discover", "recover", "retrieve", "exhume", "dump"})


def _finding_verbs(token: Token) -> list[Token]:
    """The verbs above ``token`` that find it: its head, or the head's head (as the small model
    parses some)."""
    return [v for v in (token.head, token.head.head) if v.lemma_.lower() in _FINDING]


def found_dead(token: Token) -> bool:
    """Whether ``token`` is a body found: "the bodies of 18 villagers were found", "police
    recovered his body" (a death, told by its discovery)."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in ("body", "corpse")
        and (
            bool(_finding_verbs(token)) or any(c.lemma_.lower() in _FINDING for c in token.children)
        )
    )


def finders(token: Token) -> set[int]:
    """The subjects of the verb that found a body ("police found the body of a man"): they
    found the dead; they did not kill them."""
    if not found_dead(token):
        return set()
    return {
        w.i
        for v in _finding_verbs(token)
        for c in v.children
        if c.dep_ == "nsubj"
        for w in (c, *c.conjuncts)
    }


def _of_the_dead(token: Token) -> list[Token]:
    """The people of "the death of 4 civilians" or of "the bodies of 18 villagers were found"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in DEATH_NOUNS | {"body", "corpse"}:
        return []
    if lemma in ("body", "corpse") and not found_dead(token):
        return []
    if lemma in ("body", "corpse") and not any(c.lower_ == "of" for c in token.children):
        owner = [c for c in token.children if c.dep_ == "poss"]
        if token.tag_ == "NN" and owner and owner[0].lower_ in ("his", "her"):
            return [token]  # "His body was found riddled with bullets": one dead
        if any(c.dep_ == "nummod" for c in token.children):
            return [token]  # "Three bodies with bullet wounds were found"
    return [
        w
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for w in (obj, *obj.conjuncts)
    ]


def killed_in_parse(sent: Span) -> int | None:
    """How many the sentence says were killed, read from its parse; ``None`` when it says no
    number (or denies the killing).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> killed_in_parse(nlp("Nothing happened.")[:]) is None
    True
    """
    total = 0
    seen: set[int] = set()
    for token in sent:
        if not_a_toll(token):
            continue
        for victim in _of_the_dead(token):  # "the death of 4 civilians", "bodies of 18 men"
            if victim.i not in seen:
                seen.add(victim.i)
                total += _how_many(victim) or 0
        lemma = token.lemma_.lower()
        # armed men "neutralised" in a communiqué were killed (an IED neutralised was not)
        if (
            lemma not in KILLING_LEMMAS | _DYING
            and not kills_by_manner(token)
            and not neutralised(token)
        ):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("attempt", "try"):
            continue  # "attempted to lynch a thief": nobody died of it
        if any(c.lower_ in ("almost", "nearly") for c in token.children):
            continue  # "almost lynched the victim"
        for victim in _victims(token):
            if victim.i in seen:
                continue
            seen.add(victim.i)
            count = _how_many(victim)
            if count is not None:
                total += count
    return total or None
