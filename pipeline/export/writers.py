"""Write an events frame to a file: GeoJSON, CSV, ACLED-style CSV or GeoParquet, atomically.

The frame comes from :func:`pipeline.frame.events_to_geodataframe` (or the store's SQL frame).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import geopandas as gpd

from pipeline.errors import ExportError
from pipeline.export.cells import checked_coordinates, neutralise_formula
from pipeline.export.geojson import plain_value, to_geojson
from pipeline.frame import FEATURE_PROPERTIES

__all__ = ["CSV_COLUMNS", "EXPORT_FORMATS", "FORMAT_ALIASES", "to_csv", "write_events"]

#: Columns of :func:`to_csv`.
CSV_COLUMNS: tuple[str, ...] = (*FEATURE_PROPERTIES, "latitude", "longitude")

#: Formats :func:`write_events` knows.
EXPORT_FORMATS: tuple[str, ...] = ("geojson", "csv", "acled", "geoparquet")
#: Other names users give them.
FORMAT_ALIASES: dict[str, str] = {"parquet": "geoparquet", "json": "geojson"}


def to_csv(gdf: gpd.GeoDataFrame) -> str:
    """The events frame as CSV: :data:`CSV_COLUMNS`, one line per row.

    Missing values are empty cells, integers stay integers, coordinates are rounded to 6
    decimals (empty for an event without a place), and text cells that a spreadsheet would
    treat as formulas get a leading apostrophe.

    Raises
    ------
    ExportError
        A property column is missing, or a geometry is neither missing nor a finite Point.
    """
    coordinates = checked_coordinates(gdf, FEATURE_PROPERTIES)
    columns = [[_csv_cell(v, name) for v in gdf[name].tolist()] for name in FEATURE_PROPERTIES]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for values, point in zip(zip(*columns, strict=True), coordinates, strict=True):
        lon, lat = point or ("", "")
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
    fmt : {"geojson", "csv", "acled", "geoparquet", "parquet"}
        ``acled``: CSV with ACLED's column names (:mod:`pipeline.export.acled`);
        ``geoparquet``: GeoParquet 1.x through ``pyarrow`` (EPSG:4326 points; a row without
        a place has a null geometry). Rows without a place are written in every format.

    Raises
    ------
    ExportError
        Unknown format, unserialisable frame, or the file cannot be written.
    """
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; expected one of {EXPORT_FORMATS}")
    if fmt == "geoparquet":
        return _write_geoparquet(Path(path), gdf)
    if fmt == "acled":
        from pipeline.export.acled import to_acled_csv

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
