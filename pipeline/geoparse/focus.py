"""Which countries an article is about, from the names it uses, before any name is resolved."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from geodata.models import Candidate, gap_filling
from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.candidates import INEXACT, small_namesake
from pipeline.models import Mention

__all__ = ["answerable", "country_focus", "focus_apart", "is_gap_filler", "needs_its_country"]


def is_gap_filler(candidate: Candidate) -> bool:
    """Whether a candidate is a village from a gap-filling source (Who's On First) that
    GeoNames lacks (:func:`geodata.models.gap_filling`): such a village is a candidate only in
    an article about its country, and never sets the focus ("District", "Office" and "Subway"
    are villages somewhere)."""
    return gap_filling(candidate.place_id, candidate.population)


#: A region named by a direction alone ("East", "Central", "Centre-Nord"): many countries
#: name a region so, and the words mostly mean a part of something else ("Shan State (East)").
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "centre", "center", "central", "northern", "southern",
     "eastern", "western", "northeast", "northwest", "southeast", "southwest", "north east",
     "north west", "south east", "south west", "far north", "far west", "mid west", "midwest",
     "est", "nord", "sud", "ouest", "centre nord", "centre sud", "centre est", "centre ouest",
     "nord est", "nord ouest", "sud est", "sud ouest", "centrale", "oriental", "orientale",
     "occidental", "occidentale", "septentrional", "meridional"}
)  # fmt: skip


def needs_its_country(candidate: Candidate) -> bool:
    """Whether a candidate is an answer only in an article about its country, and never sets
    the focus: a gap-filling village (see :func:`is_gap_filler`) or a region named by a
    direction alone ("East" is a region of Cameroon; "Shan State (East)" is not there)."""
    return is_gap_filler(candidate) or fold_name(candidate.name) in _DIRECTIONS


def answerable(candidate: Candidate, key: str, focus: dict[str, float]) -> bool:
    """Whether a candidate of the name ``key`` (folded) may answer in an article with this
    country ``focus``: one that needs its country (:func:`needs_its_country`) only there, and
    a direction word only by its exact name ("East" is no Mpumalanga, once Eastern Transvaal)
    and never as a town's (a list's "East" for the seat of East Sikkim: "in Biratnagar city,
    East" is Nepal's Eastern region).

    Examples
    --------
    >>> from geodata.models import Candidate, gap_filling
    >>> region = Candidate("za", "Mpumalanga", "admin1", "ZA", "", 30.1, -25.9, 4_000_000, 0.9)
    >>> answerable(region, "east", {"ZA": 1.0}), answerable(region, "mpumalanga", {})
    (False, True)
    """
    if key in _DIRECTIONS and (candidate.score < 1.0 or candidate.kind == "city"):
        return False
    return not needs_its_country(candidate) or focus.get(candidate.country, 0.0) > 0.0


def country_focus(
    mentions: Sequence[Mention],
    gazetteer: GazetteerLike,
    demonym_countries: Iterable[str] = (),
    *,
    region_sentences: Collection[int] = (),
) -> dict[str, float]:
    """Share of the article's attention per country, from country names, demonyms and places
    whose every candidate lies in one country; and in the sentences ``region_sentences`` (by
    index), regions whose other namesakes are small towns ("at Dole (Konduga LGA, Borno)":
    Borno is Nigeria's, not a village in Italy)."""
    votes: dict[str, float] = {}
    capitals: set[str] = set()  # their countries
    for mention in mentions:
        # a name that only looks like a place's ("Tamarou" for Tamaru, Japan) says nothing
        # of the story's country
        found = [
            c
            for c in gazetteer.lookup(mention.text, limit=5)
            if not needs_its_country(c) and c.score >= INEXACT
        ]
        if not found:
            continue
        countries = {c.country for c in found if c.country}
        regions = [c for c in found if c.kind == "admin1" and c.score >= 0.95]
        if found[0].kind == "country" and found[0].score >= 0.95 and regions:
            # "Georgia": a country and a US state; the name alone says little about focus
            for iso2 in {found[0].country, *(r.country for r in regions)}:
                votes[iso2] = votes.get(iso2, 0.0) + 0.5
        elif found[0].kind == "country" and found[0].score >= 0.95:
            votes[found[0].country] = votes.get(found[0].country, 0.0) + 2.0
        elif len(countries) == 1 or (
            mention.sentence_index in region_sentences and _region_over_villages(found)
        ):
            country = countries.pop() if len(countries) == 1 else found[0].country
            votes[country] = votes.get(country, 0.0) + 1.0
        elif _capital_over_villages(found):
            capitals.add(found[0].country)
    for iso2 in demonym_countries:
        votes[iso2] = votes.get(iso2, 0.0) + 1.0
    if votes:
        # a capital is most often meant where other names or nationalities point elsewhere
        # ("Pakistani" in a report from Kabul), but towns abroad share some capitals' names
        # (Tripoli in Lebanon): half a vote each, and none on its own
        for iso2 in capitals:
            votes[iso2] = votes.get(iso2, 0.0) + 0.5
    total = sum(votes.values())
    return {iso2: count / total for iso2, count in votes.items()} if total else {}


#: How many times a capital's people outnumber a namesake town's abroad for the name to
#: point to the capital's country.
_CAPITAL_MARGIN = 50


def _capital_over_villages(found: Sequence[Candidate]) -> bool:
    """Whether the first candidate is a country's capital of an exact name and every other
    one abroad a town of under a fiftieth of its people ("Kabul": not the small town in
    Israel; "Tripoli" could be the Lebanese city)."""
    capital = found[0]
    return (
        capital.kind == "city"
        and capital.feature_code == "PPLC"
        and capital.score >= 0.95
        and all(
            c.country == capital.country
            or (c.kind == "city" and c.population * _CAPITAL_MARGIN < capital.population)
            for c in found[1:]
        )
    )


def _region_over_villages(found: Sequence[Candidate]) -> bool:
    """Whether the first candidate is a region of an exact name and every other one a small
    town or county (see :func:`pipeline.geoparse.candidates.small_namesake`) or a place of
    the region's country ("Mandera": the Kenyan county and its town)."""
    return (
        found[0].kind == "admin1"
        and found[0].score >= 0.95
        and all(small_namesake(c) or c.country == found[0].country for c in found[1:])
    )


def focus_apart(
    mentions: Sequence[Mention],
    first: Mapping[str, tuple[Candidate, float] | None],
    gazetteer: GazetteerLike,
    unit_countries: Iterable[str] = (),
    text: str = "",
) -> dict[str, dict[str, float]]:
    """For each name whose first answer is a small town (see
    :func:`pipeline.geoparse.candidates.small_namesake`), the countries the article's *other*
    regions and larger towns point to.

    A small town's own name is no evidence that the story is in its country: such towns are
    judged by the article's regions and larger towns ("in Jiji district, Paktia"; a region
    that shares its name with villages abroad counts in the town's own sentences), not by the
    nationalities of the people in it ("Russian mercenaries in Bambari"), the countries they
    come from ("herders from Niger clashed in Malanville") or other small towns; a country
    counts only where ``text`` puts something in it ("in the Gara region of northern Iraq").
    """
    units = list(unit_countries)
    sentences: dict[str, set[int]] = {}
    for mention in mentions:
        sentences.setdefault(fold_name(mention.text), set()).add(mention.sentence_index)
    local = [
        m
        for m in mentions
        if (choice := first.get(fold_name(m.text)))
        and (choice[0].kind != "country" or located_in(m, text))
        and not small_namesake(choice[0])
    ]
    return {
        key: country_focus(
            [m for m in local if fold_name(m.text) != key],
            gazetteer,
            units,
            region_sentences=sentences.get(key, set()),
        )
        for key, choice in first.items()
        if choice is not None and small_namesake(choice[0]) and choice[0].score >= INEXACT
    }


#: Words that put what comes before them in the country named next: "in Iraq", "a region of
#: northern Iraq", "in the north of Iraq", "across Mali" (not "herders from Niger", "on his way
#: to Russia", "a convoy of U.S. forces").
_INSIDE = re.compile(
    r"\b(?:(?:in|inside|within|across|throughout)\s+(?:the\s+)?(?:{d}\s+)?|of\s+{d}\s+"
    r"|(?:in|of)\s+the\s+(?:far\s+)?(?:north|south|east|west)\w*\s+of\s+)$".format(
        d=r"(?:far\s+)?(?:north|south|east|west|central)\w*(?:[- ](?:north|south|east|west)\w*)?"
    ),
    re.I,
)
#: Verbs of a life or a career before "in": "a fighter who had fought in Syria", "born in".
_BEFORE = re.compile(r"\b(?:fought|served|lived|worked|studied|trained|born|raised)\s+$", re.I)


def located_in(mention: Mention, text: str) -> bool:
    """Whether ``text`` names the country of ``mention`` as where something lies or happens.

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> text = "Jets struck the Zab region of northern Iraq; herders from Niger fled."
    >>> [located_in(Mention("a", t, text.index(t), text.index(t) + len(t), 0, "GPE"), text)
    ...  for t in ("Iraq", "Niger")]
    [True, False]
    >>> text = "A man who had fought in Syria was held in the north of Chad."
    >>> [located_in(Mention("a", t, text.index(t), text.index(t) + len(t), 0, "GPE"), text)
    ...  for t in ("Syria", "Chad")]
    [False, True]
    """
    before = text[max(0, mention.start - 60) : mention.start]
    found = _INSIDE.search(before)
    return (
        mention.role == "literal"
        and found is not None
        and not _BEFORE.search(before[: found.start()])
    )
