"""Resolve date expressions against an article's publication date.

Pure functions: the caller finds the expression (spaCy DATE entities or the sentence text) and
passes the reference date. ``time_precision`` follows ACLED: 1 a day, 2 a week, 3 a month or a
longer or vaguer span.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.events.numbers import parse_count

__all__ = [
    "MONTHS",
    "MONTH_RE",
    "DateSpan",
    "bracketed_day",
    "dateline_date",
    "infer_year",
    "leading_date",
    "only_day_in",
    "resolve_date",
    "safe_date",
]

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}

MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|\s*-\s*)(?:of\s+)?(?P<month>{MONTH_RE})\.?"
    rf"(?:(?:,?\s+|\s*-\s*)(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{MONTH_RE})(?:\.\s*|\s+)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<year>\d{{4}}))?",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?(?P<month>{MONTH_RE})\s+(?P<year>\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
#: "29/05", "09/05/2017": day first, as outside the United States.
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?\b")
#: "11 06 2019", "11.06.2019": spaces or dots between the numbers only with the full year.
_SPACED = re.compile(
    r"\b(?P<day>\d{1,2})(?P<sep>[ .])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})\b"
)
_YEAR = re.compile(r"^(?:in\s+)?(?:the\s+)?(?P<year>(?:19|20)\d{2})$", re.I)
_SPAN = re.compile(
    r"\b(?:the\s+)?(?:past|last|previous|recent)\s+(?P<n>\d+|\w+)?\s*(?P<unit>day|week|month|year)s?\b",
    re.I,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<mod>last|this|next)\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A resolved date or span with ACLED's time precision and a note on how it was read."""

    start: date
    end: date | None
    precision: int
    note: str = ""


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date of ``year``, ``month`` and ``day``, or ``None`` when there is none (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, ref: date | None) -> tuple[int, bool]:
    """Pick the year for a day and month without one: the latest not after the reference."""
    if ref is None:
        return 0, False
    year = ref.year
    candidate = safe_date(year, month, day)
    if candidate is not None and candidate > ref + timedelta(days=31):
        year -= 1
    return year, True


def _numeric_order(
    day: int, month: int, year_text: str | None, ref: date | None
) -> tuple[int, int]:
    """Day and month of a numeric date, day first unless that cannot be: a month past 12
    ("05/29/2019") or, with the year given, a day after the reference date when the month-first
    reading is not ("11/12/2017" in a report of 13 November 2017 is 12 November).

    Examples
    --------
    >>> _numeric_order(5, 29, "2019", None), _numeric_order(11, 12, "2017", date(2017, 11, 13))
    ((29, 5), (12, 11))
    >>> _numeric_order(9, 5, "2017", date(2017, 5, 10))
    (9, 5)
    """
    if month > 12 >= day:
        return month, day
    if year_text and ref is not None and day <= 12 and month <= 12 and day != month:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        first, second = safe_date(year, month, day), safe_date(year, day, month)
        if first is not None and second is not None and first > ref >= second:
            return month, day
    return day, month


def _explicit(expr: str, ref: date | None) -> DateSpan | None:
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY, _NUMERIC, _SPACED):
        match = pattern.search(expr)
        if not match:
            continue
        month_text = match.group("month")
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
        day = int(match.group("day"))
        year_text = match.groupdict().get("year")
        if pattern in (_NUMERIC, _SPACED):
            day, month = _numeric_order(day, month, year_text, ref)
        if month > 12:
            continue
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        else:
            year, known = infer_year(month, day, ref)
            if not known:
                return None
        found = safe_date(year, month, day)
        if found is not None:
            return DateSpan(found, None, 1, f"explicit date '{match.group(0)}'")
    match = _MONTH_YEAR.search(expr)
    if match:
        month, year = MONTHS[match.group("month").lower()], int(match.group("year"))
        last = calendar.monthrange(year, month)[1]
        return DateSpan(date(year, month, 1), date(year, month, last), 3, "month given")
    match = _YEAR.search(expr.strip())
    if match:
        year = int(match.group("year"))
        return DateSpan(date(year, 1, 1), date(year, 12, 31), 3, "year given")
    return None


