"""What the text's punctuation says about its place names: "X, Y" (Y contains X) and lists
("Oregon, Utah and Washington": names of one kind)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from geodata.geometry import distance_km
from geodata.models import Candidate
from geodata.normalize import COMPASS_WORDS, fold_name
from geodata.normalize import REGION_WORDS as GAZETTEER_REGION_WORDS
from pipeline.models import Mention

__all__ = [
    "CAPITALS",
    "anchors_of",
    "containers_of",
    "first_container",
    "in_other_region",
    "names_unknown_inside",
    "peer_kinds",
    "peer_signature",
    "unit_named",
    "units_inside",
]

#: The peer kind of national capitals, of any country ("Moscow, Kiev, Minsk and Riga").
CAPITALS = "capital"

#: Words between two names that put the first inside the second: "X, Y", "X in Y", "the X area
#: of Y", "X village, Y district", "X (Y".
_CONTAINED = re.compile(
    r",\s*|,?\s+in\s+|(?P<unit>\s+\(|\s+(?:(?:rural|urban)\s+)?(?:area|village|town|city|district|"
    r"neighbou?rhood|locality|suburb|outskirts|upazila|union|ward|commune|sub-?district|"
    r"sub-?county|municipality)(?:\s+(?:of|in)\s+(?:the\s+)?|,\s*|\s+\())",
    re.I,
)
#: Words between two names that put the first next to the second: "X near Y", "X, 20 km north
#: of Y", "X on the outskirts of Y".
_BESIDE = re.compile(
    r",?\s+(?:(?:just|about|some|around|roughly)\s+)?(?:(?P<km>\d+)\s*(?:km|kilometres?|"
    r"kilometers?|miles?)\s+(?:from|(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|"
    r"west))?(?:ern)?\s+of)|near|close\s+to|not\s+far\s+from|(?:on\s+)?the\s+outskirts\s+of|"
    r"outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?",
    re.I,
)
#: Farther than this, in the text's own units, is no longer next to the place.
_BESIDE_MAX = 100
#: A bracket closing right after a name: "(X, Y)" puts X in Y.
_CLOSED = re.compile(r"\s*\)")
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s*")


def containers_of(mentions: Sequence[Mention], text: str) -> dict[int, int]:
    """Index pairs (i -> j) where mention j contains mention i: "X, Y", "X in Y", "the X area of
    Y", "X village, Y", "X (Y, Z)".

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> text = "in the Kara area of Dorn district, Vale"
    >>> spans = [(w, text.index(w)) for w in ("Kara", "Dorn", "Vale")]
    >>> m = [Mention("a", w, at, at + len(w), 0, "GPE") for w, at in spans]
    >>> containers_of(m, text)
    {0: 1, 1: 2}
    """
    pairs: dict[int, int] = {}
    for i, (left, right) in enumerate(itertools.pairwise(mentions)):
        if _CONTAINED.fullmatch(text[left.end : right.start]):
            pairs[i] = i + 1
    return pairs


def anchors_of(mentions: Sequence[Mention], text: str) -> dict[int, int]:
    """Index pairs (i -> j) where the text puts mention i next to mention j: "X near Y", "X,
    20 km north of Y", "X on the outskirts of Y".

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> text = "in Kara near Dorn, in Vale, 20 km south of Lune, and Oran, 400 km from Sefa"
    >>> spans = [(w, text.index(w)) for w in ("Kara", "Dorn", "Vale", "Lune", "Oran", "Sefa")]
    >>> anchors_of([Mention("a", w, at, at + len(w), 0, "GPE") for w, at in spans], text)
    {0: 1, 2: 3}
    """
    return {
        i: i + 1
        for i, (left, right) in enumerate(itertools.pairwise(mentions))
        if (match := _BESIDE.fullmatch(text[left.end : right.start]))
        and int(match["km"] or 0) <= _BESIDE_MAX
    }


def units_inside(mentions: Sequence[Mention], text: str) -> set[int]:
    """Mentions a unit word puts inside the next ("the X area of Y", "X district, Y", "X (Y"),
    or the end of a bracket ("(X, Y)"): unlike a bare "X, Y", which may be a list ("in Aleppo,
    Russia's envoy said"), these lie in the next one's country.

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> text = "in the Kara area of Dorn, Vale, and Lune (Sefa, Oran)"
    >>> names = ("Kara", "Dorn", "Vale", "Lune", "Sefa", "Oran")
    >>> spans = [(w, text.index(w)) for w in names]
    >>> sorted(units_inside([Mention("a", w, at, at + len(w), 0, "GPE") for w, at in spans], text))
    [0, 3, 4]
    """
    return {
        i
        for i, (left, right) in enumerate(itertools.pairwise(mentions))
        if (match := _CONTAINED.fullmatch(text[left.end : right.start]))
        and (match["unit"] or (match[0].startswith(",") and _CLOSED.match(text, right.end)))
    }


#: Nearer than this to the place the text names, a town may lie in it whatever its region.
_OTHER_REGION_KM = 100.0


def in_other_region(
    candidate: Candidate,
    container: Candidate,
    region_of: Callable[[str, str], Candidate | None],
) -> bool:
    """Whether a town or unit lies in another first-level region of the country than the one
    the text puts it in ("Qarabagh district, Kabul": a Qarabagh of Herat province is not it).
    ``region_of(country, name)`` finds a region by name, so that two spellings of one region
    ("Nord-Kivu", "North Kivu") are one; a region it cannot find decides nothing, and nor does
    a town near the place the text names (sources that list regions of several levels name a
    town's province in one and its wider region in the other)."""
    if (
        candidate.kind not in ("city", "admin2")
        or distance_km(candidate, container) <= _OTHER_REGION_KM
        or container.kind == "country"
        or candidate.country != container.country
        or not (candidate.admin1 and container.admin1)
        or fold_name(candidate.admin1) == fold_name(container.admin1)
        or _carved_from(candidate.admin1, container.admin1)
    ):
        return False
    own, given = (
        region_of(candidate.country, candidate.admin1),
        region_of(container.country, container.admin1),
    )
    return own is not None and given is not None and own.place_id != given.place_id


def first_container(
    index: int,
    containers: dict[int, int],
    mentions: Sequence[Mention],
    first: Mapping[str, tuple[Candidate, float] | None],
    min_score: float = 0.0,
) -> tuple[Candidate, float] | None:
    """The first resolved place among a mention's containers ("the Dover area of Arghandab
    district, Kandahar": Kandahar when Arghandab is unknown, or only looks like a name the
    gazetteer knows, its match under ``min_score``)."""
    own = fold_name(mentions[index].text)
    # the chain of containers out of the mention, each with its name and first-pass place
    chain: list[tuple[str, tuple[Candidate, float] | None]] = []
    seen = {index}
    while index in containers and containers[index] not in seen:
        index = containers[index]
        seen.add(index)
        key = fold_name(mentions[index].text)
        chain.append((key, first.get(key)))
    return _first_of_chain(own, 0, chain, min_score, {})


def _first_of_chain(
    own: str,
    start: int,
    chain: Sequence[tuple[str, tuple[Candidate, float] | None]],
    min_score: float,
    known: dict[tuple[str, int], tuple[Candidate, float] | None],
) -> tuple[Candidate, float] | None:
    """The first place of ``chain[start:]`` that is no repeat of ``own`` (the name contained),
    no weak match, and no lookalike abroad from the container out of it (``known``: the
    answers found so far, so that a long list is read once)."""
    if (own, start) in known:
        return known[(own, start)]
    found = None
    for at in range(start, len(chain)):
        key, outer = chain[at]
        # "Kouri (Kouri Bougoudi, Tibesti)": the name told again is no container of itself
        if key == own or outer is None or outer[0].score < min_score:
            continue
        if outer[0].kind != "country":
            further = _first_of_chain(key, at + 1, chain, min_score, known)
            if further is not None and further[0].country not in ("", outer[0].country):
                # "Kinshasa (Lemba, Kinshasa, Kinshasa)": a container that lies abroad from
                # its own container is a lookalike (Lemba, Sao Tome); the next one out speaks
                continue
        found = outer
        break
    known[(own, start)] = found
    return found


def names_unknown_inside(
    mentions: Sequence[Mention],
    text: str,
    candidates_for: Mapping[str, Sequence[Candidate]],
    min_score: float,
) -> set[str]:
    """Names the text puts inside a region or country where the gazetteer knows no place of
    theirs ("Tasso (Tasso, Borgou)" with only a Tasso in France): a village it does not list,
    whose namesakes abroad are no answer.

    The container is the first one out that is named like a region or country (a name is no
    container of itself); only its matches of ``min_score`` or better say where it lies.
    """
    containers = containers_of(mentions, text)
    unknown: set[str] = set()
    for index in units_inside(mentions, text):
        key = fold_name(mentions[index].text)
        found = candidates_for.get(key, ())
        if not found or any(c.kind == "country" for c in found):
            continue
        seen = {index}
        outer = containers[index]
        while outer not in seen:
            seen.add(outer)
            name = fold_name(mentions[outer].text)
            # ("Biratnagar city, East": a direction names a region of any country)
            within = _regions_of(name, candidates_for, min_score, unit_named(mentions[outer], text))
            if within and not any(c.country in within for c in found):
                further = _next_within(outer, containers, mentions, candidates_for, min_score)
                countries = {c.country for c in candidates_for.get(name, ()) if c.kind == "country"}
                if further and not within & further and not countries:
                    # "Kinshasa (Lemba, Kinshasa, Kinshasa)": a region abroad from the one out
                    # of it is a lookalike (Lemba, Sao Tome); the next one out speaks
                    within = set()
                else:
                    unknown.add(key)
            if within or outer not in containers:
                break
            outer = containers[outer]
    return unknown


def _regions_of(
    name: str,
    candidates_for: Mapping[str, Sequence[Candidate]],
    min_score: float,
    unit: bool = False,
) -> set[str]:
    """Countries where a container's name is a region's or the country's own (none for a
    direction, which names a region of any country: "Biratnagar city, East"); with ``unit``
    (the text calls it a district or province: "Dorn district") also where it is a town's, as
    a district is often named for its seat."""
    if all(w in COMPASS_WORDS for w in name.split()):
        return set()
    kinds = ("admin1", "country", "city", "admin2") if unit else ("admin1", "country")
    return {
        c.country for c in candidates_for.get(name, ()) if c.kind in kinds and c.score >= min_score
    }


#: A region word right after a name: "Dorn district", "Dorn province".
#: (not a noun the region word qualifies: "in Mosul state media said")
_UNIT_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(GAZETTEER_REGION_WORDS))})\b(?!\s+(?:media|police|officials?|"
    r"authorities|forces|government|governor|council|capital|chief|commissioner|court|"
    r"administration|administrator|headquarters|office|security|army|television|radio)\b)",
    re.I,
)


def unit_named(mention: Mention, text: str) -> bool:
    """Whether the text calls the place a region of a country: "(Dorn district)".

    Parameters
    ----------
    mention : Mention
        A place name in ``text``.
    text : str
        The article text.

    Returns
    -------
    bool
        True when a region word follows the name, not qualifying a noun after it.

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> text = "in Kara (Dorn district) and Vale"
    >>> [unit_named(Mention("a", w, text.index(w), text.index(w) + 4, 0, "GPE"), text)
    ...  for w in ("Kara", "Dorn", "Vale")]
    [False, True, False]
    """
    return _UNIT_AFTER.match(text, mention.end) is not None


def _next_within(
    index: int,
    containers: Mapping[int, int],
    mentions: Sequence[Mention],
    candidates_for: Mapping[str, Sequence[Candidate]],
    min_score: float,
) -> set[str]:
    """The countries the first region or country out of the mention at ``index`` lies in."""
    seen = {index}
    while index in containers and containers[index] not in seen:
        index = containers[index]
        seen.add(index)
        if within := _regions_of(fold_name(mentions[index].text), candidates_for, min_score):
            return within
    return set()


def peer_signature(candidate: Candidate) -> tuple[str, str]:
    """What a list's members share: ``("capital", "")`` for national capitals, else the
    ``(kind, country)``."""
    if candidate.feature_code == "PPLC":
        return (CAPITALS, "")
    return (candidate.kind, candidate.country)


def peer_kinds(
    mentions: Sequence[Mention], text: str, first: Mapping[str, tuple[Candidate, float] | None]
) -> dict[int, tuple[str, str]]:
    """For a mention in a list of names ("Oregon and Washington", "Utah, Idaho and
    Washington"), the ``(kind, country)`` that at least two thirds of the others were first
    resolved to (see :func:`peer_signature`): its peers say which sense is meant (the state,
    not the capital; the capital, not a namesake town)."""
    groups: list[list[int]] = []
    for i, mention in enumerate(mentions):
        if i and _LIST_GLUE.fullmatch(text[mentions[i - 1].end : mention.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    hints: dict[int, tuple[str, str]] = {}
    for group in (g for g in groups if len(g) >= 2):
        for i in group:
            kinds = Counter(
                peer_signature(choice[0])
                for j in group
                if j != i and (choice := first.get(fold_name(mentions[j].text))) is not None
            )
            if not kinds:
                continue
            kind, count = kinds.most_common(1)[0]
            # a list of regions, countries or capitals says what a name in it is; a list of
            # towns does not make a state's name a town ("New York City and Florida")
            if kind[0] in ("admin1", "country", CAPITALS) and count * 3 >= (len(group) - 1) * 2:
                hints[i] = kind
    return hints


def _carved_from(region: str, named: str) -> bool:
    """Whether a region and the one the text names share a name but a qualifier, as a region
    carved out of another keeps its name ("Papua Tengah" of Papua, "Kasai-Central" of Kasai):
    a report from before the split names the old one; not regions named by directions alone
    ("Nord" and "Centre-Nord", "North" and "Far North" are two regions)."""
    own, given = fold_name(region).split(), fold_name(named).split()
    shorter, longer = sorted((own, given), key=len)
    if all(word in _DIRECTION_WORDS for word in shorter):
        return False
    return len(shorter) < len(longer) and all(word in longer for word in shorter)


#: Words of directions in region names, English and French.
_DIRECTION_WORDS = COMPASS_WORDS | {
    "centre", "center", "nord", "sud", "est", "ouest", "far", "upper", "lower", "middle",
    "haut", "bas", "moyen", "grand",
}  # fmt: skip
