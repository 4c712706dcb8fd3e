"""US counties: listed with their state, several states share most names, and the article's
other places decide which one is meant."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "county", "state"),
    [
        ("Residents of Paris and Henry County will receive a letter from the rescue squad.",
         "Henry County", "Tennessee"),
        ("Henry County deputies searched farms near Paris and Puryear on Monday.",
         "Henry County", "Tennessee"),
        ("Walker County deputies arrested two men near Huntsville and New Waverly.",
         "Walker County", "Texas"),
    ],
)  # fmt: skip
def test_a_shared_county_name_is_the_county_near_the_articles_places(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    county: str,
    state: str,
) -> None:
    doc = extractor.nlp(text)
    places = extractor.resolve(doc, extractor.mentions(doc, "t"))
    found = [p for p in places if p.mention.text == county]
    assert found and all(p.kind == "admin2" and p.admin1 == state for p in found)
    assert all(p.admin1 == state for p in places if p.country == "US")
