"""The payloads of the download buttons: exactly the filtered events, as GeoJSON or as CSV with
ACLED's column names, in files whose names say the filter."""

from __future__ import annotations

import re
from dataclasses import dataclass

import geopandas as gpd

from dashboard.filters import FilterState
from pipeline.export.acled import to_acled_csv
from pipeline.export.writers import to_geojson

__all__ = ["Download", "acled_csv_download", "file_stem", "geojson_download"]


@dataclass(frozen=True, slots=True)
class Download:
    """What ``st.download_button`` needs."""

    data: str
    file_name: str
    mime: str
    features: int


def geojson_download(frame: gpd.GeoDataFrame, *, file_name: str = "events.geojson") -> Download:
    """The filtered events frame as RFC 7946 GeoJSON (one Feature per row).

    Raises
    ------
    pipeline.errors.ExportError
        The frame lacks an export column or has an invalid geometry.
    """
    return Download(
        data=to_geojson(frame),
        file_name=file_name,
        mime="application/geo+json",
        features=len(frame),
    )


def acled_csv_download(frame: gpd.GeoDataFrame, *, file_name: str = "events.csv") -> Download:
    """The filtered events as CSV with ACLED's column names (one line per event place)."""
    return Download(
        data=to_acled_csv(frame), file_name=file_name, mime="text/csv", features=len(frame)
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def file_stem(state: FilterState, *, limit: int = 120) -> str:
    """A file name (without suffix) that says what the filter kept.

    Examples
    --------
    >>> from datetime import date
    >>> file_stem(FilterState())
    'conflict-atlas_all-events'
    >>> file_stem(FilterState(date_from=date(2020, 2, 1), actors=("Military Forces of Turkey",),
    ...                       min_fatalities=3, text="Saraqib"))
    'conflict-atlas_2020-02-01_to_end_military-forces-of-turkey_min-3-killed_q-saraqib'
    """
    parts = ["conflict-atlas"]
    if state.date_from or state.date_to:
        start = state.date_from.isoformat() if state.date_from else "start"
        end = state.date_to.isoformat() if state.date_to else "end"
        parts.append(f"{start}_to_{end}")
    for values in (
        state.actors,
        state.event_types,
        state.categories,
        state.countries,
        state.regions,
        state.sources,
    ):
        if values:
            shown = "+".join(_slug(v) for v in values[:2])
            parts.append(shown + (f"+{len(values) - 2}-more" if len(values) > 2 else ""))
    if state.min_fatalities > 0:
        parts.append(f"min-{state.min_fatalities}-killed")
    if state.text.strip():
        parts.append(f"q-{_slug(state.text)}")
    if len(parts) == 1:
        parts.append("all-events")
    return "_".join(parts)[:limit].rstrip("_-")
