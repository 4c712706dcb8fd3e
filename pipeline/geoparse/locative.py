"""Context that makes a capitalised name a place: locative words before it ("in", "near",
"shelled"), place nouns after it ("province"), "Name, Region" and the weak words that need more
("of", "to": "the mayor of X" but not "the appointment of Jones")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import DIRECTION_WORDS, RESIDENT_NOUNS
from pipeline.lexicon.place_words import LOCATIVE, OF_PLACE_NOUNS, PLACE_NOUNS, WEAK_LOCATIVE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "NOTABLE_POPULATION",
    "context_is_locative",
    "followed_by_region",
    "region_after_place",
]


#: A place this large is well known: "the desert of Palmyra", "the fronts of Aleppo".
NOTABLE_POPULATION = 20_000


def _notable(span: Span, gazetteer: GazetteerLike) -> bool:
    """Whether the name is a country's, a region's or a town's of :data:`NOTABLE_POPULATION`."""
    return any(
        c.score >= 1.0 and (c.kind != "city" or c.population >= NOTABLE_POPULATION)
        for c in gazetteer.lookup(span.text, limit=5)
    )


def _marks_place(word: Token | None, notable: Callable[[], bool]) -> bool:
    """Whether the word before a name (or the preposition governing it) says it is a place.

    Weak words need their own context (see ``WEAK_LOCATIVE``): "the city of X", "north of X",
    "Nadia Moayyad of X" or a well-known place ("the desert of Palmyra"), but not "the
    appointment of Jones" or "according to X"."""
    if word is None or word.lower_ not in LOCATIVE:
        return False
    if word.lower_ not in WEAK_LOCATIVE:
        return True
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if word.lower_ == "to":
        return before is None or before.lower_ != "according"
    if word.lower_ != "of" or before is None:
        return False
    if before.text == "," and word.i > 1:
        before = doc[word.i - 2]  # "Amstutz, of Wooster", "Sears, 41, of Grovetown"
    word_before = before.lower_
    singular = word_before[:-3] + "y" if word_before.endswith("ies") else word_before.rstrip("s")
    return (
        word_before in PLACE_NOUNS
        or singular in PLACE_NOUNS  # "neighbourhoods of Aleppo", "the cities of X"
        or word_before in OF_PLACE_NOUNS
        or word_before in DIRECTION_WORDS
        or word_before in RESIDENT_NOUNS
        or before.like_num
        or before.ent_type_ in ("PERSON", "ORG")  # "Georgia Modular Systems, of Fitzgerald"
        or notable()
    )


def context_is_locative(span: Span, gazetteer: GazetteerLike) -> bool:
    """Whether the words around ``span`` say it is a place: "in X", "X province", "shelled
    X, Y and Z", "the mayor of X"."""
    doc = span.doc

    def notable() -> bool:
        return _notable(span, gazetteer)

    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if _marks_place(before, notable) or after in PLACE_NOUNS or _bracketed_unit(span, gazetteer):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "shelled Saraqib, Sarmin and Binnish": the list's first item decides
    if (
        root.i != span.root.i
        and root.left_edge.i > 0
        and _marks_place(doc[root.left_edge.i - 1], notable)
    ):
        return True
    return root.dep_ in ("pobj", "dobj") and _marks_place(root.head, notable)


def _bracketed_unit(span: Span, gazetteer: GazetteerLike) -> bool:
    """ "Baga (Borno)", "Springfield (Illinois, USA)": a first-level region or country that
    fills the first place of the brackets after a capitalised name is where that place lies."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc):
        return False
    named = doc[span.start - 2]
    if not (named.is_alpha and named.text[:1].isupper()) or doc[span.end].text not in (")", ","):
        return False
    return any(
        c.score >= 1.0 and c.kind in ("admin1", "country")
        for c in gazetteer.lookup(span.text, limit=3)
    )


def followed_by_region(span: Span, gazetteer: GazetteerLike) -> bool:
    """ "Gainesville, Texas", "COLUMBUS, Ohio", "Tyre, Lebanon": a name followed by a comma and
    a first-level region or country is a place."""
    doc = span.doc
    start = span.end + 1
    if start >= len(doc) or doc[span.end].text != ",":
        return False
    for end in range(min(len(doc), start + 3), start, -1):
        words = doc[start:end]
        if not words[0].text[:1].isupper() or any(t.is_space for t in words):
            continue
        top = gazetteer.lookup(words.text, limit=1)
        if top and top[0].kind in ("admin1", "country") and top[0].score >= 0.95:
            return True
    return False


def region_after_place(span: Span, gazetteer: GazetteerLike) -> bool:
    """ "San Luis, Aurora": a first-level region named right after a place and a comma is that
    place's region, whatever the model called it (a person, an organisation); so is a town of
    exactly that name that ends the clause ("in Mboza, Moatize.": the village's town)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    before = doc[span.start - 2]
    # (a town the model tagged as nothing: "a raid in Barangay Tejeros, Rosario, Cavite")
    untagged_town = (
        not before.ent_type_
        and before.pos_ == "PROPN"
        and gazetteer.has_key(fold_name(before.text))
    )
    if before.ent_type_ not in ("GPE", "LOC", "FAC") and not untagged_town:
        return False
    top = gazetteer.lookup(span.text, limit=1)
    if untagged_town and not (
        top
        and top[0].kind == "admin1"
        and top[0].score >= 1.0
        # (a list of places that ends with the region, not of surnames or a noun's modifier:
        # "arrested Lopez, Guerrero and Hidalgo", "Tambo, Gauteng organizer")
        and span.start >= 3
        and doc[span.start - 3].text == ","
        and (span.end == len(doc) or doc[span.end].text in (".", ",", ";", "(", ")"))
    ):
        return False
    if top and top[0].kind in ("city", "admin2") and top[0].score >= 1.0:
        return span.end == len(doc) or doc[span.end].text in (".", ",", ";", "(", ")")
    return bool(top) and top[0].kind == "admin1" and top[0].score >= 0.95
