"""Where a news outlet is at home, read from its web address: the country of a country-code
domain ("lfpress.ca", "civil.ge"), the towns a local paper's name carries
("palestineherald.com", "thisisoxfordshire.co.uk", "chronicle.augusta.com") and the state a
known local outlet serves (``geodata/data/outlets.csv``: "dailypostathenian.com" is in
Tennessee).

A local paper's "Paris" is its own town, and a Canadian paper's "London" the Ontario one: the
address says so when the text does not. Pure functions over the address and the gazetteer's
names; nothing is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from geodata.models import Candidate
from geodata.normalize import fold_name
from geodata.outlets import region_of_host
from pipeline.gazetteer_api import GazetteerLike

__all__ = ["NEWSPAPER_WORDS", "Outlet", "home_region", "home_units", "outlet_of", "outlet_priors"]

#: Words newspapers are named with ("The Palestine Herald", "Springfield News-Sun"): a web
#: address made of such words and place names is a paper named after its places.
# fmt: off
NEWSPAPER_WORDS = frozenset({
    "news", "newspaper", "newspapers", "daily", "weekly", "times", "herald", "tribune", "post",
    "press", "gazette", "journal", "record", "recorder", "register", "star", "sun", "courier",
    "observer", "chronicle", "dispatch", "mercury", "beacon", "online", "today", "local",
    "sentinel", "bulletin", "review", "examiner", "leader", "telegraph", "telegram",
    "standard", "express", "mail", "echo", "advertiser", "enterprise", "democrat",
    "republican", "independent", "citizen", "guardian", "reporter", "argus", "globe", "world",
    "monitor", "advocate", "ledger", "enquirer", "inquirer", "intelligencer", "messenger",
    "pioneer", "voice", "eagle", "statesman", "banner", "clarion", "evening", "morning",
    "sunday", "live", "now", "state", "county", "free", "current", "patriot", "signal",
    "bugle",
})
# fmt: on

#: Words that join a paper's names ("Richmond and Twickenham Times", "This is Oxfordshire").
_JOINERS = frozenset({"the", "this", "is", "and", "of", "my", "our"})

#: Second-level labels of country domains and the host's own prefix ("www.", "co.uk").
_STRUCTURAL = frozenset({"www", "com", "co", "org", "net", "gov", "ac", "edu", "info", "biz"})

#: Country codes sold as vanity domains ("bit.ly", "x.ai", "twitch.tv"): no country.
_VANITY = frozenset({"ai", "cc", "co", "fm", "gg", "io", "ly", "me", "nu", "to", "tv", "ws"})

#: Shortest place name read out of an address ("Ada" or "Ely" are too easy to find by chance).
_MIN_NAME = 4

#: Fewest people of a town a paper is named after.
_MIN_PEOPLE = 1000


@dataclass(frozen=True, slots=True)
class Outlet:
    """What an article's address says about where its outlet is at home.

    Attributes
    ----------
    host : str
        The address's host name, lower case.
    country : str
        ISO code of its country-code domain (``uk`` is ``GB``), ``""`` for ``.com`` and the
        like.
    towns : tuple of str
        Folded names of the places the outlet's name carries, as the gazetteer knows them.
    homes : tuple of (str, Candidate)
        The towns each of those names may be, keyed by name.
    region : str
        The first-level region (in ``country``) the outlet serves, from the outlet table;
        ``""`` when unknown.
    """

    host: str
    country: str = ""
    towns: tuple[str, ...] = ()
    homes: tuple[tuple[str, Candidate], ...] = ()
    region: str = ""


def outlet_of(
    url: str, gazetteer: GazetteerLike, regions: Mapping[str, tuple[str, str]] | None = None
) -> Outlet | None:
    """The outlet of an article's web address, ``None`` without a usable http(s) host.

    ``regions``: the outlet table, host -> ``(ISO2, region)`` (see
    :func:`geodata.outlets.load_outlet_regions`); a known outlet of a ``.com`` address is at
    home in its region's country.

    Examples
    --------
    With a loaded gazetteer ``gaz`` (tested in ``tests/pipeline/geoparse/test_outlet.py``)::

        outlet_of("https://www.springfieldnewssun.com/1", gaz).towns  # ('springfield',)
        outlet_of("http://www.thisisoxfordshire.co.uk/x", gaz).country  # 'GB'
        outlet_of("not an address", gaz)                                # None
    """
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or "." not in host:
        return None
    labels = host.split(".")
    tld = labels[-1]
    country = ""
    if len(tld) == 2 and tld not in _VANITY:
        iso2 = "GB" if tld == "uk" else tld.upper()
        country = iso2 if gazetteer.country(iso2) else ""
    served = region_of_host(host, regions or {})
    if served is not None and country not in ("", served[0]):
        served = None
    words = [w for label in labels[:-1] if label not in _STRUCTURAL for w in label.split("-")]
    towns = _towns(tuple(words), gazetteer, served)
    homes = tuple((town, c) for town in towns for c in _own_towns(town, gazetteer, served))
    if served is None:
        return Outlet(host, country, towns, homes)
    return Outlet(host, served[0], towns, homes, served[1])


def _towns(
    words: tuple[str, ...], gazetteer: GazetteerLike, served: tuple[str, str] | None
) -> tuple[str, ...]:
    """Place names in an address's words, when the words read as a paper's name: every word
    split into newspaper words, joiners and place names, one newspaper word at least."""
    pieces = [_split(word, gazetteer, served) for word in words]
    named = [p for p in pieces if p is not None]
    if not any(kind == "paper" for p in named for kind, _ in p):
        return ()
    found = [name for p in named for kind, name in p if kind == "place"]
    return tuple(dict.fromkeys(found))


def _split(
    word: str, gazetteer: GazetteerLike, served: tuple[str, str] | None = None
) -> tuple[tuple[str, str], ...] | None:
    """The fewest pieces ``word`` splits into (``("paper"|"joiner"|"place", text)``), or
    ``None`` when it does not split into known pieces."""
    if not re.fullmatch(r"[a-z]+", word) or len(word) > 60:
        return None
    best: list[tuple[tuple[str, str], ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(end):
            before = best[start]
            if before is None:
                continue
            piece = _piece(word[start:end], gazetteer, served)
            if piece is None:
                continue
            candidate = (*before, piece)
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    return best[len(word)]


def _piece(
    text: str, gazetteer: GazetteerLike, served: tuple[str, str] | None
) -> tuple[str, str] | None:
    if text in NEWSPAPER_WORDS:
        return ("paper", text)
    if text in _JOINERS:
        return ("joiner", text)
    if len(text) < _MIN_NAME:
        return None
    # two-word names written together ("lasvegas", "kansascity")
    for name in (text, *(f"{text[:cut]} {text[cut:]}" for cut in range(3, len(text) - 2))):
        if gazetteer.has_key(fold_name(name)) and _is_town(name, gazetteer, served):
            return ("place", name)
    return None


def _is_town(name: str, gazetteer: GazetteerLike, served: tuple[str, str] | None) -> bool:
    """Whether ``name`` is a town's own name, of 1,000 people or more, and no country's: a
    paper named after a country ("Libya Herald") is a national paper, not a town's, unless
    the outlet table puts the paper in a region with a town of the name ("Palestine Herald",
    Texas)."""
    found = gazetteer.lookup(name, limit=25)
    if any(c.kind == "country" and c.score >= 0.95 for c in found):
        return any(_paper_town(c) and _in_region(c, served) for c in found)
    return any(_paper_town(c) for c in found)


def _own_towns(
    name: str, gazetteer: GazetteerLike, served: tuple[str, str] | None
) -> list[Candidate]:
    """The towns a paper's name may mean: those in the region the outlet serves, when any."""
    towns = [c for c in gazetteer.lookup(name, limit=25) if _paper_town(c)]
    return [c for c in towns if _in_region(c, served)] or towns