def _relative(expr: str, ref: date) -> DateSpan | None:
    low = expr.lower().strip()
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return DateSpan(ref, None, 1, f"'{expr}' = publication day")
    if re.search(r"\bthe day before yesterday\b", low):
        return DateSpan(ref - timedelta(days=2), None, 1, f"'{expr}' = two days before publication")
    match = _AGO.search(low)
    if match:
        return _ago(match, ref, expr)
    if re.search(r"\b(yesterday|last night)\b", low):
        return DateSpan(ref - timedelta(days=1), None, 1, f"'{expr}' = day before publication")
    if re.search(r"\bthe same day\b|\bthat day\b", low):
        return None  # anaphoric: the caller keeps the previous sentence's date
    match = _WEEKDAY.search(low)
    if match:
        target = _WEEKDAYS[match.group("wd").lower()]
        back = (ref.weekday() - target) % 7
        if match.group("mod") == "next":
            ahead = (target - ref.weekday()) % 7 or 7
            return DateSpan(ref + timedelta(days=ahead), None, 1, f"'{expr}' after publication")
        if match.group("mod") == "last" and back == 0:
            back = 7
        return DateSpan(ref - timedelta(days=back), None, 1, f"'{expr}' before publication")
    if re.search(r"\blast week\b", low):
        monday = ref - timedelta(days=ref.weekday() + 7)  # the calendar week before
        return DateSpan(monday, monday + timedelta(days=6), 2, "last week")
    if re.search(r"\bthis week\b", low):
        return DateSpan(ref - timedelta(days=ref.weekday()), ref, 2, "this week")
    if re.search(r"\blast month\b", low):
        first = (ref.replace(day=1) - timedelta(days=1)).replace(day=1)
        return DateSpan(first, ref.replace(day=1) - timedelta(days=1), 3, "last month")
    if re.search(r"(?<!the )(?<!past )\blast year\b", low):
        return DateSpan(date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), 3, "last year")
    month_end = ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
    for unit, first, closing in (
        ("month", ref.replace(day=1), month_end),
        ("year", date(ref.year, 1, 1), date(ref.year, 12, 31)),
    ):
        if re.search(rf"\blater this {unit}\b", low):
            return DateSpan(ref, closing, 3, f"later this {unit}, after publication")
        if re.search(rf"\bearlier this {unit}\b", low):
            # (not a bare "this year": "the heaviest attack this year" dates no event)
            return DateSpan(first, ref, 3, f"earlier this {unit}, up to publication")
    match = _SPAN.search(low)
    if match:
        count_text = (match.group("n") or "one").lower()
        parsed = parse_count(count_text)
        count = parsed.value if parsed is not None and parsed.value > 0 else 1
        days = count * _UNIT_DAYS[match.group("unit").lower()]
        precision = 1 if days <= 1 else 2 if days <= 7 else 3
        return DateSpan(ref - timedelta(days=days), ref, precision, f"'{expr}' before publication")
    if re.search(r"\b(the end of (the|this) month)\b", low):
        last = calendar.monthrange(ref.year, ref.month)[1]
        return DateSpan(ref.replace(day=last), None, 1, "end of the month (deadline)")
    return None


#: "three days ago", "a week ago", "two months ago".
_AGO = re.compile(
    r"(?<![\d,.])\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a\s+few|a\s+couple\s+of|several)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
    re.I,
)


def _ago(match: re.Match[str], ref: date, expr: str) -> DateSpan | None:
    """ "three days ago" is that day; "two weeks ago" about that day, within a week; "two
    months ago" that calendar month, "a year ago" that year."""
    word = " ".join(match.group("n").lower().split())
    parsed = None if word in ("a", "an") else parse_count(word.replace("a couple of", "two"))
    count = 1 if parsed is None else parsed.value
    unit = match.group("unit").lower()
    note = f"'{expr}' before publication"
    if unit in ("day", "week"):
        day = ref - timedelta(days=count * _UNIT_DAYS[unit])
        vague = unit == "week" or (parsed is not None and parsed.approximate)  # "a few days"
        return DateSpan(day, None, 2 if vague else 1, note)
    if unit == "year":
        return DateSpan(date(ref.year - count, 1, 1), date(ref.year - count, 12, 31), 3, note)
    months = ref.year * 12 + ref.month - 1 - count
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return DateSpan(date(year, month + 1, 1), date(year, month + 1, last), 3, note)


def resolve_date(expr: str, published: date | None) -> DateSpan | None:
    """Resolve one date expression.

    Parameters
    ----------
    expr : str
        The words, e.g. ``"on Thursday"``, ``"January 12"``, ``"the past two weeks"``.
    published : date or None
        The article's publication date; relative expressions need it.

    Returns
    -------
    DateSpan or None
        ``None`` when the words name no resolvable date (or need a reference that is missing).

    Examples
    --------
    >>> resolve_date("on Thursday", date(2020, 2, 13)).start
    datetime.date(2020, 2, 13)
    >>> resolve_date("January 12", date(2020, 2, 13)).start
    datetime.date(2020, 1, 12)
    >>> s = resolve_date("the past two weeks", date(2020, 2, 13))
    >>> (s.start, s.end, s.precision)
    (datetime.date(2020, 1, 30), datetime.date(2020, 2, 13), 3)
    >>> resolve_date("three days ago", date(2020, 2, 13)).start
    datetime.date(2020, 2, 10)
    >>> resolve_date("", None) is None
    True
    """
    if not expr or not expr.strip():
        return None
    found = _explicit(expr, published)
    if found is not None:
        return found
    if published is None:
        return None
    return _relative(expr, published)


