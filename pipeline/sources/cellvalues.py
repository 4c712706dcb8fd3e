"""Values of coded-dataset cells as analysts' tools write them: dates in every common form,
integers written as ``1.0``, decimal commas. Each problem is a :class:`CellError` that names
the column, the value and what was expected, in the user's words, so that many rows with the
same problem can be reported as one line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipeline.errors import InputError

__all__ = [
    "DAY_FIRST",
    "MONTH_FIRST",
    "CellError",
    "DateOrder",
    "RowProblem",
    "parse_coordinate",
    "parse_date",
    "parse_int",
    "slash_date_order",
]

#: How ``09/05/2020`` is read: ``DAY_FIRST`` (9 May, as ACLED writes) or ``MONTH_FIRST``.
DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"
DateOrder = str

_NAMED_MONTH = (
    "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%d-%b-%y", "%d-%B-%y", "%d %b %y",
    "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
)  # fmt: skip
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})")
_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+")
_COMPACT = re.compile(r"(19|20)\d{6}")
_SERIAL = re.compile(r"\d{1,7}(?:\.\d+)?")
#: Day 0 of Excel's (1900 system) serial dates, as pandas and openpyxl count them.
_EXCEL_EPOCH = date(1899, 12, 30)
#: Serials read as dates: 1990-01-01 to 2099-12-31 (a bare "2020" or "1" is no date).
_EXCEL_FIRST, _EXCEL_LAST = 32_874, 73_050


class CellError(InputError):
    """A cell that cannot be read: its column, its text, and what a good one looks like.

    Examples
    --------
    >>> str(CellError("event_date", "9-May", "not understood", "e.g. 2020-05-09"))
    "event_date '9-May' not understood (expected e.g. 2020-05-09)"
    """

    def __init__(self, column: str, value: str, problem: str, expected: str = "") -> None:
        self.column, self.value, self.problem, self.expected = column, value, problem, expected
        super().__init__(column, value, problem, expected)

    def record(self) -> RowProblem:
        """The problem as a record, for counting rows that share it."""
        return RowProblem(self.column, self.value, self.problem, self.expected)

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        tail = f" (expected {self.expected})" if self.expected else ""
        return f"{self.column} {shown!r} {self.problem}{tail}"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why a row was skipped: the column, its text, the problem and what was expected."""

    column: str
    value: str
    problem: str
    expected: str = ""

    @property
    def kind(self) -> tuple[str, str]:
        """What rows with the same problem share."""
        return self.column, self.problem

    def summary(self, rows: int, first_line: int) -> str:
        """One line for all the rows with this problem.

        Examples
        --------
        >>> RowProblem("event_date", "9-May-20", "not understood", "e.g. 2020-05-09").summary(
        ...     5070, 2)
        "5,070 rows skipped: event_date '9-May-20' not understood (first at line 2; expected \
e.g. 2020-05-09)"
        """
        noun = "row" if rows == 1 else "rows"
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        what = (
            f"{self.column} {shown!r} {self.problem}"
            if self.value
            else (f"{self.column} {self.problem}")
        )
        expected = f"; expected {self.expected}" if self.expected else ""
        return f"{rows:,} {noun} skipped: {what} (first at line {first_line}{expected})"


def _two_digit_year(year: int) -> int:
    # Python's strptime rule: 69-99 are the 1900s, 00-68 this century
    return year + (1900 if year >= 69 else 2000)


def parse_date(text: str, column: str = "date", *, order: DateOrder = DAY_FIRST) -> date:
    """A date from ISO, ``09 May 2020``, ``9-May-20``, ``09/05/2020`` or an Excel serial.

    Parameters
    ----------
    text : str
        The cell's text.
    column : str
        The column's name, for the error.
    order : {"day-first", "month-first"}
        How a numeric date with slashes or dots is read.

    Raises
    ------
    CellError
        Empty or not a date.

    Examples
    --------
    >>> [parse_date(t).isoformat() for t in ("2020-05-09", "9-May-20", "09 May 2020",
    ...                                      "09/05/2020", "43960", "2020-05-09 00:00:00")]
    ['2020-05-09', '2020-05-09', '2020-05-09', '2020-05-09', '2020-05-09', '2020-05-09']
    >>> parse_date("05/13/2020", order=MONTH_FIRST).isoformat()
    '2020-05-13'
    >>> parse_date("2020-02-30")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pipeline.sources.cellvalues.CellError: date '2020-02-30' not understood (expected e.g. ...)
    """
    value = text.strip()
    try:
        found = _date_of(value, order)
    except (ValueError, OverflowError):
        found = None
    if found is None:
        expected = "e.g. 2020-05-09, 09 May 2020 or 9-May-20"
        raise CellError(column, text, "missing" if not value else "not understood", expected)
    return found


