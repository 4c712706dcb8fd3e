"""Events out of the pipeline: GeoDataFrame, RFC 7946 GeoJSON and CSV, written atomically.

The frame and GeoJSON halves live in :mod:`pipeline.export_frame` and
:mod:`pipeline.export_geojson`; this module is the one callers import.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd

from pipeline.errors import ExportError
from pipeline.export_frame import (
    FEATURE_PROPERTIES,
    SHARED_COUNT_NOTE,
    events_to_geodataframe,
)
from pipeline.export_geojson import (
    events_frame_from_geojson,
    plain_value,
    point_coordinates,
    to_geojson,
    validate_feature_collection,
)

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "FEATURE_PROPERTIES",
    "SHARED_COUNT_NOTE",
    "checked_coordinates",
    "events_frame_from_geojson",
    "events_to_geodataframe",
    "neutralise_formula",
    "to_csv",
    "to_geojson",
    "validate_feature_collection",
    "write_events",
]

#: Columns of :func:`to_csv`.
CSV_COLUMNS: tuple[str, ...] = (*FEATURE_PROPERTIES, "latitude", "longitude")

#: Formats :func:`write_events` knows.
EXPORT_FORMATS: tuple[str, ...] = ("geojson", "csv", "acled", "geoparquet")

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would run as a formula.

    Examples
    --------
    >>> neutralise_formula("=HYPERLINK(1)"), neutralise_formula("Idlib"), neutralise_formula("")
    ("'=HYPERLINK(1)", 'Idlib', '')
    """
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def checked_coordinates(gdf: gpd.GeoDataFrame, needed: Sequence[str]) -> list[list[float]]:
    """``[lon, lat]`` of every row, after checking that the frame has the ``needed`` columns.

    Raises
    ------
    ExportError
        A needed column is missing, or a geometry is not a finite Point.
    """
    missing = [name for name in needed if name not in gdf.columns]
    if missing:
        raise ExportError(f"events frame lacks the columns {missing}")
    return point_coordinates(gdf)


def to_csv(gdf: gpd.GeoDataFrame) -> str:
    """The events frame as CSV: :data:`CSV_COLUMNS`, one line per row.

    Missing values are empty cells, integers stay integers, coordinates are rounded to 6
    decimals, and text cells that a spreadsheet would treat as formulas get a leading
    apostrophe.

    Raises
    ------
    ExportError
        A property column is missing, or a geometry is not a finite Point.
    """
    coordinates = checked_coordinates(gdf, FEATURE_PROPERTIES)
    columns = [[_csv_cell(v, name) for v in gdf[name].tolist()] for name in FEATURE_PROPERTIES]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for values, (lon, lat) in zip(zip(*columns, strict=True), coordinates, strict=True):
        writer.writerow([*values, lat, lon])
    return buffer.getvalue()


def _csv_cell(value: object, name: str) -> object:
    plain = plain_value(value, name)
    if plain is None:
        return ""
    return neutralise_formula(plain) if isinstance(plain, str) else plain


def write_events(path: Path, gdf: gpd.GeoDataFrame, *, fmt: str = "geojson") -> int:
    """Write the events frame to ``path`` atomically; return the number of features written.

    The text goes to a temporary file next to ``path`` that then replaces it, so a reader
    never sees half a file and a failed export leaves the old file as it was.

    Parameters
    ----------
    path : Path
        Destination; missing parent directories are created.
    gdf : geopandas.GeoDataFrame
        From :func:`events_to_geodataframe`.
    fmt : {"geojson", "csv", "acled", "geoparquet"}
        ``acled``: CSV with ACLED's column names (:mod:`pipeline.export_acled`);
        ``geoparquet``: GeoParquet 1.x through ``pyarrow`` (EPSG:4326 points).

    Raises
    ------
    ExportError
        Unknown format, unserialisable frame, or the file cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; expected one of {EXPORT_FORMATS}")
    if fmt == "geoparquet":
        return _write_geoparquet(Path(path), gdf)
    if fmt == "acled":
        from pipeline.export_acled import to_acled_csv  # it builds on this module

        text = to_acled_csv(gdf)
    else:
        text = to_geojson(gdf) if fmt == "geojson" else to_csv(gdf)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace_atomically(path, text)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err}") from err
    return len(gdf)


def _write_geoparquet(path: Path, gdf: gpd.GeoDataFrame) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            gdf.to_parquet(temp_name, index=False)
            os.chmod(temp_name, 0o644)
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except (OSError, ValueError, ImportError) as err:
        raise ExportError(f"cannot write {path}: {err}") from err
    return len(gdf)


def _replace_atomically(path: Path, text: str) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); keep the old file's mode, else the usual 0644.
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
