"""What the text's punctuation says about its place names: "X, Y" and "X (Y, Z)" (Y contains
X), "X near Y" (X beside Y); lists are in :mod:`pipeline.geoparse.peers`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from geodata.geometry import distance_km
from geodata.models import Candidate
from geodata.normalize import COMPASS_WORDS, fold_name
from geodata.normalize import REGION_WORDS as GAZETTEER_REGION_WORDS
from pipeline.geoparse.candidates import small_namesake
from pipeline.models import Mention

__all__ = [
    "anchors_of",
    "containers_of",
    "first_container",
    "in_other_region",
    "listed_before_bracket",
    "names_unknown_inside",
    "unit_named",
    "units_inside",
]


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


#: Names joined into a list: "X and Y", "X or Y".
_LISTED = re.compile(r",?\s+(?:and|or)\s+", re.I)
#: ... the second one a name the model left untagged, before a bracket: "X and Toula (".
_LISTED_UNTAGGED = re.compile(
    r",?\s+(?:and|or)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*\(", re.I
)


def listed_before_bracket(mentions: Sequence[Mention], text: str) -> dict[int, int]:
    """Names listed before one that a bracket puts inside another: "Douma and Toula (Douentza,
    Mopti)" puts both in Douentza's country (index pairs i -> the first name in the bracket).
    Only the country counts: the bracket may be the last name's own ("Kabul and Lashkar Gah
    (Helmand)").

    Examples
    --------
    >>> from pipeline.models import Mention
    >>> text = "in Kara, Dorn or Vale and Lune (Sefa, Oran), and Mara and Toula (Oran)"
    >>> names = ("Kara", "Dorn", "Vale", "Lune", "Sefa", "Oran", "Mara", "Oran")
    >>> at = [text.index(w, 40 if i == 7 else 0) for i, w in enumerate(names)]
    >>> m = [Mention("a", w, a, a + len(w), 0, "GPE") for w, a in zip(names, at)]
    >>> listed_before_bracket(m, text)
    {6: 7, 2: 4, 1: 4}
    """
    found: dict[int, int] = {}
    for i in range(len(mentions) - 2, -1, -1):
        between = text[mentions[i].end : mentions[i + 1].start]
        if _LISTED_UNTAGGED.fullmatch(between):
            found[i] = i + 1
        elif _LISTED.fullmatch(between):
            nxt = i + 1
            bracket = (
                text[mentions[nxt].end : mentions[nxt + 1].start] if nxt + 1 < len(mentions) else ""
            )
            if nxt in found:
                found[i] = found[nxt]
            elif bracket.strip() == "(":
                found[i] = nxt + 1
    return found


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
    # (names listed before a bracket that holds a town and its region lie in its country too,
    # when they are no sizeable town by their own name: "Douma and Toula (Douentza, Mopti)";
    # not "Aleppo and Gaziantep (Turkey)")
    listed = {
        i: c
        for i, c in listed_before_bracket(mentions, text).items()
        if c + 1 < len(mentions)
        and text[mentions[c].end : mentions[c + 1].start].strip() == ","
        and not any(
            t.score >= 1.0 and not small_namesake(t)
            for t in candidates_for.get(fold_name(mentions[i].text), ())
        )
    }
    containers = containers_of(mentions, text) | listed
    unknown: set[str] = set()
    for index in units_inside(mentions, text) | set(listed):
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
