"""Countries named inside the names of a nation's own bodies (real model and gazetteer; our
own texts)."""

from __future__ import annotations

import pytest

from pipeline.events.bodies import countries_in_bodies


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A team of the Nepal Army removed the device.", [("NP", "Nepal")]),
        ("Cadres of the Communist Party of Nepal marched.", [("NP", "Nepal")]),
        (
            "Troops of the Armed Forces of the Democratic Republic of the Congo arrived.",
            [("CD", "Democratic Republic of the Congo")],
        ),
        ("The Kenya Defence Forces raided a camp.", [("KE", "Kenya")]),
        # guards: a name a region elsewhere shares, and no body word
        ("The Niger State Police arrested two men.", []),
        ("Officers of the Georgia National Guard arrived on Monday.", []),
        ("The Jordan City Council approved the budget.", []),
        ("The Djibouti Armed Forces deployed a battalion.", [("DJ", "Djibouti")]),
        ("The Nepal Tourism Board said so.", []),
    ],
)
def test_countries_in_bodies(nlp, gazetteer, text: str, named: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [
        (iso2, words.text) for iso2, words in countries_in_bodies(nlp(text), gazetteer)
    ] == named
