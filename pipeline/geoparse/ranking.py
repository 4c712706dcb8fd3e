"""How much evidence a gazetteer candidate has for a mention: the resolver's scoring rule and
its weights."""

from __future__ import annotations

import math
from dataclasses import dataclass

from geodata.models import Candidate
from geodata.normalize import REGION_WORDS as GAZETTEER_REGION_WORDS
from geodata.normalize import fold_name
from pipeline.geoparse.context import ArticleContext
from pipeline.geoparse.peers import peer_signature

__all__ = ["REGION_WORDS", "ResolverSettings", "score_candidate"]


@dataclass(frozen=True, slots=True)
class ResolverSettings:
    """Knobs of the resolver; the defaults are what the benchmarks measure."""

    min_confidence: float = 0.3
    min_name_score: float = 0.6
    min_fuzzy_score: float = 0.72
    fuzzy: bool = True
    candidates: int = 25
    # Evidence weights (hand-tuned; `benchmarks/tune_resolver.py` reproduces the search).
    country_prior: float = 1.15
    region_prior: float = 0.7
    capital_prior: float = 0.0
    population: float = 0.115
    country_focus: float = 1.5
    proximity: float = 1.5
    region_focus: float = 1.0
    namesake_city: float = 0.8
    region_words: float = 1.0
    container: float = 1.5
    container_region: float = 1.0
    coverage: float = 2.0
    capital_metonymy: float = 1.0
    locality_country: float = 2.0
    together: float = 1.0
    home_region: float = 1.0


def _kind_prior(candidate: Candidate, w: ResolverSettings, spelt_like: bool) -> float:
    if candidate.kind in ("continent", "country"):
        return w.country_prior if candidate.score >= 0.9 else -0.5
    if spelt_like:
        return 0.0
    if candidate.kind == "admin1":
        return w.region_prior
    if candidate.kind == "site":
        return 0.4
    if candidate.kind == "natural":
        # a curated world feature (an ocean, a large island) is as well known as a country
        return w.country_prior if candidate.place_id.startswith("feature:") else 0.0
    if candidate.feature_code == "PPLC":
        return w.capital_prior
    return {"PPLA": 0.4, "PPLA2": 0.2}.get(candidate.feature_code, 0.0)


#: Words after or around a name that say a region is meant ("the countryside of Homs").
REGION_WORDS = GAZETTEER_REGION_WORDS | {"countryside"}


def score_candidate(
    candidate: Candidate,
    focus: dict[str, float],
    container: Candidate | None = None,
    *,
    region_context: bool = False,
    namesake_region: bool = False,
    context: ArticleContext | None = None,
    key: str = "",
    names: int = 0,
    metonymic: bool = False,
    locality: bool = False,
    peer: tuple[str, str] | None = None,
    home: bool = True,
    exact_rival: bool = False,
    settings: ResolverSettings | None = None,
) -> float:
    """Total evidence for one candidate (higher is better).

    ``namesake_region``: a first-level region of the same name exists (Aleppo, Homs): the
    city is meant unless ``region_context`` ("Homs province", "the countryside of Homs").
    ``names``: how many distinct names the article has (see ``ArticleContext.coverage``).
    ``metonymic``: the article uses the name for a government or a base ("Washington said",
    "a Washington-based group"): a national capital of that name is meant.
    ``locality``: the article uses the name as only a town's is used ("a Lebanon woman"): not
    the country.
    ``peer``: the ``(kind, country)`` of the other names in the list the mention stands in
    ("Oregon, Utah and Washington"): a candidate of that kind and country is their peer.
    ``home``: a candidate in the region the article's outlet serves (``context.home``) is
    favoured; ``False`` where the name is also a country's or another region's.
    ``exact_rival``: a place of that very name is among the candidates: one only spelt like
    the name ("Samara" for "Samarra") has no claim of its kind nor of a namesake region.
    """
    w = settings or ResolverSettings()
    spelt_like = exact_rival and candidate.score < 0.9
    total = 2.0 * candidate.score + _kind_prior(candidate, w, spelt_like)
    if metonymic and candidate.feature_code == "PPLC":
        total += w.capital_metonymy
    if locality and candidate.kind == "country":
        total -= w.locality_country
    if region_context and candidate.kind == "admin1":
        total += w.region_words
    elif namesake_region and candidate.kind == "city" and not region_context:
        total += 0.0 if spelt_like else w.namesake_city
    if peer is not None and peer_signature(candidate) == peer:
        total += w.container
    total += w.population * math.log10(candidate.population + 1)
    total += w.country_focus * focus.get(candidate.country, 0.0)
    if context is not None:
        total += w.proximity * context.proximity(candidate, key)
        total += w.region_focus * context.region_share(candidate)
        total += w.coverage * context.coverage(candidate, key, names)
        if home and context.at_home(candidate):
            total += w.home_region
        if focus.get(candidate.country, 0.0) > 0.0:
            # names that lie together in a country the story is about (not Athens and Rome
            # of Georgia, USA, in a story about two capitals)
            total += w.together * context.together(candidate, key, names)
    if container is not None and container.place_id != candidate.place_id:
        if container.country and container.country == candidate.country:
            total += w.container
        if container.kind == "admin1" and fold_name(container.name) == fold_name(candidate.admin1):
            total += w.container_region
    return total
