"""Find toponym mentions in a parsed article: spaCy's entities checked against the gazetteer
and the context, plus gazetteer names the model missed.

Recognition only; :mod:`pipeline.geoparse.resolve` picks coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from geodata.normalize import COMPASS_WORDS, fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.boxed import (
    boxed,
    first_listed,
    inside_longer_name,
    known_exactly,
    known_prefix,
    lengthened,
    linked,
    listed_after_name,
    road_end,
    slash_parts,
    trimmed,
    undirected,
    unit_or_boxed,
    widened_left,
)
from pipeline.geoparse.locative import (
    context_is_locative,
    followed_by_region,
    region_after_place,
)
from pipeline.lexicon.actor_dictionary import (
    ASSOCIATION_WORDS,
    RESIDENT_NOUNS,
    STREET_WORDS,
    TOWN_INSTITUTIONS,
    TOWN_OF_WORDS,
)
from pipeline.lexicon.place_words import (
    LOCATIVE,
    MONTH_WORDS,
    NOT_PLACE_HEADS,
    OPEN_LABELS,
    PLACE_LABELS,
    PLACE_NOUNS,
    RESCUE_LABELS,
    SPEECH_LEMMAS,
    STATE_BODIES,
    TIME_WORDS,
)
from pipeline.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["find_mentions", "mention_role", "sentence_index_of", "span_role"]


def span_role(doc: Doc, start: int, end: int) -> str:
    """:func:`mention_role` of the characters ``start:end`` of ``doc`` (a given span, such as
    a corpus's gold toponym); ``"literal"`` when they are not whole tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return mention_role(span) if span is not None and len(span) else "literal"


def sentence_index_of(doc: Doc) -> list[int]:
    """Sentence number of every token of ``doc``."""
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _person_words(doc: Doc) -> set[str]:
    """Words of the article's full personal names ("Jordan" of "Michael Jordan"); not of a
    "name" the model calls a person where a place stands ("in Jhenaidah Sadar upazila")."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and sum(t.is_alpha for t in ent) > 1 and not _placed(ent):
            words.update(fold_name(t.text) for t in ent if t.is_alpha and t.is_title)
    return words


def _placed(span: Span) -> bool:
    """ "in X", "near X", "X district", "(X)": words that put a name where a place stands."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in LOCATIVE or after in PLACE_NOUNS or (before == "(" and after == ")")


def _locality(span: Span) -> bool:
    """Local-news uses that only a town's name has: "a Lebanon woman", "the Jordan middle
    school", "the City of Oxford", "Jolly, 60, Lebanon," (name, age, home town) and
    "400 S. Locust St., Lebanon" (an address)."""
    doc, root, start = span.doc, span.root, span.start
    if root.dep_ == "compound" and root.head.lower_ in RESIDENT_NOUNS and root.head.i > root.i:
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]] + ["", ""]
    joined = start >= 1 and doc[start - 1].text in ("-", "–")  # "the NATO-Russia Council"
    if not joined and (
        (after[0], after[1]) in TOWN_INSTITUTIONS or (after[0], "") in TOWN_INSTITUTIONS
    ):
        return True
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in TOWN_OF_WORDS:
        return True  # "the City of Oxford" (an institution's name), not "the town of Tal Afar"
    if start >= 3 and doc[start - 1].text == "," and doc[start - 3].text == ",":
        return doc[start - 2].like_num or doc[start - 2].lower_ in STREET_WORDS
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in STREET_WORDS


def mention_role(span: Span) -> str:
    """``"metonymy"`` ("Ankara said"), ``"associative"`` ("Ankara-based", "Ankara's decision"),
    ``"locality"`` ("a Lebanon woman": a town) or ``"literal"``: how the sentence uses the
    place name ``span``."""
    doc = span.doc
    root = span.root
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in ASSOCIATION_WORDS
    ):
        return "associative"
    if _locality(span):
        return "locality"
    subject = root
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_ in SPEECH_LEMMAS:
        return "metonymy"
    if root.dep_ == "pobj" and root.head.lower_ == "between":
        verb = root.head.head
        if verb.lemma_ in SPEECH_LEMMAS or verb.lemma_ in ("ceasefire", "agreement", "deal"):
            return "metonymy"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in STATE_BODIES:
        return "associative"  # "the Military Forces of Turkey": whose forces, not where
    # "Baghdad's Wathba Square", "Syria's Idlib province": a place in the place, not its doing
    if root.dep_ == "poss" and not (
        root.head.lower_ in PLACE_NOUNS or root.head.ent_type_ in ("FAC", "LOC")
    ):
        return "associative"
    return "literal"


