"""The same code on texts we wrote about other wars: other countries, actors and dates."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.geometry import great_circle_km as km
from pipeline.models import ArticleResult, Event
from pipeline.sources.textfiles import article_from_text

UKRAINE = (
    "Russian forces shelled Kharkiv on Monday, killing three civilians and wounding 11 others, "
    "regional governor Oleh Syniehubov said.\n\n"
    "Ukraine's military said its troops had repelled an attack near Kupiansk, where heavy "
    "fighting has continued for the past week."
)
SUDAN = (
    "Clashes between the Rapid Support Forces and the Sudanese army in El Fasher killed at "
    "least 12 people on 3 May, aid workers said.\n\n"
    "The RSF later captured the town of Mellit, north of El Fasher, a local official told "
    "reporters."
)
NIGER = (
    "Niger's government sent 300 additional troops to Tillaberi on Friday after jihadists "
    "attacked a military post near the border with Mali, killing seven soldiers."
)
LEBANON = (
    "Israel and Lebanon agreed a ceasefire on November 26.\n\n"
    "On Wednesday, Israeli jets struck targets in Tyre, killing four people, the Lebanese "
    "health ministry said."
)
REGION = (
    "The foreign ministers of Turkey and Iran met in Tehran on Tuesday to discuss the war.\n\n"
    "Pakistani troops withdrew from two border posts near Chaman yesterday, officials said."
)


def run(extractor, text: str, published: date) -> ArticleResult:  # type: ignore[no-untyped-def]
    return extractor.extract(article_from_text(text, published=published))


def one(result: ArticleResult, category: str) -> Event:
    found = [e for e in result.events if e.category == category]
    assert len(found) == 1, [(e.category, e.evidence[:50]) for e in result.events]
    return found[0]


def at(event: Event, lat: float, lon: float, limit: float = 25.0) -> bool:
    return all(km(p.lon, p.lat, lon, lat) <= limit for p in event.places)


def test_ukraine_shelling_with_casualties(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(extractor, UKRAINE, date(2022, 5, 17))
    shelling = one(result, "shelling")
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert (shelling.actor1, shelling.actor2) == (
        "Military Forces of Russia",
        "Civilians (Ukraine)",
    )
    assert (shelling.inter1, shelling.inter2) == (8, 7)
    assert shelling.fatalities == 3 and shelling.wounded == 11
    assert shelling.event_date == date(2022, 5, 16) and shelling.time_precision == 1
    assert at(shelling, 49.99, 36.23) and shelling.geo_precision == 1
    near = one(result, "attack")
    assert near.geo_precision == 2 and at(near, 49.71, 37.61)
    assert near.event_date_end == date(2022, 5, 17) and near.time_precision == 2


def test_sudan_clash_and_capture(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(extractor, SUDAN, date(2024, 5, 5))
    clash = one(result, "armed clash")
    assert {clash.actor1, clash.actor2} == {"RSF: Rapid Support Forces", "Military Forces of Sudan"}
    assert clash.fatalities == 12 and clash.event_date == date(2024, 5, 3)
    assert at(clash, 13.63, 25.35)
    capture = one(result, "territorial change")
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    assert capture.actor1 == "RSF: Rapid Support Forces"
    assert at(capture, 14.13, 25.55)


def test_niger_deployment_and_jihadist_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(extractor, NIGER, date(2023, 8, 12))
    deployment = one(result, "troop deployment")
    assert deployment.troops == 300 and deployment.event_date == date(2023, 8, 11)
    assert "Niger" in deployment.actor1
    attack = one(result, "attack")
    assert attack.fatalities == 7 and attack.actor1 == "Islamist Militants (Niger)"
    assert attack.troops is None


def test_lebanon_ceasefire_and_air_strike(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(extractor, LEBANON, date(2024, 12, 2))
    deal = one(result, "ceasefire/agreement")
    assert {deal.actor1, deal.actor2} == {"Government of Israel", "Government of Lebanon"}
    assert deal.event_date == date(2024, 11, 26)
    strike = one(result, "air/drone strike")
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.actor1 == "Military Forces of Israel" and strike.fatalities == 4
    assert strike.event_date == date(2024, 11, 27) and at(strike, 33.27, 35.20)


def test_meeting_and_withdrawal(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(extractor, REGION, date(2024, 3, 14))
    meeting = one(result, "meeting/talks")
    assert {meeting.actor1, meeting.actor2} == {"Government of Turkey", "Government of Iran"}
    assert meeting.event_date == date(2024, 3, 12) and at(meeting, 35.69, 51.42)
    withdrawal = one(result, "troop withdrawal")
    assert withdrawal.actor1 == "Military Forces of Pakistan"
    assert withdrawal.event_date == date(2024, 3, 13) and withdrawal.geo_precision == 2


@pytest.mark.parametrize(
    ("sentence", "absent", "present"),
    [
        ("The army denied killing civilians in Hama on Monday.", "casualties", None),
        ("Rebels threatened to attack Aleppo on Monday.", "attack", "statement/threat"),
        ("Turkey would use force in Idlib if the truce collapses.", "attack", "statement/threat"),
        ("Officials said there was no attack on Homs on Monday.", "attack", None),
        ("Syrian jets bombed Saraqib on Monday, killing five civilians.", None, "air/drone strike"),
        # a march still being prepared is no protest yet; its organisers' arrest is the event
        ("Police arrested ten activists handing out leaflets for the march in Homs on Monday.",
         "protest", "arrest"),
    ],
)  # fmt: skip
def test_negation_and_modality(
    extractor,
    sentence: str,
    absent: str | None,  # type: ignore[no-untyped-def]
    present: str | None,
) -> None:
    categories = {e.category for e in run(extractor, sentence, date(2020, 3, 4)).events}
    if absent:
        assert absent not in categories
    if present:
        assert present in categories


def test_article_without_places_warns(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(extractor, "Officials met again and talked for hours.", date(2020, 1, 1))
    assert result.events == ()
    assert any("no place" in w.message for w in result.warnings)


def test_without_publication_date_relative_dates_stay_open(extractor) -> None:  # type: ignore[no-untyped-def]
    result = extractor.extract(article_from_text("Rebels shelled Aleppo on Monday."))
    (event,) = result.events
    assert event.event_date is None and event.time_precision == 3


def test_events_in_a_region_are_drawn_at_its_capital(extractor) -> None:  # type: ignore[no-untyped-def]
    result = run(
        extractor, "Regime forces shelled villages in the countryside of Homs.", date(2020, 3, 4)
    )
    (event,) = result.events
    assert event.geo_precision == 3
    (place,) = event.places
    assert place.kind == "admin1" and at(event, 34.73, 36.72, 10)
    region = next(p for p in result.places if p.mention.text == "Homs")
    assert km(region.lon, region.lat, 36.72, 34.73) > 50  # the region itself stays the region
