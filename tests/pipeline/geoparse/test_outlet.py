"""The outlet's home, read from an article's address: a country-code domain's country, the
towns a local paper is named after, and what they decide about the names of its stories.
Real model and gazetteer; the texts are our own."""

from __future__ import annotations

import pytest

from pipeline.geoparse.corpus import GeoparseInput, geoparse
from pipeline.geoparse.outlet import outlet_of


def _resolve(extractor, text: str, url: str | None) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Recognise and resolve ``text`` published at ``url``: name -> (country, region)."""
    record = next(geoparse([GeoparseInput("t", text, (), url)], extractor))
    found: dict[str, tuple[str, str]] = {}
    for _, _, name, _, _, place_id, _ in record.toponyms:
        candidate = extractor.gazetteer.get(place_id)
        found.setdefault(name, (candidate.country, candidate.admin1) if candidate else ("", ""))
    return found


@pytest.mark.parametrize(
    ("url", "country", "towns"),
    [
        ("https://www.springfieldnewssun.com/news/local/1.html", "", ("springfield",)),
        ("http://chronicle.augusta.com/stories/2009/x.shtml", "", ("augusta",)),
        ("https://www.lasvegassun.com/news/2009/", "", ("las vegas",)),
        ("https://www.cambridge-news.co.uk/news/", "GB", ("cambridge",)),
        ("https://kyivindependent.com/frontline/", "", ("kyiv",)),
        ("https://www.ldnews.ca/a", "CA", ()),  # no paper's name: no town
        ("https://www.libyaherald.com/2020/", "", ()),  # a country's paper, not a town's
        ("https://www.dailystar.com.lb/News/", "LB", ()),  # "star" is a paper's word
        ("https://bit.ly/3xYz", "", ()),  # a vanity domain says no country
        ("https://www.nytimes.com/2020/", "", ()),
    ],
)  # fmt: skip
def test_outlet_of_an_address(gazetteer, url: str, country: str, towns: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    outlet = outlet_of(url, gazetteer)
    assert outlet is not None
    assert (outlet.country, outlet.towns) == (country, towns)
    assert all(key in towns and c.kind == "city" for key, c in outlet.homes)


@pytest.mark.parametrize(
    "url", ["", "seeds/article.txt", "ftp://example.org/x", "http://localhost/"]
)
def test_no_outlet_without_a_web_host(gazetteer, url: str) -> None:  # type: ignore[no-untyped-def]
    assert outlet_of(url, gazetteer) is None


TOWN_COUNCIL = (
    "The Dublin City Council appointed three residents to the planning commission on Monday. "
    "The city manager said the police department would hire two officers."
)


def test_a_town_papers_story_lies_near_its_home(extractor) -> None:  # type: ignore[no-untyped-def]
    # the paper is named after Columbus, Ohio: its "Dublin" is the suburb, not California's
    # or Ireland's; without an address the largest US namesake stays
    near_home = _resolve(extractor, TOWN_COUNCIL, "http://columbuslocalnews.com/dublin/1.txt")
    assert near_home["Dublin"] == ("US", "Ohio")
    assert _resolve(extractor, TOWN_COUNCIL, None)["Dublin"] != ("US", "Ohio")


def test_a_country_domain_is_the_storys_home(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "London city council will hire outside experts to defend its rejection of a clinic."
    assert _resolve(extractor, text, "http://lfpress.ca/news/local/1.html")["London"][0] == "CA"
    assert _resolve(extractor, text, None)["London"][0] == "GB"


def test_world_news_of_a_city_paper_keeps_the_world(extractor) -> None:  # type: ignore[no-untyped-def]
    # a capital's paper reporting from Syria: its home town plays no part abroad
    text = "Syrian government forces shelled Idlib and Aleppo, and Damascus said it would go on."
    found = _resolve(extractor, text, "https://www.washingtonpost.com/world/1")
    assert {found[n][0] for n in ("Idlib", "Aleppo", "Damascus")} == {"SY"}


def test_the_papers_own_town_beats_the_ocean_of_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # a paper named after Pacific (Missouri) places its "Pacific"; elsewhere it is the ocean
    text = "Aldermen met in Pacific on Monday and approved a new water tower for the town."
    assert _resolve(extractor, text, "https://www.pacifictribune.com/x")["Pacific"] == (
        "US",
        "Missouri",
    )
    assert _resolve(extractor, text, "https://www.athensreview.com/x")["Pacific"] == ("", "")
