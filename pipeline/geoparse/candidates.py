"""A name's candidates from the gazetteer, and the local units ("Laurel County", "Jabal Saman
district") the gazetteer may not list, placed among the article's other places."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from geodata.geometry import distance_km
from geodata.models import GAP_FILLING_PREFIX, Candidate, gap_filling
from geodata.normalize import fold_name
from geodata.search import TRANSLIT_SCORE
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.context import ArticleContext
from pipeline.geoparse.ranking import ResolverSettings
from pipeline.geoparse.senses import NAMESAKE_KM
from pipeline.models import Mention

__all__ = [
    "GIVEN_LABEL",
    "SEATED_UNITS",
    "as_listed_unit",
    "candidates_of",
    "far_lookalike",
    "is_unit",
    "small_namesake",
    "unlisted_unit",
]

#: Label of a mention the caller says is a place (a corpus's gold span): an unknown name is
#: still placed, among the article's other places (:func:`unlisted_unit`).
GIVEN_LABEL = "GOLD"

#: Name scores below this are lookalikes: transliteration keys (0.8) and fuzzy matches.
INEXACT = 0.85
#: Names of fewer letters than this have too many near spellings around the world.
_SHORT_NAME = 8


_UNIT_WORDS = frozenset(
    {
        "county",
        "parish",
        "district",
        "township",
        "borough",
        "municipality",
        "prefecture",
        "subdistrict",
        "sub-district",
        "commune",
        "regency",
    }
)


#: The least population of a town taken as a unit's seat by another of its names.
_SEAT_BY_OTHER_NAME = 10_000
#: Units that take their seat's name: a district, a township, a municipality.
SEATED_UNITS = frozenset(
    {"district", "township", "subdistrict", "sub-district", "municipality", "commune", "regency"}
)

#: Words after a name that say what kind of place it is ("Raqqa city", "Hama countryside").
_GENERIC_TAILS = frozenset(
    {
        "city",
        "town",
        "village",
        "countryside",
        "camp",
        "area",
        "neighbourhood",
        "neighborhood",
        "airport",
        "airbase",
        "prison",
        "port",
        "front",
        "outskirts",
        "suburbs",
        "district",
        "subdistrict",
        "sadar",  # a South Asian district's headquarters unit ("Jhenaidah Sadar")
    }
)


_TOWN_TAILS = frozenset({"city", "town", "village"})
#: Words after a name that say it is a region ("Wasit province", "Tigray Region").
_REGION_TAILS = frozenset(
    {"province", "governorate", "region", "state", "department", "oblast", "division"}
)


#: The plural after a list of names ("Eastland and Callahan counties") and each one's unit.
_LIST_UNITS = {"counties": "County", "parishes": "Parish", "townships": "Township"}

_LISTED = re.compile(
    r"(?:\s*(?:,\s*(?:and|&)?|\s(?:and|&))\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){0,12}"
    r"\s+(counties|parishes|townships)\b"
)


def as_listed_unit(mention: Mention, text: str) -> Mention:
    """The mention named as its unit when it stands in a list that ends with the unit's plural
    ("Clay" in "Becker, Clay and Wilkin counties" is "Clay County"); else unchanged. Only the
    name to look up changes: the span stays.

    Examples
    --------
    >>> text = "fires in Eastland and Callahan counties"
    >>> m = Mention("a", "Eastland", 9, 17, 0, "GPE")
    >>> as_listed_unit(m, text).text
    'Eastland County'
    >>> as_listed_unit(Mention("a", "fires", 0, 5, 0, "GPE"), text).text
    'fires'
    """
    if is_unit(mention):
        return mention
    found = _LISTED.match(text, mention.end)
    if found is None:
        return mention
    return replace(mention, text=f"{mention.text} {_LIST_UNITS[found.group(1)]}")


def is_unit(mention: Mention) -> bool:
    """Whether the mention names a local unit by its generic word ("Henry County", "Jabal
    Saman district").

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> county = Mention("a", "Henry County", 0, 12, 0, "GPE")
    >>> is_unit(county), is_unit(Mention("a", "Idlib", 0, 5, 0, "GPE"))
    (True, False)
    """
    words = mention.text.split()
    return len(words) >= 2 and words[-1].lower() in _UNIT_WORDS


def far_lookalike(
    candidate: Candidate,
    focus: dict[str, float],
    whole: dict[str, float] | None = None,
    *,
    query: str = "",
) -> bool:
    """Whether ``candidate`` only looks like the name (a near spelling or a transliteration
    key) and lies in none of the countries the article is about: "Kogelo" in a Kenyan story
    is no village in Germany. Such a name is placed among the article's places instead. An
    article whose countries are not known yet says nothing against a lookalike.

    An exact namesake is one too when it is a small town (under :data:`SMALL_TOWN` people) in
    a country the article's other places never point to (``focus``, counted without the
    town's own name) while they point mostly to one other country, and its country is not the
    one the ``whole`` article is most about: "Afghan forces fired in Jiji district, Paktia" is
    in Afghanistan, not in China.
    """
    if not focus and whole and candidate.score < 1.0:
        # no regions or larger towns to judge by: a name that only looks like a place abroad
        # ("Dole" for a French town in a Nigerian report) is judged by the whole article,
        # which must point more to another country than to the lookalike's (a close match
        # the article's countries do not count, as the nationalities of troops near
        # "Kobani" do not, is left alone)
        others = [share for iso2, share in whole.items() if iso2 != candidate.country]
        own = whole.get(candidate.country, 0.0)
        return bool(others) and max(others) > own and (own > 0.0 or candidate.score < INEXACT)
    if not focus and not whole:
        # nothing to judge by: a short name's near spelling of a small town is too weak a clue
        # on its own ("Masisi" is no Massy, a suburb of Paris; a transliteration key is)
        short = len(query.replace(" ", "")) < _SHORT_NAME
        return short and candidate.score < TRANSLIT_SCORE and small_namesake(candidate)
    if not focus or focus.get(candidate.country, 0.0) > 0.0:
        return False
    if candidate.score < INEXACT:
        return True
    if whole and whole.get(candidate.country, 0.0) >= max(whole.values()):
        return False
    return small_namesake(candidate) and max(focus.values()) >= 0.5


def small_namesake(candidate: Candidate) -> bool:
    """Whether ``candidate`` is a town or county of under :data:`SMALL_TOWN` people."""
    return candidate.kind in ("city", "admin2") and candidate.population < SMALL_TOWN


#: Fewer people than this make a town too small to be the news abroad unannounced.
SMALL_TOWN = 100_000


def unlisted_unit(
    mention: Mention,
    context: ArticleContext,
    focus: dict[str, float],
    regions: Sequence[tuple[str, str]] = (),
) -> tuple[Candidate, float] | None:
    """A local unit the gazetteer does not list ("Laurel County", "Jabal Saman district"), or
    another place it lacks, lies among the article's other places (those in ``regions``, the
    first-level regions known to have a unit of that name, when any is): answer their centre,
    with a low confidence."""
    # a unit's name says it is local; any other name needs a story in one locality
    centre = context.locality(regions) if is_unit(mention) else context.centre()
    if centre is None:
        return None
    lat, lon = centre
    country = context.country_near(lat, lon) or (
        max(focus, key=lambda iso2: focus[iso2]) if focus else ""
    )
    unit = Candidate(
        f"near:{fold_name(mention.text)}", mention.text, "admin2", country, "", lon, lat, 0, 0.5
    )
    return unit, 0.35


#: Endings of the words for a place's people and what may replace them ("Iowans" -> "Iowa",
#: "Ontarians" -> "Ontario", "Texan" -> "Texas", "Londoner" -> "London", "Richmondites" ->
#: "Richmond").
_DEMONYM_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ians", ("ia", "io", "")),
    ("ites", ("",)),
    ("ans", ("a", "o", "e", "")),
    ("ers", ("",)),
    ("ian", ("ia", "io", "")),
    ("ite", ("",)),
    ("an", ("a", "o", "e", "as", "")),
    ("er", ("",)),
)


def _demonym_places(name: str, gazetteer: GazetteerLike) -> list[Candidate]:
    """The place a word for its people names, when it is a country, a region, a continent or
    a city of 100,000 or more (a lesser town's people are rarely named so)."""
    word = name.strip()
    for ending, replacements in _DEMONYM_ENDINGS:
        if not word.lower().endswith(ending) or len(word) - len(ending) < 3:
            continue
        for replacement in replacements:
            found = [
                c
                for c in gazetteer.lookup(word[: -len(ending)] + replacement, limit=5)
                if c.score >= 0.95
                and (c.kind in ("country", "admin1", "continent") or c.population >= 100_000)
            ]
            if found:
                return [replace(c, score=0.9) for c in found]
    return []


def _seat_of(town: Candidate, region: Candidate, towns: Sequence[Candidate]) -> bool:
    """Whether ``town``, found by the same name as ``region``, is the seat the region is
    placed at: of the ``towns`` of its country with people (a secondary source's copy of a
    town has none) within :data:`~pipeline.geoparse.senses.NAMESAKE_KM` of its point, the
    nearest.

    >>> region = Candidate("r", "Kora", "admin1", "BD", "Kora", 90.0, 22.5, 0, 1.0)
    >>> seat = Candidate("s", "Kora", "city", "BD", "Delta", 90.1, 22.6, 54_000, 0.9)
    >>> copy = Candidate("c", "Kora", "city", "BD", "Kora", 89.6, 22.4, 0, 1.0)
    >>> [_seat_of(town, region, [seat, copy]) for town in (seat, copy)]
    [True, False]
    """
    own = [
        t
        for t in towns
        if t.country == region.country
        and t.population > 0
        and distance_km(t, region) <= NAMESAKE_KM
    ]
    return min(own, key=lambda t: distance_km(t, region), default=None) is town


def candidates_of(
    name: str, gazetteer: GazetteerLike, settings: ResolverSettings
) -> list[Candidate]:
    """A name's candidates: exact matches; the country of a demonym given as a span ("American"
    in a gold corpus) over inexact ones; transliterated matches; else confident fuzzy ones."""
    # (villages come last: those of a name many share are all kept, for the report to point to)
    found = _with_villages(gazetteer.lookup(name, limit=settings.candidates, villages=_VILLAGES))
    words = name.split()
    tail = words[-1].lower() if len(words) > 1 else ""
    if not found and tail in _GENERIC_TAILS | _REGION_TAILS:
        found = gazetteer.lookup(" ".join(words[:-1]), limit=settings.candidates)  # "Raqqa city"
        towns = [c for c in found if c.kind == "city"]
        regions = [c for c in found if c.kind in ("admin1", "admin2")]
        if towns and tail in _TOWN_TAILS:
            # "Kora town": the town at its namesake district's point, if one lies there
            seats = [t for t in towns if any(_seat_of(t, r, towns) for r in regions)]
            found = seats or towns
        elif tail in _REGION_TAILS:
            # "Wasit province": the region, not a town of its name; a region the gazetteer
            # names otherwise ("Jakarta province", DKI Jakarta) at the capital it is named after
            found = regions or [c for c in towns if c.feature_code in ("PPLC", "PPLA")][:1]
    if not found or found[0].score < 0.9:
        # "Ohioans", "Londoner", "Texan" (not the lookalike "Tixán")
        found = _demonym_places(name, gazetteer) or found
    if not any(c.kind in ("country", "admin1", "continent") and c.score >= 0.95 for c in found):
        # a demonym given as a span ("Irish", "Canadian") names its country, not a lookalike
        # or a namesake town (which only a text that places it keeps: see ``senses``)
        iso2 = gazetteer.country_for_demonym(name)
        country = gazetteer.country(iso2) if iso2 else None
        if country is not None:
            exact = [c for c in found if c.score >= 1.0 and c.kind == "city"]
            return [replace(country, score=0.9), *exact]
    # a unit's name ("Clarke County") is no near spelling of another ("Clare"): an unlisted
    # unit is placed among the article's places instead (:func:`unlisted_unit`)
    unit = len(words) > 1 and words[-1].lower() in _UNIT_WORDS
    if not found and tail in SEATED_UNITS:
        # "Mrauk-U Township", "Sholgara district": a district named after its seat, a town
        # of that very name (a county's name is often no town's: not "Clarke County")
        seats = gazetteer.lookup(" ".join(words[:-1]), limit=settings.candidates)
        towns = [c for c in seats if c.kind == "city" and c.score >= 0.95]
        # a gap-filling hamlet of the name is no seat beside a town of it
        towns = [c for c in towns if not gap_filling(c.place_id, c.population)] or towns
        # a seat is the one town of its name in its country ("Jackson Township" has none)
        per_country = Counter(c.country for c in towns)
        found = [c for c in towns if per_country[c.country] == 1]
        other = [c for c in seats if c.kind == "city" and c.score >= 0.9]
        if not towns and len(other) == 1 and other[0].population >= _SEAT_BY_OTHER_NAME:
            # a seat known by another spelling ("Toungoo Township": Taungoo), the one town of
            # that name anywhere and no hamlet ("Peace Township" is no US village's old name)
            found = other
    if not unit:
        # a bare name a gap-filling district shares with a town near it is the town, its seat
        # ("Qamishli", not the district's middle); "Qamishli district" is the district
        towns = [c for c in found if c.kind == "city" and not gap_filling(c.place_id, c.population)]
        found = [c for c in found if not _district_of_a_town(c, towns)]
    if not found and settings.fuzzy and len(fold_name(name)) >= 5 and not unit:
        fuzzy = gazetteer.lookup(name, limit=settings.candidates, fuzzy=True)
        found = [c for c in fuzzy if c.score >= settings.min_fuzzy_score]
    # a town whose own name this is outranks a smaller town of its country that merely lists
    # it as an alternate name ("Maryville" is no old name of a Texas town in a Maryville
    # story); a larger one keeps its place (Zaporizhzhya, beside a village Zaporizhzhia)
    named: dict[str, int] = {}
    for c in found:
        if c.kind == "city" and c.score >= 1.0:
            named[c.country] = max(named.get(c.country, 0), c.population)
    return [
        c
        for c in found
        if c.score >= settings.min_name_score
        and not (c.kind == "city" and c.score < 1.0 and c.population <= named.get(c.country, -1))
        and not _spelt_out(name, c)
    ]


#: Candidates looked up for a name: its villages beyond ``ResolverSettings.candidates``
#: ("Sabon Gari" is a village in some 60 places of Nigeria alone).
_VILLAGES = 200


def _with_villages(found: Sequence[Candidate]) -> list[Candidate]:
    # (a village by its own name or one of its names only: among hundreds of thousands, a
    # transliteration key alike is no clue, "Gara" is no Gare)
    return [c for c in found if not gap_filling(c.place_id, c.population) or c.score >= INEXACT]


#: A gap-filling district this near a town of its name is that town's district.
_DISTRICT_SEAT_KM = 80.0


def _district_of_a_town(candidate: Candidate, towns: Sequence[Candidate]) -> bool:
    return (
        candidate.kind == "admin2"
        and candidate.place_id.startswith(GAP_FILLING_PREFIX)
        and any(
            t.country == candidate.country and distance_km(t, candidate) <= _DISTRICT_SEAT_KM
            for t in towns
        )
    )


def _spelt_out(name: str, candidate: Candidate) -> bool:
    """Whether ``name`` is an acronym ("US", "CAR", "LIB") and ``candidate`` a place that only
    shares its letters ("Us" in France, "Car" in Tibet, the Marshall Islands' "Lib") or a near
    spelling of them (not a place the acronym stands for: "NY" for New York)."""
    if not (name.isupper() and len(name) <= 3) or candidate.kind == "country":
        return False
    same = fold_name(candidate.name) == fold_name(name) and not candidate.name.isupper()
    return same or candidate.score < 1.0
