"""Article in, places and events out: the pure core of the pipeline.

The collaborators (spaCy pipeline, gazetteer, actor dictionary) are passed in; nothing is loaded
here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from geodata.normalize import fold_name
from geodata.outlets import load_outlet_regions
from pipeline.events.actors import ActorLexicon
from pipeline.events.evidence import country_evidence, evidence_tier, places_nothing
from pipeline.events.sentences import EventContext, extract_events
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.mentions import find_mentions
from pipeline.geoparse.outlet import Outlet, outlet_of
from pipeline.geoparse.resolve import ResolverSettings, resolve_mentions
from pipeline.geoparse.sitetowns import SITE_LABEL, site_towns
from pipeline.lexicon.place_words import envoy_of
from pipeline.models import Article, ArticleResult, Mention, Place, RunWarning

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Extractor"]


@dataclass(frozen=True, slots=True)
class Extractor:
    """Extracts places and events from articles with the given collaborators.

    Examples
    --------
    >>> # extractor = Extractor(nlp=load_nlp(model), gazetteer=Gazetteer.load(cache))
    >>> # result = extractor.extract(article)
    """

    nlp: Language
    gazetteer: GazetteerLike
    lexicon: ActorLexicon = field(default_factory=ActorLexicon.load)
    resolver: ResolverSettings = field(default_factory=ResolverSettings)
    batch_size: int = 16
    #: The outlet table, host -> (ISO2, region served) (see :mod:`geodata.outlets`).
    outlet_regions: Mapping[str, tuple[str, str]] = field(
        default_factory=load_outlet_regions, compare=False, repr=False
    )
    #: Outlets by host name, read once per host (a cache, not configuration).
    outlets: dict[str, Outlet | None] = field(default_factory=dict, compare=False, repr=False)
    #: Country evidence by parse, read once for resolving and again for the country place.
    evidence_of: WeakKeyDictionary[Doc, list[tuple[str, Mention]]] = field(
        default_factory=WeakKeyDictionary, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        # groups named with their country's name for its demonym ("Syria Democratic Forces")
        object.__setattr__(self, "lexicon", self.lexicon.with_country_names(self.gazetteer))

    def extract(self, article: Article) -> ArticleResult:
        """Places and events of one article."""
        return self._from_doc(self.nlp(article.text), article)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Places and events of many articles, parsed in batches with ``nlp.pipe``."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self._from_doc(doc, article)

    def mentions(self, doc: Doc, article_id: str) -> tuple[Mention, ...]:
        """Toponym mentions of a parsed article (recognition only).

        A name the actor dictionary knows as an armed group or body ("Wagner", "Fano",
        "NATO") or a word for the state's forces ("Police") is an actor, not the town that
        shares it, unless it names a country or region.
        """
        found = find_mentions(doc, article_id, self.gazetteer)
        return tuple(m for m in found if not self._is_actor_name(m.text))

    def _is_actor_name(self, text: str) -> bool:
        key = fold_name(text)
        if key not in self.lexicon.alias_index and key not in self.lexicon.military_nouns:
            return False  # ("NAF and Police conducted operations": the police, not Police, PL)
        top = self.gazetteer.lookup(text, limit=1)
        return not (top and top[0].kind in ("country", "admin1", "continent"))

    def resolve(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        url: str | None = None,
        *,
        text: str | None = None,
    ) -> tuple[Place, ...]:
        """Resolve mentions of a parsed article, using its demonyms and the home countries of
        the armed groups it names ("ADF" is Congolese) as country evidence, and the home of
        the outlet its ``url`` names (see :mod:`pipeline.geoparse.outlet`). ``text`` is the
        parsed text when the caller has it (building it again from the parse is costly)."""
        demonyms = [iso2 for iso2, _ in self._country_evidence(doc)]
        return resolve_mentions(
            mentions,
            doc.text if text is None else text,
            self.gazetteer,
            demonym_countries=demonyms,
            settings=self.resolver,
            outlet=self._outlet(url),
        )

    def _outlet(self, url: str | None) -> Outlet | None:
        if not url:
            return None
        host = urlsplit(url).hostname or ""
        if host not in self.outlets:
            self.outlets[host] = outlet_of(url, self.gazetteer, self.outlet_regions)
        return self.outlets[host]

    def _country_evidence(self, doc: Doc) -> list[tuple[str, Mention]]:
        """Countries the article's words point to without naming a place (see
        :func:`pipeline.events.evidence.country_evidence`), read once per parse."""
        if (known := self.evidence_of.get(doc)) is not None:
            return known
        found = country_evidence(doc, self.gazetteer, self.lexicon)
        self.evidence_of[doc] = found
        return found

    def country_place(
        self, doc: Doc, places: tuple[Place, ...], *, armed: bool = False
    ) -> Place | None:
        """The article's country as a place of last resort, when it names no town or region:
        the country it names most, else the one its demonyms and armed groups point to most.
        Its precision is 3 (a region or country), as ACLED codes an event it cannot place
        more closely.

        The nationality of strikes from afar or of hired men ("Russian warplanes", "Russian
        mercenaries") places no event: it says where they come from; nor does the home of a
        group that fights in several countries ("JNIM fighters attacked a village"). With
        ``armed``, both are still evidence of where the report is (to judge a site's town)."""
        named = [p for p in places if p.kind == "country" and p.mention.role == "literal"]
        if named:
            counts = Counter(p.country for p in named)
            return next(p for p in named if p.country == counts.most_common(1)[0][0])
        # the nationality of armed men says little about where they are ("Russian mercenaries
        # in Timbuktu", "French forces in Niamey"): other evidence first, then a country's own
        # forces known by their acronym ("FACA", "FAMa"), who serve mostly at home
        # ... with the country whose forces or rulers act ("the new army of Syria") among them
        whose = [
            (p.country, p.mention)
            for p in places
            if p.kind == "country"
            and p.mention.role == "associative"
            and doc.text[: p.mention.start].rstrip().endswith(" of")  # not "Turkey-backed"
        ]
        evidence = [*self._country_evidence(doc), *whose]
        if not evidence:
            return None
        if not armed:
            evidence = [(c, m) for c, m in evidence if not places_nothing(doc, m, self.lexicon)]
            if not evidence:
                return None
        tiers = [evidence_tier(doc, m, self.lexicon) for _, m in evidence]
        first = min(tiers)
        best = [(c, m) for (c, m), tier in zip(evidence, tiers, strict=True) if tier == first]
        iso2 = Counter(c for c, _ in best).most_common(1)[0][0]
        entry = self.gazetteer.country(iso2)
        if entry is None:
            return None
        words = next(m for c, m in best if c == iso2)
        return Place(
            entry.place_id, entry.name, "country", iso2, "", entry.lon, entry.lat, 3, 0.5, words
        )

    def _from_doc(self, doc: Doc, article: Article) -> ArticleResult:
        mentions = self.mentions(doc, article.id)
        places = tuple(
            _whose_envoy(p, doc)
            for p in self.resolve(doc, mentions, article.url, text=article.text)
        )
        context = EventContext(gazetteer=self.gazetteer, lexicon=self.lexicon)
        local = [p for p in places if p.kind != "country" and p.mention.role == "literal"]
        resolved = tuple(p.mention for p in places)
        townless = all(p.kind == "country" for p in places)
        if townless and (sites := site_towns(doc, article.id, self.gazetteer, resolved)):
            # "a riot in the Kitwe Central Prison": the site's town, where no other is named
            # (resolved as places the text names, then told apart again as the site's town)
            named = tuple(replace(m, role="literal") for m in sites)
            places = tuple(
                replace(p, mention=replace(p.mention, role="locality"))
                if p.mention.label == SITE_LABEL
                else p
                for p in self.resolve(doc, (*mentions, *named), article.url, text=article.text)
            )
            local = [p for p in places if p.mention.label == SITE_LABEL and p.kind != "country"]
            evidence = self.country_place(doc, places, armed=True)
            if evidence is not None and any(p.country != evidence.country for p in local):
                # "Iranian forces arrested an Oxford researcher": the site is not where the
                # report is
                places = tuple(p for p in places if p.mention.label != SITE_LABEL)
                local = []
        country = None if local else self.country_place(doc, places)
        if country is not None and not country.mention.article_id:
            country = replace(country, mention=replace(country.mention, article_id=article.id))
        events = extract_events(doc, article, places, context, country=country)
        warnings: list[RunWarning] = []
        if not places and country is None:
            message = (
                "no place found: its events are listed but not mapped"
                if events
                else "no place found: no event can be mapped"
            )
            warnings.append(RunWarning(article.id, message, article.id))
        elif not local and country is not None and events:
            warnings.append(
                RunWarning(
                    article.id,
                    f"no town or region found: events placed at the country ({country.name}, "
                    "precision 3)",
                    article.id,
                )
            )
        return ArticleResult(
            article=article, places=places, events=events, warnings=tuple(warnings)
        )


def _whose_envoy(place: Place, doc: Doc) -> Place:
    """A country named before its embassy or consulate ("outside the Ivory Coast embassy"):
    whose post it is, not where the event is (a town before one is where the post stands)."""
    if place.kind != "country" or place.mention.role != "literal":
        return place
    span = doc.char_span(place.mention.start, place.mention.end, alignment_mode="expand")
    if span is None or not envoy_of(span.root):
        return place
    return replace(place, mention=replace(place.mention, role="associative"))