def _bracket(span: Span) -> int:
    """Index of the first bracket, comma or "in" inside ``span`` ("the Presidential Residence
    in Bangui" as one organisation), or its start where it names a road by its two towns ("the
    Makamba-Rutana road"), else its end: the words from there are open to the gazetteer."""
    end = span.start if road_end(span[:1]) else span.end
    return next((t.i for t in span if t.text in ("(", ",", "in")), end)


def _is_person(span: Span, person_words: set[str], gazetteer: GazetteerLike) -> bool:
    if span.label_ == "PERSON":
        return True
    if span.root.ent_type_ == "PERSON":  # not "Dera Ismail Khan", a town around a person
        return span[0].ent_type_ == "PERSON" or not known_exactly(span.text, gazetteer)
    top = gazetteer.lookup(span.text, limit=1) if fold_name(span.text) in person_words else []
    return fold_name(span.text) in person_words and not (top and top[0].kind == "country")


def _is_demonym(span: Span, gazetteer: GazetteerLike) -> bool:
    """ "Syrian", "Turkish", "Iraqis": adjectives and demonyms are not toponyms."""
    if gazetteer.country_for_demonym(span.text) is None:
        return False
    top = gazetteer.lookup(span.text, limit=1)
    return not (top and top[0].kind in ("country", "admin1") and top[0].score >= 1.0)


def _names_something_else(span: Span) -> bool:
    """ "Ebola virus": a name before a word of no place; "30 Jul 2019": a month by a number."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in NOT_PLACE_HEADS:
        return True
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return len(span) == 1 and span[0].lower_ in MONTH_WORDS and any(t.like_num for t in near)


def _accept_entity(
    span: Span, person_words: set[str], gazetteer: GazetteerLike, place_keys: set[str]
) -> bool:
    key = fold_name(span.text)
    if not key or _is_demonym(span, gazetteer) or _names_something_else(span):
        return False
    if span.text == span.text.lower():
        return False  # "three black-necked swan cygnets": a word, whatever the model called it
    if span.label_ == "NORP" and span.root.pos_ == "ADJ" and span.root.head.tag_ == "NNS":
        return False  # "Arab pastoralists": a people's adjective, not Arab, Alabama
    locative = (
        context_is_locative(span, gazetteer)
        or followed_by_region(span, gazetteer)
        or region_after_place(span, gazetteer)
    )
    if _is_person(span, person_words, gazetteer) and not (
        # one sense per article: a bare name the article uses as a place elsewhere
        locative or (key in place_keys and len(span) == 1 and key not in person_words)
    ):
        return False
    if span.label_ in PLACE_LABELS:
        return True
    if _common_noun_use(span, gazetteer):
        return False
    return gazetteer.has_key(key) and (locative or key in place_keys)


def _unknown_acronym(span: Span, gazetteer: GazetteerLike) -> bool:
    """An acronym no place has as its name or code ("IED", "HQ", "APC"): a thing, whatever
    the model called it ("DRC" and "UAE" are countries' codes)."""
    text = span.text
    if len(span) != 1 or not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()):
        return False
    return not any(c.score >= 0.95 for c in gazetteer.lookup(text, limit=5))


_ARTICLES = frozenset({"the", "a", "an"})


def _common_noun_use(span: Span, gazetteer: GazetteerLike) -> bool:
    """ "the House and Senate", "a Taser wielded by": an article before a bare name the model
    did not call a place makes it a thing, unless the name is a region's ("the Gulf", "the
    Sahel") or qualifies a noun ("the Maryville church", "a Lebanon woman" are a town's)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _ARTICLES:
        return False
    if span.root.dep_ in ("compound", "amod", "nmod") or (
        span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")
    ):
        return False  # "the Maryville church", "a Chiefland bar brawl": a town's use
    exact = [c for c in gazetteer.lookup(span.text, limit=5) if c.score >= 1.0]
    return bool(exact) and all(c.kind in ("city", "admin2") for c in exact)


def _capitalised_runs(doc: Doc, covered: set[int]) -> Iterable[tuple[int, int]]:
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in covered or not _starts_name(token):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in covered and (_starts_name(doc[j]) or _joins_name(doc, j)):
            j += 1
        while j > i + 1 and _joins_name(doc, j - 1):
            j -= 1
        yield i, j
        i = j


def _starts_name(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop and len(token) > 1


def _joins_name(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return (
        text == "-" or linked(doc[i]) or text.lower() in ("al", "ad", "as", "ash", "an", "ar", "of")
    )


def _gazetteer_matches(
    doc: Doc,
    covered: set[int],
    gazetteer: GazetteerLike,
    place_keys: set[str],
    person_words: set[str],
) -> Iterable[Span]:
    for start, end in _capitalised_runs(doc, covered):
        i = start
        while i < end:
            found = None
            for j in range(min(end, i + gazetteer.max_name_tokens), i, -1):
                span = doc[i:j]
                key = fold_name(span.text)
                if key and "-" not in (doc[i].text, doc[j - 1].text) and gazetteer.has_key(key):
                    found = span
                    break
            if found is None:
                i += 1
                continue
            key = fold_name(found.text)
            sentence_start = found.start == found.sent.start
            if found.text.islower():  # "al" of "al Mukhaysah": a small word of names
                i = found.end
                continue
            if inside_longer_name(found, gazetteer) and not road_end(found):
                i = found.end
                continue
            if (
                key not in person_words
                and not all(t.lower_ in COMPASS_WORDS for t in found)
                and not _is_demonym(found, gazetteer)
                and not _names_something_else(found)
                and not _common_noun_use(found, gazetteer)
                and (
                    context_is_locative(found, gazetteer)
                    or followed_by_region(found, gazetteer)
                    or region_after_place(found, gazetteer)
                    or boxed(found)
                    or road_end(found)
                    or _after_slash(found)
                    or (key in place_keys and not sentence_start)
                )
            ):
                yield found
            i = found.end


def _after_slash(span: Span) -> bool:
    """A name after a place and a slash: "Erbil/Iraq", "Gao/Mali"."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].text == "/" and doc[i - 2].ent_type_ in PLACE_LABELS


