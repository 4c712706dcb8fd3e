"""First-level regions and extra cities from the ``countrystatecity-countries`` package.

The package's loader opens one JSON file per state; reading the files directly with a glob is
the same data, several times faster.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from geodata.records import PlaceRecord, SourceRecords
from geodata.sources.paths import package_dir

__all__ = ["REGION_ALIASES_PATH", "in_english", "read_csc", "without_article"]


def _coord(row: dict[str, Any]) -> tuple[float, float] | None:
    try:
        lon, lat = float(row["longitude"]), float(row["latitude"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        return None
    return lon, lat


#: AP-style abbreviations and other region names newspapers use (see data/README.md).
REGION_ALIASES_PATH = Path(__file__).resolve().parent.parent / "data" / "region_aliases.csv"


def _region_aliases(path: Path = REGION_ALIASES_PATH) -> dict[tuple[str, str], list[str]]:
    aliases: dict[tuple[str, str], list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases.setdefault((row["iso2"], row["region"]), []).append(row["alias"])
    return aliases


#: The Arabic article as region names write it: "Al Anbar", "Al-Hasakah", and assimilated
#: to a following sun letter ("Ar Raqqah", "An Najaf", "Ash Sharqiyah").
_ARTICLE = re.compile(r"^(?:al|(?P<sun>a(?:sh|dh|th|[dnrstz])))[ -](?P<rest>.{3,})$", re.IGNORECASE)


def without_article(name: str) -> str:
    """A region's name without its Arabic article, as the news writes it ("Anbar",
    "Raqqah"); ``""`` when the name has none. "An Giang" keeps its "An": no sun letter
    follows.

    >>> without_article("Al Anbar"), without_article("Ar Raqqah"), without_article("An Najaf")
    ('Anbar', 'Raqqah', 'Najaf')
    >>> without_article("An Giang"), without_article("Alabama"), without_article("As Suwayda")
    ('', '', 'Suwayda')
    """
    found = _ARTICLE.match(name)
    if found is None:
        return ""
    sun, rest = found.group("sun"), found.group("rest")
    if sun and not rest.lower().startswith(sun[1:].lower()):
        return ""
    return rest


_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West"}
_FRENCH_COMPASS = re.compile(
    r"^(?P<a>Nord|Sud|Est|Ouest)(?:-(?P<b>Est|Ouest))?[- ](?P<rest>(?!(?:Est|Ouest)$)\w.{2,})$"
)


def in_english(name: str) -> str:
    """A region named with a French compass word as English news writes it ("North Kivu"),
    ``""`` when the name has none (a bare "Nord" stays: "North" is no name in English).

    >>> in_english("Nord-Kivu"), in_english("Sud Ubangi"), in_english("Nord-Ouest")
    ('North Kivu', 'South Ubangi', '')
    >>> in_english("Nord"), in_english("Estuaire")
    ('', '')
    """
    found = _FRENCH_COMPASS.match(name)
    if found is None:
        return ""
    words = _COMPASS[found.group("a").lower()]
    if found.group("b"):
        words += "-" + _COMPASS[found.group("b").lower()]
    return f"{words} {found.group('rest')}"


def _state_record(row: dict[str, Any]) -> PlaceRecord | None:
    point = _coord(row)
    if point is None or not row.get("name"):
        return None
    name = str(row["name"])
    region_type = str(row.get("type") or "")
    alt = [str(row.get("native") or "")]
    if region_type and region_type.casefold() not in name.casefold():
        alt.append(f"{name} {region_type.title()}")
    return PlaceRecord(
        place_id=f"csc:state:{row['id']}",
        name=name,
        kind="admin1",
        country=str(row["country_code"]),
        lon=point[0],
        lat=point[1],
        admin1=name,
        alt_names=tuple(a for a in alt if a),
        strong_names=tuple(a for a in (without_article(name), in_english(name)) if a),
        region_type=region_type,
    )


def _read_json(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def read_csc() -> SourceRecords:
    """Read all states (kind ``admin1``) and cities (``secondary`` city records).

    Returns
    -------
    SourceRecords
        About 5,300 region and 152,000 city records; the cities are marked ``secondary`` so the
        builder drops those already present in GeoNames.
    """
    root = package_dir("countrystatecity_countries") / "data" / "by-country"
    records: list[PlaceRecord] = []
    state_names: dict[int, str] = {}
    aliases = _region_aliases()
    for states_file in sorted(root.glob("*/states.json")):
        for row in _read_json(states_file):
            record = _state_record(row)
            extra = aliases.get((record.country, record.name), []) if record else []
            if record is not None and extra:
                record = replace(record, strong_names=(*record.strong_names, *extra))
            if record is not None:
                records.append(record)
                state_names[int(row["id"])] = record.name
    for cities_file in sorted(root.glob("*/states/*/cities.json")):
        for row in _read_json(cities_file):
            point = _coord(row)
            if point is None or not row.get("name"):
                continue
            records.append(
                PlaceRecord(
                    place_id=f"csc:city:{row['id']}",
                    name=str(row["name"]),
                    kind="city",
                    country=str(row["country_code"]),
                    lon=point[0],
                    lat=point[1],
                    admin1=state_names.get(int(row.get("state_id") or -1), ""),
                    secondary=True,
                )
            )
    return SourceRecords(name="countrystatecity", records=tuple(records))
