"""People to the bodies they act for, from their titles in the article ("Turkish Defense
Minister Hulusi Akar", "Turkey's President X", "X, the leader of the Y Party (YP)") and the
dictionary's known people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import (
    ActorLexicon,
    ActorRef,
    country_of_word,
    state_body,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["person_bodies"]

_MILITARY_TITLES = (
    "defense minister",
    "defence minister",
    "chief of staff",
    "commander",
    "general",
    "army chief",
    "military spokesman",
)
_TITLE_WORDS = frozenset(
    {
        "president",
        "minister",
        "leader",
        "commander",
        "spokesman",
        "spokeswoman",
        "general",
        "chief",
        "envoy",
        "ambassador",
        "king",
        "emir",
        "premier",
        "chancellor",
        "head",
        "chairman",
        "secretary",
    }
)


def person_bodies(doc: Doc, lexicon: ActorLexicon, gazetteer: GazetteerLike) -> dict[str, ActorRef]:
    """Map people named in the article (full name and surname, folded) to the body they act for.

    Reads titles in the article ("Turkish Defense Minister Hulusi Akar", "Turkey's President
    X", "X, the leader of the Y Party (YP)"), then the dictionary's known people.
    """
    bodies: dict[str, ActorRef] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        ref = _titled_body(ent, gazetteer) or _appositive_body(ent)
        if ref is None:
            continue
        bodies.setdefault(fold_name(ent.text), ref)
        bodies.setdefault(fold_name(ent[-1].text), ref)
    for key, template in lexicon.persons.items():
        body = state_body(template)
        if key not in bodies and body is not None:
            kind, iso2 = body
            # the surface tells police from army when the force is named ("PNP", "NDS")
            surface = f"{key} police" if template.startswith("Police") else key
            bodies[key] = ActorRef(kind, iso2, "", None, -1, -1, -1, surface)
        elif key not in bodies:
            entry = lexicon.alias_index.get(fold_name(template))
            inter = entry.inter if entry else None
            bodies[key] = ActorRef(
                "group", entry.country if entry else "", template, inter, -1, -1, -1, key
            )
    return bodies


def _titled_body(ent: Span, gazetteer: GazetteerLike) -> ActorRef | None:
    doc = ent.doc
    left = doc[max(ent.sent.start, ent.start - 5) : ent.start]
    title = " ".join(t.lower_ for t in left)
    if not any(word in _TITLE_WORDS for word in title.split()):
        return None
    country = None
    for token in left:
        country = country_of_word(token, gazetteer) or country
    if country is None:
        return None
    kind = "military" if any(t in title for t in _MILITARY_TITLES) else "government"
    return ActorRef(kind, country, "", None, ent.root.i, ent.start, ent.end, ent.text)


def _appositive_body(ent: Span) -> ActorRef | None:
    doc = ent.doc
    for token in ent.root.children:
        if token.dep_ != "appos" or token.lemma_ not in _TITLE_WORDS:
            continue
        for org in doc.ents:
            if org.label_ == "ORG" and token.i < org.start <= token.i + 8:
                name = org.text.removeprefix("the ").removeprefix("The ")
                after = doc[org.end : org.end + 3].text
                if after.startswith("(") and ")" in after:
                    name = f"{name} {after[: after.index(')') + 1]}"
                return ActorRef("group", "", name, 3, ent.root.i, ent.start, ent.end, ent.text)
    return None
