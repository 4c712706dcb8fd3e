"""The region a known local outlet serves (the outlet table): its stories at home are about
that region's towns and counties, its world news is not, and a name that is a country's or
another region's keeps that sense. Real model and gazetteer; the texts and hosts are our own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.geoparse.corpus import GeoparseInput, geoparse
from pipeline.geoparse.outlet import home_units, outlet_of

URL = "https://www.dailycourier.example/news/1"


def _at(extractor, state: str):  # type: ignore[no-untyped-def]
    """The extractor with an outlet table that puts ``dailycourier.example`` in ``state``."""
    return replace(extractor, outlet_regions={"dailycourier.example": ("US", state)}, outlets={})


def _resolve(extractor, text: str, url: str | None = URL) -> dict[str, tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """name -> (country, region, kind) of each resolved toponym of ``text``."""
    record = next(geoparse([GeoparseInput("t", text, (), url)], extractor))
    found: dict[str, tuple[str, str, str]] = {}
    for _, _, name, _, _, place_id, _ in record.toponyms:
        c = extractor.gazetteer.get(place_id)
        found.setdefault(name, (c.country, c.admin1, c.kind) if c else ("", "", ""))
    return found


BREAK_IN = (
    "Athens police arrested two men after a break-in at a hardware store on Main Street, "
    "the police chief said."
)


@pytest.mark.parametrize("state", ["Tennessee", "Texas"])
def test_a_local_papers_town_is_the_one_in_its_state(extractor, state: str) -> None:  # type: ignore[no-untyped-def]
    assert _resolve(_at(extractor, state), BREAK_IN)["Athens"] == ("US", state, "city")


def test_without_the_table_the_famous_namesake_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    bare = replace(extractor, outlet_regions={}, outlets={})
    assert _resolve(bare, BREAK_IN)["Athens"][0] == "GR"


def test_world_news_of_a_local_paper_is_not_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Greek police in Athens fired tear gas at protesters near parliament, the government "
        "of Greece said."
    )
    assert _resolve(_at(extractor, "Tennessee"), text)["Athens"][0] == "GR"


@pytest.mark.parametrize(
    ("state", "text", "name", "expected"),
    [
        # another state's name is the state, not a Kentucky village of the name
        ("Kentucky", "The author moved to California after college and returned to speak "
         "at the library on Tuesday.", "California", ("US", "California", "admin1")),
        # a country's name is the country, not the Texas town
        ("Texas", "The plane flew over China before it was restored in a hangar on Main "
         "Street.", "China", ("CN", "", "country")),
    ],
)  # fmt: skip
def test_a_region_or_country_name_keeps_its_sense_at_home(  # type: ignore[no-untyped-def]
    extractor, state: str, text: str, name: str, expected: tuple[str, str, str]
) -> None:
    assert _resolve(_at(extractor, state), text)[name] == expected


def test_a_local_paper_names_its_counties_without_the_word(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Commissioners in Hall approved the budget on Tuesday."
    assert _resolve(_at(extractor, "Georgia"), text)["Hall"] == ("US", "Georgia", "admin2")
    assert _resolve(extractor, text, None)["Hall"][2] != "admin2"


def test_home_units_only_where_no_candidate_is_at_home(gazetteer) -> None:  # type: ignore[no-untyped-def]
    found = gazetteer.lookup("Hall", limit=25)
    units = home_units("hall", found, gazetteer, ("US", "Georgia"))
    assert [(c.kind, c.admin1) for c in units] == [("admin2", "Georgia")]
    athens = gazetteer.lookup("Athens", limit=25)
    assert home_units("athens", athens, gazetteer, ("US", "Georgia")) == []


def test_the_table_names_a_papers_town_named_like_a_country(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # "The Palestine Herald" of Texas: the table's state makes "Palestine" its Texas town;
    # without it a paper named after a country names no town
    url = "https://www.palestineherald.example/local/1"
    table = {"palestineherald.example": ("US", "Texas")}
    served = outlet_of(url, gazetteer, table)
    assert served is not None and (served.country, served.region) == ("US", "Texas")
    assert served.towns == ("palestine",)
    assert {c.admin1 for _, c in served.homes} == {"Texas"}
    assert outlet_of(url, gazetteer).towns == ()  # type: ignore[union-attr]


def test_a_subdomain_is_its_domains_outlet(gazetteer) -> None:  # type: ignore[no-untyped-def]
    table = {"postbulletin.example": ("US", "Minnesota")}
    served = outlet_of("http://news.postbulletin.example/x", gazetteer, table)
    assert served is not None and served.region == "Minnesota"
    # a country-code domain abroad is not a US outlet, whatever the table says
    abroad = outlet_of("http://postbulletin.example.ca/x", gazetteer, table)
    assert abroad is not None and abroad.region == ""
