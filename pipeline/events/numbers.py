"""Read counts ("14", "fourteen", "some 5,000", "at least 3", "dozens") as a low bound.

ACLED's conventions: the lowest reported number; "several" = 3, "dozens" = 12, "hundreds" = 100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Count", "parse_count"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE = {
    "several": 3,
    "few": 3,
    "a few": 3,
    "some": 3,
    "a number of": 3,
    "couple": 2,
    "a couple of": 2,
    "dozen": 12,
    "a dozen": 12,
    "dozens": 12,
    "dozens of": 12,
    "scores": 40,
    "scores of": 40,
    "hundreds": 100,
    "hundreds of": 100,
    "thousands": 1000,
    "thousands of": 1000,
    "tens of thousands": 10000,
}
#: "An unknown number of militants were killed": deaths of no known number, coded 3 as ACLED
#: codes "several" (the codebook's convention for plural deaths without a number).
_UNKNOWN = ("unknown", "unspecified", "undisclosed", "undetermined", "indeterminate")
_VAGUE.update({f"{a}{w} number{o}": 3 for a in ("", "an ") for w in _UNKNOWN for o in ("", " of")})
_QUALIFIERS = re.compile(
    r"^(?:(?P<q>at least|more than|over|some|about|around|nearly|almost|roughly|"
    r"approximately|up to|an estimated|as many as|at most|fewer than|less than|"
    r"not? (?:fewer|less) than|(?:a )?minimum of)\s+)",
    re.I,
)
_NUMBER = re.compile(
    r"^(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?P<s>thousand|million))?", re.I
)


@dataclass(frozen=True, slots=True)
class Count:
    """A count as a low bound; ``approximate`` when the text hedged it, with a note saying how."""

    value: int
    approximate: bool
    note: str = ""


def _words_to_int(words: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for word in words:
        if word in ("and",):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


#: A range of two numbers ("2-4", hyphen already spaced out; "between 5 and 7", "3 to 5").
_RANGE = re.compile(r"^(?:between )?(\d[\d,]*) (?:and |to |or )?(\d[\d,]*)$")


def parse_count(text: str) -> Count | None:
    """Parse a number phrase.

    Parameters
    ----------
    text : str
        The words of the number, e.g. ``"some 5,000"``, ``"fourteen"``, ``"dozens"``.

    Returns
    -------
    Count or None
        ``None`` when the words are not a number.

    Examples
    --------
    >>> parse_count("some 5,000")
    Count(value=5000, approximate=True, note="'some 5,000'")
    >>> parse_count("fourteen").value
    14
    >>> parse_count("more than a dozen")  # the number given, as ACLED codes it
    Count(value=12, approximate=True, note="'more than a dozen'")
    >>> parse_count("twenty-one").value
    21
    >>> parse_count("2-4").value  # a range: its lower bound
    2
    >>> parse_count("") is None
    True
    """
    raw = " ".join(text.replace("-", " ").split()).lower()
    if not raw:
        return None
    phrase = raw
    qualifier = ""
    match = _QUALIFIERS.match(phrase)
    if match:
        qualifier = match.group("q").lower()
        phrase = phrase[match.end() :]
    value: int | None = None
    numeric = _NUMBER.match(phrase)
    span = _RANGE.match(phrase)
    if span:
        # "2-4 policemen", "between 5 and 7": the lower bound, as ACLED codes a range
        value, qualifier = int(span.group(1).replace(",", "")), qualifier or "range"
    elif numeric and numeric.end() == len(phrase):
        number = float(numeric.group("n").replace(",", ""))
        scale = (numeric.group("s") or "").lower()
        value = int(number * _SCALES.get(scale, 1))
    elif phrase in _VAGUE:
        value = _VAGUE[phrase]
        qualifier = qualifier or "vague"
    else:
        value = _words_to_int(phrase.split())
    if value is None:
        return None
    approximate = bool(qualifier)
    return Count(value, approximate, f"'{text.strip()}'" if approximate else "")
