"""Resolve toponym mentions to gazetteer entries, or abstain.

Candidates are ranked with features that matter for news (Mordecai-style ideas, our code): name
match quality, feature kind, population, the article's country focus, "X, Y" containment, and one
sense per article for repeated names. Confidence comes from the margin over the runner-up.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from geodata.geometry import distance_km
from geodata.models import Candidate
from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.answer import place_of
from pipeline.geoparse.candidates import (
    GIVEN_LABEL,
    INEXACT,
    as_listed_unit,
    candidates_of,
    far_lookalike,
    is_unit,
    unlisted_unit,
)
from pipeline.geoparse.context import ArticleContext
from pipeline.geoparse.focus import answerable, country_focus, focus_apart, is_gap_filler
from pipeline.geoparse.gapfill import far_from_anchor, pointed_villages, without_unknown_inside
from pipeline.geoparse.genre import local_home
from pipeline.geoparse.outlet import Outlet, home_region, home_units, outlet_priors
from pipeline.geoparse.peers import peer_kinds
from pipeline.geoparse.ranking import ResolverSettings, score_candidate
from pipeline.geoparse.senses import (
    capital_not_country,
    far_region_capital,
    is_region_namesake,
    is_world_name,
    name_senses,
    region_context,
    unplaced_towns_out,
)
from pipeline.geoparse.structure import (
    anchors_of,
    containers_of,
    first_container,
    in_other_region,
    units_inside,
)
from pipeline.models import Mention, Place

__all__ = [
    "ResolverSettings",
    "country_focus",
    "is_gap_filler",
    "resolve_mentions",
    "score_candidate",
]

AGREE_KM = 50.0


def _confidence(best: float, second: float | None, name_score: float) -> float:
    margin = 2.0 if second is None else best - second
    return round(max(0.0, min(1.0, name_score * (0.5 + 0.5 * math.tanh(margin)))), 3)


def _answers(
    mentions: Sequence[Mention],
    text: str,
    context: ArticleContext,
    shared_units: set[str],
    candidates_for: dict[str, list[Candidate]],
    first: dict[str, tuple[Candidate, float] | None],
    senses: tuple[set[str], set[str]],
    focus: dict[str, float],
    settings: ResolverSettings,
    names: int,
    apart: dict[str, dict[str, float]],
    region_of: Callable[[str, str], Candidate | None],
) -> tuple[list[Place], list[tuple[str, Candidate]], list[Mention], list[Mention]]:
    """Choose every mention's place in ``context``: (places, answers, unlisted units, units
    deferred until the answers are known)."""
    metonymic, local = senses
    containers = containers_of(mentions, text)
    inside = units_inside(mentions, text)
    anchors = anchors_of(mentions, text)
    peers = peer_kinds(mentions, text, first)
    chosen_for: dict[str, tuple[Candidate, float] | None] = {}
    places: list[Place] = []
    final: list[tuple[str, Candidate]] = []
    units: list[Mention] = []
    deferred: list[Mention] = []
    # one sense per article: a name the text places ("Columbus, Neb.") keeps that sense where
    # it stands alone, so the placed mentions are resolved first
    # (and a name the text puts near another, after that one)
    for index in sorted(range(len(mentions)), key=lambda i: (i not in containers, i in anchors)):
        mention = mentions[index]
        key = fold_name(mention.text)
        container = None
        if index in containers:
            # a container that only looks like a known place ("Boalia" for Ballia) says
            # nothing: the next one out speaks ("the X area of Y district, Kandahar")
            outer = first_container(index, containers, mentions, first, INEXACT)
            container = outer[0] if outer else None
        region = region_context(text, mention)
        peer = peers.get(index)
        candidates = candidates_for[key]
        if container is not None and is_unit(mention):
            # "Khakrez district, Kandahar": a unit that only looks like one abroad is not it
            candidates = [
                c for c in candidates if c.score >= INEXACT or c.country == container.country
            ]
        if container is not None and index in inside:
            # "Qarabagh district, Kabul": a namesake in another region of the country is not it
            candidates = [c for c in candidates if not in_other_region(c, container, region_of)]
        if key not in chosen_for or container is not None or region or peer:
            chosen_for[key] = _choose(
                candidates,
                focus,
                container,
                settings,
                region_context=region,
                context=context,
                key=key,
                metonymic=key in metonymic,
                locality=key in local,
                names=names,
                peer=peer,
                inside=index in inside,
            )
        if key in shared_units:
            deferred.append(mention)  # "Henry County" of which state: see the answers
            continue
        choice = chosen_for[key]
        near = fold_name(mentions[anchors[index]].text) if index in anchors else ""
        anchor = chosen_for.get(near) or first.get(near) if near else None
        if (
            choice is not None
            and anchor is not None
            and choice[0].kind in ("city", "admin2", "admin1")
            and containers.get(index - 1) != index  # "Louisville, Kentucky, 35 miles from"
            and far_from_anchor(choice[0], anchor[0])
        ):
            # "the village of Sari near Mopti": a namesake far from the town it is near is not
            # meant; one near it is, else the unlisted village is placed at that town
            choice = _choose(
                [c for c in candidates_for[key] if not far_from_anchor(c, anchor[0])],
                focus,
                None,
                settings,
                context=context,
                key=key,
                names=names,
            ) or (
                replace(anchor[0], place_id=f"near:{key}", name=mention.text, kind="admin2"),
                0.35,
            )
        # a town the text places ("China, Texas") is no lookalike
        placed = (
            choice is not None and container is not None and container.country == choice[0].country
        )
        if (
            choice is not None
            and not placed
            and far_lookalike(choice[0], apart.get(key, focus), focus, query=key)
        ):
            units.append(mention)  # a lookalike abroad: placed among the article's places
        elif choice is not None:
            places.append(place_of(choice, mention, text))
            final.append((key, choice[0]))
        elif is_unit(mention) or mention.label == GIVEN_LABEL:
            units.append(mention)
    return places, final, units, deferred


def resolve_mentions(
    mentions: Sequence[Mention],
    text: str,
    gazetteer: GazetteerLike,
    *,
    demonym_countries: Iterable[str] = (),
    settings: ResolverSettings | None = None,
    outlet: Outlet | None = None,
) -> tuple[Place, ...]:
    """Resolve every mention of one article; mentions without a good candidate are left out.

    Two passes: the first ranks each name's candidates on their own and the article's country
    focus; the second adds what the other first-pass answers say (nearby places, the regions
    the article is about).

    Parameters
    ----------
    mentions : sequence of Mention
        The article's toponyms in text order.
    text : str
        The article text the mentions point into (for containment and "near" clues).
    gazetteer : GazetteerLike
        Where candidates come from.
    demonym_countries : iterable of str
        ISO codes of countries named by adjectives in the article ("Syrian forces").
    outlet : Outlet, optional
        Where the article's outlet is at home, from its address (see
        :func:`pipeline.geoparse.outlet.outlet_of`).
    """
    settings = settings or ResolverSettings()
    spans = {(m.start, m.end): m for m in mentions}
    mentions = [as_listed_unit(m, text) for m in mentions]  # "Clay and Wilkin counties"
    candidates_for = {
        fold_name(m.text): candidates_of(m.text, gazetteer, settings) for m in mentions
    }
    # "Tasso (Tasso, Borgou)" with only a Tasso abroad: a village the gazetteer lacks
    candidates_for, unknown = without_unknown_inside(mentions, text, candidates_for)
    unit_regions = {
        fold_name(m.text): regions
        for m in mentions
        if is_unit(m) and not candidates_for[fold_name(m.text)]
        if (regions := gazetteer.unit_regions(m.text))
    }
    # a unit known in one country only ("Henry County") says which country the story is in
    unit_countries = [
        iso2
        for regions in unit_regions.values()
        if len({r[0] for r in regions}) == 1
        for iso2 in {regions[0][0]}
    ]
    # a town's local-news use ("a Lebanon woman") says nothing of the country of the name
    counted = [m for m in mentions if m.role != "locality" and fold_name(m.text) not in unknown]
    focus = country_focus(counted, gazetteer, [*demonym_countries, *unit_countries])
    if home := local_home(text, focus):
        # local news: its country's small namesakes over famous places abroad
        focus = {**focus, home: max(1.0, focus.get(home, 0.0))}
    candidates_for = {
        key: [c for c in found if answerable(c, key, focus)]
        for key, found in candidates_for.items()
    }
    focus, candidates_for, home_towns = outlet_priors(outlet, focus, candidates_for)
    metonymic, local = name_senses(mentions, candidates_for, focus)
    local |= home_towns
    served = home_region(outlet, focus)
    if served is not None:
        candidates_for = {
            key: [*found, *home_units(key, found, gazetteer, served)]
            for key, found in candidates_for.items()
        }
    first: dict[str, tuple[Candidate, float] | None] = {}
    changed = set(candidates_for)
    for _ in range(2):  # again for names that lose villages the first answers do not point to
        first |= {
            key: _choose(
                candidates_for[key],
                focus,
                None,
                settings,
                context=None if served is None else ArticleContext(home=served),
                key=key,
                metonymic=key in metonymic,
                locality=key in local,
            )
            for key in changed
        }
        pointed = pointed_villages(candidates_for, first)
        changed = {k for k, found in pointed.items() if len(found) < len(candidates_for[k])}
        candidates_for = pointed
        if not changed:
            break
    apart = focus_apart(counted, first, gazetteer, unit_countries, text)
    # a county whose name several states share says nothing yet (see ``deferred`` below)
    shared_units = {
        key
        for key, found in candidates_for.items()
        if found and all(c.kind == "admin2" for c in found) and len({c.admin1 for c in found}) > 1
    }
    context = ArticleContext.from_choices(
        (key, choice[0])
        for key, choice in first.items()
        if choice is not None and key not in shared_units
    ).with_spread(candidates_for, focus, unit_regions, served)
    names = sum(1 for key, found in candidates_for.items() if found or key in unit_regions)
    places, final, units, deferred = _answers(
        mentions,
        text,
        context,
        shared_units,
        candidates_for,
        first,
        (metonymic, local),
        focus,
        settings,
        names,
        apart,
        gazetteer.admin1_of,
    )
    # Units the gazetteer lacks ("Laurel County") lie among the article's final answers, and
    # a listed unit whose name several states share is the one near them.
    final_context = replace(ArticleContext.from_choices(final), home=served)
    for mention in deferred:
        key = fold_name(mention.text)
        choice = _choose(candidates_for[key], focus, None, settings, context=final_context, key=key)
        if choice is not None:
            places.append(place_of(choice, mention, text))
    places.extend(
        place_of(unit, mention, text)
        for mention in units
        if (
            unit := unlisted_unit(
                mention, final_context, focus, unit_regions.get(fold_name(mention.text), ())
            )
        )
        is not None
    )
    return tuple(
        sorted(
            (replace(p, mention=spans[(p.mention.start, p.mention.end)]) for p in places),
            key=lambda place: place.mention.start,
        )
    )


def _choose(
    candidates: Sequence[Candidate],
    focus: dict[str, float],
    container: Candidate | None,
    settings: ResolverSettings,
    *,
    region_context: bool = False,
    context: ArticleContext | None = None,
    key: str = "",
    names: int = 0,
    metonymic: bool = False,
    locality: bool = False,
    peer: tuple[str, str] | None = None,
    inside: bool = False,
) -> tuple[Candidate, float] | None:
    candidates = unplaced_towns_out(
        capital_not_country(candidates),
        placed=container is not None or locality,
        beside=None if context is None else lambda c: context.beside(c, key),
    )
    if inside and container is not None and container.country:
        # "the Azizabad area of Shindand district": a place the text puts inside another lies
        # in its country; a namesake abroad is no answer
        candidates = [
            c for c in candidates if c.country in ("", container.country) or c.kind == "country"
        ]
    if not candidates:
        return None
    exact = any(c.score >= 1.0 for c in candidates)
    regions = {(c.country, fold_name(c.name)) for c in candidates if c.kind == "admin1"}
    region_points = [c for c in candidates if c.kind == "admin1" and c.score >= 1.0]
    # a name that is a country's, a wider area's or another region's of the country ("China",
    # "California") keeps that sense in a local paper: no town of it is favoured for lying home
    home = context is not None and not any(
        context.other_region(c) or (is_world_name(c) and c.kind != "admin1") for c in candidates
    )
    # a national capital named like a distant region of its country (Washington) is the
    # capital in the news unless the text says the region is meant
    metonymic = metonymic or (not region_context and far_region_capital(candidates, region_points))
    scored = sorted(
        (
            (
                score_candidate(
                    c,
                    focus,
                    container,
                    region_context=region_context,
                    namesake_region=is_region_namesake(c, regions, region_points),
                    context=context,
                    key=key,
                    names=names,
                    metonymic=metonymic,
                    locality=locality,
                    peer=peer,
                    home=home,
                    exact_rival=exact,
                    settings=settings,
                ),
                c,
            )
            for c in candidates
        ),
        # ties: the larger place, then GeoNames' point over a secondary source's duplicate
        key=lambda pair: (
            -pair[0],
            -pair[1].population,
            pair[1].place_id.startswith("csc:"),
            pair[1].place_id,
        ),
    )
    best_score, best = scored[0]
    # A runner-up close to the winner (a city and its province) is agreement, not doubt.
    rivals = [score for score, c in scored[1:] if distance_km(best, c) > AGREE_KM]
    second = rivals[0] if rivals else None
    confidence = _confidence(best_score, second, best.score)
    if confidence < settings.min_confidence:
        return None
    return best, confidence
