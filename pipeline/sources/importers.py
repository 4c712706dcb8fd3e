"""Coded event files as events: ACLED exports (the 2019-2022 and the 2023+ column sets, numeric
or text inter codes) and UCDP GED CSVs.

Each row becomes one Article (its notes or headline as the text, id ``acled:<event_id_cnty>``
or ``ucdp:<id>``) with one Event whose ``source`` says where it came from, so imports are
idempotent and sit in the same store as extracted events. Rows are streamed: a file of any
size is read in constant memory; a bad row is reported with its line and skipped.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from geodata.countries import iso2_for
from pipeline.errors import InputError
from pipeline.models import Article, ArticleResult, Event, Mention, Place, RunWarning

__all__ = ["IMPORT_FORMATS", "ImportedRow", "detect_format", "read_event_rows"]

IMPORT_FORMATS = ("acled", "ucdp")
#: Longest CSV field read (ACLED notes can be long; csv's default is 131,072).
MAX_FIELD_CHARS = 10_000_000

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
_DATE_PATTERNS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%Y/%m/%d", "%Y-%m-%d %H:%M:%S.%f",
                  "%Y-%m-%d %H:%M:%S")  # fmt: skip
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


def _encoding(path: Path) -> tuple[str, str | None]:
    """UTF-8, or Windows-1252 when the start of the file is not UTF-8 (reported)."""
    with path.open("rb") as probe:
        head = probe.read(1 << 20)
    if b"\x00" in head[:4096]:
        raise InputError(f"{path}: binary file, not a CSV")
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not just a character cut at the probe's end
            return "cp1252", f"{path}: not UTF-8; read as Windows-1252"
    return "utf-8-sig", None


def read_event_rows(path: Path) -> Iterator[ImportedRow]:
    """Stream the rows of an ACLED or UCDP GED CSV as store-ready results; a bad row is an
    :class:`ImportedRow` with a warning naming the line the row starts on.

    Raises
    ------
    InputError
        The file is missing, binary, empty, or lacks the columns of both formats, or its CSV
        breaks off (an unterminated quote).
    """
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    encoding, note = _encoding(path)
    csv.field_size_limit(MAX_FIELD_CHARS)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames
        except csv.Error as err:
            raise InputError(f"{path}: not a readable CSV ({err})") from err
        if not header:
            raise InputError(f"{path}: empty file")
        convert = _acled_row if detect_format(list(header)) == "acled" else _ucdp_row
        if note:
            yield ImportedRow(0, None, RunWarning(str(path), note))
        while True:
            line = reader.line_num + 1  # where the next row starts
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                raise InputError(f"{path}:{line}: not a readable CSV row ({err})") from err
            record = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k}
            try:
                yield ImportedRow(line, convert(record))
            except (InputError, ValueError, OverflowError) as err:
                warning = RunWarning(f"{path}:{line}", f"skipped: {err}", level="error")
                yield ImportedRow(line, None, warning)


def _coordinates(record: Mapping[str, str]) -> tuple[float, float]:
    try:
        lat, lon = float(record["latitude"]), float(record["longitude"])
    except ValueError as err:
        raise InputError(
            f"bad coordinates {record['latitude']!r}, {record['longitude']!r}"
        ) from err
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"coordinates out of range: {lat}, {lon}")
    return lon, lat


def _date(text: str) -> date:
    for pattern in _DATE_PATTERNS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise InputError(f"bad date {text!r}")


def _inter(text: str) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 8 else None
    return _INTER_WORDS.get(text.lower())


def _count(text: str) -> int | None:
    try:
        return max(0, int(float(text))) if text else None
    except (ValueError, OverflowError) as err:
        raise InputError(f"bad count {text!r}") from err


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


def _acled_row(record: Mapping[str, str]) -> ArticleResult:
    lonlat = _coordinates(record)
    when = _date(record["event_date"])
    sub = record.get("sub_event_type", "")
    name = record.get("location") or record.get("admin1") or record.get("country") or "unknown"
    country = iso2_for(record.get("iso", "")) or iso2_for(record.get("country", ""))
    precision = int(record.get("geo_precision") or 1)
    place = _place("acled", name, country, record.get("admin1", ""), lonlat, precision)
    return _result(
        f"acled:{record['event_id_cnty']}", "ACLED", record.get("notes", ""), when, place,
        event_date=when, event_date_end=None, time_precision=int(record.get("time_precision") or 1),
        event_type=record["event_type"], sub_event_type=sub,
        category=_CATEGORY_OF.get(sub.lower(), "other"), actor1=record["actor1"],
        actor2=record.get("actor2", ""), inter1=_inter(record.get("inter1", "")),
        inter2=_inter(record.get("inter2", "")), fatalities=_count(record.get("fatalities", "")),
        troops=None, geo_precision=int(record.get("geo_precision") or 1),
        notes=f"imported from ACLED; source: {record.get('source', '')}".strip(),
    )  # fmt: skip


def _ucdp_row(record: Mapping[str, str]) -> ArticleResult:
    lonlat = _coordinates(record)
    start = _date(record["date_start"])
    end = _date(record["date_end"]) if record.get("date_end") else start
    kind = _UCDP_TYPES.get(record["type_of_violence"])
    if kind is None:
        raise InputError(f"unknown type_of_violence {record['type_of_violence']!r}")
    event_type, sub, category = kind
    name = record.get("where_coordinates") or record.get("adm_1") or record.get("country") or "?"
    where_prec = int(record.get("where_prec") or 1)
    date_prec = int(record.get("date_prec") or 1)
    precision = 1 if where_prec == 1 else 2 if where_prec <= 3 else 3
    # UCDP names countries with their former name in brackets: "DR Congo (Zaire)"
    name_only = record.get("country", "").split("(")[0].strip()
    country = iso2_for(name_only) or iso2_for(_UCDP_NAMES.get(name_only, ""))
    place = _place("ucdp", name, country, record.get("adm_1", ""), lonlat, precision)
    return _result(
        f"ucdp:{record['id']}", "UCDP GED", record.get("source_headline", ""), start, place,
        event_date=start, event_date_end=end if end != start else None,
        time_precision=1 if date_prec == 1 else 2 if date_prec <= 3 else 3,
        event_type=event_type, sub_event_type=sub, category=category,
        actor1=record["side_a"], actor2=record.get("side_b", ""), inter1=None, inter2=None,
        fatalities=_count(record["best"]), troops=None, geo_precision=place.precision,
        notes=f"imported from UCDP GED; deaths {record.get('low', '')}-{record.get('high', '')}",
    )  # fmt: skip
