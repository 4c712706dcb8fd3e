"""A report that names its town only in the name of a site, a people or an office-holder ("the
Kumasi Central Market", "Eldoret residents") is placed at that town; one that names a place of
its own is placed there. Real model and gazetteer; our own texts."""

from __future__ import annotations

import pytest

from pipeline.geoparse.sitetowns import site_towns
from tests.pipeline.events.reading import read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "On 4 May 2021, traders protested outside the Kumasi Central Market over new levies.",
            "Kumasi",
            "GH",
        ),
        (
            "On 4 May 2021, Eldoret residents blocked the highway with burning tyres after a "
            "boy was run over.",
            "Eldoret",
            "KE",
        ),
        (
            "On 4 May 2021, youths stoned the convoy of the Mombasa governor and burnt a car.",
            "Mombasa",
            "KE",
        ),
        (
            "On 4 May 2021, inmates rioted in the Kitwe Central Prison after a guard beat a "
            "prisoner.",
            "Kitwe",
            "ZM",
        ),
    ],
)
def test_a_report_is_placed_at_the_town_of_its_site(  # type: ignore[no-untyped-def]
    extractor, text: str, town: str, country: str
) -> None:
    events = read_text(extractor, text, "2021-05-05").events
    assert events, text
    places = events[0].places
    assert [(p.name, p.country) for p in places] == [(town, country)], text


@pytest.mark.model
def test_a_place_of_its_own_comes_before_a_sites_town(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, traders of the Kumasi Central Market marched over new levies in Tamale."
    events = read_text(extractor, text, "2021-05-05").events
    assert [p.name for p in events[0].places] == ["Tamale"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no capitalised name before the site
        "On 4 May 2021, staff of a primary school protested over unpaid wages.",
        # a small town's name, which many other things share
        "On 4 May 2021, traders protested outside the Ozark Market over new levies.",
        # a town that only opens a longer name
        "On 4 May 2021, activists glued themselves to a train at Liverpool Street station.",
        "On 4 May 2021, students marched from the George Mason School to the town hall.",
    ],
)
def test_no_site_town(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp(text)
    assert site_towns(doc, "t", extractor.gazetteer) == ()


@pytest.mark.model
def test_a_site_town_abroad_from_the_reports_country_is_none(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, fans rioted outside Orlando Stadium, South African police said."
    events = read_text(extractor, text, "2021-05-05").events
    assert events
    assert all(p.country == "ZA" for p in events[0].places)
