"""Toponyms with coordinates per article, in the evaluation format of DESIGN.md.

``{"id": ..., "toponyms": [{"start", "end", "name", "lat", "lon", "place_id"}]}`` with offsets
into the input text exactly as given (no cleaning), so scorers can compare spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from pipeline.errors import InputError
from pipeline.gazetteer_api import GazetteerLike
from pipeline.models import Mention, Place

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ArticleGeoparser",
    "GeoparseInput",
    "GeoparseRecord",
    "geoparse",
    "parse_geoparse_line",
    "record_json",
]


class ArticleGeoparser(Protocol):
    """What :func:`geoparse` needs of the pipeline: a parser, and recognition and resolution
    of a parsed article's toponyms (:class:`pipeline.events.extract.Extractor` is one)."""

    @property
    def nlp(self) -> Language: ...

    @property
    def gazetteer(self) -> GazetteerLike: ...

    @property
    def batch_size(self) -> int: ...

    def mentions(self, doc: Doc, article_id: str) -> tuple[Mention, ...]:
        """Toponym mentions of a parsed article."""
        ...

    def resolve(
        self, doc: Doc, mentions: tuple[Mention, ...], url: str | None = None
    ) -> tuple[Place, ...]:
        """The places the mentions name (the resolver may abstain on some); ``url`` is the
        article's address, whose outlet says where the story is at home."""
        ...


@dataclass(frozen=True, slots=True)
class GeoparseInput:
    """One article of a geoparsing corpus, with gold spans and its address when given."""

    id: str
    text: str
    gold_spans: tuple[tuple[int, int], ...] = ()
    url: str | None = None


@dataclass(frozen=True, slots=True)
class GeoparseRecord:
    """One output line: the article id and its resolved toponyms, as Mentions with places."""

    id: str
    toponyms: tuple[tuple[int, int, str, float, float, str, float], ...]


def parse_geoparse_line(line: str, number: int) -> GeoparseInput:
    """Read one JSONL line of a corpus (``id``, ``text``, optional ``toponyms`` and ``url``).

    Raises
    ------
    InputError
        On malformed JSON, a missing id or text, or a span outside the text.
    """
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"line {number}: malformed JSON ({err.msg})") from err
    if not isinstance(raw, Mapping) or not isinstance(raw.get("text"), str) or "id" not in raw:
        raise InputError(f"line {number}: needs an object with 'id' and 'text'")
    text = raw["text"]
    spans = []
    for toponym in raw.get("toponyms") or ():
        start, end = int(toponym["start"]), int(toponym["end"])
        if not 0 <= start < end <= len(text):
            raise InputError(f"line {number}: span {start}-{end} outside the text")
        spans.append((start, end))
    url = raw.get("url")
    return GeoparseInput(str(raw["id"]), text, tuple(spans), url if isinstance(url, str) else None)


def _gold_mentions(
    doc: Doc, item: GeoparseInput, sentence_of: Sequence[int], char_token: Sequence[int]
) -> tuple[Mention, ...]:
    from pipeline.geoparse.mentions import span_role

    return tuple(
        Mention(
            item.id,
            item.text[s:e],
            s,
            e,
            sentence_of[char_token[s]] if sentence_of else 0,
            "GOLD",
            role=span_role(doc, s, e),
        )
        for s, e in item.gold_spans
    )


def geoparse(
    items: Iterable[GeoparseInput],
    extractor: ArticleGeoparser,
    *,
    gold_spans: bool = False,
    inclusive: bool = False,
) -> Iterator[GeoparseRecord]:
    """Recognise (or take the gold spans) and resolve the toponyms of every article.

    Place names inside organisation names ("Ohio" in "Ohio State University") are toponyms and
    reported, with role ``"embedded"``. Country adjectives ("Russian troops") are not: with
    ``inclusive`` they are reported too, with role ``"demonym"``, for corpora whose annotation
    counts them (see :mod:`pipeline.geoparse.embedded`).
    """
    from pipeline.geoparse.embedded import demonym_mentions, embedded_mentions
    from pipeline.geoparse.mentions import sentence_index_of

    pairs = ((item.text, item) for item in items)
    for doc, item in extractor.nlp.pipe(pairs, as_tuples=True, batch_size=extractor.batch_size):
        if gold_spans:
            char_token = [0] * (len(item.text) + 1)
            for token in doc:
                for c in range(token.idx, min(len(item.text), token.idx + len(token.text) + 1)):
                    char_token[c] = token.i
            mentions = _gold_mentions(doc, item, sentence_index_of(doc), char_token)
        else:
            mentions = extractor.mentions(doc, item.id)
            inside = embedded_mentions(doc, item.id, extractor.gazetteer, mentions)
            mentions = mentions + inside
            if inclusive:
                adjectives = demonym_mentions(doc, item.id, extractor.gazetteer, mentions)
                mentions = mentions + adjectives
            mentions = tuple(sorted(mentions, key=lambda m: (m.start, m.end)))
        places = extractor.resolve(doc, mentions, item.url)
        yield GeoparseRecord(
            item.id,
            tuple(
                (
                    p.mention.start,
                    p.mention.end,
                    p.mention.text,
                    p.lat,
                    p.lon,
                    p.place_id,
                    p.confidence,
                )
                for p in places
            ),
        )


def record_json(record: GeoparseRecord) -> str:
    """One output line (no trailing newline)."""
    return json.dumps(
        {
            "id": record.id,
            "toponyms": [
                {
                    "start": s,
                    "end": e,
                    "name": n,
                    "lat": round(lat, 5),
                    "lon": round(lon, 5),
                    "place_id": pid,
                    "confidence": conf,
                }
                for s, e, n, lat, lon, pid, conf in record.toponyms
            ],
        },
        ensure_ascii=False,
    )
