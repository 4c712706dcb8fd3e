"""Names a report's layout puts where a place stands, whatever the model called them: units
("X district", "X Sadar upazila"), bracketed places and their regions ("(X)", "(X, Y)"), the
region after a unit ("... district, Herat"), and a name the model cut short ("San Jose" of
"San Jose del Monte") or too long ("North Texas": Texas)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import DIRECTION_WORDS, MACRO_REGIONS
from pipeline.lexicon.place_words import PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "boxed",
    "first_listed",
    "inside_longer_name",
    "known_exactly",
    "known_prefix",
    "lengthened",
    "linked",
    "listed_after_name",
    "road_end",
    "slash_parts",
    "trimmed",
    "undirected",
    "unit_or_boxed",
    "widened_left",
]

#: Small words inside a place's name: "San Jose del Monte", "Rio de Janeiro", "Sar-e Pol".
_NAME_LINKS = frozenset({"de", "del", "da", "das", "do", "dos", "di", "des", "du", "la", "el", "e"})


def unit_or_boxed(span: Span) -> bool:
    """ "X district", "X Sadar upazila", "(X)" or "... district, X" as ACLED-style reports place
    a unit or its region: the name is a place's whatever the model called it."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    # "Shindand district, Herat": the region after a unit and its comma
    after_unit = span.start > 1 and before == "," and doc[span.start - 2].lower_ in PLACE_NOUNS
    return (
        (before == "(" and after[:1] == [")"])
        or bool(set(after) & PLACE_NOUNS)
        or after_unit
        or _in_boxed_list(span)
    )


