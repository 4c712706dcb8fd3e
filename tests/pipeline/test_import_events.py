"""``import-events``: ACLED exports (both column sets) and UCDP GED files we write ourselves,
into the real SQLite store, side by side with extracted events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.import_run import _save
from pipeline.models import RunWarning
from pipeline.sources.importers import read_event_rows
from pipeline.store.eventstore import EventStore
from tests.pipeline.factories import make_article, make_event, make_result

OLD_ACLED = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
    "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "timestamp", "iso3",
]  # fmt: skip
NEW_ACLED = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
UCDP = [
    "id", "relid", "year", "type_of_violence", "conflict_name", "side_a", "side_b",
    "source_headline", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude",
    "country", "date_prec", "date_start", "date_end", "best", "high", "low",
]  # fmt: skip


def write(
    path: Path, header: list[str], rows: list[dict[str, str]], encoding: str = "utf-8"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in header})
    return path


def old_row(**over: str) -> dict[str, str]:
    row = {
        "iso": "760", "event_id_cnty": "SYR9001", "event_date": "10 February 2020",
        "time_precision": "1", "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Syria (2000-)", "inter1": "1",
        "actor2": "Military Forces of Turkey (2016-)", "inter2": "8", "country": "Syria",
        "admin1": "Idleb", "location": "Saraqab", "latitude": "35.8621", "longitude": "36.8042",
        "geo_precision": "1", "source": "Our own test wire", "fatalities": "5",
        "notes": "Test row written for this project: troops clashed near the town.",
    }  # fmt: skip
    return {**row, **over}


def new_row(**over: str) -> dict[str, str]:
    row = {
        "event_id_cnty": "MLI7001", "event_date": "2023-03-15", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "inter1": "Rebel group", "actor2": "Civilians (Mali)", "inter2": "Civilians",
        "iso": "466", "country": "Mali", "admin1": "Menaka", "location": "Menaka",
        "latitude": "15.9182", "longitude": "2.4022", "geo_precision": "2",
        "source": "Test source", "notes": "Test row: gunmen attacked a village.",
        "fatalities": "12",
    }  # fmt: skip
    return {**row, **over}


def ucdp_row(**over: str) -> dict[str, str]:
    row = {
        "id": "880001", "year": "2016", "type_of_violence": "3", "side_a": "IS",
        "side_b": "Civilians", "source_headline": "Test headline: militants killed villagers",
        "where_prec": "1", "where_coordinates": "Manbij town", "adm_1": "Aleppo governorate",
        "latitude": "36.5281", "longitude": "37.9549", "country": "Syria", "date_prec": "1",
        "date_start": "2016-06-01", "date_end": "2016-06-01", "best": "7", "high": "9",
        "low": "7",
    }  # fmt: skip
    return {**row, **over}


@pytest.fixture
def env(tmp_path: Path, gazetteer_cache: Path) -> dict[str, str]:
    return {"ATLAS_CACHE": str(gazetteer_cache), "ATLAS_DB": str(tmp_path / "atlas.sqlite")}


def test_both_acled_column_sets_and_text_inter_codes_map_to_events(tmp_path: Path) -> None:
    old = write(tmp_path / "old.csv", OLD_ACLED, [old_row()])
    new = write(tmp_path / "new.csv", NEW_ACLED, [new_row()])
    (first,) = [r.result for r in read_event_rows(old)]
    (second,) = [r.result for r in read_event_rows(new)]
    assert first is not None and second is not None
    clash = first.events[0]
    assert (clash.event_id, str(clash.event_date), clash.category) == (
        "acled:SYR9001",
        "2020-02-10",
        "armed clash",
    )
    assert (clash.inter1, clash.inter2, clash.fatalities) == (1, 8, 5)
    assert clash.places[0].country == "SY" and clash.places[0].lon == pytest.approx(36.8042)
    assert first.article.source == "ACLED" and "troops clashed" in clash.evidence
    attack = second.events[0]
    assert (attack.inter1, attack.inter2, attack.category) == (2, 7, "attack")
    assert attack.places[0].country == "ML" and attack.geo_precision == 2


def test_ucdp_rows_map_to_events(tmp_path: Path) -> None:
    path = write(
        tmp_path / "ged.csv",
        UCDP,
        [ucdp_row(), ucdp_row(id="880002", type_of_violence="1", date_prec="4")],
    )
    results = [r.result for r in read_event_rows(path)]
    one_sided, battle = (r.events[0] for r in results if r is not None)
    assert (one_sided.event_type, one_sided.fatalities, one_sided.actor1) == (
        "Violence against civilians",
        7,
        "IS",
    )
    assert one_sided.places[0].country == "SY" and results[0].article.source == "UCDP GED"
    assert battle.event_type == "Battles" and battle.time_precision == 3


def test_bad_rows_are_reported_with_their_line_and_the_rest_imported(tmp_path: Path) -> None:
    rows = [
        old_row(),
        old_row(event_id_cnty="SYR9002", latitude="95.2"),
        old_row(event_id_cnty="SYR9003", event_date="30 February 2020"),
        old_row(event_id_cnty="SYR9004", latitude="abc"),
    ]
    found = list(read_event_rows(write(tmp_path / "bad.csv", OLD_ACLED, rows)))
    assert [r.result is not None for r in found] == [True, False, False, False]
    assert [r.warning.source.rsplit(":", 1)[1] for r in found if r.warning] == ["3", "4", "5"]
    assert "out of range" in found[1].warning.message
    assert "event_date '30 February 2020' not understood" in found[2].warning.message
    assert found[3].problem is not None and found[3].problem.kind == ("latitude", "not a number")


def test_a_file_missing_a_column_is_refused_by_name(tmp_path: Path) -> None:
    header = [c for c in NEW_ACLED if c != "latitude"]
    with pytest.raises(InputError, match="latitude"):
        list(read_event_rows(write(tmp_path / "cut.csv", header, [new_row()])))


def test_a_windows_1252_file_is_read_and_says_so(tmp_path: Path) -> None:
    path = write(
        tmp_path / "cp.csv",
        NEW_ACLED,
        [new_row(location="Ménaka", notes="Café attacked.")],
        "cp1252",
    )
    found = list(read_event_rows(path))
    assert any(r.warning and "Windows-1252" in r.warning.message for r in found)
    (result,) = [r.result for r in found if r.result]
    assert result.events[0].places[0].name == "Ménaka"


def test_import_events_stores_rows_idempotently_next_to_extracted_events(
    tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    acled = write(
        tmp_path / "acled.csv",
        NEW_ACLED,
        [new_row(), new_row(event_id_cnty="MLI7002", latitude="x")],
    )
    ged = write(tmp_path / "ged.csv", UCDP, [ucdp_row()])
    assert main(["--quiet", "import-events", str(acled), str(ged)], env) == 0
    out = capsys.readouterr().out
    assert f"{acled}: 1 row imported, 1 skipped" in out
    assert f"{acled}: 1 row skipped: latitude 'x' not a number (first at line 3" in out
    assert (
        main(["--quiet", "import-events", str(acled), str(ged)], env) == 0
    )  # again: no duplicates
    with EventStore.open(env["ATLAS_DB"]) as store:
        events = store.events()
    assert sorted(e.event_id for e in events) == ["acled:MLI7001", "ucdp:880001"]
    report = json.loads(Path(env["ATLAS_DB"]).with_name("atlas.ingest-report.json").read_text())
    assert [f["read"] for f in report["files"]] == [1, 1]
    out_csv = tmp_path / "both.csv"
    assert main(["--quiet", "export", "--out", str(out_csv)], env) == 0
    text = out_csv.read_text(encoding="utf-8")
    assert "ACLED" in text and "UCDP GED" in text


def test_export_has_the_dashboards_filters(
    tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    acled = write(
        tmp_path / "a.csv",
        NEW_ACLED,
        [new_row(), new_row(event_id_cnty="MLI7002", fatalities="0", notes="Quiet day.")],
    )
    ged = write(tmp_path / "g.csv", UCDP, [ucdp_row()])
    assert main(["--quiet", "import-events", str(acled), str(ged)], env) == 0
    out = tmp_path / "view.geojson"
    args = ["--quiet", "export", "--out", str(out), "--source", "ACLED", "--country", "ml"]
    assert main([*args, "--min-fatalities", "1", "--text", "gunmen"], env) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["event_id"] for f in features] == ["acled:MLI7001"]
    assert "wrote 1 features (1 events)" in capsys.readouterr().out


def test_hostile_csv_rows_are_reported_not_raised(tmp_path: Path) -> None:
    rows = [
        new_row(),
        new_row(event_id_cnty="MLI7003", fatalities="1e400"),  # overflows an int
        new_row(event_id_cnty="MLI7004", notes="x" * 200_000),  # over csv's default field limit
    ]
    found = list(read_event_rows(write(tmp_path / "h.csv", NEW_ACLED, rows)))
    assert [r.result is not None for r in found] == [True, False, True]
    assert "fatalities '1e400' not a whole number" in found[1].warning.message


def test_ucdp_country_names_with_former_names_resolve(tmp_path: Path) -> None:
    rows = [
        ucdp_row(country="DR Congo (Zaire)"),
        ucdp_row(id="880009", country="Russia (Soviet Union)"),
    ]
    found = [r.result for r in read_event_rows(write(tmp_path / "u.csv", UCDP, rows))]
    assert [r.events[0].places[0].country for r in found if r] == ["CD", "RU"]


def test_a_row_spanning_lines_is_reported_at_its_first_line(tmp_path: Path) -> None:
    rows = [
        new_row(notes="line one\nline two\nline three"),
        new_row(event_id_cnty="MLI7005", latitude="x"),
    ]
    found = list(read_event_rows(write(tmp_path / "m.csv", NEW_ACLED, rows)))
    assert found[1].warning is not None and found[1].warning.source.endswith(":5")


def test_a_row_the_store_refuses_counts_as_skipped(tmp_path: Path) -> None:
    good = make_result(make_article(id="row-1"))
    # an event that claims another row's article: the store refuses that row only
    stray = make_result(make_article(id="row-2"), (make_event(article_id="row-1"),))
    warnings: list[RunWarning] = []
    problems: list[str] = []
    with EventStore.open(tmp_path / "atlas.sqlite") as store:
        assert _save(store, [good, stray], warnings, problems) == (1, 1)
        assert store.count_events() == 1
    assert len(warnings) == 1 and "row-2" in problems[0]
