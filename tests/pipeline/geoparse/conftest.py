"""Resolving given spans (as a corpus or another recogniser gives them) with the real model
and gazetteer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.geoparse.corpus import GeoparseInput, geoparse

#: name -> (place id, lat, lon) of the given names' first occurrences in a text
Resolved = dict[str, tuple[str, float, float]]


@pytest.fixture
def resolve_names(extractor) -> Callable[[str, list[str]], Resolved]:  # type: ignore[no-untyped-def]
    """A function resolving the given names (first occurrence each) in a text."""

    def resolve(text: str, names: list[str]) -> Resolved:
        spans = tuple((text.index(n), text.index(n) + len(n)) for n in names)
        record = next(geoparse([GeoparseInput("t", text, spans)], extractor, gold_spans=True))
        return {name: (pid, lat, lon) for _, _, name, lat, lon, pid, _ in record.toponyms}

    return resolve
