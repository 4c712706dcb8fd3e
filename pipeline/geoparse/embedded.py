"""Toponyms inside organisation names: "Ohio" in "Ohio State University", "Texas" in "the Texas
Department of Health", "Georgia" in "University of Georgia".

They say where an organisation belongs, not where something happened, so they are mentions with
role ``"embedded"``: never an event's place, but reported by ``geoparse`` as toponyms (both LGL
and GeoVirus annotate them). A newspaper's title ("the New York Times") is not counted, and a
common word that is also some town ("Metro", "Union") only when the article names that place on
its own. Country adjectives ("Russian troops") are kept apart: reported by ``geoparse
--inclusive`` only, with role ``"demonym"``, for corpora whose annotation counts them (LGL).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from geodata.normalize import COMPASS_WORDS, fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["EMBEDDING_LABELS", "demonym_mentions", "embedded_mentions", "mention_of"]

#: Entity labels whose names may embed a place name.
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})

#: An organisation is named after a country, a continent, a well-known region or town, or a
#: place the article names on its own ("Dublin" in "Dublin City Council" of a Dublin story).
_NAMED_AFTER = ("country", "continent")
_MIN_REGION_POPULATION = 500_000
_MIN_TOWN_POPULATION = 100_000

#: Words that belong to the organisation's name, never to the place inside it.
_ORG_WORDS = frozenset(
    {
        "state",
        "university",
        "college",
        "school",
        "department",
        "police",
        "hospital",
        "bank",
        "county",
        "office",
        "board",
        "court",
        "national",
        "general",
    }
)

#: Words that make an organisation a newspaper or broadcaster ("the New York Times", "Voice of
#: America"): its title names where it is published, not a place the story is about.
_PRESS_WORDS = frozenset(
    {
        "times",
        "journal",
        "news",
        "post",
        "herald",
        "tribune",
        "gazette",
        "chronicle",
        "register",
        "telegraph",
        "courier",
        "dispatch",
        "daily",
        "voice",
        "radio",
        "television",
    }
)

_UNITS = frozenset({"county", "parish", "district", "township", "borough", "province"})


def _names_place(span: Span, gazetteer: GazetteerLike, known: frozenset[str]) -> bool:
    """Whether ``span`` is a place's own name (no alternate spelling) that an organisation
    would be named after: common words that are also some town ("Metro", "Superior", "Union")
    count only when the article names that place elsewhere."""
    key = fold_name(span.text)
    if not key or not gazetteer.has_key(key):
        return False
    if key in known:
        return any(c.score >= 1.0 for c in gazetteer.lookup(span.text, limit=3))
    return any(
        c.score >= 1.0
        and (
            c.kind in _NAMED_AFTER
            or (c.kind == "admin1" and c.population >= _MIN_REGION_POPULATION)
            or (c.kind == "city" and c.population >= _MIN_TOWN_POPULATION)
        )
        for c in gazetteer.lookup(span.text, limit=3)
    )


def _longest_place(
    doc: Doc, start: int, end: int, gazetteer: GazetteerLike, known: frozenset[str]
) -> Span | None:
    """The longest gazetteer place name starting at token ``start`` and ending by ``end``."""
    stop = min(end, start + gazetteer.max_name_tokens)
    for j in range(stop, start, -1):
        span = doc[start:j]
        if span[0].lower_ in _ORG_WORDS or span[-1].lower_ in _ORG_WORDS or span[-1].is_punct:
            continue
        if all(t.lower_ in COMPASS_WORDS for t in span):
            continue
        if j < end and doc[j].text == "-":
            continue  # "Wal-Mart"
        if j < end and doc[j].lower_ in _UNITS:
            return doc[start : j + 1]  # "Douglas County Sheriff's Office": the county
        if _names_place(span, gazetteer, known):
            return span
    return None


def _is_press(entity: Span) -> bool:
    words = [t.lower_ for t in entity if not t.is_punct]
    return bool(words) and (words[-1] in _PRESS_WORDS or words[0] in _PRESS_WORDS)


def _places_in(entity: Span, gazetteer: GazetteerLike, known: frozenset[str]) -> Iterator[Span]:
    doc = entity.doc
    start = entity.start
    while start < entity.end and doc[start].lower_ == "the":
        start += 1
    # the name's head: "Ohio State University", "U.S. Department of Energy"
    if start < entity.end and doc[start].text[:1].isupper():
        head = _longest_place(doc, start, entity.end, gazetteer, known)
        if head is not None and head.end < entity.end:
            yield head
    # its complement: "University of Georgia", "Bank of America"
    for token in doc[start : entity.end]:
        if token.lower_ == "of" and token.i + 1 < entity.end:
            nxt = token.i + 1
            if doc[nxt].text[:1].isupper():
                found = _longest_place(doc, nxt, entity.end, gazetteer, known)
                if found is not None and found.end == entity.end:
                    yield found


def embedded_mentions(
    doc: Doc,
    article_id: str,
    gazetteer: GazetteerLike,
    taken: Iterable[Mention] = (),
) -> tuple[Mention, ...]:
    """Place names embedded in the organisation names of ``doc``, skipping spans already taken.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    article_id : str
        Copied into every mention.
    gazetteer : GazetteerLike
        Checks that the embedded words name a country, region or well-known town.
    taken : iterable of Mention
        Mentions found otherwise; an embedded one overlapping them is dropped.
    """
    taken = tuple(taken)
    occupied = [(m.start, m.end) for m in taken]
    known = frozenset(fold_name(m.text) for m in taken)
    found: list[Mention] = []
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    for entity in doc.ents:
        if entity.label_ not in EMBEDDING_LABELS or _is_press(entity):
            continue
        for span in _places_in(entity, gazetteer, known):
            if any(s < span.end_char and span.start_char < e for s, e in occupied):
                continue
            occupied.append((span.start_char, span.end_char))
            found.append(mention_of(span, article_id, sentence_of, entity.label_, "embedded"))
    return tuple(found)


def mention_of(
    span: Span, article_id: str, sentence_of: dict[int, int], label: str, role: str
) -> Mention:
    """A mention of the words ``span``, in the sentence ``sentence_of`` gives its first token."""
    return Mention(
        article_id=article_id,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        sentence_index=sentence_of.get(span.start, 0),
        label=label,
        role=role,
    )


def demonym_mentions(
    doc: Doc,
    article_id: str,
    gazetteer: GazetteerLike,
    taken: Iterable[Mention] = (),
) -> tuple[Mention, ...]:
    """Country adjectives and demonyms of ``doc`` ("Russian troops", "Palestinians"), role
    ``"demonym"``, skipping spans already taken.

    They are not places and never an event's place; they are reported for corpora whose
    annotation counts them as toponyms (LGL does, GeoVirus does not).
    """
    occupied = [(m.start, m.end) for m in taken]
    sentence_of = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    found: list[Mention] = []
    for entity in doc.ents:
        if entity.label_ != "NORP":
            continue
        start, end = entity.start, entity.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        span = doc[start:end]
        if not span.text or gazetteer.country_for_demonym(span.text) is None:
            continue
        if any(s < span.end_char and span.start_char < e for s, e in occupied):
            continue
        found.append(mention_of(span, article_id, sentence_of, "NORP", "demonym"))
    return tuple(found)
