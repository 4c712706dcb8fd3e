"""A name's candidates from the gazetteer, and the local units ("Laurel County", "Jabal Saman
district") the gazetteer may not list, placed among the article's other places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geodata.models import Candidate
from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.context import ArticleContext
from pipeline.geoparse.ranking import ResolverSettings
from pipeline.models import Mention

__all__ = ["candidates_of", "is_unit", "unlisted_unit"]


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
    }
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
    }
)


_TOWN_TAILS = frozenset({"city", "town", "village"})


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


def unlisted_unit(
    mention: Mention,
    context: ArticleContext,
    focus: dict[str, float],
    regions: Sequence[tuple[str, str]] = (),
) -> tuple[Candidate, float] | None:
    """A local unit the gazetteer does not list ("Laurel County", "Jabal Saman district") lies
    among the article's other places (those in ``regions``, the first-level regions known to
    have a unit of that name, when any is): answer their centre, with a low confidence."""
    centre = context.locality(regions)
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


def candidates_of(
    name: str, gazetteer: GazetteerLike, settings: ResolverSettings
) -> list[Candidate]:
    """A name's candidates: exact matches; the country of a demonym given as a span ("American"
    in a gold corpus) over inexact ones; transliterated matches; else confident fuzzy ones."""
    found = gazetteer.lookup(name, limit=settings.candidates)
    words = name.split()
    if not found and len(words) > 1 and words[-1].lower() in _GENERIC_TAILS:
        found = gazetteer.lookup(" ".join(words[:-1]), limit=settings.candidates)  # "Raqqa city"
        towns = [c for c in found if c.kind == "city"]
        found = towns if towns and words[-1].lower() in _TOWN_TAILS else found
    if not found or found[0].score < 1.0:
        # a demonym given as a span ("Irish", "Greek") names its country, not a lookalike town
        iso2 = gazetteer.country_for_demonym(name)
        country = gazetteer.country(iso2) if iso2 else None
        if country is not None:
            return [replace(country, score=0.9)]
    # a unit's name ("Clarke County") is no near spelling of another ("Clare"): an unlisted
    # unit is placed among the article's places instead (:func:`unlisted_unit`)
    unit = len(words) > 1 and words[-1].lower() in _UNIT_WORDS
    if not found and settings.fuzzy and len(fold_name(name)) >= 5 and not unit:
        fuzzy = gazetteer.lookup(name, limit=settings.candidates, fuzzy=True)
        found = [c for c in fuzzy if c.score >= settings.min_fuzzy_score]
    return [c for c in found if c.score >= settings.min_name_score]
