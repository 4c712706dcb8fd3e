"""Stage 3, geoparse: find the places an article names and resolve each to the gazetteer.

Recognition (:mod:`mentions`, with :mod:`locative` context and place names inside
organisation names in :mod:`embedded`); candidates from the gazetteer (:mod:`candidates`);
their scores (:mod:`ranking`), what the article's other places say (:mod:`context`) and which
sense of a name it means (:mod:`senses`); the resolver, which may abstain (:mod:`resolve`);
and the per-article toponym records of the ``geoparse`` command (:mod:`corpus`).

Public API: :func:`find_mentions`, :func:`resolve_mentions`, :class:`ResolverSettings`,
:func:`geoparse`, :class:`GeoparseInput`, :class:`GeoparseRecord`.
"""

from __future__ import annotations

from pipeline.geoparse.corpus import (
    ArticleGeoparser,
    GeoparseInput,
    GeoparseRecord,
    geoparse,
    parse_geoparse_line,
    record_json,
)
from pipeline.geoparse.mentions import find_mentions
from pipeline.geoparse.resolve import ResolverSettings, resolve_mentions

__all__ = [
    "ArticleGeoparser",
    "GeoparseInput",
    "GeoparseRecord",
    "ResolverSettings",
    "find_mentions",
    "geoparse",
    "parse_geoparse_line",
    "record_json",
    "resolve_mentions",
]
