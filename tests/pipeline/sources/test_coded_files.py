"""Coded event files as analysts save them (written here, in the shapes ACLED's export tool,
its API, spreadsheets and R/pandas produce): every shape imports whole, problems are counted in
the user's words, and distinct rows on the same day and place all stay distinct."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from pipeline.cli import main
from pipeline.import_run import import_files
from pipeline.sources.cellvalues import CellError, parse_date, parse_int, slash_date_order
from pipeline.sources.importers import read_event_rows
from pipeline.store.eventstore import EventStore

HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "notes",
]  # fmt: skip


def row(n: int, day: str = "9-May-20", **over: str) -> list[str]:
    """Distinct events on one day at one place, with the same actors: never one event."""
    values = {
        "event_id_cnty": f"NIG{n}", "event_date": day, "year": "2020", "time_precision": "1.0",
        "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Nigeria (2015-)", "inter1": "1.0",
        "actor2": "Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad", "inter2": "2.0",
        "country": "Nigeria", "admin1": "Borno", "location": "Gwoza", "latitude": "11.0861",
        "longitude": "13.6953", "geo_precision": "1.0", "fatalities": f"{n}.0",
        "notes": f"Test note {n}: troops clashed with insurgents near the town.",
    }  # fmt: skip
    values.update(over)
    return [values[c] for c in HEADER]


def write_csv(path: Path, rows: list[list[str]], sep: str = ",", encoding: str = "utf-8") -> Path:
    lines = [sep.join(HEADER)] + [sep.join(f'"{v}"' if sep in v else v for v in r) for r in rows]
    path.write_text("\n".join(lines) + "\n" + sep * (len(HEADER) - 1) + "\n", encoding=encoding)
    return path


def imported(path: Path) -> list[str]:
    return [r.result.article.id for r in read_event_rows(path) if r.result is not None]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2020-05-09", "2020-05-09"), ("09 May 2020", "2020-05-09"), ("9 May 2020", "2020-05-09"),
        ("9-May-20", "2020-05-09"), ("09-May-2020", "2020-05-09"), ("May 9, 2020", "2020-05-09"),
        ("09/05/2020", "2020-05-09"), ("9.5.2020", "2020-05-09"), ("43960", "2020-05-09"),
        ("43960.0", "2020-05-09"), ("20200509", "2020-05-09"),
        ("2020-05-09T00:00:00Z", "2020-05-09"), ("2016-01-01 00:00:00.000", "2016-01-01"),
        ("1-Jan-98", "1998-01-01"), ("9-May-89", "1989-05-09"), ("09-05-2020", "2020-05-09"),
        ("9 Sept 2020", "2020-09-09"),
    ],
)  # fmt: skip
def test_dates_in_every_shape_tools_write(text: str, iso: str) -> None:
    assert parse_date(text, "event_date").isoformat() == iso


@pytest.mark.parametrize(
    "text", ["", "9-May", "2020-02-30", "31/31/2020", "yesterday", "0", "2020", "1", "99999"]
)
def test_a_bad_date_says_what_was_expected(text: str) -> None:
    with pytest.raises(CellError, match=r"expected e\.g\. 2020-05-09") as caught:
        parse_date(text, "event_date")
    assert caught.value.column == "event_date"


def test_numeric_dates_are_day_first_unless_the_file_shows_month_first() -> None:
    assert slash_date_order(["09/05/2020", "10/05/2020"])[0] == "day-first"
    assert slash_date_order(["05/09/2020", "05/13/2020"])[0] == "month-first"
    assert slash_date_order(["13/05/2020", "05/13/2020"])[0] == "day-first"  # mixed: ACLED's


@pytest.mark.parametrize(
    ("text", "value"), [("1", 1), ("1.0", 1), (" 3 ", 3), ("", None), ("1,0", 1), ("2,500", 2500)]
)
def test_integers_as_pandas_and_r_write_them(text: str, value: int | None) -> None:
    assert parse_int(text, "fatalities") == value


@pytest.mark.parametrize("text", ["1.5", "x", "1e400", "nan"])
def test_a_bad_integer_is_a_cell_error(text: str) -> None:
    with pytest.raises(CellError, match="not a whole number"):
        parse_int(text, "fatalities")


def test_a_spreadsheet_export_imports_whole(tmp_path: Path) -> None:
    """9-May-20 dates, 1.0 integers, a blank last row, a BOM: every row, none merged."""
    path = write_csv(tmp_path / "acled.csv", [row(n) for n in range(1, 6)], encoding="utf-8-sig")
    found = list(read_event_rows(path))
    assert [r.warning for r in found] == [None] * 5
    events = [r.result.events[0] for r in found if r.result]
    assert [e.event_date for e in events] == [date(2020, 5, 9)] * 5
    assert [e.fatalities for e in events] == [1, 2, 3, 4, 5]
    assert {(e.inter1, e.inter2, e.geo_precision, e.time_precision) for e in events} == {
        (1, 2, 1, 1)
    }


def test_semicolons_and_decimal_commas_from_a_european_spreadsheet(tmp_path: Path) -> None:
    rows = [row(1, "09/05/2020", latitude="11,0861", longitude="13,6953"), row(2, "10/05/2020")]
    path = write_csv(tmp_path / "eu.csv", rows, sep=";", encoding="cp1252")
    found = list(read_event_rows(path))
    notes = [r.warning.message for r in found if r.warning]
    assert any("';'" in n for n in notes) and any("day first" in n for n in notes)
    results = [r.result for r in found if r.result]
    assert [r.events[0].event_date for r in results] == [date(2020, 5, 9), date(2020, 5, 10)]
    assert results[0].places[0].lat == pytest.approx(11.0861)


def test_an_xlsx_workbook_with_date_cells_and_a_blank_row(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for n in (1, 2, 3):
        values: list[object] = list(row(n))
        values[HEADER.index("event_date")] = date(2020, 5, 9)
        values[HEADER.index("fatalities")] = float(n)
        values[HEADER.index("latitude")] = 11.0861
        sheet.append(values)
    sheet.append([None] * len(HEADER))
    book.save(tmp_path / "acled.xlsx")
    found = list(read_event_rows(tmp_path / "acled.xlsx"))
    assert [r.result.events[0].fatalities for r in found if r.result] == [1, 2, 3]
    assert all(r.warning is None for r in found)


def test_the_json_acled_s_api_returns(tmp_path: Path) -> None:
    data = [dict(zip(HEADER, row(n, "2020-05-09"), strict=True)) for n in (1, 2)]
    document = {"status": 200, "success": True, "count": 2, "data": data}
    (tmp_path / "api.json").write_text(json.dumps(document), encoding="utf-8")
    assert imported(tmp_path / "api.json") == ["acled:NIG1", "acled:NIG2"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "save it as .xlsx"),
        ("broken.xlsx", b"PK\x03\x04 not a workbook", "not a readable .xlsx"),
        ("list.json", b'{"status": 200}', "JSON without a list of rows"),
        ("bad.json", b"{", "not valid JSON"),
        ("empty.csv", b"", "empty file"),
    ],
)
def test_unreadable_files_are_refused_in_words(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(Exception, match=message) as caught:
        list(read_event_rows(tmp_path / name))
    assert type(caught.value).__name__ == "InputError"


def test_rows_with_one_problem_are_one_line_with_the_detail_in_the_report(
    tmp_path: Path,
) -> None:
    rows = [row(n, "9-May") for n in range(1, 41)] + [row(41, "2020-05-09", latitude="x")]
    path = write_csv(tmp_path / "acled.csv", rows)
    with EventStore.open(tmp_path / "atlas.sqlite") as store:
        report = import_files([path], store)
    messages = [w.message for w in report.warnings]
    assert messages == [
        "40 rows skipped: event_date '9-May' not understood (first at line 2; "
        "expected e.g. 2020-05-09, 09 May 2020 or 9-May-20)",
        "1 row skipped: latitude 'x' not a number (first at line 42; expected degrees, e.g. 35.93)",
    ]
    assert len(report.files[0].problems) == 41 and report.files[0].failed == 41
    assert not any("Traceback" in m or "invalid literal" in m for m in messages)


def test_every_row_is_in_the_export_and_the_totals(
    tmp_path: Path, gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same day, same place, same actors: ten distinct ACLED events, ten in every output."""
    env = {"ATLAS_CACHE": str(gazetteer_cache), "ATLAS_DB": str(tmp_path / "atlas.sqlite")}
    path = write_csv(tmp_path / "acled.csv", [row(n) for n in range(1, 11)])
    assert main(["--quiet", "import-events", str(path)], env) == 0
    assert "10 rows imported, 0 skipped" in capsys.readouterr().out
    for fmt, name in (("geojson", "all.geojson"), ("parquet", "all.parquet")):
        out = tmp_path / name
        assert main(["--quiet", "export", "--format", fmt, "--out", str(out)], env) == 0
    features = json.loads((tmp_path / "all.geojson").read_text(encoding="utf-8"))["features"]
    assert len(features) == 10
    assert sum(f["properties"]["fatalities"] for f in features) == sum(range(1, 11))
    assert {f["properties"]["source_count"] for f in features} == {1}
    import geopandas as gpd

    assert len(gpd.read_parquet(tmp_path / "all.parquet")) == 10
