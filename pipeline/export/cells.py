"""Cells of tabular exports: spreadsheet-safe text and checked point coordinates.

Shared by the CSV writers (:mod:`pipeline.export.writers`, :mod:`pipeline.export.acled`).
"""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd

from pipeline.errors import ExportError
from pipeline.export.geojson import point_coordinates

__all__ = ["checked_coordinates", "neutralise_formula"]

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


def checked_coordinates(gdf: gpd.GeoDataFrame, needed: Sequence[str]) -> list[list[float] | None]:
    """``[lon, lat]`` of every row (``None`` for a row without a place), after checking that
    the frame has the ``needed`` columns.

    Raises
    ------
    ExportError
        A needed column is missing, or a geometry is neither missing nor a finite Point.
    """
    missing = [name for name in needed if name not in gdf.columns]
    if missing:
        raise ExportError(f"events frame lacks the columns {missing}")
    return point_coordinates(gdf)