def _in_region(candidate: Candidate, served: tuple[str, str] | None) -> bool:
    return served is not None and (candidate.country, fold_name(candidate.admin1)) == (
        served[0],
        fold_name(served[1]),
    )


def _paper_town(candidate: Candidate) -> bool:
    """A town big enough to have a paper of its own, whose name the query is."""
    return (
        candidate.score >= 0.95 and candidate.kind == "city" and candidate.population >= _MIN_PEOPLE
    )


def outlet_priors(
    outlet: Outlet | None,
    focus: Mapping[str, float],
    candidates_for: Mapping[str, Sequence[Candidate]],
) -> tuple[dict[str, float], dict[str, list[Candidate]], frozenset[str]]:
    """What an outlet's home says about one article's names: ``(focus, candidates, names
    used as the home town's)``.

    The country of a country-code domain counts as the article's home country (as a local
    story's: see :func:`pipeline.geoparse.genre.local_home`) unless the article is more about
    another country; otherwise it weighs half as much. A name of the outlet's own town is that
    town, not a country or region of the name, nor a village too small to have a paper; and in
    a story about the home town's country, the home town is one of the story's places even
    when the text does not name it (a town paper's "Dublin" is the one near its Columbus).
    """
    focus = dict(focus)
    found = {key: list(c) for key, c in candidates_for.items()}
    if outlet is None:
        return focus, found, frozenset()
    home = outlet.country
    if home:
        others = max((share for iso2, share in focus.items() if iso2 != home), default=0.0)
        share = focus.get(home, 0.0)
        focus[home] = max(1.0, share) if share >= others else share + 0.5
    top = max(focus.values(), default=0.0)
    towns = set()
    served = (outlet.country, outlet.region) if outlet.region else None
    for key in outlet.towns:
        if key in found:
            own = [c for c in found[key] if _paper_town(c)]
            own = [c for c in own if _in_region(c, served)] or own
        else:
            own = [c for k, c in outlet.homes if k == key and focus.get(c.country, 0.0) >= top > 0]
        if own:
            found[key] = own
            towns.add(key)
    return focus, found, frozenset(towns)


