"""``evaluate-events`` on coded events we wrote: scores, tolerance and the disagreements."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.evaluate.sides import side_of_actor, side_of_ucdp
from pipeline.evaluate.ucdp import read_coded_events, score_events
from pipeline.lexicon.actor_dictionary import ActorLexicon
from tests.pipeline.factories import make_event, make_place


def coded(**overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": "c1",
        "text": "Regime forces shelled Idlib city, killing 2 civilians",
        "source_date": "2020-02-27",
        "location": "Idlib city",
        "where_prec": 1,
        "lat": 35.93,
        "lon": 36.63,
        "side_a": "Government of Syria",
        "side_b": "Civilians",
        "low": 2,
        "high": 3,
        "best": 2,
    }
    return {**row, **overrides}


def write(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "coded.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Government of Syria", "state:Syria"),
        ("Government of Russia (Soviet Union)", "state:Russia"),
        ("IS", "islamic_state"),
        ("SDF", "kurdish"),
        ("Civilians", "civilians"),
        ("Ahrar al-Sham, HTS, Southern Front", "rebels"),
    ],
)
def test_ucdp_sides(name: str, side: str) -> None:
    assert side_of_ucdp(name) == side


@pytest.mark.parametrize(
    ("actor", "side"),
    [
        ("Military Forces of Syria", "state:Syria"),
        ("Government of Turkey", "state:Turkey"),
        ("SDF: Syrian Democratic Forces", "kurdish"),
        ("Islamic State (Syria)", "islamic_state"),
        ("Opposition Rebels (Syria)", "rebels"),
        ("Civilians (Syria)", "civilians"),
        ("Some Unknown Brigade", ""),
    ],
)
def test_our_actor_sides(actor: str, side: str) -> None:
    assert side_of_actor(actor, ActorLexicon.load()) == side


def test_scores_count_agreement_with_tolerance(tmp_path: Path) -> None:
    rows = read_coded_events(write(tmp_path, [coded(), coded(id="c2", low=5, high=5, best=5)]))
    key = (rows[0].text, date(2020, 2, 27))
    right = make_event(
        actor1="Military Forces of Syria",
        actor2="Civilians (Syria)",
        fatalities=2,
        places=(make_place(lat=35.95, lon=36.64),),
    )
    scores = score_events(rows, {key: (right,)}, ActorLexicon.load())
    assert (scores.rows, scores.violent_found) == (2, 2)
    assert (scores.place_n, scores.place_ok) == (2, 2)
    assert (scores.actors_any, scores.actors_both) == (2, 2)
    # c2 coded 5 deaths from the same headline: 2 is outside its range, but neither equals
    # the headline's total (7) nor c2's range, so one of two agrees
    assert (scores.deaths_n, scores.deaths_ok) == (2, 1)
    assert any("c2" in line for line in scores.examples["deaths, stated"])


def test_a_missing_or_far_event_is_a_disagreement(tmp_path: Path) -> None:
    rows = read_coded_events(write(tmp_path, [coded()]))
    far = make_event(actor2="", places=(make_place(lat=36.2, lon=37.16),))  # Aleppo
    scores = score_events(rows, {(rows[0].text, date(2020, 2, 27)): (far,)}, ActorLexicon.load())
    assert scores.place_ok == 0 and scores.actors_both == 0 and scores.actors_any == 1
    nothing = score_events(rows, {}, ActorLexicon.load())
    assert nothing.violent_found == 0 and "no violent event" in nothing.examples


def test_an_event_without_places_is_found_but_its_place_is_wrong(tmp_path: Path) -> None:
    rows = read_coded_events(write(tmp_path, [coded()]))
    unplaced = make_event(
        actor1="Military Forces of Syria",
        actor2="Civilians (Syria)",
        places=(),
        geo_precision=3,
        notes="no place found: not on the map",
    )
    key = (rows[0].text, date(2020, 2, 27))
    scores = score_events(rows, {key: (unplaced,)}, ActorLexicon.load())
    assert (scores.violent_found, scores.place_n, scores.place_ok) == (1, 1, 0)
    assert scores.actors_both == 1 and scores.deaths_ok == 1
    assert scores.examples["place"] == (f"c1: {rows[0].text!r} -> no place (coded Idlib city)",)


def test_a_malformed_line_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_coded_events(path)


def test_the_command_runs_extraction_and_prints_the_table(
    tmp_path: Path, gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, [coded()])
    env = {"ATLAS_CACHE": str(gazetteer_cache)}
    code = main(["--quiet", "evaluate-events", str(path)], env)
    text = capsys.readouterr().out
    assert code == 0, text
    assert "violent event found" in text and "100.0% (1/1)" in text
    assert "place within 25 km" in text
