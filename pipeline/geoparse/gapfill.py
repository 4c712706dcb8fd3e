"""Which gap-filling villages the text itself points to.

Who's On First adds hundreds of thousands of villages (:func:`geodata.models.gap_filling`),
and their names repeat across a country: a name like "Sabon Gari" ("new town") is a village in
many districts. Such a village is only an answer where the report points to it: it lies near a town
or district the report names, or in a region it names, or it is the one place of its name in
its country, where every other place the report names lies, not far from them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from geodata.geometry import distance_km
from geodata.models import Candidate, gap_filling
from pipeline.geoparse.candidates import INEXACT, small_namesake
from pipeline.geoparse.context import NEAR_KM
from pipeline.geoparse.structure import names_unknown_inside
from pipeline.models import Mention

__all__ = [
    "ALONE_KM",
    "NEAR_TOWN_KM",
    "NEAR_UNIT_KM",
    "WORLD_CITY",
    "far_from_anchor",
    "pointed_villages",
    "without_unknown_inside",
]

#: A village within this distance of a town the report names is the one meant.
NEAR_TOWN_KM = 25.0
#: ... or within this distance of a district it names.
NEAR_UNIT_KM = 80.0
#: The one village of its name in its country is meant unless the report names a place in
#: another country, or a town or district there farther than this ("the An Najih area of
#: Aleppo": not Daraa's, 370 km off).
ALONE_KM = 150.0


def far_from_anchor(candidate: Candidate, anchor: Candidate) -> bool:
    """Whether ``candidate`` lies too far from the town the text puts it near ("X near Y") to
    be meant."""
    return (
        anchor.kind in ("city", "admin2")
        and anchor.score >= INEXACT
        and distance_km(candidate, anchor) > NEAR_KM
    )


def _filler(candidate: Candidate) -> bool:
    return gap_filling(candidate.place_id, candidate.population)


def _points_to(village: Candidate, anchor: Candidate) -> bool:
    if village.country != anchor.country:
        return False
    if anchor.kind == "admin1":
        return bool(village.admin1) and village.admin1 == anchor.admin1
    reach = NEAR_TOWN_KM if anchor.kind == "city" else NEAR_UNIT_KM
    return distance_km(village, anchor) <= reach


#: People of a city that outshines the hamlets of its name anywhere ("London", "Kabul").
WORLD_CITY = 500_000


def _outshining(found: Sequence[Candidate]) -> tuple[bool, set[str]]:
    """Whether a city of the name outshines its villages anywhere, and the countries where
    one does: a city of :data:`WORLD_CITY` people or more anywhere, of 100,000 or more in the
    village's country (only a town or district the report names beside the village then
    points to it: "Abuja" is the capital, not a hamlet in the Borno the report names)."""
    cities = [
        c
        for c in found
        if c.kind == "city"
        and not _filler(c)
        and c.score >= INEXACT  # (a lookalike does not: "Tire" is no Tehran)
        and not small_namesake(c)
    ]
    return any(c.population >= WORLD_CITY for c in cities), {c.country for c in cities}


def pointed_villages(
    candidates_for: Mapping[str, Sequence[Candidate]],
    first: Mapping[str, tuple[Candidate, float] | None],
) -> dict[str, list[Candidate]]:
    """Drop the gap-filling villages the report does not point to (pure).

    Parameters
    ----------
    candidates_for : mapping of str to sequence of Candidate
        Each folded name's candidates.
    first : mapping of str to (Candidate, float) or None
        Each name's first-pass answer: the towns, districts and regions among them (not
        gap-filling villages themselves) are what the report names.

    Returns
    -------
    dict of str to list of Candidate
        The candidates, without the villages that lie near no town or district the report
        names (:data:`NEAR_TOWN_KM`, :data:`NEAR_UNIT_KM`) and in no region it names, unless
        the village is its name's one place in its country and every other place the report
        names lies in that country, its towns and districts within :data:`ALONE_KM`. Where a
        city outshines the village (:func:`_outshining`), only a town or district the report
        names beside it points to it.

    Examples
    --------
    >>> far = Candidate("wof:1", "Kara", "city", "CF", "Ouham", 16.0, 7.0, 0, 1.0)
    >>> near = Candidate("wof:2", "Kara", "city", "CF", "Ouham-Pende", 16.45, 6.4, 0, 1.0)
    >>> town = Candidate("gn:3", "Dorn", "city", "CF", "Ouham-Pende", 16.4, 6.3, 20000, 1.0)
    >>> kept = pointed_villages({"kara": [far, near], "dorn": [town]}, {"dorn": (town, 0.9)})
    >>> [c.place_id for c in kept["kara"]]
    ['wof:2']
    >>> pointed_villages({"kara": [far]}, {"kara": (far, 0.9)})["kara"][0].place_id
    'wof:1'
    """
    anchors = [
        (key, choice[0])
        for key, choice in first.items()
        if choice is not None
        and not _filler(choice[0])
        and choice[0].kind in ("city", "admin2", "admin1")
        and choice[0].score >= INEXACT
    ]
    kept: dict[str, list[Candidate]] = {}
    for key, found in candidates_for.items():
        named = [anchor for other, anchor in anchors if other != key]
        beside = [anchor for anchor in named if anchor.kind != "admin1"]
        world, home = _outshining(found)
        countries = Counter(c.country for c in found)
        kept[key] = [
            c
            for c in found
            if not _filler(c)
            or any(
                _points_to(c, anchor)
                for anchor in (beside if world or c.country in home else named)
            )
            or (
                not (world or c.country in home)
                and countries[c.country] == 1
                and all(
                    anchor.country == c.country
                    and (anchor.kind == "admin1" or distance_km(c, anchor) <= ALONE_KM)
                    for anchor in named
                )
            )
        ]
    return kept


def without_unknown_inside(
    mentions: Sequence[Mention], text: str, candidates_for: Mapping[str, Sequence[Candidate]]
) -> tuple[dict[str, list[Candidate]], set[str]]:
    """Leave only its gap-filling villages to a name the text puts inside a region or country
    where the gazetteer's towns hold no place of it (see
    :func:`pipeline.geoparse.structure.names_unknown_inside`): "Douma and Toula (Douentza,
    Mopti)" is no Douma in Syria, and may be a Malian village of that name.

    Returns
    -------
    (dict of str to list of Candidate, set of str)
        The candidates, and the names found unknown inside their region.
    """
    towns = {key: [c for c in found if not _filler(c)] for key, found in candidates_for.items()}
    unknown = names_unknown_inside(mentions, text, towns, INEXACT)
    kept = {
        key: [c for c in found if key not in unknown or _filler(c)]
        for key, found in candidates_for.items()
    }
    return kept, unknown
