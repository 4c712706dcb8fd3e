"""The second pass of resolution: nearby places, regions, and units the gazetteer lacks."""

from __future__ import annotations

import pytest

from geodata.models import Candidate
from pipeline.geoparse.candidates import is_unit, unlisted_unit
from pipeline.geoparse.context import ArticleContext
from pipeline.geoparse.resolve import score_candidate
from pipeline.models import Mention


def town(name: str, lat: float, lon: float, admin1: str = "Texas") -> Candidate:
    return Candidate(f"t:{name}", name, "city", "US", admin1, lon, lat, 10_000, 1.0)


TEXAS = ArticleContext.from_choices(
    [
        ("roxton", town("Roxton", 33.55, -95.73)),
        ("toco", town("Toco", 33.66, -95.65)),
        ("texas", Candidate("s:tx", "Texas", "admin1", "US", "Texas", -99.0, 31.0, 0, 1.0)),
    ]
)


def test_nearby_places_and_the_region_favour_the_local_namesake() -> None:
    local = town("Paris", 33.66, -95.55)
    famous = Candidate(
        "f:paris", "Paris", "city", "FR", "Ile-de-France", 2.35, 48.85, 2_138_551, 1.0, "PPLC"
    )
    assert TEXAS.proximity(local, "paris") == pytest.approx(2 / 3)
    assert TEXAS.region_share(local) == 1.0 and TEXAS.region_share(famous) == 0.0
    with_context = score_candidate(local, {}, context=TEXAS, key="paris")
    assert with_context > score_candidate(famous, {}, context=TEXAS, key="paris")


def test_a_place_does_not_vote_for_itself() -> None:
    assert TEXAS.proximity(town("Toco", 33.66, -95.65), "toco") == pytest.approx(1 / 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Lamar County", True), ("Jabal Saman district", True), ("Lamar", False), ("County", False)],
)
def test_unlisted_units_lie_among_the_articles_places(text: str, expected: bool) -> None:
    mention = Mention("a", text, 0, len(text), 0, "GPE")
    assert is_unit(mention) == expected
    found = unlisted_unit(mention, TEXAS, {"US": 1.0})
    assert found is not None
    unit, confidence = found
    assert unit.kind == "admin2" and confidence < 0.5 and unit.country == "US"
    # among the two towns, not at the state's centroid 300 km away
    assert 33.5 < unit.lat < 33.7 and -95.8 < unit.lon < -95.6


def test_a_spread_out_article_places_a_unit_in_its_densest_cluster_of_towns() -> None:
    spread = ArticleContext.from_choices(
        [
            ("w", Candidate("s:wa", "Washington", "admin1", "US", "Washington", -120, 47, 0, 1.0)),
            ("b", town("B", 47.6, -122.3, "Washington")),
            ("c", town("C", 25.8, -80.2, "Florida")),
            ("d", town("D", 25.9, -80.1, "Florida")),
        ]
    )
    assert spread.centre() is None
    assert spread.locality() == (25.9, -80.1)
    mention = Mention("a", "Lamar County", 0, 12, 0, "GPE")
    found = unlisted_unit(mention, spread, {"US": 1.0})
    assert found is not None and 25 < found[0].lat < 26
    assert ArticleContext().centre() is None and ArticleContext().locality() is None


