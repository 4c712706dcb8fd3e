"""Article in, places and events out: the pure core of the pipeline.

The collaborators (spaCy pipeline, gazetteer, actor dictionary) are passed in; nothing is loaded
here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.events.actors import ActorLexicon
from pipeline.events.sentences import EventContext, extract_events
from pipeline.gazetteer_api import GazetteerLike
from pipeline.geoparse.mentions import find_mentions
from pipeline.geoparse.resolve import ResolverSettings, resolve_mentions
from pipeline.lexicon.actor_dictionary import group_alias_at
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
        "NATO") is an actor, not the town that shares it, unless it names a country or region.
        """
        found = find_mentions(doc, article_id, self.gazetteer)
        return tuple(m for m in found if not self._is_actor_name(m.text))

    def _is_actor_name(self, text: str) -> bool:
        if fold_name(text) not in self.lexicon.alias_index:
            return False
        top = self.gazetteer.lookup(text, limit=1)
        return not (top and top[0].kind in ("country", "admin1", "continent"))

    def resolve(self, doc: Doc, mentions: tuple[Mention, ...]) -> tuple[Place, ...]:
        """Resolve mentions of a parsed article, using its demonyms and the home countries of
        the armed groups it names ("ADF" is Congolese) as country evidence."""
        demonyms = [
            iso2
            for ent in doc.ents
            if ent.label_ == "NORP"
            if (iso2 := self.gazetteer.country_for_demonym(ent.text))
        ]
        for token in doc:
            if token.pos_ != "PROPN" and not token.is_upper:
                continue
            found = group_alias_at(doc, token.i, self.lexicon)
            if found is not None and found.country and "{" not in found.name:
                demonyms.append(found.country)
        return resolve_mentions(
            mentions, doc.text, self.gazetteer, demonym_countries=demonyms, settings=self.resolver
        )

    def _from_doc(self, doc: Doc, article: Article) -> ArticleResult:
        places = self.resolve(doc, self.mentions(doc, article.id))
        context = EventContext(gazetteer=self.gazetteer, lexicon=self.lexicon)
        events = extract_events(doc, article, places, context)
        warnings: list[RunWarning] = []
        if not places:
            warnings.append(
                RunWarning(article.id, "no place found: no event can be mapped", article.id)
            )
        return ArticleResult(
            article=article, places=places, events=events, warnings=tuple(warnings)
        )
