"""``evaluate-notes`` on two notes we wrote: every measure and the disagreements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.evaluate.notes import read_notes, score_notes
from pipeline.lexicon.actor_dictionary import ActorLexicon
from tests.pipeline.factories import make_event

NOTES = [
    {
        "id": "n1",
        "text": "On 27 February 2020, Syrian forces shelled Turkish troops in Idlib, killing 2.",
        "published": "2020-02-28",
        "date": "2020-02-27",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "side_a": "state:Syria",
        "side_b": "state:Turkey",
        "fatalities": 2,
        "lat": 35.93,
        "lon": 36.63,
    },
    {
        "id": "n2",
        "text": "On 3 March 2020, protesters rallied in Aleppo.",
        "published": "2020-03-04",
        "date": "2020-03-03",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "side_a": "protesters",
        "side_b": None,
        "fatalities": 0,
        "lat": 36.20,
        "lon": 37.16,
    },
]


def write(tmp_path: Path) -> Path:
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join(json.dumps(n) for n in NOTES) + "\n", encoding="utf-8")
    return path


def test_scores_compare_the_main_event_with_the_coding(tmp_path: Path) -> None:
    notes = read_notes(write(tmp_path))
    scores = score_notes(notes, {"n1": (make_event(),)}, ActorLexicon.load())
    assert scores.total["event found"] == 2 and scores.right["event found"] == 1
    assert scores.right["place within 10 km"] == 1 and scores.right["exact date"] == 1
    assert scores.right["exact fatalities"] == 1
    assert scores.total["exact fatalities, events with deaths"] == 1
    assert scores.right["both actors (coarse sides)"] == 1
    assert any("n2" in line for line in scores.misses["event found"])


def test_an_event_without_places_is_found_but_its_place_is_wrong(tmp_path: Path) -> None:
    notes = read_notes(write(tmp_path))
    unplaced = make_event(places=(), geo_precision=3, notes="no place found: not on the map")
    scores = score_notes(notes, {"n1": (unplaced,)}, ActorLexicon.load())
    assert scores.right["event found"] == 1
    assert scores.total["place within 25 km"] == 2 and scores.right["place within 25 km"] == 0
    assert scores.right["exact date"] == 1 and scores.right["exact fatalities"] == 1
    assert any("n1" in line and "no place" in line for line in scores.misses["place within 25 km"])


def test_a_note_without_text_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "lat": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_notes(path)


def test_the_command_prints_every_measure(
    tmp_path: Path, gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--quiet", "evaluate-notes", str(write(tmp_path))], {"ATLAS_CACHE": str(gazetteer_cache)}
    )
    text = capsys.readouterr().out
    assert code == 0, text
    assert "2 notes" in text and "event found" in text and "both actors" in text