def _date_of(value: str, order: DateOrder) -> date | None:
    if match := _ISO.fullmatch(value):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.fullmatch(value):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        day, month = (first, second) if order == DAY_FIRST else (second, first)
        return date(year if year >= 100 else _two_digit_year(year), month, day)
    if _COMPACT.fullmatch(value):
        return datetime.strptime(value, "%Y%m%d").date()
    if _SERIAL.fullmatch(value):
        serial = float(value)
        if _EXCEL_FIRST <= serial <= _EXCEL_LAST:
            return _EXCEL_EPOCH + timedelta(days=int(serial))
        return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value).replace(".", "")
    cleaned = re.sub(r"\bsept\b", "Sep", cleaned, flags=re.I)
    for pattern in _NAMED_MONTH:
        try:
            parsed = datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
        if "%y" in pattern:
            parsed = parsed.replace(year=_two_digit_year(parsed.year % 100))
        return parsed
    return None


def slash_date_order(values: Iterable[str]) -> tuple[DateOrder, str]:
    """How a file writes numeric dates, from its values: month first only when some value
    cannot be day first (``05/13/2020``) and none needs day first; else day first, as ACLED
    writes. Returns the order and a sentence for the run report ("" when nothing was
    ambiguous).

    Examples
    --------
    >>> slash_date_order(["05/13/2020", "05/09/2020"])[0], slash_date_order(["13/05/2020"])[0]
    ('month-first', 'day-first')
    >>> slash_date_order(["2020-05-09"])
    ('day-first', '')
    """
    day_first = month_first = numeric = False
    for value in values:
        match = _NUMERIC.fullmatch(value.strip())
        if not match:
            continue
        numeric = True
        first, second = int(match[1]), int(match[3])
        day_first |= first > 12
        month_first |= second > 12
    if month_first and not day_first:
        return MONTH_FIRST, "numeric dates read month first (a value such as 05/13/2020)"
    if numeric:
        return DAY_FIRST, "numeric dates read day first (09/05/2020 is 9 May 2020), as ACLED writes"
    return DAY_FIRST, ""


def parse_int(
    text: str, column: str, *, low: int | None = None, high: int | None = None
) -> int | None:
    """An integer written as ``3``, ``3.0`` or `` 3 ``; empty is ``None``.

    Raises
    ------
    CellError
        Not a whole number, or outside ``[low, high]``.

    Examples
    --------
    >>> parse_int("1.0", "geo_precision"), parse_int("", "fatalities"), parse_int("1,200", "n")
    (1, None, 1200)
    >>> parse_int("2.5", "geo_precision")
    Traceback (most recent call last):
    ...
    pipeline.sources.cellvalues.CellError: geo_precision '2.5' not a whole number
    """
    value = text.strip()
    if _THOUSANDS.fullmatch(value):
        value = value.replace(",", "")
    elif value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")  # a decimal comma: "1,0"
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number != int(number):
        raise CellError(column, text, "not a whole number")
    result = int(number)
    if (low is not None and result < low) or (high is not None and result > high):
        raise CellError(column, text, "out of range", f"{low} to {high}")
    return result


def parse_coordinate(text: str, column: str, limit: float) -> float:
    """A latitude or longitude in degrees; a decimal comma (``36,63``) is read as a point.

    Raises
    ------
    CellError
        Empty, not a number, or beyond ``limit`` degrees.

    Examples
    --------
    >>> parse_coordinate("36,63", "longitude", 180), parse_coordinate(" -1.5 ", "latitude", 90)
    (36.63, -1.5)
    """
    value = text.strip()
    if value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not value:
        raise CellError(column, text, "missing", "degrees, e.g. 35.93")
    if not math.isfinite(number):
        raise CellError(column, text, "not a number", "degrees, e.g. 35.93")
    if abs(number) > limit:
        raise CellError(column, text, "out of range", f"-{limit:g} to {limit:g}")
    return number
