"""Place names inside organisation names (role ``embedded``) and country adjectives (role
``demonym``, reported only on request)."""

from __future__ import annotations

import pytest

from pipeline.geoparse.corpus import GeoparseInput, geoparse
from pipeline.geoparse.embedded import embedded_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials at Ohio State University said so.", ["Ohio"]),
        ("The Texas Department of Transportation closed the road.", ["Texas"]),
        ("A spokesman for the University of Georgia declined to comment.", ["Georgia"]),
        ("The Douglas County Sheriff's Office said the road was closed.", ["Douglas County"]),
        ("Staff at East Central Regional Hospital were praised.", []),
        ("Wal-Mart Stores Inc. said its profit rose.", []),
        ("Members of Dublin City Council met on Monday.", ["Dublin"]),
        # a newspaper's title says where it is printed, not what the story is about
        ("He told the New York Times that the outbreak was over.", []),
        # a small town's name (or a common word) counts only when the article names the place
        ("The Ozark Fire Department responded to the call.", []),
        ("The fire was reported by Union Pacific workers.", []),
    ],
)
def test_embedded_place_names(extractor, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    found = embedded_mentions(doc, "t", extractor.gazetteer)
    assert [m.text for m in found] == expected
    assert all(m.role == "embedded" and text[m.start : m.end] == m.text for m in found)


def test_a_small_towns_name_counts_when_the_article_names_the_town(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Ozark Fire Department responded to a fire in Ozark on Tuesday."
    doc = extractor.nlp(text)
    own = extractor.mentions(doc, "t")
    assert [m.text for m in own] == ["Ozark"]
    found = embedded_mentions(doc, "t", extractor.gazetteer, own)
    assert [(m.text, m.start) for m in found] == [("Ozark", 4)]


def test_geoparse_reports_embedded_place_names(extractor) -> None:  # type: ignore[no-untyped-def]
    item = GeoparseInput("a", "The Ohio Department of Health reported 12 new cases in Columbus.")
    found = next(geoparse([item], extractor))
    assert [t[2] for t in found.toponyms] == ["Ohio", "Columbus"]
    ohio = found.toponyms[0]
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
    from pipeline.geoparse.embedded import demonym_mentions

    text = "The Peruvian navy and Chilean fishermen met off the coast."
    found = demonym_mentions(extractor.nlp(text), "t", extractor.gazetteer)
    assert [(m.text, m.role) for m in found] == [("Peruvian", "demonym"), ("Chilean", "demonym")]
    assert all(text[m.start : m.end] == m.text for m in found)
