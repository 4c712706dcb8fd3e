"""Who is actor1 and who actor2 of an event read from one sentence: the doer, then its target
(or, for two-sided kinds such as clashes and agreements, the other side); those who back an
actor ("supported by X") are its associates, not a side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.events.actors import ActorRef, canonical_actor
from pipeline.events.coding import Cast
from pipeline.events.deathcauses import FIGHT_LEMMAS
from pipeline.events.roles import assign_roles
from pipeline.events.triggers import MILITARY_CATEGORIES, VIOLENT_PRECEDENCE
from pipeline.events.weapons import both_fired
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.place_words import envoy_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["cast_actors"]

_DONE_TO = frozenset(
    {
        "attack",
        "air/drone strike",
        "shelling",
        "explosion/IED",
        "abduction",
        "casualties",
        "looting/destruction",
        "arrest",
        "offensive",
        "weapons seized",
    }
)
_ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
#: An actor as cast: its name, inter code, relation to the event and head token.
_Named = tuple[str, int | None, str, int]
#: Those named together who fought one another: two sides.
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.I)
_ONE_SIDED = frozenset({"troop deployment", "troop withdrawal", "base/post established"})


def cast_actors(
    doc: Doc,
    refs: Sequence[ActorRef],
    category: str,
    triggers: Sequence[int],
    country: str,
    gazetteer: GazetteerLike,
) -> list[Cast]:
    """actor1 and actor2. actor1: the agent, else the nearest actor, else a target; actor2: a
    target, else (for two-sided kinds: clashes, agreements, statements) the next actor."""
    military = category in MILITARY_CATEGORIES
    named: list[_Named] = []
    speech = category not in VIOLENT_PRECEDENCE
    supporters = {r.head for r in refs if _supports(doc[r.head])}
    backed = [
        r for r in refs if r.head not in supporters and _may_be_backed(doc, r.head, supporters)
    ]
    if supporters and backed:
        # "Malian forces, supported by Wagner": Wagner is an associate (ACLED's assoc_actor)
        refs = [r for r in refs if r.head not in supporters]
    for ref, relation in assign_roles(doc, refs, triggers, speech=speech):
        if relation == "site" or (relation not in ("agent", "speaker") and envoy_of(doc[ref.head])):
            continue  # ("marched to the French embassy": a state's post abroad is no side)
        name, inter = canonical_actor(
            ref, military=military, event_country=country, gazetteer=gazetteer
        )
        if name and all(name != n for n, _, _, _ in named):
            named.append((name, inter, relation, ref.head))
    named = [a for a in named if not _qualifies_force(doc, a, named)]
    if triggers and both_fired(doc[triggers[0]].sent.text):
        # "civilians were wounded in the crossfire": bystanders of a battle are no side of it
        named = [a for a in named if a[1] != 7] or named
    if not named:
        return []
    order = {"agent": 0, "speaker": 1, "other": 2, "patient": 3}
    first = min(named, key=lambda a: order[a[2]])
    violent = category in _DONE_TO and category in VIOLENT_PRECEDENCE
    armed_victim = _armed_among_victims(doc, named) if violent else None
    if first[2] == "patient" and armed_victim is not None:
        # "the attackers killed a policeman, a man and a woman": victims only, no doer named;
        # the armed men among them are the side attacked, the others its dead
        return [Cast(armed_victim[0], armed_victim[1], armed_victim[2])]
    rest = [a for a in named if a is not first]
    co_agent = next((a for a in rest if a[2] == "agent"), None) if first[2] == "agent" else None
    # "killing 4 people and beheading a policeman": the armed victim is the side attacked
    patient = armed_victim or next((a for a in rest if a[2] == "patient"), None)
    # "ISWAP or Boko Haram militants attacked ...": doers named together as the subject of a
    # one-sided act are one side, not two ("clashes between X and Y" are two)
    one_sided = category in _ONE_SIDED or category in _DONE_TO
    together = co_agent is not None and (
        _one_subject(doc, first[3], co_agent[3]) or _alternatives(doc, first[3], co_agent[3])
    )
    if together and co_agent is not None and co_agent[1] == 1 and first[1] in (8, None):
        # "soldiers and Wagner forces", "the military (and BGP)": the country's own forces
        # lead, foreign or unknown ones assist
        first, co_agent = co_agent, first
        rest = [a for a in named if a is not first]
    second: _Named | None
    if (
        category == "armed clash"
        and together
        and patient is not None
        and patient[1] != 7
        and not (triggers and _RECIPROCAL.search(_clause_text(doc[triggers[0]])))
    ):
        # "FARDC and UPDF soldiers clashed with the ADF": the subject's partners are one side,
        # the armed men they clashed with the other ("X and Y clashed", "X and Y fought each
        # other" are two)
        second = patient
    elif category == "armed clash" or not (one_sided and together):
        second = (co_agent or patient) if category == "armed clash" else (patient or co_agent)
    else:
        # "X and/or Y militants fired on gendarmes, the gendarmes fired back": the one who
        # fired back, no partner of the doers, is the other side
        second = patient or next(
            (
                a
                for a in rest
                if a is not co_agent and a[2] == "agent" and not _joined(doc, first[3], a[3])
            ),
            None,
        )
    if second is None and rest and not (together and rest[0] is co_agent):
        second = None if category in _ONE_SIDED else rest[0]
    if second is not None and second[1] == 8 and category in VIOLENT_PRECEDENCE:
        # "a FAMa and Wagner convoy hit an IED": the country's own forces are the side hit
        second = next((a for a in rest if a[1] == 1 and _joined(doc, a[3], second[3])), second)
    chosen = [first] if second is None else [first, second]
    if second is not None and _allies(doc, first, second, triggers):
        # "FAMa and Wagner forces raided the village": a country's forces and the foreign
        # ones named with them are one side (the foreign its associates); the other side is
        # whoever else the sentence names
        own = first if first[1] == 1 else second
        ally = second if own is first else first
        other = next(
            (a for a in named if a not in (own, ally) and not _joined(doc, own[3], a[3])), None
        )
        chosen = sorted([own] if other is None else [own, other], key=lambda a: order[a[2]])
    return [Cast(name, inter, relation) for name, inter, relation, _ in chosen]


def _allies(doc: Doc, one: _Named, two: _Named, triggers: Sequence[int]) -> bool:
    """Whether a country's forces and foreign forces are named together as one side ("FAMa and
    Wagner forces", "the army and Russian private forces"), not as two who fought each other
    ("Turkish and Syrian forces clashed") or two governments ("India and Nepal agreed")."""
    if {one[1], two[1]} != {1, 8} or not _joined(doc, one[3], two[3]):
        return False
    if any(name.startswith("Government of") for name in (one[0], two[0])):
        return False  # "agreements between India and Nepal": two parties
    return not any(doc[t].lemma_.lower() in FIGHT_LEMMAS for t in triggers)


def _qualifies_force(
    doc: Doc,
    actor: tuple[str, int | None, str, int],
    named: Sequence[tuple[str, int | None, str, int]],
) -> bool:
    """Whether a state actor only qualifies another state force's noun ("Kenya" in "Kenya
    police forces", "the regime" in "the political police of the regime"): one actor."""
    if actor[1] != 1:
        return False
    token = doc[actor[3]]
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("compound", "amod", "poss", "nmod"):
        return False
    return any(other is not actor and other[1] == 1 and other[3] == head.i for other in named)


