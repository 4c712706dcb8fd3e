"""Geoparsing metrics on tiny hand-made inputs (EUPEG conventions)."""

from __future__ import annotations

import math

import pytest

from pipeline.evaluate.metrics import MAX_ERROR_KM, Toponym, score_geoparse, toponyms_of

PARIS = Toponym(10, 15, "Paris", 48.85, 2.35)
LYON = Toponym(30, 34, "Lyon", 45.76, 4.84)


def test_perfect_run() -> None:
    s = score_geoparse({"a": [PARIS, LYON]}, {"a": [PARIS, LYON]})
    assert (s.precision, s.recall, s.f1, s.acc161, s.mean_km) == (1.0, 1.0, 1.0, 1.0, 0.0)


def test_midpoints_within_ten_characters_and_same_name_match() -> None:
    shifted = Toponym(14, 19, "paris", 48.85, 2.35)  # midpoint 16.5 vs 12.5, case ignored
    far = Toponym(25, 30, "Paris", 48.85, 2.35)  # midpoint 27.5: too far
    assert score_geoparse({"a": [PARIS]}, {"a": [shifted]}).f1 == 1.0
    assert score_geoparse({"a": [PARIS]}, {"a": [far]}).f1 == 0.0


def test_precision_recall_and_resolution_on_matches_only() -> None:
    wrong_lyon = Toponym(30, 34, "Lyon", 41.38, -94.99)  # Lyon, Iowa-ish: > 161 km away
    extra = Toponym(50, 55, "Texas", 31.0, -99.0)
    s = score_geoparse({"a": [PARIS, LYON]}, {"a": [wrong_lyon, extra]})
    assert (s.precision, s.recall, s.f1) == (0.5, 0.5, 0.5)
    assert s.n_resolved == 1 and s.acc161 == 0.0 and s.mean_km > 6000


def test_oracle_counts_a_missing_answer_as_the_maximum_error() -> None:
    s = score_geoparse({"a": [PARIS, LYON]}, {"a": [PARIS]}, oracle=True)
    assert s.n_resolved == 2 and s.acc161 == 0.5
    assert s.mean_km == pytest.approx(MAX_ERROR_KM / 2, abs=0.1)
    auc_expected = (0 + math.log(1 + MAX_ERROR_KM) / math.log(MAX_ERROR_KM)) / 2 / 1
    assert s.auc == pytest.approx(auc_expected, abs=1e-3)


@pytest.mark.parametrize(
    ("gold", "pred"),
    [({}, {}), ({"a": []}, {"a": []}), ({"a": []}, {"b": [PARIS]})],
)
def test_empty_inputs_do_not_divide_by_zero(gold: dict, pred: dict) -> None:  # type: ignore[type-arg]
    s = score_geoparse(gold, pred)
    assert (s.precision, s.recall, s.f1, s.acc161) == (0.0, 0.0, 0.0, 0.0)


def test_records_without_coordinates_are_not_gold() -> None:
    records = [
        {
            "id": 7,
            "toponyms": [
                {"start": 0, "end": 5, "name": "Paris", "lat": 48.8, "lon": 2.3},
                {"start": 9, "end": 13, "name": "Nowhere"},
            ],
        },
        {"id": "b", "toponyms": "not a list"},
    ]
    assert {k: [t.name for t in v] for k, v in toponyms_of(records).items()} == {
        "7": ["Paris"],
        "b": [],
    }
