"""Where did an event happen? Pick among the sentence's resolved places, or a set of curated
sites ("Turkey's observation posts in Idlib"), with ACLED's geo_precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from geodata.geometry import distance_km
from geodata.models import Candidate, Site
from geodata.normalize import fold_name, translit_key
from pipeline.events.modality import ASSERTED, modality_of
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.candidates import SEATED_UNITS
from pipeline.models import Mention, Place
from pipeline.nlp.syntax import governs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["PlaceChoice", "at_regional_capital", "choose_places", "focus_place", "site_set"]

_LOCATIVE = frozenset(
    {
        "in",
        "near",
        "at",
        "to",
        "into",
        "from",
        "on",
        "around",
        "outside",
        "across",
        "inside",
        "towards",
        "toward",
        "of",
        "through",
        "over",
        "throughout",
        "about",
        "within",
    }
)
_SITE_NOUNS = {
    "post": "observation_post",
    "outpost": "observation_post",
    "point": "observation_post",
    "base": "observation_post",
}
_SITE_MODIFIERS = frozenset({"observation", "military", "monitoring", "turkish", "army"})
SITE_RADIUS_KM = 50.0


@dataclass(frozen=True, slots=True)
class PlaceChoice:
    """The event's places (several for a set), its geo_precision and how it was chosen."""

    places: tuple[Place, ...]
    precision: int
    note: str = ""


def focus_place(places: Sequence[Place]) -> Place | None:
    """The article's main place: the most mentioned literal place below country level."""
    literal = [p for p in places if p.mention.role == "literal" and p.kind != "country"]
    if not literal:
        return None
    counts = Counter(p.place_id for p in literal)
    # most mentioned, then the surer match (a fuzzy "Siena" for "al-Sina'a" loses), then first
    best = max(
        literal, key=lambda p: (counts[p.place_id], round(p.confidence, 1), -p.mention.start)
    )
    return _town_inside(best, [p for p in literal if counts[p.place_id] == counts[best.place_id]])


