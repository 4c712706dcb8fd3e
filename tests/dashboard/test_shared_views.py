"""Sessions share one events frame and one view per filter state (``dashboard.cache``), so no
session may write to them: a session's filters, heat map, search and day stepping leave the
shared frame exactly as the store gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from geopandas.testing import assert_geodataframe_equal
from streamlit.testing.v1 import AppTest

from dashboard import cache
from dashboard.filters import FilterState
from pipeline.config import db_url_from
from pipeline.events.duplicates import merge_reports
from pipeline.export.viewfilter import apply_filters
from pipeline.frame import events_to_geodataframe
from pipeline.store.eventstore import EventStore

from .conftest import TURKEY

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def test_a_session_leaves_the_shared_frame_as_the_store_gives_it(
    filled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_DB", str(filled_store))
    monkeypatch.setenv("ATLAS_SEEDS", str(tmp_path / "no-seeds"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.multiselect(key="actors").set_value([TURKEY]).run()
    at.toggle(key="heat").set_value(True).run()
    at.text_input(key="text").set_value("Saraqib").run()
    at.toggle(key="stepping").set_value(True).run()
    at.radio(key="timeline_by").set_value("week").run()
    at.multiselect(key="actors").set_value([]).run()
    assert not at.exception
    with EventStore.open(filled_store) as store:
        shared = cache.load_events_frame(db_url_from(filled_store), store.count_events())
        fresh = events_to_geodataframe(merge_reports(store.events()), store.articles())
    assert_geodataframe_equal(shared, fresh, check_like=False)


def test_an_unfiltered_view_is_the_frame_itself(events_frame) -> None:  # type: ignore[no-untyped-def]
    assert apply_filters(events_frame, FilterState()) is events_frame
    narrowed = apply_filters(events_frame, FilterState(actors=(TURKEY,)))
    assert narrowed is not events_frame and len(narrowed) < len(events_frame)