def _armed_among_victims(doc: Doc, named: list[_Named]) -> _Named | None:
    """An armed victim named with unarmed ones as the objects (or passive subjects) of one act
    or of acts joined by "and" ("killed a policeman, a man and a woman", "one policeman and
    one civilian were killed", "killing 4 people and beheading a policeman")."""
    victims = [a for a in named if a[2] == "patient" and _victim(doc[a[3]]) is not None]
    armed = [a for a in victims if a[1] in _ARMED_INTERS]
    people = [a for a in victims if a[1] == 7]
    for one in armed:
        if any(_fellow_victims(doc[one[3]], doc[other[3]]) for other in people):
            return one
    return None


def _victim(token: Token) -> Token | None:
    """The verb a victim's noun is the object or passive subject of, up through "and" and
    appositions ("killed a policeman, a man and a woman")."""
    token = _top(token)
    return token.head if token.dep_ in ("dobj", "nsubjpass") else None


def _fellow_victims(a: Token, b: Token) -> bool:
    top_a, top_b = _top(a), _top(b)
    if top_a.dep_ not in ("dobj", "nsubjpass") or top_b.dep_ not in ("dobj", "nsubjpass"):
        return False
    if top_a.head.i == top_b.head.i:  # not "3 civilians were killed [by] gunmen": one is no victim
        return top_a.dep_ == top_b.dep_
    verb_a, verb_b = top_a.head, top_b.head
    # "killed 4 herders, wounding 2 gendarmes": the act told on by a participle
    told_on = (verb_a.dep_ == "advcl" and verb_a.head == verb_b) or (
        verb_b.dep_ == "advcl" and verb_b.head == verb_a
    )
    participle = verb_a if verb_a.dep_ == "advcl" else verb_b
    return verb_b in verb_a.conjuncts or (told_on and participle.tag_ == "VBG")


