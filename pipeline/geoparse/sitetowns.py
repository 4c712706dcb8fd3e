"""Towns that name a site or its people: "a riot in the Kitwe Central Prison", "teachers of a
Kumasi primary school", "Eldoret residents", "the convoy of the Mombasa governor".

A report that names no place of its own often names its town only this way. Such names say
where an organisation or a people belongs, so they are no toponyms of their own (see
:mod:`pipeline.geoparse.embedded`); they are the place of last resort for the events of an
article that names no town or region, with role ``"locality"`` (the people's or the site's
own town, where the event most likely took place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.embedded import mention_of
from pipeline.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["SITE_LABEL", "SITE_WORDS", "site_towns"]

#: The label of their mentions.
SITE_LABEL = "SITE"

#: Sites, people and local office-holders a town's name may qualify.
SITE_WORDS = frozenset(
    {"jail", "prison", "court", "courthouse", "market", "school", "polytechnic", "airport",
     "port", "seaport", "hospital", "stadium", "building", "station", "resident", "residents",
     "governor", "mayor"}
)  # fmt: skip
#: Words that may follow a town's name inside a site's name ("the Kitwe Central Prison");
#: any other word makes the name a longer one ("Liverpool Street station", "Aden Adde
#: International Airport"). (Universities, colleges and churches are often named after a
#: person or a town elsewhere: "Columbia University" is in New York.)
_SITE_QUALIFIERS = frozenset(
    {"central", "international", "city", "state", "main", "general", "teaching", "regional",
     "municipal", "district", "provincial", "national", "town", "county", "federal", "referral",
     "police", "railway", "bus", "magistrates", "magistrate", "education"}
)  # fmt: skip
#: A town a report would be placed at: a large one, whose name is seldom anything else.
_MIN_POPULATION = 100_000
#: Its name or another spelling of it ("Basra" of Al Basrah), no looser match.
_SPELLING = 0.9
#: Entity labels of people's names: "George" of "George Smith's school" is no town.
_PERSON_LABELS = frozenset({"PERSON"})


def site_towns(
    doc: Doc, article_id: str, gazetteer: GazetteerLike, taken: tuple[Mention, ...] = ()
) -> tuple[Mention, ...]:
    """Towns of 100,000 or more named before a site, a people or an office-holder.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    article_id : str
        Copied into every mention.
    gazetteer : GazetteerLike
        Checks that the words are exactly a large town's name.
    taken : tuple of Mention
        Mentions found otherwise; a town overlapping them is skipped.

    Returns
    -------
    tuple of Mention
        Role ``"locality"``, in text order.

    Examples
    --------
    In "Inmates rioted in the Kitwe Central Prison." the town is "Kitwe"; in "Eldoret residents
    burnt tyres." it is "Eldoret"; in "a primary school" there is none.
    """
    occupied = [(m.start, m.end) for m in taken]
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    found: list[Mention] = []
    for token in doc:
        if token.lemma_.lower() not in SITE_WORDS and token.lower_ not in SITE_WORDS:
            continue
        span = _town_before(token, gazetteer)
        if span is None or any(s < span.end_char and span.start_char < e for s, e in occupied):
            continue
        occupied.append((span.start_char, span.end_char))
        found.append(mention_of(span, article_id, sentence_of, SITE_LABEL, "locality"))
    return tuple(found)


def _town_before(noun: Token, gazetteer: GazetteerLike) -> Span | None:
    """The large town whose name opens the capitalised words that qualify ``noun`` ("Kitwe" of
    "the Kitwe Central Prison", "Kumasi" of "a Kumasi primary school")."""
    doc = noun.doc
    words = [t for t in doc[noun.left_edge.i : noun.i] if t.text[:1].isupper() and t.is_alpha]
    if not words or words[0].ent_type_ in _PERSON_LABELS:
        return None
    start = words[0].i
    if start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        return None  # "the Murtala Muhammed Lagos terminal": a name running on from before
    end = start
    while end < noun.i and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    for stop in range(end, start, -1):
        span = doc[start:stop]
        rest = doc[stop:end]
        if all(t.lower_ in _SITE_QUALIFIERS for t in rest) and _large_town(span.text, gazetteer):
            return span
    return None


def _large_town(text: str, gazetteer: GazetteerLike) -> bool:
    key = fold_name(text)
    if not key or not gazetteer.has_key(key):
        return False
    top = gazetteer.lookup(text, limit=3)
    return any(
        c.score >= _SPELLING and c.kind == "city" and c.population >= _MIN_POPULATION for c in top
    )