def _attached(token: Token, sent: Span, places: Sequence[Place]) -> list[Place]:
    """Places the trigger governs in its own clause: "in X", "near X", "to X", or its object."""
    out = []
    for place in places:
        tok = _token_at(sent, place.mention.start)
        if tok is None or not governs(token, tok):
            continue
        head = tok
        while head.dep_ in ("compound", "conj", "appos", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        locative = head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE
        if locative or (head.dep_ == "dobj" and place.kind != "country"):
            out.append(place)
    return out


def _token_at(sent: Span, offset: int) -> Token | None:
    return next((t for t in sent if t.idx <= offset < t.idx + len(t.text) + 1), None)


def _clause_verb(token: Token | None) -> Token | None:
    while token is not None and token.pos_ not in ("VERB", "AUX"):
        token = None if token.head.i == token.i else token.head
    return token


def _listed_with(best: Place, places: Sequence[Place], sent: Span) -> tuple[Place, ...]:
    """ "in Hama and Aleppo", "Saraqib, Sarmin and Binnish": the places coordinated with the
    chosen one, in text order, one of each."""
    head = _token_at(sent, best.mention.start)
    if head is None:
        return (best,)
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    group = {t.i for t in (head, *head.conjuncts)}
    listed: dict[str, Place] = {}
    for place in places:
        token = _token_at(sent, place.mention.start)
        while token is not None and token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        if token is not None and token.i in group:
            listed.setdefault(place.place_id, place)
    return tuple(listed.values()) or (best,)


def _dominates(place: Place, trigger: Token, sent: Span) -> bool:
    """The place's clause contains the trigger ("In Idlib, regime forces shelled ...") or
    is coordinated with it ("assaulted and wounded a farmer near Kandi")."""
    verb = _clause_verb(_token_at(sent, place.mention.start))
    if verb is None:
        return False
    return (
        verb.i == trigger.i
        or any(a.i == verb.i for a in trigger.ancestors)
        or any(c.i == trigger.i for c in verb.conjuncts)
    )


def _town_inside(best: Place, places: Sequence[Place], text: str = "") -> Place:
    """The town among literal ``places`` inside the region chosen ("from Hilla city's main
    square in Babylon province": Hilla), the most specific place named; else the region. In
    the article's ``text``, a town named for its unit is one too ("Kora township, Delta
    state": the township's town, whose name local news also gives its institutions)."""
    if best.kind not in ("admin1", "admin2"):
        return best
    towns = [
        p
        for p in places
        if (p.mention.role == "literal" or _unit_named(p, text))
        and p.kind not in ("country", "admin1", "admin2")
        and (p.country, p.admin1) == (best.country, best.admin1)
    ]
    return towns[0] if towns else best


#: Lowercase unit words after a town's name that make it the unit's town ("Kora township"):
#: the geoparser's units named after their seat, and South Asia's and America's.
_UNIT_AFTER = SEATED_UNITS | {"upazila", "tehsil", "county"}


#: What may follow the unit word when it names where the event is ("Kora township, Delta"),
#: not a person or office of the unit ("a Kora township teacher", "a Kora district official").
_AFTER_UNIT = frozenset({"in", "of", "on", "near", "at", "and", "or", "area", "where"})


def _unit_named(place: Place, text: str) -> bool:
    after = text[place.mention.end : place.mention.end + 40].split()
    if not after or after[0].strip(",.;:)(") not in _UNIT_AFTER:
        return False
    if after[0][-1] in ",.;:)(" or len(after) == 1 or after[1][0] in ",.;:(":
        return True
    return after[1].strip(",.;:)(") in _AFTER_UNIT


def _in_unreal_clause(place: Place, sent: Span) -> bool:
    """A place in a clause that did not happen ("should plan to enter Damascus")."""
    verb = _clause_verb(_token_at(sent, place.mention.start))
    return verb is not None and modality_of(verb, "other") != ASSERTED


def site_set(
    sent: Span,
    sites: Sequence[Site],
    places: Sequence[Place],
    gazetteer: GazetteerLike,
    on: date | None,
    previous: tuple[Place, ...],
    *,
    article_id: str,
    sentence_index: int,
) -> tuple[Place, ...]:
    """Curated sites named as a set in the sentence ("Turkey's observation posts in Idlib").

    Members are the sites of the named operator within :data:`SITE_RADIUS_KM` of (or in the
    first-level region of) the place the phrase gives, set up by the event's date. "the posts"
    with no place refers back to the previous set.
    """
    for token in sent:
        kind = _SITE_NOUNS.get(token.lemma_.lower())
        if kind is None or token.tag_ not in ("NNS", "NNPS"):
            continue
        modifiers = {c.lower_ for c in token.children}
        if not modifiers & _SITE_MODIFIERS:
            if previous and any(c.lower_ == "the" for c in token.children):
                return previous
            continue
        operator = _operator(token, gazetteer)
        area = [p for p in places if p.kind != "country" and p.mention.start > token.idx]
        chosen = [
            s
            for s in sites
            if s.kind == kind
            and (not operator or s.operator == operator)
            and (on is None or not s.established or s.established[:7] <= on.isoformat()[:7])
            and (not area or _inside(s, area[0]))
        ]
        phrase = doc_span(token)
        mention = Mention(
            article_id, phrase.text, phrase.start_char, phrase.end_char, sentence_index, "SITE"
        )
        return tuple(_site_place(s, mention) for s in chosen)
    return ()


def doc_span(token: Token) -> Span:
    """The noun phrase of a token: its left modifiers and the token ("Turkey's observation
    posts")."""
    start = min((t.i for t in token.lefts), default=token.i)
    return token.doc[start : token.i + 1]


def _operator(token: Token, gazetteer: GazetteerLike) -> str:
    for child in token.children:
        for word in (child, *child.children):
            iso2 = gazetteer.country_for_demonym(word.text)
            if not iso2:
                found = gazetteer.lookup(word.text, limit=1) if word.text[:1].isupper() else []
                iso2 = found[0].country if found and found[0].kind == "country" else None
            if iso2:
                entry = gazetteer.country(iso2)
                return entry.name if entry else iso2
    return ""


def _inside(site: Site, area: Place) -> bool:
    if area.kind == "admin1" and fold_name(area.name).startswith(fold_name(site.admin1)):
        return True
    return distance_km(site, area) <= SITE_RADIUS_KM


def _site_place(site: Site, mention: Mention) -> Place:
    return Place(
        place_id=f"site:{site.site_id}",
        name=site.name,
        kind="site",
        country=site.country,
        admin1=site.admin1,
        lon=site.lon,
        lat=site.lat,
        precision=1,
        confidence=0.8,
        mention=mention,
    )


#: A lookup's score for a place known by the name looked up as one of its other names.
_ANOTHER_NAME = 0.9
#: ... which is the region's capital only when it is a sizeable town (a village may carry the
#: region's name: Minneota, Minnesota).
_CAPITAL_SIZE = 50_000


def _spelt_otherwise(town: Candidate, region: Place) -> bool:
    """Whether a sizeable town known by the region's name is that name spelt otherwise
    (Chattogram, Chittagong), not a longer or shorter name ("Bihar Sharif" in Bihar, "Rio
    Grande" in Rio Grande do Sul: towns named after the region, not its capital)."""
    own, theirs = set(fold_name(town.name).split()), set(fold_name(region.name).split())
    return town.population >= _CAPITAL_SIZE and not (own < theirs or theirs < own)


def at_regional_capital(place: Place, gazetteer: GazetteerLike) -> Place:
    """ACLED codes an event in a region at the region's capital, not its centroid (the Homs
    governorate's centroid lies 130 km out in the desert): move a first-level region to its
    namesake city inside it, when there is one (by its own name or another: the Chittagong
    division's capital is Chattogram, known as Chittagong), else to the capital the gazetteer
    knows for it (Anbar's is Ramadi)."""
    if place.kind != "admin1":
        return place
    keys = {fold_name(place.name), translit_key(place.name)}
    capitals = [
        candidate
        for candidate in gazetteer.lookup(place.name, limit=10)
        if candidate.kind == "city"
        and candidate.country == place.country
        and (
            (candidate.score >= _ANOTHER_NAME and _spelt_otherwise(candidate, place))
            or keys & {fold_name(candidate.name), translit_key(candidate.name)}
        )
        and keys & {fold_name(candidate.admin1), translit_key(candidate.admin1)}
    ]
    if not capitals:
        capital = gazetteer.region_capital(place.country, place.name)
        return place if capital is None else replace(place, lon=capital.lon, lat=capital.lat)
    # the largest namesake: GeoNames' city over a secondary source's duplicate
    capital = max(capitals, key=lambda c: (c.population, c.place_id.startswith("gn:")))
    return replace(place, lon=capital.lon, lat=capital.lat)


def choose_places(
    trigger: Token,
    sent: Span,
    sentence_places: Sequence[Place],
    sites: tuple[Place, ...],
    fallback: Place | None,
) -> PlaceChoice:
    """Pick the event's place(s) among the sentence's places, its site set, or the fallback."""
    if sites:
        return PlaceChoice(sites, 1, "drawn at each site of the set")
    literal = [p for p in sentence_places if p.mention.role == "literal"]
    attached = _attached(trigger, sent, literal)
    if not attached and trigger.pos_ != "VERB":
        # "fired dozens of rockets at northern Israel": the noun's verb holds the place
        verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
        attached = _attached(verb, sent, literal) if verb is not None else []
    literal = [
        p
        for p in literal
        if p in attached or (_dominates(p, trigger, sent) and not _in_unreal_clause(p, sent))
    ]
    local = [p for p in attached if p.kind != "country"] or [
        p for p in literal if p.kind != "country"
    ]
    if local and fallback is not None:
        # "al-Sina'a prison ... Hasakah city": a stray foreign match loses to the story's country
        local = sorted(local, key=lambda p: p.country != fallback.country)
    if local:
        real = [p for p in sentence_places if not _in_unreal_clause(p, sent)]
        best = _town_inside(local[0], real, sent.doc.text)
        if best is not local[0]:  # the region's town, near which the event took place
            return PlaceChoice((best,), max(best.precision, 2), "a town inside the region")
        listed = _listed_with(best, local, sent)
        if len(listed) > 1:
            precision = max(p.precision for p in listed)
            return PlaceChoice(listed, precision, "drawn at each place of the list")
        return PlaceChoice((best,), best.precision)
    # A country is the event's place only when the text puts the event in it ("in Syria").
    countries = [p for p in attached if p.kind == "country"]
    if not countries and fallback is None:
        # the article names no town at all: a country in the sentence is all there is
        countries = [
            p for p in sentence_places if p.mention.role == "literal" and p.kind == "country"
        ]
    if countries and (fallback is None or countries[0].country != fallback.country):
        return PlaceChoice((countries[0],), 3, "only a country is named")
    homes = [p for p in sentence_places if p.mention.role == "locality" and p.kind != "country"]
    if homes and fallback is None:
        # "Basrah residents protested near the government building": the only place named is
        # the people's own town, where they most likely acted
        return PlaceChoice((homes[0],), max(homes[0].precision, 2), "the people's own town")
    if fallback is not None:
        return PlaceChoice((fallback,), 3, "no place in the sentence: the article's main place")
    return PlaceChoice((), 3, "no place")