#: A full date (day, month, year) that opens a sentence, after an optional label, a
#: preposition or "around": "On 7-March-2019, ...", "Looting: Around 2 October 2021 ...".
_LEADING = re.compile(
    rf"^\s*(?:[A-Z][\w /-]{{2,40}}:\s*)?(?:(?:on|around|about|on or about|on or around|in|"
    rf"since|by|assumed on|reported on|as reported on)\s+)?(?:the\s+)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|\s*-\s*)(?:{MONTH_RE})\.?(?:,?\s+|\s*-\s*)\d{{4}}"
    rf"|(?:{MONTH_RE})(?:\.\s*|\s+)\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?P<sep>[ .])\d{{1,2}}(?P=sep)(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


#: "On Apr 24, ...", "On 26th July, ...": a day and month without a year, then a comma.
_LEADING_DAY = re.compile(
    rf"^\s*(?:[A-Z][\w /-]{{2,40}}:\s*)?(?:on|around|about|on or about|on or around|"
    rf"on or before|on or after|(?:as )?reported on|the night of|on the night of)\s+(?:the\s+)?"
    rf"(?P<date>(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_RE})\.?"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b,?",
    re.IGNORECASE,
)


def leading_date(sentence: str, published: date | None = None) -> DateSpan | None:
    """The date that opens a sentence and so dates all of it, if any: a full date, or a day
    and month followed by a comma, in the year that ``published`` makes likely.

    Examples
    --------
    >>> leading_date("On 7-March-2019, near the village, the army fired mortars.").start
    datetime.date(2019, 3, 7)
    >>> leading_date("Looting: Around 2 October 2021, gunmen looted shops.").start
    datetime.date(2021, 10, 2)
    >>> leading_date("Gunmen attacked the post on 3 May 2021.") is None
    True
    >>> leading_date("On Apr 24, journalists were attacked.", date(2019, 6, 25)).start
    datetime.date(2019, 4, 24)
    >>> leading_date("As reported on Sept 3rd militants fled.", date(2019, 9, 9)).start
    datetime.date(2019, 9, 3)
    >>> leading_date("On 29/05/2019 a mine exploded.", date(2019, 6, 1)).start
    datetime.date(2019, 5, 29)
    """
    match = _LEADING.match(sentence)
    if match:
        return _explicit(match.group("date"), None)
    match = _LEADING_DAY.match(sentence) if published is not None else None
    return _explicit(match.group("date"), published) if match else None


#: A day written out with its month: "26 October", "Oct 3rd, 2019", "3 of May",
#: "13-December-1998".
_WRITTEN_DAY = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|\s*-\s*)(?:of\s+)?(?:{MONTH_RE})\b\.?"
    rf"(?:(?:,?\s+|\s*-\s*)\d{{4}})?"
    rf"|(?:{MONTH_RE})(?:\.\s*|\s+)\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
)
_DATELINE = re.compile(
    rf"^\s*(?:on\s+)?(?P<date>{_WRITTEN_DAY})"
    rf"\s*(?:\((?:or around|on or around|on or about|approx\.?|as reported)\))?\s*[.:]?\s*$",
    re.IGNORECASE,
)


def dateline_date(sentence: str, published: date | None) -> DateSpan | None:
    """The day of a sentence that is only a date, as reports open ("26 October.", "31 May (or
    around).").

    Examples
    --------
    >>> dateline_date("26 October.", date(2019, 11, 2)).start
    datetime.date(2019, 10, 26)
    >>> dateline_date("26 October, militants attacked.", date(2019, 11, 2)) is None
    True
    """
    match = _DATELINE.match(sentence)
    return _explicit(match.group("date"), published) if match else None


_STRAY_DAY = re.compile(
    rf"(?<![\w/])(?:(?P<lead>by|until|before|within|since|after)\s+(?:the\s+)?)?"
    rf"(?P<date>{_WRITTEN_DAY}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?![\w/]))",
    re.IGNORECASE,
)


def only_day_in(sentence: str, published: date | None) -> DateSpan | None:
    """The one day a sentence writes out ("on 20/03", "yesterday (24 July)", "Saturday [23
    May]") when the model tagged it as no date of the event: ``None`` when it writes none,
    several, or one after "by", "until" or "since" (a deadline or a start, not the day).

    Examples
    --------
    >>> only_day_in("Residents protested in the town on 20/03.", date(2015, 3, 21)).start
    datetime.date(2015, 3, 20)
    >>> only_day_in("Talks must end by 3 May.", date(2015, 3, 21)) is None
    True
    >>> only_day_in("He was killed on 13-December-1998.", date(2015, 3, 21)).start
    datetime.date(1998, 12, 13)
    """
    found = list(_STRAY_DAY.finditer(sentence))
    if len(found) != 1 or found[0].group("lead"):
        return None
    span = _explicit(found[0].group("date"), published)
    return span if span is not None and span.end is None else None


_BRACKETED = re.compile(
    rf"\b(?:yesterday|today|tonight|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*"
    rf"[(\[]\s*(?P<date>{_WRITTEN_DAY})\s*[)\]]",
    re.IGNORECASE,
)


def bracketed_day(sentence: str, published: date | None) -> DateSpan | None:
    """A relative day made plain in brackets ("yesterday (24 July)", "Saturday [23 May]").

    Examples
    --------
    >>> bracketed_day("Pirates boarded it yesterday (24 July).", date(2011, 7, 25)).start
    datetime.date(2011, 7, 24)
    """
    match = _BRACKETED.search(sentence)
    return _explicit(match.group("date"), published) if match else None
