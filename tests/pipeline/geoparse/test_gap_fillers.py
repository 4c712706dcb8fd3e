"""Unpopulated gap-filling villages are candidates only in an article about their country."""

from __future__ import annotations

import pytest

from geodata.models import Candidate
from pipeline.geoparse.resolve import is_gap_filler


def candidate(place_id: str, population: int) -> Candidate:
    return Candidate(place_id, "Office", "city", "KE", "", 36.8, -1.3, population, 1.0)


@pytest.mark.parametrize(
    ("place_id", "population", "expected"),
    [
        ("wof:1", 0, True),
        ("wof:1", 1200, False),  # a census says it is a real town
        ("gn:1", 0, False),
        ("zip:city:Iowa:Office", 0, False),
        ("", 0, False),
    ],
)
def test_is_gap_filler(place_id: str, population: int, expected: bool) -> None:
    assert is_gap_filler(candidate(place_id, population)) is expected