def _top(token: Token) -> Token:
    token = _noun_of(token)
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _one_subject(doc: Doc, a: int, b: int) -> bool:
    """Whether two actors are conjuncts of one subject ("FAMa and Wagner forces killed", "a
    FAMa and Wagner patrol killed", "FAMa, Wagner, and Dan Na Ambassagou attacked")."""
    first, second = doc[a], doc[b]
    if first.head.i == second.head.i and first.dep_ in ("compound", "amod"):
        return True
    if any(
        x.head.i == y.i and x.dep_ in ("compound", "amod")
        for x, y in ((first, second), (second, first))
    ):
        return True  # "Russian Wagner soldiers": one noun phrase

    subject = _subject(first)
    return subject is not None and subject == _subject(second)


def _joined(doc: Doc, a: int, b: int) -> bool:
    """Whether two names are joined by "and", wherever they hang ("a vehicle of FAMa and
    Wagner forces")."""
    return _noun_of(doc[b]) in _noun_of(doc[a]).conjuncts or _one_subject(doc, a, b)


def _noun_of(token: Token) -> Token:
    """The noun a name qualifies ("forces" of "Wagner forces"), or the name itself."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    return token


def _subject(token: Token) -> int | None:
    """The subject a name is part of: up through conjuncts and appositions ("FAMa, Wagner"),
    the noun it qualifies ("FAMa and Wagner forces") and the group it makes up ("a joint
    force of gendarmes and Wagner instructors"), if that ends on a subject."""
    for _ in range(8):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token.i
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.i:
            token = token.head.head
            continue
        if token.dep_ not in ("conj", "appos", "compound", "amod", "poss", "nmod"):
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _alternatives(doc: Doc, a: int, b: int) -> bool:
    """Whether two doers are named as alternatives ("JNIM and/or ISGS militants", "ISWAP or
    Boko Haram", "ISWAP/Boko Haram"): the report does not know which; one side."""
    low, high = sorted((a, b))
    return high - low <= 4 and any(t.lower_ in ("or", "and/or", "/") for t in doc[low:high])


_SUPPORT_LEMMAS = frozenset(
    {"support", "back", "assist", "aid", "accompany", "help", "coordination", "cooperation",
     "collaboration"}
)  # fmt: skip


def _supports(token: Token) -> bool:
    """ "supported by X", "backed by X", "with the support of X", "in coordination with X": X
    backs the actor."""
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if head.lemma_.lower() in _SUPPORT_LEMMAS and token.dep_ in ("agent", "pobj", "prep"):
            return True
        if (
            token.dep_ == "pobj"
            and head.lower_ in ("by", "of")
            and head.head.lemma_.lower() in (_SUPPORT_LEMMAS)
        ):
            return True
        token = head
    return False


def _may_be_backed(doc: Doc, head: int, supporters: set[int]) -> bool:
    """Whether the actor at ``head`` may be the one its sentence's supporters back: named
    before one of them ("the guards, in coordination with the army, ...") or the subject of
    its clause; not only the enemy after them, when the one backed is unknown to the
    dictionary."""
    return any(head < s for s in supporters) or _subject(doc[head]) is not None


def _clause_text(trigger: Token) -> str:
    """The words of the trigger's own clause (its subtree), not the rest of its sentence."""
    words = sorted(trigger.subtree, key=lambda t: t.i)
    return trigger.doc[words[0].i : words[-1].i + 1].text
