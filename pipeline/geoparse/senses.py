"""Which sense of a name an article means, from how it uses the name: a government (the
national capital), a town (local-news uses), a region ("Homs province"), or a same-named
region's city. Pure rules over mentions and candidates, read by :mod:`pipeline.geoparse.resolve`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from geodata.geometry import distance_km
from geodata.models import Candidate
from geodata.normalize import fold_name
from pipeline.geoparse.ranking import REGION_WORDS
from pipeline.models import Mention

__all__ = [
    "METONYMIC_ROLES",
    "capital_meant",
    "capital_not_country",
    "far_region_capital",
    "is_region_namesake",
    "is_world_name",
    "name_senses",
    "notable_namesake",
    "region_context",
    "unplaced_towns_out",
]

#: Mention roles (:mod:`pipeline.geoparse.mentions`) in which a name may stand for a government
#: ("Washington said", "Washington's policy", "a Washington-based group").
METONYMIC_ROLES = frozenset({"metonymy", "associative"})


def region_context(text: str, mention: Mention) -> bool:
    """Whether the words around ``mention`` say a region is meant ("Homs province", "the
    countryside of Homs")."""
    after = text[mention.end : mention.end + 16].lower().split()
    before = text[max(0, mention.start - 30) : mention.start].lower()
    return bool(after and after[0].strip(".,;") in REGION_WORDS) or any(
        f"{word} of" in before for word in REGION_WORDS
    )


def capital_meant(candidates: Sequence[Candidate], focus: Mapping[str, float]) -> bool:
    """Whether a name used for a government means the national capital among ``candidates``:
    not when a country has the name ("Mexico said") and not when a namesake lies in a
    country the article is about while the capital's country is not (London, Ontario)."""
    capitals = {c.country for c in candidates if c.feature_code == "PPLC"}
    if not capitals or any(c.kind == "country" and c.score >= 0.9 for c in candidates):
        return False
    if any(focus.get(country, 0.0) > 0 for country in capitals):
        return True
    return not any(focus.get(c.country, 0.0) > 0 for c in candidates)


def is_world_name(candidate: Candidate) -> bool:
    """Whether ``candidate`` is a country, a continent or wider area, or a curated world
    feature (an ocean, sea, large island or range: id ``feature:...``) that its name matches
    exactly: what a name means in the news unless the text places a namesake town."""
    exact = candidate.score >= 0.9
    return exact and (
        candidate.kind in ("country", "continent") or candidate.place_id.startswith("feature:")
    )


def unplaced_towns_out(
    candidates: Sequence[Candidate],
    placed: bool,
    beside: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Drop the towns and counties that share a country's, a continent's or a world feature's
    name ("Pacific", Missouri; "China", Texas; "Java", Georgia) unless the text ``placed`` the
    name as a town ("Pacific, Mo.", "a Java man") or the town lies ``beside`` the article's
    other towns ("Lebanon" in a story about Zionsville).

    Examples
    --------
    >>> ocean = Candidate("feature:p", "Pacific Ocean", "natural", "", "", -160.0, 0.0, 0, 1.0)
    >>> town = Candidate("gn:1", "Pacific", "city", "US", "Missouri", -90.7, 38.5, 7000, 1.0)
    >>> [c.name for c in unplaced_towns_out([town, ocean], placed=False)]
    ['Pacific Ocean']
    >>> [c.name for c in unplaced_towns_out([town, ocean], placed=True)]
    ['Pacific', 'Pacific Ocean']
    """
    if placed or not any(is_world_name(c) for c in candidates):
        return list(candidates)
    return [
        c
        for c in candidates
        if c.kind not in ("city", "admin2") or (beside is not None and beside(c))
    ]


def notable_namesake(candidate: Candidate) -> bool:
    """The kind of city a same-named region's name usually means: one inside that region
    (Aleppo, Kidal, Ménaka), a capital or a city of 100,000 or more; not the small towns
    elsewhere that share a state's name (Washington, Georgia)."""
    return (
        fold_name(candidate.admin1) == fold_name(candidate.name)
        or candidate.feature_code in ("PPLC", "PPLA", "PPLA2")
        or candidate.population >= 100_000
    )


def name_senses(
    mentions: Sequence[Mention],
    candidates_for: Mapping[str, Sequence[Candidate]],
    focus: Mapping[str, float],
) -> tuple[set[str], set[str]]:
    """The folded names the article uses for a government that is the national capital, and
    the names it uses as only a town's is used ("a Lebanon woman"). One sense per article:
    a use anywhere decides the name throughout."""
    governments = {fold_name(m.text) for m in mentions if m.role in METONYMIC_ROLES}
    metonymic = {key for key in governments if capital_meant(candidates_for.get(key, ()), focus)}
    local = {fold_name(m.text) for m in mentions if m.role == "locality"}
    return metonymic, local


#: A town this close to a region whose name the query is, under another spelling ("Janīn" for
#: the Jenin governorate), is the region's namesake town.
NAMESAKE_KM = 50.0


def is_region_namesake(
    candidate: Candidate, regions: set[tuple[str, str]], region_points: Sequence[Candidate]
) -> bool:
    """Whether ``candidate`` is the town a same-named region's name usually means: the same
    name (Aleppo, Homs; see :func:`notable_namesake`) or the town at the region's point, or
    a spelling variant of the region's name lying near that point. A copy of the town with no
    people, far from that point, is none (a secondary source's stray point for a district's
    seat).

    Examples
    --------
    >>> from geodata.models import Candidate
    >>> region = Candidate("r", "Kora", "admin1", "BD", "Kora", 90.0, 22.5, 0, 1.0)
    >>> seat = Candidate("s", "Kora", "city", "BD", "Delta", 90.01, 22.51, 54_000, 1.0)
    >>> stray = Candidate("f", "Kora", "city", "BD", "Kora", 89.4, 22.5, 0, 1.0)
    >>> is_region_namesake(seat, {("BD", "kora")}, [region])
    True
    >>> is_region_namesake(stray, {("BD", "kora")}, [region])
    False
    """
    if candidate.kind != "city":
        return False
    near = any(
        r.country == candidate.country and distance_km(r, candidate) <= NAMESAKE_KM
        for r in region_points
    )
    if (candidate.country, fold_name(candidate.name)) in regions:
        # the town at the region's point, whatever region a source files it under; not a
        # point with no people far from it (a stray copy of the town's)
        return near or (notable_namesake(candidate) and candidate.population > 0)
    return near


def far_region_capital(candidates: Sequence[Candidate], regions: Sequence[Candidate]) -> bool:
    """Whether a national capital among ``candidates`` shares its name with a region of its
    country far away (Washington): the capital is the name's sense in the news."""
    return any(
        c.feature_code == "PPLC" and r.country == c.country and distance_km(r, c) > FAR_REGION_KM
        for c in candidates
        for r in regions
        if fold_name(r.name) == fold_name(c.name)
    )


#: A region this far from the same-named capital does not contain it (Washington state).
FAR_REGION_KM = 300.0


def capital_not_country(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop a country that has the name only as another name of its own when its capital has
    it as its very name ("Tunis" is the city, not Tunisia).

    Examples
    --------
    >>> city = Candidate("gn:1", "Tunis", "city", "TN", "Tunis", 10.2, 36.8, 693_210, 1.0, "PPLC")
    >>> country = Candidate("country:TN", "Tunisia", "country", "TN", "", 9.0, 34.0, 0, 0.9)
    >>> [c.name for c in capital_not_country([city, country])]
    ['Tunis']
    """
    capitals = {c.country for c in candidates if c.feature_code == "PPLC" and c.score >= 1.0}
    return [
        c
        for c in candidates
        if not (c.kind == "country" and c.score < 1.0 and c.country in capitals)
    ]
