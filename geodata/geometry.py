"""Geometry on WGS84 (lon, lat) degrees: great-circle distances, bounding boxes and
point-in-polygon. The one home of these helpers for the gazetteer, the pipeline and the dashboard.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "EARTH_RADIUS_KM",
    "Located",
    "bounding_box",
    "distance_km",
    "great_circle_km",
    "great_circle_km_many",
    "point_in_geojson",
]

#: Mean Earth radius of the haversine sphere (km), as the geoparsing scorers use.
EARTH_RADIUS_KM = 6371.0


class Located(Protocol):
    """Anything with WGS84 ``lon`` and ``lat`` (a Candidate, a Place, a Site)."""

    @property
    def lon(self) -> float: ...

    @property
    def lat(self) -> float: ...


def great_circle_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Haversine distance in km between two (lon, lat) points.

    Examples
    --------
    >>> round(great_circle_km(0, 0, 1, 0), 1)
    111.2
    >>> great_circle_km(2.35, 48.85, 2.35, 48.85)
    0.0
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Located, b: Located) -> float:
    """Great-circle distance in km between two located records.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> idlib, saraqib = SimpleNamespace(lon=36.63, lat=35.93), SimpleNamespace(lon=36.8, lat=35.86)
    >>> round(distance_km(idlib, saraqib), 1)
    17.2
    """
    return great_circle_km(a.lon, a.lat, b.lon, b.lat)


def great_circle_km_many(lon: float, lat: float, lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Distances in km from one (lon, lat) point to arrays of points (vectorised haversine).

    Examples
    --------
    >>> import numpy as np
    >>> great_circle_km_many(0.0, 0.0, np.array([0.0, 1.0]), np.array([0.0, 0.0])).round(1)
    array([  0. , 111.2])
    """
    import numpy as np

    p1, p2 = np.radians(lat), np.radians(lats)
    h = (
        np.sin((p2 - p1) / 2) ** 2
        + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def bounding_box(
    points: Iterable[Sequence[float]],
) -> tuple[float, float, float, float] | None:
    """``(west, south, east, north)`` of (lon, lat) points, ``None`` when there are none.

    Examples
    --------
    >>> bounding_box([(36.0, 35.0), (37.0, 36.5), (36.5, 34.0)])
    (36.0, 34.0, 37.0, 36.5)
    >>> bounding_box([]) is None
    True
    """
    pairs = [(float(p[0]), float(p[1])) for p in points]
    if not pairs:
        return None
    lons = [p[0] for p in pairs]
    lats = [p[1] for p in pairs]
    return min(lons), min(lats), max(lons), max(lats)


def _in_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i][0], ring[i][1]
        x2, y2 = ring[i - 1][0], ring[i - 1][1]
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _polygons(geojson: dict[str, Any]) -> list[list[Any]]:
    kind = geojson.get("type")
    if kind == "FeatureCollection":
        return [p for f in geojson.get("features", []) for p in _polygons(f)]
    if kind == "Feature":
        return _polygons(geojson.get("geometry") or {})
    if kind == "Polygon":
        return [geojson.get("coordinates", [])]
    if kind == "MultiPolygon":
        return list(geojson.get("coordinates", []))
    return []


def point_in_geojson(lon: float, lat: float, geojson: dict[str, Any]) -> bool:
    """Tell whether (lon, lat) lies inside a GeoJSON (Multi)Polygon, Feature or collection.

    Parameters
    ----------
    lon, lat : float
        The point, WGS84 degrees.
    geojson : dict
        A GeoJSON object; other geometry types and malformed input count as "outside".

    Returns
    -------
    bool
        True inside the outer ring and outside every hole of some polygon.

    Examples
    --------
    >>> square = {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}
    >>> point_in_geojson(1, 1, square), point_in_geojson(3, 1, square), point_in_geojson(1, 1, {})
    (True, False, False)
    """
    if not isinstance(geojson, dict):
        return False
    for polygon in _polygons(geojson):
        if not polygon or not _in_ring(lon, lat, polygon[0]):
            continue
        if not any(_in_ring(lon, lat, hole) for hole in polygon[1:]):
            return True
    return False
