"""Names the language model takes for organisations that are places: "killed 2 civilians in
Igbo-Igana", "stormed Mathemba Secondary School", "attacked Toumour", "took control of
Al-Toqli"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.geoparse.candidates import SEATED_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["names_a_place"]

_WHERE = frozenset({"in", "at", "near", "around", "outside", "inside", "from", "to", "towards"})
#: Organisations' names that are their buildings or grounds.
_SITE_NOUNS = frozenset(
    {"school", "college", "university", "hospital", "market", "camp", "village", "house",
     "church", "mosque", "barangay", "station", "office", "stadium", "prison", "hotel"}
)  # fmt: skip


def _a_place(root: Token) -> bool:
    """An organisation's name used for a place: after "in/at/near" or "control of", or a
    school, market..."""
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        holder = root.head.head  # "took control of Al-Toqli" ("of" may hang on "took")
        objects = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
        if any(t.lemma_ == "control" for t in objects):
            return True
    return (root.dep_ == "pobj" and root.head.lower_ in _WHERE) or root.lower_ in _SITE_NOUNS


#: Unit words that close a place phrase the model took for a name ("Ijojo in Akure LGA").
_UNIT_WORDS = SEATED_UNITS | {"lga", "county", "province", "state", "region", "governorate"}
#: Words of an organisation's name, which a village's lacks.
_ORGANISATION_WORDS = frozenset(
    {"company", "department", "agreement", "centre", "center", "institute", "ministry",
     "council", "party", "union", "front", "movement", "army", "group", "forces", "force",
     "brigade", "association", "committee", "commission", "league", "alliance", "militia",
     "vigilante", "vigilantes", "fighters", "rebels", "militants", "guards", "defence",
     "defense", "warriors", "youth", "youths", "boys", "men", "brigades", "militias"}
)  # fmt: skip
#: Acts done to a place: what they are done to, named in words, is a village more likely than
#: a group (whose unknown name comes in capitals or with its men: "the TPNPB", "BIFF men").
_DONE_TO_PLACES = frozenset(
    {"attack", "raid", "storm", "overrun", "invade", "besiege", "occupy", "loot", "torch",
     "burn", "shell", "bomb", "ransack"}
)  # fmt: skip


def _a_village(ent: Span) -> bool:
    """ "attacked Toumour", "raided Kindi-Midom": a name in words, none of them an
    organisation's, that an act is done to, or one the model ran on into its place ("Ijojo
    in Akure South LGA"), is a village the gazetteer lacks."""
    words = ent.text.split()
    if " in " in ent.text:
        return ent.text.rsplit(" in ", 1)[1].split()[-1].lower() in _UNIT_WORDS
    return (
        ent.root.dep_ == "dobj"
        and ent.root.head.lemma_.lower() in _DONE_TO_PLACES
        and len(words) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not any(w.lower() in _ORGANISATION_WORDS for w in words)
    )


def names_a_place(ent: Span) -> bool:
    """Whether a name the model calls an organisation is used for a place: after "in/at/near"
    or "control of", a school, a market..., or a village an act is done to.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Gunmen attacked Toumour")
    >>> doc[2].dep_, doc[2].head, doc[1].lemma_ = "dobj", doc[1], "attack"
    >>> names_a_place(doc[2:3])
    True
    """
    return _a_place(ent.root) or _a_village(ent)
