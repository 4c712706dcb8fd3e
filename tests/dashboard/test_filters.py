"""The sidebar's filters applied to the literal events frame."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pandas as pd
import pytest

from dashboard.filters import (
    FilterOptions,
    FilterState,
    apply_filters,
    filter_options,
    state_from_selection,
    summarise,
)

# the literal events of conftest.py
TURKEY = "Military Forces of Turkey"
SYRIA = "Military Forces of Syria"
RUSSIA = "Government of Russia"
REBELS = "Opposition Rebels (Syria)"
NATO = "NATO"


@pytest.mark.parametrize(
    ("state", "expected_rows"),
    [
        (FilterState(), ["e1", "e2", "e3", "e3", "e4", "e5"]),
        (FilterState(actors=(TURKEY,)), ["e1", "e3", "e3"]),
        # actor2 matches too
        (FilterState(actors=(SYRIA,)), ["e1", "e4"]),
        (FilterState(actors=(RUSSIA, NATO)), ["e2", "e5"]),
        (FilterState(actors=("No Such Actor",)), []),
        (FilterState(event_types=("Battles",)), ["e1"]),
        (FilterState(event_types=("Strategic developments",)), ["e2", "e3", "e3", "e5"]),
        (FilterState(categories=("shelling",)), ["e4"]),
        (FilterState(actors=(TURKEY,), event_types=("Battles",)), ["e1"]),
        (FilterState(actors=(REBELS,), event_types=("Battles",)), []),
        # an event's own range overlapping the filter counts; undated events drop out
        (FilterState(date_from=date(2020, 2, 12), date_to=date(2020, 2, 21)), ["e2", "e3", "e3"]),
        (FilterState(date_from=date(2020, 2, 22)), ["e3", "e3", "e4"]),
        (FilterState(date_to=date(2020, 2, 10)), ["e1"]),
        (FilterState(date_from=date(2021, 1, 1)), []),
    ],
)
def test_apply_filters(
    events_frame: gpd.GeoDataFrame, state: FilterState, expected_rows: list[str]
) -> None:
    shown = apply_filters(events_frame, state)
    assert shown["event_id"].tolist() == expected_rows
    assert isinstance(shown, gpd.GeoDataFrame)


@pytest.mark.parametrize(
    "state",
    [FilterState(), FilterState(actors=(TURKEY,)), FilterState(date_from=date(2020, 1, 1))],
)
def test_apply_filters_on_empty_frame(events_frame: gpd.GeoDataFrame, state: FilterState) -> None:
    empty = events_frame.iloc[0:0]
    assert apply_filters(empty, state).empty
    assert apply_filters(pd.DataFrame(), state).empty


def test_filter_state_matches_event_filter() -> None:
    state = FilterState(date_from=date(2020, 1, 1), actors=(TURKEY,), event_types=("Battles",))
    flt = state.to_event_filter()
    assert (flt.date_from, flt.actors, flt.event_types) == (
        date(2020, 1, 1),
        (TURKEY,),
        ("Battles",),
    )


def test_filter_options(events_frame: gpd.GeoDataFrame) -> None:
    options = filter_options(events_frame)
    assert options.actors == tuple(sorted({TURKEY, SYRIA, RUSSIA, REBELS, NATO}))
    assert "" not in options.actors
    assert options.event_types == (
        "Battles",
        "Explosions/Remote violence",
        "Strategic developments",
    )
    assert (options.date_min, options.date_max) == (date(2020, 2, 10), date(2020, 3, 5))


def test_filter_options_of_empty_frame() -> None:
    options = filter_options(pd.DataFrame())
    assert options == FilterOptions((), (), (), None, None)


OPTIONS = FilterOptions((), (), (), date(2020, 2, 10), date(2020, 3, 5))


@pytest.mark.parametrize(
    ("date_range", "expected"),
    [
        ((date(2020, 2, 10), date(2020, 3, 5)), (None, None)),  # whole span: no filter
        ((date(2020, 2, 11), date(2020, 3, 5)), (date(2020, 2, 11), date(2020, 3, 5))),
        ((date(2020, 2, 11),), (date(2020, 2, 11), None)),  # first click of a range
        (date(2020, 2, 11), (date(2020, 2, 11), None)),
        ((), (None, None)),
        (None, (None, None)),
    ],
)
def test_state_from_selection_dates(date_range: object, expected: tuple[object, object]) -> None:
    state = state_from_selection(date_range, OPTIONS, [TURKEY])  # type: ignore[arg-type]
    assert (state.date_from, state.date_to) == expected
    assert state.actors == (TURKEY,)


def test_summarise_counts_each_event_once(events_frame: gpd.GeoDataFrame) -> None:
    summary = summarise(events_frame)
    assert (summary.events, summary.places, summary.fatalities, summary.articles) == (5, 6, 7, 2)
    assert summarise(events_frame.iloc[0:0]).events == 0