def _region_or_town(span: Span, gazetteer: GazetteerLike) -> bool:
    """A placed name that is exactly a region's or a town's ("(Dhaka)", "in Jhenaidah"), or
    spelled another way in a bracketed list of a place's units ("(Say, Tillabery)")."""
    if _is_demonym(span, gazetteer) or _names_something_else(span):
        return False
    least = 0.8 if listed_after_name(span) else 1.0
    found = gazetteer.lookup(span.text, limit=3)
    return any(c.score >= least and c.kind in ("admin1", "admin2", "city") for c in found)


def _timeless(ent: Span) -> bool:
    """A date or time the model read in capitalised names with no word of time ("marched in
    Wajir, Kenya"): its words stay open for places."""
    words = [t for t in ent if not t.is_punct]
    return ent.label_ in ("DATE", "TIME") and all(
        t.is_alpha and t.is_title and t.lower_ not in TIME_WORDS for t in words
    )


def find_mentions(doc: Doc, article_id: str, gazetteer: GazetteerLike) -> tuple[Mention, ...]:
    """Toponym mentions of a parsed article, in text order.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article parsed by the model (entities, parse, sentences).
    article_id : str
        Copied into every mention.
    gazetteer : GazetteerLike
        Used to check names and rescue places the model missed or mislabelled.
    """
    person_words = _person_words(doc)
    sentence_of = sentence_index_of(doc)
    accepted: list[tuple[Span, str]] = []
    for ent in (part for whole in doc.ents for part in slash_parts(whole, gazetteer)):
        if ent.label_ not in PLACE_LABELS:
            continue
        span = trimmed(ent)
        if span is not None:
            span = lengthened(undirected(first_listed(span, gazetteer), gazetteer), gazetteer)
        if span is not None and _accept_entity(span, person_words, gazetteer, set()):
            accepted.append((span, ent.label_))
    place_keys = {fold_name(span.text) for span, _ in accepted}
    for ent in doc.ents:
        if ent.label_ in RESCUE_LABELS:
            span = trimmed(ent)
            unit = span is not None and unit_or_boxed(span)
            if span is not None and unit and not gazetteer.has_key(fold_name(span.text)):
                span = known_prefix(span, gazetteer)  # "Jhenaidah Sadar upazila"
            if (span := None if span is None else widened_left(span, gazetteer)) is None:
                continue
            if _accept_entity(span, person_words, gazetteer, place_keys) or (
                unit and _region_or_town(span, gazetteer)
            ):
                accepted.append((span, "GAZ"))
    # the small model often calls "Douma in Eastern Ghouta" a WORK_OF_ART: its words stay open
    # an entity run on into brackets or past a comma ("Kpabe (Sibut, Kemo", "Barangay Rubber,
    # Polomolok, South Cotabato" as one ORG) covers only its words before them
    covered = {
        i
        for ent in doc.ents
        if ent.label_ not in OPEN_LABELS and not _timeless(ent)
        for i in range(ent.start, _bracket(ent))
    }
    covered.update(i for span, _ in accepted for i in range(span.start, span.end))
    for span in _gazetteer_matches(doc, covered, gazetteer, place_keys, person_words):
        accepted.append((span, "GAZ"))
    mentions = [
        Mention(
            article_id=article_id,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            sentence_index=sentence_of[span.start],
            label=label,
            role=mention_role(span),
        )
        for span, label in accepted
        if not _unknown_acronym(span, gazetteer)
    ]
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))