def test_units_are_placed_after_containment_fixes_the_towns(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Lamar County deputies arrested a man in Paris, Texas, on Monday."
    doc = extractor.nlp(text)
    places = {p.mention.text: p for p in extractor.resolve(doc, extractor.mentions(doc, "t"))}
    paris, county = places["Paris"], places["Lamar County"]
    assert paris.country == "US" and county.country == "US"
    assert abs(county.lat - paris.lat) < 1.0 and abs(county.lon - paris.lon) < 1.0


def test_abbreviation_keeps_its_final_period(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "He lived in Charleston, W.Va. before moving."
    doc = extractor.nlp(text)
    names = [p.mention.text for p in extractor.resolve(doc, extractor.mentions(doc, "t"))]
    assert "W.Va." in names


def test_a_region_where_many_names_have_namesakes_is_the_locality() -> None:
    # the first pass chose famous namesakes; what the names *could* be says Tennessee
    famous = ArticleContext.from_choices(
        [("paris", town("Paris", 48.85, 2.35, "Ile-de-France")), ("athens", town("A", 38, 23.7))]
    )
    candidates = {
        "paris": [town("Paris", 48.85, 2.35, "Ile-de-France"), town("Paris", 36.3, -88.3, "TN")],
        "athens": [town("Athens", 37.98, 23.73, "Attica"), town("Athens", 35.44, -84.59, "TN")],
        "dresden": [town("Dresden", 51.05, 13.74, "Saxony"), town("Dresden", 36.29, -88.7, "TN")],
        "elsewhere": [],
    }
    context = famous.with_spread(candidates, {"US": 1.0})
    local = town("Paris", 36.3, -88.3, "TN")
    assert context.coverage(local, "paris", names=3) == 1.0
    assert context.coverage(town("Paris", 48.85, 2.35, "Ile-de-France"), "paris", names=3) == 0.0
    assert score_candidate(local, {}, context=context, key="paris", names=3) > score_candidate(
        town("Paris", 48.85, 2.35, "Ile-de-France"), {}, context=context, key="paris", names=3
    )


def state(name: str, lat: float, lon: float) -> Candidate:
    return Candidate(f"s:{name}", name, "admin1", "US", name, lon, lat, 0, 1.0)


def test_a_states_own_name_does_not_vote_for_towns_named_after_it() -> None:
    nevada_town = town("Nevada", 37.84, -94.35, "Missouri")
    candidates = {
        "nevada": [state("Nevada", 39, -117), nevada_town],
        "kansas": [state("Kansas", 38.5, -98), town("Kansas", 39.55, -94.99, "Missouri")],
        "oregon": [state("Oregon", 44, -120), town("Oregon", 39.98, -95.14, "Missouri")],
    }
    context = ArticleContext().with_spread(candidates, {"US": 1.0})
    assert context.coverage(nevada_town, "nevada", names=3) == 0.0


def test_a_unit_lies_among_the_places_in_states_that_have_one() -> None:
    two_states = ArticleContext.from_choices(
        [
            ("a", town("A", 33.55, -95.73)),
            ("b", town("B", 33.66, -95.65)),
            ("c", town("C", 36.3, -88.3, "Tennessee")),
        ]
    )
    mention = Mention("a", "Henry County", 0, 12, 0, "GPE")
    found = unlisted_unit(mention, two_states, {"US": 1.0}, [("US", "Tennessee")])
    assert found is not None and abs(found[0].lat - 36.3) < 0.01
    anywhere = unlisted_unit(mention, two_states, {"US": 1.0}, [("US", "Ohio")])
    assert anywhere is not None and 33.5 < anywhere[0].lat < 33.7  # no place in Ohio: the cluster


def test_names_used_together_lie_together() -> None:
    from geodata.models import Candidate
    from pipeline.geoparse.context import ArticleContext

    def town(pid: str, name: str, kind: str, state: str, lon: float, lat: float) -> Candidate:
        return Candidate(pid, name, kind, "US", state, lon, lat, 10_000, 1.0)

    seat_a = town("a", "Townsville", "city", "Alpha", -95.85, 32.20)
    seat_b = town("b", "Townsville", "city", "Beta", -84.59, 35.44)
    county_a = town("c", "Oak County", "admin2", "Alpha", -95.80, 32.15)
    county_b = town("d", "Oak County", "admin2", "Beta", -88.30, 35.65)  # far from town b
    context = ArticleContext().with_spread(
        {"townsville": [seat_a, seat_b], "oak county": [county_a, county_b]}, {"US": 1.0}
    )
    assert context.together(seat_a, "townsville", 2) == 1.0
    assert context.together(seat_b, "townsville", 2) == 0.0
