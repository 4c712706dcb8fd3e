"""Names a report's layout puts where a place stands, whatever the model called them: units
("X district", "X Sadar upazila"), bracketed places and their regions ("(X)", "(X, Y)"), the
region after a unit ("... district, Herat")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.place_words import PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["known_prefix", "unit_or_boxed"]


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


def _in_boxed_list(span: Span) -> bool:
    """ "(Faridpur Sadar, Dhaka)", "(Bouca, Ouham)": a name in a bracketed list of names
    after a place, as reports give a place's units and region."""
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
        t.text in (",", "-") or (t.is_alpha and t.text[:1].isupper()) for t in inside
    )


def known_prefix(span: Span, gazetteer: GazetteerLike) -> Span | None:
    """The longest start of a placed name the gazetteer knows ("Jhenaidah" of "Jhenaidah
    Sadar upazila"), when the whole is unknown."""
    for end in range(span.end - 1, span.start, -1):
        if gazetteer.has_key(fold_name(span.doc[span.start : end].text)):
            return span.doc[span.start : end]
    return None
