"""Shared fixtures: the real gazetteer (built once per session) and tiny synthetic sources."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geodata.records import PlaceRecord, Source, SourceRecords

TINY_RECORDS = (
    PlaceRecord(
        "country:SY",
        "Syria",
        "country",
        "SY",
        38.0,
        35.0,
        16_906_283,
        feature_code="PCLI",
        strong_names=("Syrian Arab Republic",),
        codes=("SY", "SYR"),
    ),
    PlaceRecord(
        "csc:state:1",
        "Idlib",
        "admin1",
        "SY",
        36.57,
        35.86,
        admin1="Idlib",
        alt_names=("Idlib Governorate",),
        region_type="governorate",
    ),
    PlaceRecord(
        "csc:state:2",
        "Aleppo",
        "admin1",
        "SY",
        37.39,
        36.15,
        admin1="Aleppo",
        region_type="governorate",
    ),
    PlaceRecord(
        "gn:1",
        "Idlib",
        "city",
        "SY",
        36.634,
        35.931,
        128_840,
        admin1_code="12",
        alt_names=("Idleb", "إدلب", "SY", "BRU"),
    ),
    PlaceRecord(
        "gn:2",
        "Saraqib",
        "city",
        "SY",
        36.806,
        35.864,
        34_231,
        admin1_code="12",
        alt_names=("Saraqeb",),
    ),
    PlaceRecord("gn:3", "Aleppo", "city", "SY", 37.161, 36.201, 2_098_210, admin1_code="09"),
    PlaceRecord("gn:4", "Bru", "city", "SY", 36.0, 35.0, 600, admin1_code="12"),
    # secondary duplicate of Saraqib 1 km away, and a secondary place of its own
    PlaceRecord("csc:city:1", "Saraqib", "city", "SY", 36.81, 35.87, secondary=True),
    PlaceRecord(
        "csc:city:2", "Tiny Village", "city", "SY", 36.7, 35.7, admin1="Idlib", secondary=True
    ),
)


def tiny_source_records(extra: tuple[PlaceRecord, ...] = ()) -> SourceRecords:
    """The literal synthetic source used by build and staleness tests."""
    return SourceRecords(name="tiny", records=TINY_RECORDS + extra, demonyms=(("Syrian", "SY"),))


@pytest.fixture
def tiny_records() -> SourceRecords:
    """The synthetic source, already read."""
    return tiny_source_records()


@pytest.fixture
def tiny_sources() -> Callable[..., tuple[Source, ...]]:
    """Factory of a one-source set whose fingerprint and content the test chooses."""

    def make(fingerprint: str = "v1", extra: tuple[PlaceRecord, ...] = ()) -> tuple[Source, ...]:
        return (Source("tiny", fingerprint, lambda: tiny_source_records(extra)),)

    return make
