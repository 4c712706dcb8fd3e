"""Find who acts in a sentence and give them canonical, ACLED-style names.

The dictionary is data (``pipeline/lexicon/data/actors.json``, with its sources); the rules
here derive state actors from the gazetteer's countries and demonyms ("Turkish troops" ->
Military Forces of Turkey), map people to the body they act for (from their titles in the
article: "Turkish Defense Minister Hulusi Akar", "X, the leader of the Y Party"), and read
capitals used as actors ("Ankara and Moscow agreed") as governments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.events.actorrefs import (
    drop_unplaced,
    members_of_groups,
    political_opposition,
    with_unknown_groups,
)
from pipeline.events.aliasrefs import alias_ref
from pipeline.events.kinds import (
    PERSONNEL,
    by_force,
    force_thing,
    foreign_group_ref,
    held_by_others,
    militia_ref,
    off_duty,
    out_of_service,
    tied_to_forces,
)
from pipeline.events.labels import after_label
from pipeline.events.persons import person_bodies
from pipeline.events.restated import drop_restated, drop_told_again
from pipeline.events.triggers import TRIGGERS
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import (
    ActorLexicon,
    ActorRef,
    alias_match,
    country_of_word,
    is_associated,
)
from pipeline.nlp.entities import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ActorLexicon",
    "ActorRef",
    "canonical_actor",
    "find_actors",
    "person_bodies",
]

_PLACE_PREPS = frozenset(
    {
        "in",
        "of",
        "near",
        "at",
        "from",
        "into",
        "across",
        "inside",
        "throughout",
        "around",
        "outside",
        "to",
        "towards",
        "toward",
    }
)


_ORIGIN = frozenset({"make", "build", "manufacture", "design", "supply", "produce", "made"})


def _state_country(token: Token, gazetteer: GazetteerLike) -> str | None:
    """The country a state noun ("troops", "ministry") belongs to, from its modifiers."""
    for child in token.children:
        if child.lemma_.lower() in _ORIGIN:
            continue  # "Russian-made rockets": where the arms come from, not who fires them
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            for word in (child, *child.children):
                country = country_of_word(word, gazetteer)
                if country:
                    return country
    if token.i > 0:
        country = country_of_word(token.doc[token.i - 1], gazetteer)
        if country:
            return country
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    country = country_of_word(obj, gazetteer) or _state_country(obj, gazetteer)
                    if country:
                        return country
    return None


def _shared_noun_refs(ref: ActorRef, token: Token, gazetteer: GazetteerLike) -> list[ActorRef]:
    """ "Syrian and Russian jets": one noun, several states, one ref each in text order."""
    if ref.kind not in ("military", "government") or not ref.country:
        return [ref]
    words = [
        word
        for child in token.children
        if child.dep_ in ("amod", "compound")
        for word in (child, *child.conjuncts)
        if word.i < token.i
    ]
    countries: dict[str, Token] = {}
    for word in sorted(words, key=lambda w: w.i):
        country = country_of_word(word, gazetteer)
        if country and country not in countries:
            countries[country] = word
    if len(countries) < 2:
        return [ref]
    return [
        ActorRef(ref.kind, country, "", None, token.i, word.i, ref.end, word.text)
        for country, word in countries.items()
    ]


def find_actors(
    sent: Span,
    lexicon: ActorLexicon,
    gazetteer: GazetteerLike,
    bodies: Mapping[str, ActorRef],
) -> list[ActorRef]:
    """Actors named in one sentence, in text order, without overlaps."""
    doc = sent.doc
    found: list[ActorRef] = []
    i = after_label(sent)
    while i < sent.end:
        token = doc[i]
        matched = alias_match(doc, i, sent.end, lexicon)
        if matched and political_opposition(doc[i : matched[0]]):
            i = matched[0]
            continue
        if matched:
            i, ref = alias_ref(doc, i, matched, sent.end, lexicon, bodies)
            found.extend([] if ref is None else [ref])
            continue
        ref = (
            _state_ref(token, lexicon, gazetteer)
            or _person_ref(token, bodies)
            or _adjective_ref(token, gazetteer)
            or foreign_group_ref(token, gazetteer)
            or militia_ref(token, gazetteer)
        )
        if ref is not None and ref.kind != "government" and off_duty(doc[ref.start : ref.end]):
            ref = None  # "FACA soldiers (assumedly unarmed)": civilians in ACLED's coding
        if ref is not None:
            found.extend(_shared_noun_refs(ref, token, gazetteer))
            i = ref.end
            continue
        i += 1
    found = drop_told_again(drop_restated(with_unknown_groups(found, sent, gazetteer), doc), doc)
    placed = _attach_countries(members_of_groups(found, doc), lexicon, gazetteer, doc)
    return drop_unplaced(placed, doc)


#: Who rules, unnamed ("the government extended the state of emergency"): the event country's.
_RULERS = frozenset({"government", "authorities"})


def _doer(token: Token) -> bool:
    """ "the government extended ...", "whipped by the authorities"; not "government offices"."""
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")


def _state_ref(token: Token, lexicon: ActorLexicon, gazetteer: GazetteerLike) -> ActorRef | None:
    lower = token.lower_
    if (token.pos_ == "NOUN" and out_of_service(token)) or tied_to_forces(token) or by_force(token):
        return None  # "a former soldier was killed", "the wife of a soldier": a civilian
    if held_by_others(token):
        return None  # "a checkpoint set up by an armed group"
    doc = token.doc
    thing = force_thing(token)
    if thing is not None:
        country = _state_country(token, gazetteer)
        return (
            thing
            if country is None
            else ActorRef(
                "military", country, "", None, thing.head, thing.start, thing.end, thing.surface
            )
        )
    if token.pos_ == "NOUN" and token.lemma_.lower() in (
        lexicon.military_nouns | lexicon.government_nouns
    ):
        lower = token.lemma_.lower()
    elif token.i and f"{doc[token.i - 1].lower_} {lower}" in lexicon.military_nouns:
        lower = f"{doc[token.i - 1].lower_} {lower}"  # "security operatives": not "operatives"
    if lower in lexicon.military_nouns or lower in lexicon.government_nouns:
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        country = _state_country(token, gazetteer)
        rules = lower in _RULERS and _doer(token)
        if (
            country is None
            and ({lower, token.lemma_.lower()} & PERSONNEL or rules)
            # (a capital outside any name: "a joint team of NAF and Police", not the end of
            # "People's Militia Force")
            and (token.pos_ == "NOUN" or (token.ent_iob_ == "O" and not _named_on(token)))
        ):
            country = ""  # "jihadists killed a soldier": the event country's (see find_actors)
        if country is None:
            return None
        pair = f"{doc[token.i - 1].lower_} {lower}" if token.i > 0 else lower
        military = lower in lexicon.military_nouns and pair not in lexicon.government_nouns
        if pair in lexicon.military_nouns:
            military = True
        kind = "military" if military else "government"
        if country == "":  # no country of its own: settled by actorrefs.drop_unplaced
            kind = "rulers" if lower in _RULERS else "forces"
        return ActorRef(kind, country, "", None, token.i, token.i, token.i + 1, token.text)
    if token.ent_type_ == "GPE" and token.ent_iob_ == "B":
        ent = entities(doc[token.i :])[0]
        if is_associated(ent[-1]) or _in_place_phrase(ent.root):
            return None
        top = gazetteer.lookup(ent.text, limit=1)
        if (
            top
            and top[0].score >= 0.95
            and (top[0].kind == "country" or (top[0].feature_code == "PPLC" and _acts(ent)))
        ):
            kind = "state" if top[0].kind == "country" else "government"
            return ActorRef(
                kind, top[0].country, "", None, ent.root.i, ent.start, ent.end, ent.text
            )
    return None


def _named_on(token: Token) -> bool:
    """Whether a capitalised word before ``token`` makes it the end of a name."""
    return token.i > 0 and token.doc[token.i - 1].is_title


def _in_place_phrase(token: Token) -> bool:
    """ "the north-west of Syria", "in Turkey", "in Butwal, Nepal": a country named as a
    place, not acting."""
    while token.dep_ in ("conj", "appos", "npadvmod") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "compound" and token.head.lemma_.lower() in _LAND:
        return True  # "off the Benin coast", "on the Kenya border"
    if token.dep_ != "pobj" or token.head.lower_ not in _PLACE_PREPS:
        return False
    # "the ministers of Turkey and Iran" names states; "the north-west of Syria" a place
    owner = token.head.head
    return not (
        token.head.lower_ == "of" and owner.pos_ == "NOUN" and owner.lemma_.lower() in _BODIES
    )


#: Nouns whose "of X" names a state, not a place ("the ministers of Turkey").
_BODIES = frozenset(
    {"minister", "ministry", "government", "force", "army", "troop", "leader", "president",
     "official", "delegation", "military", "soldier", "foreign", "envoy", "representative"}
)  # fmt: skip
#: Nouns of land and sea a country's name can qualify: "off the Benin coast" is a place.
_LAND = frozenset({"coast", "border", "side", "waters", "territory", "frontier", "shore", "soil"})


def _adjective_ref(token: Token, gazetteer: GazetteerLike) -> ActorRef | None:
    """A demonym on an event noun: "Syrian attacks", "Russian strikes"."""
    if token.dep_ not in ("amod", "compound") or token.head.lemma_.lower() not in TRIGGERS:
        return None
    iso2 = gazetteer.country_for_demonym(token.text)
    if not iso2:
        return None
    return ActorRef("state", iso2, "", None, token.i, token.i, token.i + 1, token.text)


_ADDRESSED_BY = frozenset(
    {"accuse", "blame", "warn", "urge", "condemn", "criticise", "criticize", "threaten", "ask"}
)


def _acts(ent: Span) -> bool:
    """A capital used as an actor: subject of a verb, or "between X and Y"."""
    root = ent.root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "agent"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("between", "by", "with"):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _ADDRESSED_BY:
        return True  # "Ankara accused Moscow", "urged Damascus to withdraw"
    return bool(root.i + 2 < len(ent.doc) and ent.doc[root.i + 1].text == "-")


def _person_ref(token: Token, bodies: Mapping[str, ActorRef]) -> ActorRef | None:
    """A person the article or the dictionary ties to a body, by full name or surname (the
    model may tag a surname as a place: "Bahceli held Russia responsible")."""
    if not token.text[:1].isupper():
        return None
    doc = token.doc
    span = doc[token.i : token.i + 1]
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
        span = entities(doc[token.i :])[0]
    elif token.ent_iob_ == "I":
        return None
    body = bodies.get(fold_name(span.text)) or bodies.get(fold_name(span[-1].text))
    if body is None:
        return None
    return ActorRef(
        body.kind, body.country, body.name, body.inter, span.root.i, span.start, span.end, span.text
    )


def _attach_countries(
    refs: list[ActorRef], lexicon: ActorLexicon, gazetteer: GazetteerLike, doc: Doc
) -> list[ActorRef]:
    """Give regime words their state from a modifier ("the Syrian regime")."""
    out = []
    for ref in refs:
        if ref.kind == "military" and not ref.country:
            country = _state_country(doc[ref.head], gazetteer)
            ref = ActorRef(
                ref.kind,
                country or "",
                ref.name if not country else "",
                ref.inter,
                ref.head,
                ref.start,
                ref.end,
                ref.surface,
            )
        out.append(ref)
    return out


#: Police are coded apart from the army ("Police Forces of Kenya"), with the same inter code.
#: Park and forest rangers keep the law of the land's reserves: police in ACLED's coding.
_POLICE = re.compile(r"\b(police\w*|gendarm\w*|constab\w*|rangers?)\b", re.I)


def canonical_actor(
    ref: ActorRef, *, military: bool, event_country: str, gazetteer: GazetteerLike
) -> tuple[str, int | None]:
    """Name an actor for one event, with its inter code relative to the event's country.

    Parameters
    ----------
    ref : ActorRef
        As found in the sentence.
    military : bool
        Whether the event is a use or movement of force (a bare country acting then means its
        military, otherwise its government).
    event_country : str
        ISO code of where the event happened; a state acting outside its own country is
        coded 8 (external forces), as ACLED does.
    """
    country = ref.country or (event_country if ref.kind in ("military", "government") else "")
    if ref.kind in ("military", "forces") and not country:
        # forces of a report that names no country: still state forces
        force = "Police Forces" if _POLICE.search(ref.surface) else "Military Forces"
        return force, 1
    if ref.kind == "government" and not country:
        return "Government", 1  # "the authorities" of a report that names no country
    if ref.kind in ("state", "military", "government") and country:
        entry = gazetteer.country(country)
        label = entry.name if entry else country
        is_military = ref.kind == "military" or (ref.kind == "state" and military)
        force = "Police Forces" if _POLICE.search(ref.surface) else "Military Forces"
        name = f"{force if is_military else 'Government'} of {label}"
        inter = 1 if not event_country or country == event_country else 8
        return name, inter
    if ref.kind == "generic" or "{country}" in ref.name:  # "Islamic State (Iraq)"
        # (a generic ref of a nation's own, "an Indian armed group", keeps its country)
        home = ref.country or event_country
        entry = gazetteer.country(home) if home else None
        name = (
            ref.name.replace("{country}", entry.name)
            if entry
            else ref.name.replace(" ({country})", "")
        )
        return name, ref.inter
    return ref.name or ref.surface, ref.inter
