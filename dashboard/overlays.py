"""Map layers beyond one marker per event: grid cells that stand for many events (at scale and
as a density "heat map"), and the ring around the event selected in the table.

The grid is computed on the server, so a million events reach the browser as a few thousand
cells: :func:`aggregate_cells` is pure pandas/numpy and is what the benchmarks time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import folium
import geopandas as gpd
import numpy as np
import pandas as pd

from dashboard.geo import latlon_of, to_folium
from dashboard.shapes import Shape, ShapeBatch

__all__ = [
    "DENSITY_CLASS",
    "DENSITY_STYLE",
    "SELECTED_CLASS",
    "aggregate_cells",
    "cell_size",
    "density_group",
    "density_shapes",
    "selection_group",
]

DENSITY_CLASS = "atlas-density"
SELECTED_CLASS = "atlas-selected"

#: Colours of the density layer, from few events to many.
_RAMP = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def cell_size(lons: np.ndarray, lats: np.ndarray, *, cells_across: int = 60) -> float:
    """Grid cell size in degrees: about ``cells_across`` cells over the points' extent, never
    finer than 0.01 degrees (about 1 km).

    Examples
    --------
    >>> cell_size(np.array([35.0, 38.0]), np.array([34.0, 37.0]))
    0.05
    >>> cell_size(np.array([36.0]), np.array([35.0]))
    0.01
    """
    if len(lons) == 0:
        return 0.01
    extent = max(float(np.ptp(lons)), float(np.ptp(lats)))
    raw = max(extent / cells_across, 0.01)
    exponent = math.floor(math.log10(raw))
    step = min((s for s in (1, 2, 5, 10) if s * 10**exponent >= raw - 1e-12), default=10)
    return round(step * 10**exponent, 6)


def aggregate_cells(events: pd.DataFrame, size: float | None = None) -> pd.DataFrame:
    """One row per grid cell holding events: centre ``lon``/``lat``, ``events`` (distinct
    event ids), ``fatalities``, the most common ``category`` and ``by_category``, the
    ``(category, events)`` pairs of the cell, most first.

    Parameters
    ----------
    events : pandas.DataFrame
        Rows of the events frame with Point ``geometry`` in (lon, lat); rows without one are
        skipped.
    size : float or None
        Cell size in degrees; ``None`` picks one with :func:`cell_size`.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> f = pd.DataFrame({"event_id": ["a", "b", "c"], "category": ["attack", "attack", "clash"],
    ...     "fatalities": [2, None, 1],
    ...     "geometry": [Point(36.01, 35.01), Point(36.02, 35.02), Point(37.5, 35.5)]})
    >>> aggregate_cells(f, size=0.1)[["events", "fatalities", "category"]].values.tolist()
    [[2, 2, 'attack'], [1, 1, 'clash']]
    """
    columns = ["lon", "lat", "events", "fatalities", "category", "by_category"]
    if events.empty or "geometry" not in events.columns:
        return pd.DataFrame(columns=columns)
    geometry = events["geometry"]
    valid = np.array(geometry.notna(), dtype=bool)
    if hasattr(geometry, "is_empty"):
        valid = valid & ~np.asarray(geometry.is_empty, dtype=bool)
    frame = events.loc[valid]
    points = frame["geometry"]
    if isinstance(points, gpd.GeoSeries) and bool((points.geom_type == "Point").all()):
        lons, lats = points.x.to_numpy(dtype=float), points.y.to_numpy(dtype=float)
    else:
        lons = np.array([getattr(g, "x", np.nan) for g in points], dtype=float)
        lats = np.array([getattr(g, "y", np.nan) for g in points], dtype=float)
    finite = np.isfinite(lons) & np.isfinite(lats)
    frame, lons, lats = frame.loc[finite], lons[finite], lats[finite]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    size = size or cell_size(lons, lats)
    work = pd.DataFrame(
        {
            "ix": np.floor(lons / size).astype(np.int64),
            "iy": np.floor(lats / size).astype(np.int64),
            "event_id": frame["event_id"].to_numpy(),
            "category": frame["category"].fillna("").to_numpy() if "category" in frame else "",
            "fatalities": pd.to_numeric(frame.get("fatalities"), errors="coerce").to_numpy()
            if "fatalities" in frame
            else 0.0,
        }
    )
    grouped = work.groupby(["ix", "iy"], sort=True)
    # each cell's most common category: count per (cell, category), keep the largest count
    # (ties: the alphabetically first), all vectorised
    per_category = (
        work.groupby(["ix", "iy", "category"], sort=True)["event_id"].nunique().reset_index()
    )
    per_category = per_category.sort_values(["ix", "iy", "event_id", "category"],
                                            ascending=[True, True, False, True])  # fmt: skip
    top = per_category.drop_duplicates(["ix", "iy"]).set_index(["ix", "iy"])["category"]
    pairs = pd.Series(
        list(zip(per_category["category"], per_category["event_id"].astype(int), strict=True)),
        index=pd.MultiIndex.from_frame(per_category[["ix", "iy"]]),
    )
    by_category = pairs.groupby(level=["ix", "iy"], sort=True).agg(tuple)
    out = pd.DataFrame(
        {
            "events": grouped["event_id"].nunique(),
            "fatalities": grouped["fatalities"].sum(min_count=1).fillna(0).astype(int),
            "category": top,
            "by_category": by_category,
        }
    ).reset_index()
    out["lon"] = (out["ix"] + 0.5) * size
    out["lat"] = (out["iy"] + 0.5) * size
    cells = out.loc[:, columns].reset_index(drop=True)
    cells.attrs["cell_size"] = size
    return cells


#: Leaflet options shared by every density square.
DENSITY_STYLE = {
    "stroke": False,
    "weight": 0,
    "fill": True,
    "interactive": False,  # never in the way of a marker's click
    "className": DENSITY_CLASS,
}


def density_shapes(cells: pd.DataFrame) -> tuple[Shape, ...]:
    """Each cell a square shaded by how many events it holds (a "heat map")."""
    if cells.empty:
        return ()
    top = math.log1p(float(cells["events"].max()))
    half = _half_size(cells)
    shapes = []
    for cell in cells.to_dict("records"):
        level = math.log1p(cell["events"]) / top if top else 1.0
        colour = _RAMP[min(len(_RAMP) - 1, int(level * len(_RAMP)))]
        south, west = to_folium(cell["lon"] - half, cell["lat"] - half)
        north, east = to_folium(cell["lon"] + half, cell["lat"] + half)
        shapes.append(
            Shape(
                to_folium(cell["lon"], cell["lat"]),
                {"fillColor": colour, "fillOpacity": 0.35 + 0.4 * level},
                bounds=((south, west), (north, east)),
            )
        )
    return tuple(shapes)


def density_group(shapes: Sequence[Shape], *, show: bool) -> folium.FeatureGroup:
    """The density layer of :func:`density_shapes`, toggled from the layer control (on at
    start when ``show``)."""
    group = folium.FeatureGroup(name="Heat map (event density)", show=show)
    if shapes:
        ShapeBatch(shapes, DENSITY_STYLE).add_to(group)
    return group


def _half_size(cells: pd.DataFrame) -> float:
    if "cell_size" in cells.attrs:
        return float(cells.attrs["cell_size"]) / 2
    lons = np.sort(cells["lon"].unique())
    lats = np.sort(cells["lat"].unique())
    gaps = [float(np.diff(v).min()) for v in (lons, lats) if len(v) > 1]
    return (min(gaps) if gaps else 0.1) / 2


def selection_group(rows: pd.DataFrame) -> tuple[folium.FeatureGroup, list[tuple[float, float]]]:
    """Rings around the selected event's places, and their (lon, lat) points for the map to
    open on."""
    points: list[tuple[float, float]] = []
    group = folium.FeatureGroup(name="Selected event", show=True)
    rings: list[Shape] = []
    for geometry in rows.get("geometry", pd.Series(dtype=object)):
        found = latlon_of(geometry)
        if found is None:
            continue
        lat, lon = found
        points.append((lon, lat))
        rings.append(Shape((lat, lon), {"radius": 18}))
    style = {"color": "#111111", "weight": 3, "fill": False, "dashArray": "4 3"}
    ShapeBatch(rings, {**style, "className": SELECTED_CLASS}).add_to(group)
    return group, points
