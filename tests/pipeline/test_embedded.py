"""Place names inside organisation names: found as ``embedded`` mentions, only on request."""

from __future__ import annotations

import pytest

from pipeline.embedded import embedded_mentions
from pipeline.geoparse import GeoparseInput, geoparse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials at Ohio State University said so.", ["Ohio"]),
        ("The Texas Department of Transportation closed the road.", ["Texas"]),
        ("A spokesman for the University of Georgia declined to comment.", ["Georgia"]),
        ("The Douglas County Sheriff's Office said the road was closed.", ["Douglas County"]),
        ("Staff at East Central Regional Hospital were praised.", []),
        ("Wal-Mart Stores Inc. said its profit rose.", []),
    ],
)
def test_embedded_place_names(extractor, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    found = embedded_mentions(doc, "t", extractor.gazetteer)
    assert [m.text for m in found] == expected
    assert all(m.role == "embedded" and text[m.start : m.end] == m.text for m in found)


def test_embedded_mentions_are_reported_only_when_asked(extractor) -> None:  # type: ignore[no-untyped-def]
    item = GeoparseInput("a", "The Ohio Department of Health reported 12 new cases in Columbus.")
    plain = next(geoparse([item], extractor))
    both = next(geoparse([item], extractor, inclusive=True))
    assert [t[2] for t in plain.toponyms] == ["Columbus"]
    assert [t[2] for t in both.toponyms] == ["Ohio", "Columbus"]
    ohio = both.toponyms[0]
    assert 38 < ohio[3] < 42 and -85 < ohio[4] < -80


def test_country_adjectives_are_demonym_mentions_of_their_country(extractor) -> None:  # type: ignore[no-untyped-def]
    item = GeoparseInput("d", "Kenyan troops crossed into Somalia after Somali officials asked.")
    plain = next(geoparse([item], extractor))
    both = next(geoparse([item], extractor, inclusive=True))
    assert [t[2] for t in plain.toponyms] == ["Somalia"]
    assert [t[2] for t in both.toponyms] == ["Kenyan", "Somalia", "Somali"]
    kenya = both.toponyms[0]
    assert kenya[5] == "country:KE"


def test_demonym_mentions_carry_their_role(extractor) -> None:  # type: ignore[no-untyped-def]
    from pipeline.embedded import demonym_mentions

    text = "The Peruvian navy and Chilean fishermen met off the coast."
    found = demonym_mentions(extractor.nlp(text), "t", extractor.gazetteer)
    assert [(m.text, m.role) for m in found] == [("Peruvian", "demonym"), ("Chilean", "demonym")]
    assert all(text[m.start : m.end] == m.text for m in found)
