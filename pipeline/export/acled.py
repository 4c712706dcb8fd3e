"""The events frame as CSV with ACLED's column names (2023+ export order), for analysts whose
tools read ACLED files.

Our fields map onto ACLED's where the concept is the same; ``notes`` carries the evidence
sentence and our notes, ``tags`` says the row is machine-extracted, and columns we do not code
(``admin2``, ``admin3``, ``source_scale``, ``assoc_actor_*``) stay empty. ``event_id_cnty`` is
our event id (one row per event place, as in our other exports).
"""

from __future__ import annotations

import csv
import io

import geopandas as gpd
import pandas as pd

from geodata.countries import country_facts
from pipeline.export.cells import checked_coordinates, neutralise_formula
from pipeline.export.geojson import plain_value

__all__ = ["ACLED_COLUMNS", "acled_row", "to_acled_csv"]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_NEEDED = ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
           "actor2", "inter1", "inter2", "country", "admin1", "location", "geo_precision",
           "source", "evidence", "notes", "fatalities")  # fmt: skip


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower digit first; one actor ends in 0.

    >>> _interaction(8, 1), _interaction(2, None), _interaction(None, None)
    (18, 20, None)
    """
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def acled_row(values: dict[str, object], lat: float | None, lon: float | None) -> list[object]:
    """One ACLED-style row from one row of the events frame (plain Python values);
    ``lat``/``lon`` ``None`` (empty cells) for an event without a place."""
    iso2 = str(values.get("country") or "")
    name, numeric = country_facts(iso2)
    day = str(values.get("event_date") or "")
    actor1, actor2 = str(values.get("actor1") or ""), str(values.get("actor2") or "")
    civilians = any(a.startswith("Civilians") for a in (actor1, actor2))
    notes = " ".join(str(values.get(k) or "") for k in ("evidence", "notes")).strip()
    row = {
        "event_id_cnty": values.get("event_id"),
        "event_date": day,
        "year": day[:4],
        "time_precision": values.get("time_precision"),
        "disorder_type": _DISORDER.get(str(values.get("event_type") or ""), ""),
        "event_type": values.get("event_type"),
        "sub_event_type": values.get("sub_event_type"),
        "actor1": actor1,
        "inter1": values.get("inter1"),
        "actor2": actor2,
        "inter2": values.get("inter2"),
        "interaction": _interaction(values.get("inter1"), values.get("inter2")),  # type: ignore[arg-type]
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": numeric or "",
        "country": name or iso2,
        "admin1": values.get("admin1"),
        "location": values.get("location"),
        "latitude": lat,
        "longitude": lon,
        "geo_precision": values.get("geo_precision"),
        "source": values.get("source"),
        "notes": notes,
        "fatalities": values.get("fatalities") or 0,
        "tags": "machine-extracted by Conflict Atlas",
    }
    out: list[object] = []
    for column in ACLED_COLUMNS:
        value = row.get(column)
        if value is None:
            out.append("")
        else:
            out.append(neutralise_formula(value) if isinstance(value, str) else value)
    return out


def to_acled_csv(gdf: gpd.GeoDataFrame) -> str:
    """The events frame as ACLED-style CSV, one line per event place (one with empty
    ``latitude``/``longitude`` for an event without a place).

    Raises
    ------
    ExportError
        A needed column is missing, or a geometry is neither missing nor a finite Point.
    """
    coordinates = checked_coordinates(gdf, _NEEDED)
    frame = pd.DataFrame(gdf.drop(columns="geometry", errors="ignore"))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ACLED_COLUMNS)
    for record, point in zip(frame.to_dict("records"), coordinates, strict=True):
        plain = {k: plain_value(v, k) for k, v in record.items()}
        lon, lat = point or (None, None)
        writer.writerow(acled_row(plain, lat, lon))
    return buffer.getvalue()
