"""Stage 6, export: events out as files, and the view filter that a file and the dashboard share.

RFC 7946 GeoJSON with its validator and reader (:mod:`geojson`), CSV and ACLED-style CSV
(:mod:`writers`, :mod:`acled`, spreadsheet-safe cells in :mod:`cells`), GeoParquet, all written
atomically by :func:`write_events`; the dashboard's filters as one state (:mod:`viewfilter`).
The frame they write is :func:`pipeline.frame.events_to_geodataframe`.

Public API: :func:`write_events`, :func:`to_geojson`, :func:`to_csv`, :func:`to_acled_csv`,
:func:`validate_feature_collection`, :func:`events_frame_from_geojson`, :class:`FilterState`,
:func:`apply_filters`.
"""

from __future__ import annotations

from pipeline.export.acled import to_acled_csv
from pipeline.export.geojson import (
    events_frame_from_geojson,
    to_geojson,
    validate_feature_collection,
)
from pipeline.export.viewfilter import FilterState, apply_filters
from pipeline.export.writers import EXPORT_FORMATS, to_csv, write_events
from pipeline.frame import events_to_geodataframe

__all__ = [
    "EXPORT_FORMATS",
    "FilterState",
    "apply_filters",
    "events_frame_from_geojson",
    "events_to_geodataframe",
    "to_acled_csv",
    "to_csv",
    "to_geojson",
    "validate_feature_collection",
    "write_events",
]
