"""Local news and its home country, from how the article is written: a story about a town's
council, police and schools, with American phone numbers and street addresses, is American
local news, where "Paris" is the Texas town and "Athens" the Tennessee one."""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["local_home"]

#: Local institutions in American usage ("city council", "sheriff's office", "middle school").
_US_LOCAL = re.compile(
    r"\b(?:city council|police department|fire department|sheriff(?:'s|’s)?|"
    r"county commission(?:ers)?|county commissioners|board of (?:education|supervisors|"
    r"selectmen|aldermen)|school board|school district|selectmen|aldermen|township|"
    r"elementary schools?|middle schools?|high schools?|junior high|city manager|county jail|"
    r"district attorney|state trooper|highway patrol|county court(?:house)?)\b",
    re.IGNORECASE,
)

#: American formats: phone numbers ("903-675-8477", "(555) 123-4567") and street addresses
#: ("2517 Memphis St.", "420 N. Main Ave.").
_US_FORMAT = re.compile(
    r"(?:\(\d{3}\)\s?|\b\d{3}[-.])\d{3}-\d{4}\b"
    r"|\b\d{1,5} (?:[NSEW]\. )?(?:[A-Z][a-z]+ ){1,3}(?:St|Ave|Rd|Blvd|Dr|Ln|Hwy|Pkwy)\.?(?=[\s,])"
)

#: Local institutions in British usage ("Crown Court", "borough council", "primary school").
_UK_LOCAL = re.compile(
    r"\b(?:crown court|magistrates(?:'|’)? court|borough council|county council|"
    r"district council|parish council|constabulary|primary school|secondary school|"
    r"council tax|parliamentary seat|police constable|flytipping|fly-tipping)\b",
    re.IGNORECASE,
)

#: British formats: sums in pounds ("£5,000") and postcodes ("OX3 7LD").
_UK_FORMAT = re.compile(r"£\s?\d|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b")


def local_home(text: str, focus: Mapping[str, float]) -> str:
    """ISO code of the country whose local news ``text`` is, or ``""``.

    Two or more signs of one country's local news (its institutions' names in its usage, its
    phone and address formats, a format counting double) and at most half as many of the
    other's make an article local; an article that is more about another country (``focus``,
    see :func:`pipeline.geoparse.focus.country_focus`) is world news, not local news.

    Examples
    --------
    >>> local_home("The City Council met. Call the police department at 903-555-0100.", {})
    'US'
    >>> local_home("The city council met in Aleppo.", {"SY": 1.0})
    ''
    >>> local_home("Two men appeared at Crown Court; the county council said nothing.", {})
    'GB'
    """
    us = len(_US_LOCAL.findall(text)) + 2 * len(_US_FORMAT.findall(text))
    uk = len(_UK_LOCAL.findall(text)) + 2 * len(_UK_FORMAT.findall(text))
    if us >= 2 and us > 2 * uk:
        home = "US"
    elif uk >= 2 and uk > 2 * us:
        home = "GB"
    else:
        return ""
    others = max((share for iso2, share in focus.items() if iso2 != home), default=0.0)
    return home if focus.get(home, 0.0) >= others else ""
