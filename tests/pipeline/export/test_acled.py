"""CSV with ACLED's column names: the concepts map one to one, the rest stays empty."""

from __future__ import annotations

import csv
import io

import pytest

from pipeline.errors import ExportError
from pipeline.export.acled import ACLED_COLUMNS, to_acled_csv
from pipeline.frame import events_to_geodataframe
from tests.pipeline.factories import make_article, make_event


def rows(text: str) -> list[dict[str, str]]:
    table = list(csv.reader(io.StringIO(text)))
    assert tuple(table[0]) == ACLED_COLUMNS
    return [dict(zip(table[0], r, strict=True)) for r in table[1:]]


def test_an_event_as_acled_codes_it() -> None:
    event = make_event(
        article_id="a1", actor2="Civilians (Syria)", inter1=8, inter2=7, notes="killed 2"
    )
    frame = events_to_geodataframe([event], {"a1": make_article(id="a1", source="wire")})
    (row,) = rows(to_acled_csv(frame))
    assert row["event_date"] == "2020-02-27" and row["year"] == "2020"
    assert row["interaction"] == "78" and row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["country"], row["admin1"]) == ("760", "Syria", "Idlib Governorate")
    assert row["disorder_type"] == "Political violence" and row["fatalities"] == "2"
    assert row["notes"].startswith(event.evidence) and row["notes"].endswith("killed 2")
    assert float(row["latitude"]) == pytest.approx(35.9306, abs=1e-3)
    assert row["admin2"] == "" and row["tags"] == "machine-extracted by Conflict Atlas"


def test_formulas_are_neutralised_and_missing_columns_refused() -> None:
    event = make_event(actor1="=HYPERLINK(1)")
    (row,) = rows(to_acled_csv(events_to_geodataframe([event], {})))
    assert row["actor1"] == "'=HYPERLINK(1)"
    frame = events_to_geodataframe([event], {}).drop(columns="actor2")
    with pytest.raises(ExportError, match="actor2"):
        to_acled_csv(frame)


def test_the_export_command_writes_acled_columns(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pipeline.cli import main
    from pipeline.store.eventstore import EventStore
    from tests.pipeline.factories import make_result

    db = tmp_path / "atlas.sqlite"
    with EventStore.open(db) as store:
        store.save(make_result())
    out = tmp_path / "events.csv"
    assert (
        main(["--quiet", "export", "--db", str(db), "--out", str(out), "--format", "acled"], {})
        == 0
    )
    (row,) = rows(out.read_text(encoding="utf-8"))
    assert row["event_type"] == "Explosions/Remote violence" and row["country"] == "Syria"