def home_region(outlet: Outlet | None, focus: Mapping[str, float]) -> tuple[str, str] | None:
    """``(ISO2, region)`` the outlet serves when the article is about that region's country
    (no other country has more of its focus): a Texas paper's "Athens" in a story at home is
    the Texas town, its "Athens" in a story about Greece is not.

    >>> home_region(Outlet("x.com", "US", region="Texas"), {"US": 1.0})
    ('US', 'Texas')
    >>> home_region(Outlet("x.com", "US", region="Texas"), {"US": 0.2, "GR": 0.8}) is None
    True
    """
    if outlet is None or not outlet.region:
        return None
    share = focus.get(outlet.country, 0.0)
    if share <= 0.0 or any(s > share for s in focus.values()):
        return None
    return outlet.country, outlet.region


#: Words a first-level region's counties are named with ("Hall County", "Pointe Coupee Parish").
_UNIT_WORDS = ("county", "parish")


def home_units(
    key: str, found: Sequence[Candidate], gazetteer: GazetteerLike, served: tuple[str, str]
) -> list[Candidate]:
    """The counties of the region an outlet serves that a bare name may be ("Hall" in a
    Georgia paper: Hall County), when none of the name's candidates lies in that region; a
    local paper names its own counties without the word."""
    if any(_in_region(c, served) for c in found) or key.split()[-1:] == ["county"]:
        return []
    return [
        c
        for word in _UNIT_WORDS
        for c in gazetteer.lookup(f"{key} {word}", limit=25)
        if c.kind == "admin2" and c.score >= 0.95 and _in_region(c, served)
    ]
