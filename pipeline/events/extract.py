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
from pipeline.events.bodies import NATIONAL_BODIES, countries_in_bodies
from pipeline.events.sentences import EventContext, extract_events
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.mentions import find_mentions
from pipeline.geoparse.outlet import Outlet, outlet_of
from pipeline.geoparse.resolve import ResolverSettings, resolve_mentions
from pipeline.geoparse.sitetowns import SITE_LABEL, site_towns
from pipeline.lexicon.actor_dictionary import group_alias_at, state_body
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
        """Countries the article's words point to without naming a place: demonyms ("Afghan
        soldiers") and the home countries of the armed groups it names, each with its words."""
        if (known := self.evidence_of.get(doc)) is not None:
            return known
        found: list[tuple[str, Mention]] = []
        for ent in doc.ents:
            # (the model tags some demonyms as places: "a convoy of the Nigerien army")
            if (
                ent.label_ in ("NORP", "GPE")
                and (iso2 := self.gazetteer.country_for_demonym(ent.text))
                and not _maker(doc, ent.start, ent.end)
            ):
                found.append((iso2, _words(doc, ent.start, ent.end, "NORP")))
        # the head words of the organisations the model tags: a nationality in a nation's own
        # body ("the Nepali Congress", "the Congolese National Police") counts, not one naming
        # a group by where it came from ("the Ugandan ADF")
        bodies = {
            i: e.root.lower_ for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)
        }
        untagged: list[tuple[str, Mention]] = []
        named: list[tuple[str, Mention]] = []
        for token in doc:
            text = token.text
            capital = text[:1].isupper()
            # demonyms the model tags as nothing ("a Burkinabe army vehicle") or as a person of
            # one word before a noun ("Nigerien army barracks"; not "Inspector Swiss said")
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            lone_person = (
                token.ent_type_ == "PERSON"
                and token.ent_iob_ == "B"
                and after is not None
                and after.ent_iob_ != "I"
                and after.pos_ in ("NOUN", "ADJ")
                and after.is_lower
            )
            if (
                capital
                and (not token.ent_type_ or lone_person or bodies.get(token.i) in NATIONAL_BODIES)
                and token.pos_ in ("ADJ", "PROPN")
                and (iso2 := self.gazetteer.country_for_demonym(text))
                and not _maker(doc, token.i, token.i + 1)
            ):
                untagged.append((iso2, _words(doc, token.i, token.i + 1, "NORP")))
            # a country's own forces known by their acronym ("FARDC", "FAMa") serve mostly at
            # home, whatever part of speech the model gives the acronym
            if capital and any(c.isupper() for c in text[1:]):
                body = state_body(self.lexicon.persons.get(fold_name(text), ""))
                if body is not None and body[0] == "military":
                    named.append((body[1], _words(doc, token.i, token.i + 1, "ORG")))
            if token.pos_ != "PROPN" and not token.is_upper:
                continue
            group = group_alias_at(doc, token.i, self.lexicon)
            if group is not None and group.country and "{" not in group.name:
                named.append((group.country, _words(doc, token.i, token.i + 1, "ORG")))
        found.extend(untagged)
        # a country named in a nation's own body ("the Nepal Army", "the Communist Party of
        # Nepal") as its nationality there counts
        found.extend(
            (iso2, _words(doc, words.start, words.end, "NORP"))
            for iso2, words in countries_in_bodies(doc, self.gazetteer)
        )
        found.extend(named)
        self.evidence_of[doc] = found
        return found

    def country_place(self, doc: Doc, places: tuple[Place, ...]) -> Place | None:
        """The article's country as a place of last resort, when it names no town or region:
        the country it names most, else the one its demonyms and armed groups point to most.
        Its precision is 3 (a region or country), as ACLED codes an event it cannot place
        more closely."""
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
        tiers = [self._tier(doc, m) for _, m in evidence]
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

    def _tier(self, doc: Doc, words: Mention) -> int:
        """How well words point to where an article is: 0 no armed men ("Malian villagers"),
        1 a country's own forces by their acronym, 2 other armed men."""
        if not _armed_words(doc, words):
            return 0
        body = state_body(self.lexicon.persons.get(fold_name(words.text), ""))
        if body is not None and body[0] == "military":
            return 1
        # a country's army, soldiers or police by its demonym serve mostly at home ("the
        # Nigerien army's convoy"); its troops, forces and jets go abroad as often
        return 1 if words.label == "NORP" and _home_force(doc, words) else 2

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
            evidence = self.country_place(doc, places)
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


def _words(doc: Doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    sentence = next((i for i, sent in enumerate(doc.sents) if sent.start <= start < sent.end), 0)
    return Mention("", span.text, span.start_char, span.end_char, sentence, label)


_ARMED_NOUNS = frozenset(
    {
        "forces", "force", "troops", "soldiers", "army", "military", "mercenaries", "fighters",
        "militants", "militia", "militias", "jets", "warplanes", "aircraft", "drones", "police",
        "gunmen", "rebels", "group", "company", "airstrikes", "airstrike", "strikes", "strike",
        "raids", "raid", "helicopters", "artillery", "missiles", "rockets", "bombardment",
        "shelling", "navy", "planes", "bombers",
    }
)  # fmt: skip


def _armed_words(doc: Doc, words: Mention) -> bool:
    """Whether a demonym or group name is (or qualifies) armed men or their weapons: "Russian
    mercenaries", "Wagner", "French forces", "Russian airstrikes"."""
    if words.label == "ORG":
        return True
    span = doc.char_span(words.start, words.end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    heads = {t.head.lower_ for t in tokens} | {t.lower_ for t in tokens}
    return bool(heads & _ARMED_NOUNS)


#: Words that make a nationality a product's maker's: "Russian-made pistols", "a drone of
#: Iranian manufacture", "rifles of Chinese origin".
_MADE = frozenset(
    {"made", "built", "manufactured", "produced", "supplied", "designed", "manufacture",
     "make", "origin"}
)  # fmt: skip


def _maker(doc: Doc, start: int, end: int) -> bool:
    """Whether the nationality at tokens ``start:end`` names who made a thing, which says
    nothing of where the report is."""
    after = [t.lower_ for t in doc[end : end + 2]]
    if after[:1] == ["-"]:
        return after[1:2] != [] and after[1] in _MADE  # "Russian-made"
    # "Russian made pistols", "of Chinese origin", not "Nigerians made up most of the dead"
    last = doc[end - 1]
    return last.dep_ not in ("nsubj", "nsubjpass") and (
        bool(after[:1] and after[0] in _MADE) or last.head.lower_ in _MADE
    )


#: The men of a country's own forces, who serve mostly at home.
_HOME_FORCES = frozenset(
    {"army", "military", "soldier", "soldiers", "police", "policemen", "policeman",
     "gendarmerie", "gendarmes", "gendarme"}
)  # fmt: skip


def _home_force(doc: Doc, words: Mention) -> bool:
    """Whether a demonym names a country's army, soldiers or police ("Nigerien army", "a
    Malian soldier"): the word after it or its head."""
    span = doc.char_span(words.start, words.end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in _HOME_FORCES or any(t.head.lower_ in _HOME_FORCES for t in span)
