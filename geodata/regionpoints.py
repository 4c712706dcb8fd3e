"""Where a first-level region's point goes: the centroid of the part of its country that lies
nearer its own towns than any other region's.

The registries give regions a rounded point, sometimes the capital's; the box or hull around a
region's towns leaves out the thinly settled rest (northern Ontario, outback Queensland). The
country's outline is split into the Voronoi cells of its towns; a region's area is the union of
its towns' cells inside the outline, and its point that area's centroid, as GeoNames and
Wikipedia place regions at the middle of their territory. Pure: outlines come from the sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.ops import unary_union

__all__ = ["region_areas_centroids"]

#: Towns closer than this (degrees) count once: Voronoi cells need distinct points.
_GRID = 1e-3


def _outline(geojson: Mapping[str, Any]) -> Any | None:
    """A valid (Multi)Polygon from a GeoJSON geometry, Feature or FeatureCollection."""
    kind = geojson.get("type")
    if kind == "FeatureCollection":
        parts = [_outline(f) for f in geojson.get("features", [])]
    elif kind == "Feature":
        parts = [_outline(geojson.get("geometry") or {})]
    else:
        try:
            parts = [shapely.make_valid(shape(geojson))]
        except (ValueError, TypeError, AttributeError, shapely.errors.GEOSException):
            return None
    polygons = [p for p in parts if p is not None and not p.is_empty]
    if not polygons:
        return None
    merged = unary_union(polygons)
    areal = merged.buffer(0)
    return areal if not areal.is_empty and areal.area > 0 else None


def region_areas_centroids(
    towns: Mapping[str, Sequence[tuple[float, float]]], outline: Mapping[str, Any]
) -> dict[str, tuple[float, float]]:
    """The (lon, lat) centroid of each region's share of its country.

    Parameters
    ----------
    towns : mapping
        Region name to the (lon, lat) points of its towns, for one country.
    outline : mapping
        The country's outline as GeoJSON.

    Returns
    -------
    dict
        Region name to (lon, lat); regions whose share is empty, and every region when the
        outline is unusable or fewer than two regions have towns, are absent.

    Examples
    --------
    >>> square = {"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]}
    >>> points = region_areas_centroids({"W": [(0.5, 2.0)], "E": [(3.5, 2.0)]}, square)
    >>> {k: (round(x, 2), round(y, 2)) for k, (x, y) in sorted(points.items())}
    {'E': (3.0, 2.0), 'W': (1.0, 2.0)}
    """
    country = _outline(outline)
    named = {name: pts for name, pts in towns.items() if pts}
    if country is None or len(named) < 2:
        return {}
    labels = [name for name, pts in named.items() for _ in pts]
    points = np.array([p for pts in named.values() for p in pts], dtype=np.float64)
    _, first = np.unique(np.round(points / _GRID), axis=0, return_index=True)
    points, labels = points[first], [labels[i] for i in first]
    if len(points) < 2:
        return {}
    try:
        cells = shapely.voronoi_polygons(
            shapely.multipoints(points), extend_to=country.envelope
        ).geoms
        tree = shapely.STRtree(cells)
        town_index, cell_index = tree.query(shapely.points(points), predicate="within")
        shares: dict[str, list[Any]] = {}
        for t, c in zip(town_index.tolist(), cell_index.tolist(), strict=True):
            shares.setdefault(labels[t], []).append(cells[c])
        out: dict[str, tuple[float, float]] = {}
        for name, parts in shares.items():
            area = unary_union(parts).intersection(country)
            if not area.is_empty and area.area > 0:
                out[name] = (round(area.centroid.x, 4), round(area.centroid.y, 4))
        return out
    except shapely.errors.GEOSException:
        return {}
