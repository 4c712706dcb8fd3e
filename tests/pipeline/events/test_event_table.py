"""Every row of :mod:`event_table` (ACLED-notes-style sentences we wrote) read field by field:
kind coded both ways, coarse actor sides, fatalities, wounded, troops, date and precision,
place within 25 km and geo_precision. Also the table's own coverage."""

from __future__ import annotations

import pytest

from geodata.geometry import great_circle_km as km
from pipeline.evaluate.sides import side_of_actor
from pipeline.events.extract import Extractor
from pipeline.models import CATEGORIES, Event
from pipeline.sources.textfiles import article_from_text
from tests.pipeline.events.event_table import ROWS, Row

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _main_event(extractor: Extractor, row: Row) -> tuple[Event, ...]:
    result = extractor.extract(article_from_text(row.text, published=row.published))
    return result.events


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:02d}-{r.text[:40]}" for i, r in enumerate(ROWS)])
def test_event_row(extractor: Extractor, row: Row) -> None:
    events = _main_event(extractor, row)
    if not row.category:  # negated: nothing violent happened
        assert not [e for e in events if e.event_type in VIOLENT], events
        return
    assert events, "no event"
    event = events[0]
    assert (event.category, event.event_type, event.sub_event_type) == (
        row.category,
        row.event_type,
        row.sub_event_type,
    )
    assert (event.event_date, event.time_precision) == (row.when, row.time_precision)
    assert event.fatalities == row.fatalities
    assert event.wounded == row.wounded
    assert event.troops == row.troops
    if row.sides is not None:
        ours = [side_of_actor(a, extractor.lexicon) for a in (event.actor1, event.actor2) if a]
        if len(row.sides) == 2:
            assert sorted(ours) == sorted(row.sides), (event.actor1, event.actor2)
        else:
            assert row.sides[0] in ours, (event.actor1, event.actor2)
    if row.place is not None:
        nearest = min(km(row.place[1], row.place[0], p.lon, p.lat) for p in event.places)
        assert nearest <= 25, [(p.name, p.lat, p.lon) for p in event.places]
    if row.geo_precision is not None:
        assert event.geo_precision == row.geo_precision
    # every event can say why it exists
    assert event.evidence and 0 < event.confidence <= 1
    assert 0 <= event.evidence_start < event.evidence_end


def test_the_table_covers_every_kind_and_the_hard_cases() -> None:
    assert len(ROWS) >= 60
    covered = {r.category for r in ROWS}
    assert set(CATEGORIES) - covered <= {"casualties", "offensive", "other"}
    assert any(not r.category for r in ROWS)  # negation
    words = " ".join(r.text.lower() for r in ROWS)
    for clue in ("yesterday", "last week", "on monday", "dozens", "a dozen", "eleven"):
        assert clue in words
    assert any(r.wounded for r in ROWS) and any(r.troops for r in ROWS)
    assert any(r.time_precision == 2 for r in ROWS) and any(r.time_precision == 3 for r in ROWS)


def test_a_list_of_places_draws_one_event_at_each(extractor: Extractor) -> None:
    from datetime import date

    text = "Regime forces shelled Saraqib, Sarmin and Binnish on Monday, killing 4 civilians."
    result = extractor.extract(article_from_text(text, published=date(2020, 2, 12)))
    (event,) = [e for e in result.events if e.category == "shelling"]
    assert len(event.places) == 3 and "each place" in event.notes
    assert event.fatalities == 4  # said once of the list: not multiplied by the places
    assert all(35.8 < p.lat < 36.0 and 36.6 < p.lon < 36.9 for p in event.places)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Warplanes struck Ariha in Idlib province, killing 5 citizens and a child.", 6),
        ("Shelling on Douma killed two women, a child and two men on Monday.", 5),
        ("Airstrikes on Raqqa left more than 46 people killed and injured.", None),
    ],
)
def test_counts_of_listed_victims_add_up(
    extractor: Extractor, text: str, killed: int | None
) -> None:
    from datetime import date

    result = extractor.extract(article_from_text(text, published=date(2016, 3, 1)))
    assert result.events and result.events[0].fatalities == killed


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a group the dictionary does not know keeps its own name, without an inter code; an
        # attack on a town that names no armed target is violence against its civilians (ACLED)
        (
            "The Kokang Alliance attacked Laukkai on Monday.",
            ("Kokang Alliance", "Civilians (Myanmar)"),
        ),
        (
            "Fighters of the Southern Transitional Council clashed with government forces in "
            "Aden on Tuesday.",
            ("Southern Transitional Council", "Military Forces of Yemen"),
        ),
        # who rules, unnamed, is the event country's government when it acts; a government's
        # convoy or offices are no doer
        (
            "On 4 March 2020, two men were publicly flogged by the authorities in Banda Aceh.",
            ("Government of Indonesia", "Civilians (Indonesia)"),
        ),
        (
            "On 2 March 2020, the government extended the state of emergency in Ouaddai, Chad.",
            ("Government of Chad", ""),
        ),
        (
            "On 2 March 2020, gunmen attacked a government convoy near Chimoio, Mozambique.",
            ("Unidentified Armed Group (Mozambique)", ""),
        ),
        # associates stay out of the main pair
        (
            "Syrian forces backed by Russian jets recaptured Saraqib on 2 March 2020.",
            ("Military Forces of Syria", ""),
        ),
    ],
)
def test_actor_names(extractor: Extractor, text: str, actors: tuple[str, str]) -> None:
    from datetime import date

    result = extractor.extract(article_from_text(text, published=date(2020, 3, 5)))
    assert result.events
    assert (result.events[0].actor1, result.events[0].actor2) == actors
