"""The seed article (published 2020-02-13), field by field, with the real model and gazetteer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geodata.geometry import great_circle_km as km
from pipeline.models import ArticleResult, Event
from pipeline.sources.ingest import read_articles

TURKEY_MIL = "Military Forces of Turkey"
SYRIA_MIL = "Military Forces of Syria"


@pytest.fixture(scope="module")
def seed(extractor, seed_dir: Path) -> ArticleResult:  # type: ignore[no-untyped-def]
    read = read_articles([seed_dir])
    assert read.warnings == ()
    (article,) = read.articles
    return extractor.extract(article)


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [e.evidence[:60] for e in events]
    return events[0]


def near(event: Event, lat: float, lon: float, limit_km: float = 25.0) -> bool:
    return any(km(p.lon, p.lat, lon, lat) <= limit_km for p in event.places)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Idlib", 35.93, 36.63),
        ("Brussels", 50.85, 4.35),
        ("Damascus", 33.51, 36.29),
        ("Ankara", 39.92, 32.85),
        ("Moscow", 55.75, 37.62),
        ("Turkey", 39.0, 35.0),
        ("Syria", 35.0, 38.0),
        ("Russia", 60.0, 100.0),
    ],
)
def test_places_resolved(seed: ArticleResult, name: str, lat: float, lon: float) -> None:
    places = [p for p in seed.places if p.mention.text == name]
    assert places, f"{name} not found"
    limit = 25 if name not in ("Turkey", "Syria", "Russia") else 400
    assert all(km(p.lon, p.lat, lon, lat) <= limit for p in places)


def test_no_place_made_of_a_person(seed: ArticleResult) -> None:
    people = {"Bahceli", "Akar", "Erdogan", "Assad", "al-Assad", "Hulusi Akar"}
    assert not [p.mention.text for p in seed.places if p.mention.text in people]


def test_mentions_point_into_the_text(seed: ArticleResult) -> None:
    text = seed.article.text
    assert all(text[p.mention.start : p.mention.end] == p.mention.text for p in seed.places)


def test_soldiers_killed_over_two_weeks(seed: ArticleResult) -> None:
    event = only([e for e in seed.events if e.fatalities == 14])
    assert event.event_type == "Battles"
    assert {event.actor1, event.actor2} == {TURKEY_MIL, SYRIA_MIL}
    assert (event.event_date, event.event_date_end) == (date(2020, 1, 30), date(2020, 2, 13))
    assert event.time_precision == 3
    assert near(event, 35.93, 36.63)
    assert {event.inter1, event.inter2} == {1, 8}


def test_five_thousand_troops_to_idlib(seed: ArticleResult) -> None:
    event = only([e for e in seed.events if e.category == "troop deployment"])
    assert event.troops == 5000 and event.actor1 == TURKEY_MIL
    assert event.sub_event_type == "Change to group/activity"
    assert near(event, 35.93, 36.63)
    assert "low bound" in event.notes


def test_nato_meeting_in_brussels(seed: ArticleResult) -> None:
    event = only([e for e in seed.events if e.category == "meeting/talks"])
    assert "NATO" in (event.actor1, event.actor2)
    assert event.event_date == date(2020, 2, 13)
    assert near(event, 50.85, 4.35) and event.geo_precision == 1


def test_ceasefire_agreed_on_january_12(seed: ArticleResult) -> None:
    event = only([e for e in seed.events if e.category == "ceasefire/agreement"])
    assert {event.actor1, event.actor2} == {"Government of Turkey", "Government of Russia"}
    assert (event.event_date, event.time_precision) == (date(2020, 1, 12), 1)
    assert event.sub_event_type == "Agreement"


def test_ultimatum_drawn_at_the_observation_posts(seed: ArticleResult) -> None:
    event = only([e for e in seed.events if "ultimatum" in e.evidence])
    assert event.category == "statement/threat"
    assert event.actor1 == "Government of Turkey" and event.actor2 == SYRIA_MIL
    assert event.event_date == date(2020, 2, 12)
    assert len(event.places) >= 5
    assert all(p.kind == "site" and p.place_id.startswith("site:tr-op-") for p in event.places)
    assert "deadline" in event.notes


def test_russian_foreign_ministry_statement(seed: ArticleResult) -> None:
    statements = [e for e in seed.events if "foreign ministry" in e.evidence]
    event = only(statements)
    assert event.category == "statement/threat"
    assert (event.actor1, event.actor2) == ("Government of Russia", "Government of Turkey")
    assert event.event_date == date(2020, 2, 13)


def test_government_offensive_to_retake_idlib(seed: ArticleResult) -> None:
    offensives = [e for e in seed.events if e.category == "offensive"]
    assert any(
        e.actor1 == SYRIA_MIL and e.actor2.startswith("Opposition Rebels") for e in offensives
    )
    assert all(near(e, 35.93, 36.63) for e in offensives)


def test_conditional_force_is_a_threat_not_an_attack(seed: ArticleResult) -> None:
    sentence = [e for e in seed.events if e.evidence.startswith("Akar added")]
    assert "attack" not in {e.category for e in sentence}
    assert "statement/threat" in {e.category for e in sentence}


def test_every_event_keeps_its_evidence(seed: ArticleResult) -> None:
    text = seed.article.text
    for event in seed.events:
        assert text[event.evidence_start : event.evidence_end] == event.evidence
        assert 0 < event.confidence <= 1
        assert event.places


def test_page_furniture_yields_no_event(seed: ArticleResult) -> None:
    assert "You might also like" not in seed.article.text
    assert not [e for e in seed.events if "fumes" in e.evidence]
