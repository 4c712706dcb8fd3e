"""The one place where (lon, lat) coordinates become Folium's [lat, lon].

Everything else in the project stores and computes (lon, lat), EPSG:4326 (house rule 5).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import shapely

__all__ = ["bounds_of", "focus_points", "latlon_of", "to_folium", "valid_lonlats"]


def to_folium(lon: float, lat: float) -> list[float]:
    """Validate a WGS84 (lon, lat) pair and return it as Folium's ``[lat, lon]``.

    Parameters
    ----------
    lon : float
        Longitude in degrees, in [-180, 180].
    lat : float
        Latitude in degrees, in [-90, 90].

    Returns
    -------
    list[float]
        ``[lat, lon]``.

    Raises
    ------
    ValueError
        If either value is not a finite number or is out of range; the message names it.

    Examples
    --------
    >>> to_folium(36.63, 35.93)
    [35.93, 36.63]
    >>> to_folium(200.0, 35.0)
    Traceback (most recent call last):
    ...
    ValueError: longitude 200.0 is outside [-180, 180]
    >>> to_folium(None, 35.0)
    Traceback (most recent call last):
    ...
    ValueError: longitude None is not a number
    """
    lon_f = _finite("longitude", lon)
    lat_f = _finite("latitude", lat)
    if not -180.0 <= lon_f <= 180.0:
        raise ValueError(f"longitude {lon!r} is outside [-180, 180]")
    if not -90.0 <= lat_f <= 90.0:
        raise ValueError(f"latitude {lat!r} is outside [-90, 90]")
    return [lat_f, lon_f]


def bounds_of(points: Iterable[tuple[float, float]]) -> list[list[float]] | None:
    """Folium bounds ``[[south, west], [north, east]]`` of (lon, lat) points, ``None`` if empty.

    Examples
    --------
    >>> bounds_of([(36.0, 35.0), (37.0, 36.5)])
    [[35.0, 36.0], [36.5, 37.0]]
    >>> bounds_of([]) is None
    True
    """
    pairs = list(points)
    if not pairs:
        return None
    lons, lats = np.asarray(pairs, dtype=float).reshape(-1, 2).T
    south, west = to_folium(lons.min(), lats.min())  # validates the extremes, hence all
    north, east = to_folium(lons.max(), lats.max())
    return [[south, west], [north, east]]


def focus_points(
    points: Sequence[tuple[float, float]], *, radius_deg: float = 10.0
) -> list[tuple[float, float]]:
    """The (lon, lat) points within ``radius_deg`` of the median point, if they are most.

    The map opens on where most events are: one meeting in Brussels should not zoom the
    fighting in Idlib down to a dot. Far points stay on the map, a zoom-out away. When the
    points are spread out (under half near the median) all of them are returned.

    Examples
    --------
    >>> pts = [(36.6, 35.9), (36.8, 35.8), (36.7, 35.6), (4.35, 50.85)]
    >>> focus_points(pts)
    [(36.6, 35.9), (36.8, 35.8), (36.7, 35.6)]
    >>> focus_points([(0.0, 0.0), (50.0, 0.0)])
    [(0.0, 0.0), (50.0, 0.0)]
    >>> focus_points([])
    []
    """
    if len(points) < 3:
        return list(points)
    lons, lats = np.asarray(points, dtype=float).T
    near = (np.abs(lons - np.median(lons)) <= radius_deg) & (
        np.abs(lats - np.median(lats)) <= radius_deg
    )
    if int(near.sum()) * 2 <= len(points):
        return list(points)
    return [p for p, keep in zip(points, near.tolist(), strict=True) if keep]


def _finite(name: str, value: object) -> float:
    # numbers.Real covers numpy scalars too; bool is a Real but never a coordinate
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} {value!r} is not a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} {value!r} is not a number")
    return number


def latlon_of(geometry: Any) -> tuple[float, float] | None:
    """Folium's ``(lat, lon)`` of a Point geometry; ``None`` for a missing, empty or invalid one.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> latlon_of(Point(36.8, 35.9)), latlon_of(None), latlon_of(Point(500, 0))
    ((35.9, 36.8), None, None)
    """
    if geometry is None or getattr(geometry, "is_empty", True):
        return None
    try:
        lat, lon = to_folium(geometry.x, geometry.y)
    except ValueError:
        return None
    return lat, lon


def valid_lonlats(geometries: Sequence[Any]) -> list[tuple[float, float]]:
    """(lon, lat) of the valid Point geometries among ``geometries``, in order, in one
    vectorised pass; anything :func:`latlon_of` rejects is skipped.

    Examples
    --------
    >>> from shapely.geometry import LineString, Point
    >>> valid_lonlats([Point(36.8, 35.9), None, Point(500, 0), LineString([(0, 0), (1, 1)])])
    [(36.8, 35.9)]
    >>> valid_lonlats(["not a geometry", Point(), Point(1, float("nan")), Point(1, 2)])
    [(1.0, 2.0)]
    >>> valid_lonlats([])
    []
    """
    values = np.asarray(list(geometries), dtype=object)
    values = values[shapely.is_geometry(values)]
    points = values[(shapely.get_type_id(values) == 0) & ~shapely.is_empty(values)]
    lons, lats = shapely.get_x(points), shapely.get_y(points)
    ok = np.isfinite(lons) & np.isfinite(lats) & (np.abs(lons) <= 180) & (np.abs(lats) <= 90)
    return list(zip(lons[ok].tolist(), lats[ok].tolist(), strict=True))
