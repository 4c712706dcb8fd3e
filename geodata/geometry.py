"""Point-in-polygon on GeoJSON outlines, enough to sanity-check a country centroid."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["point_in_geojson"]


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
