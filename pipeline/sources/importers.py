"""Coded event files as events: ACLED exports (the 2019-2022 and the 2023+ column sets, numeric
or text inter codes; CSV, ``.xlsx`` or the API's JSON) and UCDP GED (CSV or JSON).

Each row becomes one Article (its notes or headline as the text, id ``acled:<event_id_cnty>``
or ``ucdp:<id>``) with one Event whose ``source`` says where it came from, so imports are
idempotent and sit in the same store as extracted events. A coded row is one event everywhere:
it is never merged with another (:func:`is_coded_row`). Rows are streamed: a file of any size
is read in constant memory; a bad row is reported with its line and the problem, in words
that let many rows with the same problem be counted as one (:class:`RowProblem`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from geodata.countries import iso2_for
from pipeline.errors import InputError
from pipeline.models import (
    CODED_ID_PREFIXES,
    Article,
    ArticleResult,
    Event,
    Mention,
    Place,
    RunWarning,
    is_coded_row,
)
from pipeline.sources.cellvalues import (
    CellError,
    DateOrder,
    RowProblem,
    parse_coordinate,
    parse_date,
    parse_int,
    slash_date_order,
)
from pipeline.sources.tables import open_table

__all__ = [
    "CODED_ID_PREFIXES",
    "IMPORT_FORMATS",
    "ImportedRow",
    "RowProblem",
    "detect_format",
    "is_coded_row",
    "read_event_rows",
]

IMPORT_FORMATS = ("acled", "ucdp")

_ACLED_NEEDS = ("event_id_cnty", "event_date", "event_type", "actor1", "latitude", "longitude")
_UCDP_NEEDS = ("id", "type_of_violence", "date_start", "side_a", "latitude", "longitude", "best")
#: ACLED's inter codes in words (2023+ exports may spell them out).
_INTER_WORDS = {
    "state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4,
    "rioters": 5, "protesters": 6, "civilians": 7, "external/other forces": 8,
}  # fmt: skip
#: ACLED sub-event type -> our category (the dashboard's colours and filters).
_CATEGORY_OF = {
    "armed clash": "armed clash", "government regains territory": "territorial change",
    "non-state actor overtakes territory": "territorial change",
    "non-violent transfer of territory": "territorial change",
    "air/drone strike": "air/drone strike", "shelling/artillery/missile attack": "shelling",
    "chemical weapon": "shelling", "remote explosive/landmine/ied": "explosion/IED",
    "suicide bomb": "explosion/IED", "grenade": "explosion/IED", "attack": "attack",
    "sexual violence": "attack", "abduction/forced disappearance": "abduction",
    "peaceful protest": "protest", "protest with intervention": "protest",
    "excessive force against protesters": "protest", "violent demonstration": "protest",
    "mob violence": "protest", "agreement": "ceasefire/agreement", "arrests": "arrest",
    "headquarters or base established": "base/post established",
}  # fmt: skip
#: UCDP GED country names that differ from GeoNames' English names.
_UCDP_NAMES = {
    "DR Congo": "Democratic Republic of the Congo", "Congo": "Republic of the Congo",
    "Bosnia-Herzegovina": "Bosnia and Herzegovina", "Ivory Coast": "Ivory Coast",
    "Kingdom of eSwatini": "Eswatini", "Macedonia, FYR": "North Macedonia",
}  # fmt: skip
_UCDP_TYPES = {
    "1": ("Battles", "Armed clash", "armed clash"),
    "2": ("Battles", "Armed clash", "armed clash"),
    "3": ("Violence against civilians", "Attack", "attack"),
}


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """One row read: its result for the store, or the problem with its line."""

    line: int
    result: ArticleResult | None
    warning: RunWarning | None = None
    problem: RowProblem | None = None


def detect_format(header: list[str]) -> str:
    """``"acled"`` or ``"ucdp"`` from a CSV header; :class:`InputError` naming what is missing.

    Examples
    --------
    >>> detect_format(["event_id_cnty", "event_date", "event_type", "actor1", "latitude",
    ...                "longitude", "fatalities"])
    'acled'
    >>> detect_format(["id", "event_date"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pipeline.errors.InputError: not an ACLED or UCDP GED file: an ACLED export needs ...
    """
    columns = {c.strip().lower() for c in header}
    missing = {
        name: [c for c in needs if c not in columns]
        for name, needs in (("acled", _ACLED_NEEDS), ("ucdp", _UCDP_NEEDS))
    }
    for name, lacking in missing.items():
        if not lacking:
            return name
    raise InputError(
        f"not an ACLED or UCDP GED file: an ACLED export needs {', '.join(missing['acled'])}; "
        f"a UCDP GED file needs {', '.join(missing['ucdp'])}"
    )


def read_event_rows(path: Path) -> Iterator[ImportedRow]:
    """Stream the rows of an ACLED or UCDP GED file (CSV, ``.xlsx`` or JSON) as store-ready
    results; a bad row is an :class:`ImportedRow` with a warning naming the line the row
    starts on and a :class:`RowProblem`. Blank rows are skipped silently.

    Numeric dates with slashes are read day first (``09/05/2020`` is 9 May 2020, as ACLED
    writes) unless the file's dates show month first (``05/13/2020``); a note says which.

    Raises
    ------
    InputError
        The file is missing, binary, empty, or lacks the columns of both formats, or its CSV
        breaks off (an unterminated quote).
    """
    table = open_table(path)
    kind = detect_format(list(table.columns))
    convert = _acled_row if kind == "acled" else _ucdp_row
    order, rule = slash_date_order(
        _date_values(path, "event_date" if kind == "acled" else "date_start")
    )
    for note in (*table.notes, *((f"{path}: {rule}",) if rule else ())):
        yield ImportedRow(0, None, RunWarning(str(path), note))
    for row in table.rows:
        try:
            yield ImportedRow(row.line, convert(row.cells, order))
        except CellError as err:
            warning = RunWarning(f"{path}:{row.line}", f"skipped: {err}", level="error")
            yield ImportedRow(row.line, None, warning, err.record())


def _date_values(path: Path, column: str) -> Iterator[str]:
    """The date column's values, for deciding how the file writes numeric dates."""
    for row in open_table(path).rows:
        value = row.cells.get(column, "")
        yield value
        first = value.replace("-", "/").replace(".", "/").split("/")[0]
        if first.isdigit() and 12 < int(first) <= 31:
            return  # a day first: nothing later can change the decision


def _cell(record: Mapping[str, str], column: str) -> str:
    value = record.get(column, "")
    if not value:
        raise CellError(column, "", "missing")
    return value


def _coordinates(record: Mapping[str, str]) -> tuple[float, float]:
    lat = parse_coordinate(record.get("latitude", ""), "latitude", 90)
    lon = parse_coordinate(record.get("longitude", ""), "longitude", 180)
    return lon, lat


def _inter(text: str) -> int | None:
    if not text:
        return None
    try:
        code = parse_int(text, "inter")
    except CellError:
        return _INTER_WORDS.get(text.lower())
    return code if code is not None and 1 <= code <= 8 else None


def _count(record: Mapping[str, str], column: str) -> int | None:
    value = parse_int(record.get(column, ""), column)
    return None if value is None else max(0, value)


def _precision(record: Mapping[str, str], column: str, highest: int) -> int:
    return parse_int(record.get(column, ""), column, low=1, high=highest) or 1


def _result(
    article_id: str, source: str, text: str, when: date, place: Place, **event: object
) -> ArticleResult:
    text = text or f"{event['event_type']} at {place.name} ({source})"
    article = Article(id=article_id, text=text, published=when, title=text[:120], source=source)
    located = replace(place, mention=Mention(article_id, place.name, 0, 0, 0, "IMPORT"))
    ev = Event(
        event_id=article_id, article_id=article_id, places=(located,), evidence=text,
        evidence_start=0, evidence_end=len(text), confidence=1.0, **event,  # type: ignore[arg-type]
    )  # fmt: skip
    return ArticleResult(article=article, places=(located,), events=(ev,))


def _place(
    prefix: str, name: str, country: str, admin1: str, lonlat: tuple[float, float], precision: int
) -> Place:
    return Place(
        f"{prefix}:{name}",
        name,
        "city",
        country,
        admin1,
        lonlat[0],
        lonlat[1],
        precision,
        1.0,
        Mention("", name, 0, 0, 0, "IMPORT"),
    )


def _acled_row(record: Mapping[str, str], order: DateOrder) -> ArticleResult:
    event_id = _cell(record, "event_id_cnty")
    when = parse_date(record.get("event_date", ""), "event_date", order=order)
    lonlat = _coordinates(record)
    sub = record.get("sub_event_type", "")
    name = record.get("location") or record.get("admin1") or record.get("country") or "unknown"
    country = iso2_for(record.get("iso", "")) or iso2_for(record.get("country", ""))
    precision = _precision(record, "geo_precision", 3)
    place = _place("acled", name, country, record.get("admin1", ""), lonlat, precision)
    return _result(
        f"acled:{event_id}", "ACLED", record.get("notes", ""), when, place,
        event_date=when, event_date_end=None,
        time_precision=_precision(record, "time_precision", 3),
        event_type=_cell(record, "event_type"), sub_event_type=sub,
        category=_CATEGORY_OF.get(sub.lower(), "other"), actor1=record.get("actor1", ""),
        actor2=record.get("actor2", ""), inter1=_inter(record.get("inter1", "")),
        inter2=_inter(record.get("inter2", "")), fatalities=_count(record, "fatalities"),
        troops=None, geo_precision=precision,
        notes=f"imported from ACLED; source: {record.get('source', '')}".strip(),
    )  # fmt: skip


def _ucdp_row(record: Mapping[str, str], order: DateOrder) -> ArticleResult:
    event_id = _cell(record, "id")
    start = parse_date(record.get("date_start", ""), "date_start", order=order)
    end = (
        parse_date(record["date_end"], "date_end", order=order) if record.get("date_end") else start
    )
    lonlat = _coordinates(record)
    violence = str(parse_int(record.get("type_of_violence", ""), "type_of_violence"))
    kind = _UCDP_TYPES.get(violence)
    if kind is None:
        raise CellError(
            "type_of_violence", record.get("type_of_violence", ""), "unknown", "1, 2 or 3"
        )
    event_type, sub, category = kind
    name = record.get("where_coordinates") or record.get("adm_1") or record.get("country") or "?"
    where_prec = _precision(record, "where_prec", 7)
    date_prec = _precision(record, "date_prec", 5)
    precision = 1 if where_prec == 1 else 2 if where_prec <= 3 else 3
    # UCDP names countries with their former name in brackets: "DR Congo (Zaire)"
    name_only = record.get("country", "").split("(")[0].strip()
    country = iso2_for(name_only) or iso2_for(_UCDP_NAMES.get(name_only, ""))
    place = _place("ucdp", name, country, record.get("adm_1", ""), lonlat, precision)
    return _result(
        f"ucdp:{event_id}", "UCDP GED", record.get("source_headline", ""), start, place,
        event_date=start, event_date_end=end if end != start else None,
        time_precision=1 if date_prec == 1 else 2 if date_prec <= 3 else 3,
        event_type=event_type, sub_event_type=sub, category=category,
        actor1=_cell(record, "side_a"), actor2=record.get("side_b", ""), inter1=None, inter2=None,
        fatalities=_count(record, "best"), troops=None, geo_precision=place.precision,
        notes=f"imported from UCDP GED; deaths {record.get('low', '')}-{record.get('high', '')}",
    )  # fmt: skip