def boxed(span: Span) -> bool:
    """ "(X, Y)" or "(X)" right after a name or a unit ("Zap (Amadiya)", "Barisal city (Barisal
    Sadar)"), as ACLED-style reports give a place's units and region; not an acronym nor
    brackets after a person's name or a common noun ("Treaty (START)", "Meaney (Green)")."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(":
        return _in_boxed_list(span)
    before = doc[span.start - 2]
    after_name = before.lower_ in PLACE_NOUNS or (
        before.is_alpha and before.text[:1].isupper() and before.ent_type_ != "PERSON"
    )
    alone = doc[span.end].text == ")" and after_name and not span.text.isupper()
    return alone or _in_boxed_list(span)


def listed_after_name(span: Span) -> bool:
    """A name in the brackets right after a place's name or unit ("Kwarbanga (Ouallam,
    Tillabery)", "Andar (Shalgar) district", "Yaqshid district (Yaqshid, Banadir)"), not in a
    credit after a sentence ("hub. (Mike Hensen, Sun Media)") nor after a small word ("If
    (Matt) had")."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text not in "()":
        start -= 1
    if start < 2 or doc[start - 1].text != "(":
        return False
    before = doc[start - 2]
    after_name = before.lower_ in PLACE_NOUNS or (
        before.is_alpha and before.text[:1].isupper() and not before.is_stop
    )
    alone = start == span.start and span.end < len(doc) and doc[span.end].text == ")"
    return after_name and (alone or _in_boxed_list(span))


def _in_boxed_list(span: Span) -> bool:
    """ "(Faridpur Sadar, Dhaka)", "(Bouca, Ouham)", "(Ville de Niamey, Niamey)": a name in a
    bracketed list of names after a place, as reports give a place's units and region."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and span.start - start < 8 and doc[start - 1].text not in "()":
        start -= 1
    while end < len(doc) and end - span.end < 8 and doc[end].text not in "()":
        end += 1
    if start == 0 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    inside = doc[start:end]
    commas = sum(t.text == "," for t in inside)
    return commas >= 1 and all(
        t.text in (",", "-", "/") or linked(t) or (t.is_alpha and t.text[:1].isupper())
        for t in inside
    )


#: Arabic articles inside names ("Sala al-Din", "Dar es Salaam"): a name goes on after them.
_ARTICLES = frozenset({"al", "el", "ad", "ag", "ar", "as", "ash", "an", "at", "az", "es", "ul"})


def known_prefix(span: Span, gazetteer: GazetteerLike) -> Span | None:
    """The longest start of a placed name the gazetteer knows ("Jhenaidah" of "Jhenaidah
    Sadar upazila"), when the whole is unknown."""
    for end in range(span.end - 1, span.start, -1):
        if linked(span.doc[end]):
            continue  # "Ville" of "Ville de Niamey" is no name of its own
        if _inside_hyphenated(span.doc, end):
            continue  # "Al" of "Al-Azim district", "Herman" of "Herman-Brousse"
        prefix = span.doc[span.start : end]
        if prefix.text.islower() or all(t.lower_ in DIRECTION_WORDS for t in prefix):
            return None  # "Central" of "Central Java", "al" of "al Mukhaysah": no place
        if gazetteer.has_key(fold_name(prefix.text)):
            return prefix if _generic_rest(span.doc[end : span.end], gazetteer) else None
    return None


#: Words after a place's name that say what part or unit of it is meant ("Kano Municipal",
#: "Jhenaidah Sadar", "Ondo West LGA", "Kora Regency", "Hama Military Airport"), besides
#: the nouns of places and compass words.
_UNIT_PARTS = frozenset(
    {"lga", "municipal", "municipality", "metropolitan", "sadar", "rural", "urban", "zone",
     "ward", "regency", "military", "international", "air", "base", "camp", "port", "dam"}
)  # fmt: skip
_GENERIC = PLACE_NOUNS | DIRECTION_WORDS | _UNIT_PARTS


def _generic_rest(rest: Span, gazetteer: GazetteerLike) -> bool:
    """Whether the words a cut leaves off only say what part of the place is meant ("Sadar",
    "West", "LGA") or name other places ("Isiolo North, Isiolo", "Johannesburg - Sandton"):
    a proper word left over makes the whole another place's name ("Adan Qorwiil" is no Aden,
    "Kouri Madaga" no village Kouri)."""
    if len(rest) and rest[0].text in ("-", "–"):
        return True  # two names a dash joins
    groups: list[list[Token]] = [[]]
    for token in rest:
        if token.text in (",", ";", "(", ")"):
            groups.append([])
        else:
            groups[-1].append(token)
    return all(
        all(t.is_punct or linked(t) or t.lower_ in _GENERIC for t in group)
        or known_exactly(rest.doc[group[0].i : group[-1].i + 1].text, gazetteer)
        for group in groups
        if group
    )


def _inside_hyphenated(doc: Doc, end: int) -> bool:
    """Whether a cut before ``doc[end]`` splits one name: at a hyphen ("Al-Azim",
    "Herman-Brousse", "Mayo-Dallah": a first part is no place of its own) or an article
    ("Sala al-Din"); not at a dash between two names ("Johannesburg - Sandton")."""
    last, after = doc[end - 1], doc[end]
    if last.text == "-" or after.lower_ in _ARTICLES:
        return True
    return after.text == "-" and not last.whitespace_


def linked(token: Token) -> bool:
    """Whether ``token`` is one of the small words inside place names ("del", "de")."""
    return token.lower_ in _NAME_LINKS


def known_exactly(text: str, gazetteer: GazetteerLike) -> bool:
    """Whether the gazetteer has a place of exactly this name (not only a near spelling)."""
    return gazetteer.has_key(fold_name(text)) and any(
        c.score >= 1.0 for c in gazetteer.lookup(text, limit=3)
    )


def slash_parts(span: Span, gazetteer: GazetteerLike) -> list[Span]:
    """Names a slash joins ("Erbil/Iraq", "Dahuk/Duhok"), each a place of its own whatever the
    model called the whole, when the gazetteer knows every one exactly; else ``[span]``."""
    from spacy.tokens import Span

    cuts = [t.i for t in span if t.text == "/"]
    if not cuts:
        return [span]
    bounds = zip([span.start - 1, *cuts], [*cuts, span.end], strict=True)
    parts = [span.doc[a + 1 : b] for a, b in bounds]
    if all(len(part) and known_exactly(part.text, gazetteer) for part in parts):
        return [Span(span.doc, part.start, part.end, label="GPE") for part in parts]
    return [span]


def lengthened(span: Span, gazetteer: GazetteerLike) -> Span:
    """``span`` run on to the longest name the gazetteer knows exactly that it starts, through
    capitalised words and the small words of names ("San Jose" -> "San Jose del Monte") or a
    last "city" ("Benin city" -> Benin City); itself when there is none."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 4:
        token = doc[end]
        if token.lower_ == "city":  # "Benin city", "Kuwait city": a name of its own, if any
            end += 1
            break
        hyphen = token.text == "-" and not token.whitespace_ and not doc[end - 1].whitespace_
        if not (linked(token) or hyphen or (token.is_alpha and token.text[:1].isupper())):
            break  # ("Issele-Uku": a hyphen inside the name)
        end += 1
    for stop in range(end, span.end, -1):
        longer = doc[span.start : stop]
        if linked(doc[stop - 1]) or doc[stop - 1].text == "-":
            continue
        if known_exactly(longer.text, gazetteer):
            from spacy.tokens import Span

            return Span(doc, span.start, stop, label=span.label)
    return span


def undirected(span: Span, gazetteer: GazetteerLike) -> Span:
    """``span`` without leading compass words ("North Texas" -> "Texas") when the whole is
    no name of its own ("North Carolina" stays), the rest is a known name and no continent
    or ocean ("North Africa" stays)."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in DIRECTION_WORDS:
        start += 1
    if start == span.start:
        return span
    top = gazetteer.lookup(span.text, limit=1)
    if top and top[0].score >= 0.95:
        return span
    rest = span.doc[start : span.end]
    key = fold_name(rest.text)
    if key in MACRO_REGIONS or not gazetteer.has_key(key):
        return span
    top = gazetteer.lookup(rest.text, limit=1)
    # the rest must be a place in its own right: not a continent ("Southern Europe" is a
    # region of its own) nor a hamlet sharing a region's last word ("Central Java")
    if not top or top[0].kind == "continent" or top[0].score < 1.0:
        return span
    if top[0].kind not in ("country", "admin1") and top[0].population < 10_000:
        return span
    from spacy.tokens import Span

    return Span(span.doc, start, span.end, label=span.label)


def first_listed(span: Span, gazetteer: GazetteerLike) -> Span:
    """The first place of an entity the model ran over a comma ("Belet Weyne, Hiraan" as one
    entity: a town and its region), when the whole is no name of its own ("Washington, D.C."
    stays) and the first part is one."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma in (span.start, span.end - 1):
        return span
    top = gazetteer.lookup(span.text, limit=1)
    if top and top[0].score >= 0.95:
        return span
    first = span.doc[span.start : comma]
    top = gazetteer.lookup(first.text, limit=1)
    if not top or top[0].score < 0.9:
        return span
    from spacy.tokens import Span

    return Span(span.doc, span.start, comma, label=span.label)


def trimmed(span: Span) -> Span | None:
    """Drop a leading determiner and trailing punctuation from an entity span, and what follows
    an opening parenthesis ("Kidal (Kidal, Kidal region)": the model's one entity is a
    place and, in brackets, its district and region)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    end = next((i for i in range(start, end) if doc[i].text == "("), end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    if end <= start:
        return None
    last = doc[end - 1].text
    if end < len(doc) and doc[end].text == "." and "." in last and not last.endswith("."):
        end += 1  # "W.Va." is the name; spaCy leaves the last period outside the entity
    from spacy.tokens import Span

    return Span(doc, start, end, label=span.label)


def widened_left(span: Span, gazetteer: GazetteerLike) -> Span:
    """``span`` run back over up to two capitalised words to a name the gazetteer knows
    exactly that it ends ("Ismail Khan", a person to the model, in "in Dera Ismail Khan");
    itself when there is none."""
    doc = span.doc
    for start in range(max(0, span.start - 2), span.start):
        words = doc[start : span.start]
        if not all(t.is_alpha and t.text[:1].isupper() and not t.ent_type_ for t in words):
            continue
        wider = doc[start : span.end]
        if known_exactly(wider.text, gazetteer):
            return wider
    return span


#: Words for a road named by the towns at its ends ("the Makamba-Rutana road").
_ROADS = frozenset({"road", "axis", "highway", "route", "corridor", "motorway", "track"})


def road_end(span: Span) -> bool:
    """Whether the name is a town at one end of a road named by its two ends ("the
    Makamba-Rutana road", "the Dori - Djibo axis"), a place whatever words stand before it;
    a street's name in capitals ("Hyland-Croy Road") is no road between two towns."""
    doc, start, end = span.doc, span.start, span.end

    def named(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()

    def road(i: int) -> bool:  # (not a street's name: "Hyland-Croy Road")
        return i < len(doc) and doc[i].text in _ROADS

    first = end + 2 < len(doc) and doc[end].text == "-" and named(end + 1) and road(end + 2)
    return first or (start >= 2 and doc[start - 1].text == "-" and named(start - 2) and road(end))


def inside_longer_name(found: Span, gazetteer: GazetteerLike) -> bool:
    """A one-word match glued to other capitalised words the gazetteer does not know with it
    ("Sheikh" of "Sheikh Maqsoud", "State" of "Islamic State", "Samba" of "Samba-Boungou"):
    the name is something else."""
    doc = found.doc
    if len(found) > 1:
        return False

    def name_word(i: int) -> bool:
        token = doc[i] if 0 <= i < len(doc) else None
        return bool(token and token.is_alpha and token.text[:1].isupper() and not token.is_stop)

    def glue(i: int) -> bool:  # a hyphen or a small word of names ("Ville de Niamey")
        return 0 <= i < len(doc) and (doc[i].text == "-" or linked(doc[i]))

    first, end = found.start, found.end
    before = first > 0 and not doc[first].is_sent_start and name_word(first - 1)
    after = name_word(end) or (glue(end) and name_word(end + 1))
    longer = doc[first : end + 2] if glue(end) else doc[first : end + 1]
    if after and gazetteer.has_key(fold_name(longer.text)):
        after = False
    return before or after
