"""Rows of the files coded event datasets come in, as analysts save them: CSV (UTF-8 with or
without a BOM, UTF-16, Windows-1252; comma, semicolon, tab or pipe separated), Excel workbooks
(``.xlsx``) and the JSON of ACLED's and UCDP's APIs (``{"data": [...]}``, ``{"Result": [...]}``
or a plain list).

Each row is a :class:`TableRow`: the line (or sheet row, or item number) it starts on and its
cells as stripped text with lower-case column names. Blank rows are skipped silently. CSV and
workbooks are streamed, so a file of any size is read in constant memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from pipeline.errors import InputError

__all__ = ["TABLE_SUFFIXES", "Table", "TableRow", "open_table"]

#: File types :func:`open_table` reads.
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".json")
#: Longest CSV field read (ACLED notes can be long; csv's default is 131,072).
MAX_FIELD_CHARS = 10_000_000
_DELIMITERS = (",", ";", "\t", "|")
_JSON_KEYS = ("data", "Result", "result", "results", "events")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: where it starts (1-based, the header is line 1) and its cells."""

    line: int
    cells: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Table:
    """An open table: its column names, what was noticed reading it, and its rows."""

    columns: tuple[str, ...]
    notes: tuple[str, ...]
    rows: Iterator[TableRow]


def open_table(path: Path) -> Table:
    """Open a CSV, ``.xlsx`` or JSON file of coded events.

    Raises
    ------
    InputError
        Missing, empty, binary or unreadable file; an old ``.xls`` workbook.
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputError(f"{path}: old Excel format (.xls): save it as .xlsx or CSV")
    if suffix == ".xlsx":
        return _xlsx_table(path)
    if suffix == ".json":
        return _json_table(path)
    return _csv_table(path)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _rows(header: list[str], body: Iterator[tuple[int, list[Any]]]) -> Iterator[TableRow]:
    names = [str(h).strip().lower() for h in header]
    for line, values in body:
        texts = [_cell_text(v) for v in values]
        if not any(texts):
            continue  # a blank row, such as the one spreadsheets leave at the end
        yield TableRow(line, {n: t for n, t in zip(names, texts, strict=False) if n})


def _encoding(path: Path, head: bytes) -> tuple[str, str | None]:
    """The file's text encoding, and a note when it is not UTF-8."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", f"{path}: read as UTF-16"
    if b"\x00" in head[:4096]:
        raise InputError(f"{path}: binary file, not a CSV")
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not just a character cut at the probe's end
            return "cp1252", f"{path}: not UTF-8; read as Windows-1252"
    return "utf-8-sig", None


def _delimiter(first_line: str) -> str:
    """The separator the header line uses most (spreadsheets in many locales write ';')."""
    return max(_DELIMITERS, key=first_line.count)


def _csv_table(path: Path) -> Table:
    with path.open("rb") as probe:
        head = probe.read(1 << 20)
    encoding, note = _encoding(path, head)
    text_head = head.decode(encoding, errors="replace")
    first = next((line for line in text_head.splitlines() if line.strip()), "")
    if not first:
        raise InputError(f"{path}: empty file")
    delimiter = _delimiter(first)
    csv.field_size_limit(MAX_FIELD_CHARS)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        header = _csv_header(csv.reader(handle, delimiter=delimiter), path)
    notes: tuple[str, ...] = (note,) if note else ()
    if delimiter != ",":
        notes += (f"{path}: columns separated by {delimiter!r}",)
    rows = _csv_rows(path, encoding, delimiter)
    return Table(tuple(h.strip().lower() for h in header), notes, rows)


def _csv_header(reader: Any, path: Path) -> list[str]:
    try:
        header: list[str] = next(reader)
        while not any(cell.strip() for cell in header):
            header = next(reader)
    except (csv.Error, StopIteration) as err:
        raise InputError(f"{path}: not a readable CSV ({err or 'no header'})") from err
    return header


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[TableRow]:
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = _csv_header(reader, path)

        def body() -> Iterator[tuple[int, list[Any]]]:
            while True:
                line = reader.line_num + 1  # where the next row starts
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except csv.Error as err:
                    raise InputError(f"{path}:{line}: not a readable CSV row ({err})") from err
                yield line, values

        yield from _rows(header, body())


def _xlsx_table(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises zipfile, KeyError and its own errors alike
        raise InputError(f"{path}: not a readable .xlsx workbook ({type(err).__name__})") from err
    sheet = book.worksheets[0]
    numbered = enumerate(sheet.iter_rows(values_only=True), start=1)
    header: list[str] = []
    for _, values in numbered:
        if any(_cell_text(v) for v in values):
            header = [_cell_text(v) for v in values]
            break
    if not header:
        book.close()
        raise InputError(f"{path}: empty workbook")
    notes = (f"{path}: read the first sheet, {sheet.title!r}",) if len(book.worksheets) > 1 else ()

    def rows() -> Iterator[TableRow]:
        try:
            yield from _rows(header, ((n, list(v)) for n, v in numbered))
        finally:
            book.close()

    return Table(tuple(h.lower() for h in header), notes, rows())


def _json_table(path: Path) -> Table:
    try:
        document = json.loads(path.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not valid JSON ({err})") from err
    items = document
    if isinstance(document, Mapping):
        key = next((k for k in _JSON_KEYS if isinstance(document.get(k), list)), None)
        if key is None:
            raise InputError(f"{path}: JSON without a list of rows (under 'data' or 'Result')")
        items = document[key]
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        raise InputError(f"{path}: the JSON rows must be objects")
    header = list(dict.fromkeys(str(k) for item in items[:1000] for k in item))
    if not header:
        raise InputError(f"{path}: no rows")
    body = ((n, [item.get(h) for h in header]) for n, item in enumerate(items, start=1))
    return Table(tuple(h.strip().lower() for h in header), (), _rows(header, body))
