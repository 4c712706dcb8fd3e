"""A place answered for one mention, with ACLED's geo precision read from the words before
it ("in X": the town itself; "near X", "X district": 2; a region or a country: 3)."""

from __future__ import annotations

from geodata.models import Candidate
from pipeline.geoparse.candidates import is_unit
from pipeline.geoparse.structure import unit_named
from pipeline.models import Mention, Place

__all__ = ["place_of", "precision"]

# fmt: off
_NEAR_WORDS = (
    "near", "outside", "around", "close to", "north of", "south of", "east of", "west of",
    "northeast of", "northwest of", "southeast of", "southwest of", "outskirts of",
    "countryside of", "vicinity of",
)
# fmt: on


def precision(candidate: Candidate, text_before: str) -> int:
    """ACLED's geo precision of ``candidate`` named after ``text_before``: 1 the town itself,
    2 near it or a district, 3 a region or wider.

    Examples
    --------
    >>> from geodata.models import Candidate
    >>> town = Candidate("gn:1", "Kara", "city", "ML", "", 0.0, 0.0, 1000, 1.0)
    >>> precision(town, "fighting in"), precision(town, "fighting near")
    (1, 2)
    """
    if candidate.kind in ("continent", "country", "natural"):
        return 3
    before = " ".join(text_before.lower().split()[-3:])
    near = any(before.endswith(word) for word in _NEAR_WORDS if word != "countryside of")
    if candidate.kind == "admin1":
        # "near Saada": near the governorate's namesake town, where the event is drawn
        return 2 if near else 3
    if candidate.kind == "admin2" or near or before.endswith("countryside of"):
        return 2
    return 1


def place_of(choice: tuple[Candidate, float], mention: Mention, text: str) -> Place:
    """The :class:`Place` a mention is answered with, its precision read from the words
    before it ("near X" is a place near the point, not at it)."""
    candidate, confidence = choice
    return Place(
        place_id=candidate.place_id,
        name=candidate.name,
        kind=candidate.kind,
        country=candidate.country,
        admin1=candidate.admin1,
        lon=candidate.lon,
        lat=candidate.lat,
        precision=max(
            precision(candidate, text[max(0, mention.start - 40) : mention.start]),
            # a district at its seat ("Dorn District", "Dorn district")
            2
            if candidate.kind == "city" and (is_unit(mention) or unit_named(mention, text))
            else 1,
        ),
        confidence=confidence,
        mention=mention,
    )
