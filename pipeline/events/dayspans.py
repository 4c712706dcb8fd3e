"""Spans of days a sentence writes out ("between 21 and 23 July", "May 28-30")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.events.dates import MONTH_RE, MONTHS, DateSpan, infer_year, safe_date

__all__ = ["day_range"]

_DAY = r"(?P<{0}>\d{{1,2}})(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|to|and|until|till)\s*"
_YEAR_OF = r"(?:,?\s+(?P<{0}>\d{{4}}))?"
_MONTH_OF = rf"(?P<{{0}}>{MONTH_RE})\.?"
#: Days from one to another: "20 - 24 May", "between 21 and 23 July", "22 Jul to 5 Aug 2019",
#: "May 28-30", "between August 25, 2017 and September 5, 2017".
_DAY_RANGES = (
    re.compile(
        _DAY.format("d1") + rf"(?:\s+{_MONTH_OF.format('m1')})?" + _YEAR_OF.format("y1") + _TO
        + _DAY.format("d2") + r"\s+" + _MONTH_OF.format("m2") + _YEAR_OF.format("y2") + r"\b",
        re.I,
    ),
    re.compile(
        _MONTH_OF.format("m1") + r"\s+" + _DAY.format("d1") + _YEAR_OF.format("y1") + _TO
        + rf"(?:{_MONTH_OF.format('m2')}\s+)?" + _DAY.format("d2") + r"\b(?!\s*(?:%|am|pm))"
        + _YEAR_OF.format("y2"),
        re.I,
    ),
)  # fmt: skip


def day_range(sentence: str, published: date | None) -> tuple[int, int, DateSpan] | None:
    """The first span of days a sentence writes out, with its place in the sentence (start,
    end); precision 2 up to a week, 3 beyond.

    Examples
    --------
    >>> day_range("Between 21 and 23 July FRPI looted villages.", date(2018, 8, 1))[2].start
    datetime.date(2018, 7, 21)
    >>> span = day_range("between August 25, 2017 and September 5, 2017, troops", None)[2]
    >>> (span.start, span.end, span.precision)
    (datetime.date(2017, 8, 25), datetime.date(2017, 9, 5), 3)
    >>> day_range("Gunmen killed 3-4 people on 5 May.", date(2018, 8, 1)) is None
    True
    """
    for pattern in _DAY_RANGES:
        for match in pattern.finditer(sentence):
            m2 = MONTHS[(match["m2"] or match["m1"]).lower()]
            m1 = MONTHS[(match["m1"] or match["m2"]).lower()]
            d1, d2 = int(match["d1"]), int(match["d2"])
            if match["y2"] or match["y1"]:
                y2 = int(match["y2"] or match["y1"])
            else:
                y2, known = infer_year(m2, d2, published)
                if not known:
                    continue
            y1 = int(match["y1"]) if match["y1"] else y2 - (1 if m1 > m2 else 0)
            start, end = safe_date(y1, m1, d1), safe_date(y2, m2, d2)
            if start is None or end is None or not start < end <= start + timedelta(days=62):
                continue
            precision = 2 if (end - start).days <= 7 else 3
            note = f"days from '{match.group(0)}'"
            return match.start(), match.end(), DateSpan(start, end, precision, note)
    return None
