"""Map layers beyond one marker per event: grid cells that stand for many events (at scale and
as a density "heat map"), and the ring around the event selected in the table.

The grid is computed on the server, so a million events reach the browser as a few thousand
cells: :func:`aggregate_cells` is pure pandas/numpy and is what the benchmarks time.
"""

from __future__ import annotations

import html
import math
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd

from dashboard.geo import latlon_of, to_folium
from dashboard.legend import colour_for
from dashboard.popups import BindPopupTooltip

__all__ = [
    "CELL_CLASS",
    "DENSITY_CLASS",
    "SELECTED_CLASS",
    "aggregate_cells",
    "cell_size",
    "cells_group",
    "density_group",
    "selection_group",
]

CELL_CLASS = "atlas-cell"
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
    event ids), ``fatalities`` and the most common ``category``.

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
    columns = ["lon", "lat", "events", "fatalities", "category"]
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
    out = pd.DataFrame(
        {
            "events": grouped["event_id"].nunique(),
            "fatalities": grouped["fatalities"].sum(min_count=1).fillna(0).astype(int),
            "category": grouped["category"].agg(lambda c: c.value_counts().index[0]),
        }
    ).reset_index()
    out["lon"] = (out["ix"] + 0.5) * size
    out["lat"] = (out["iy"] + 0.5) * size
    cells = out.loc[:, columns].reset_index(drop=True)
    cells.attrs["cell_size"] = size
    return cells


def _cell_popup(cell: dict[str, Any]) -> str:
    return (
        f"<b>{int(cell['events'])} events</b> in this area<br>"
        f"{int(cell['fatalities'])} fatalities; mostly {html.escape(str(cell['category']))}"
        "<br><i>Zoom in or filter to see single events.</i>"
    )


def cells_group(cells: pd.DataFrame) -> folium.FeatureGroup:
    """Aggregated cells as circles sized by their event count (the events layer when there
    are too many events to send one by one)."""
    group = folium.FeatureGroup(name="Events (grouped)", show=True)
    for cell in cells.to_dict("records"):
        radius = min(4.0 + 3.0 * math.log10(1 + cell["events"]) * 2, 26.0)
        marker = folium.CircleMarker(
            to_folium(cell["lon"], cell["lat"]),
            radius=radius,
            color="#333333",
            weight=1,
            fill_color=colour_for(cell["category"] or None),
            fill_opacity=0.75,
            class_name=CELL_CLASS,
        )
        text = _cell_popup(cell)
        marker.add_child(BindPopupTooltip(text, text))
        marker.add_to(group)
    return group


def density_group(cells: pd.DataFrame, *, show: bool) -> folium.FeatureGroup:
    """A density layer ("heat map"): each cell a square shaded by how many events it holds,
    toggled from the layer control (on at start when ``show``)."""
    group = folium.FeatureGroup(name="Heat map (event density)", show=show)
    if not cells.empty:
        top = math.log1p(float(cells["events"].max()))
        half = _half_size(cells)
        for cell in cells.to_dict("records"):
            level = math.log1p(cell["events"]) / top if top else 1.0
            colour = _RAMP[min(len(_RAMP) - 1, int(level * len(_RAMP)))]
            south, west = to_folium(cell["lon"] - half, cell["lat"] - half)
            north, east = to_folium(cell["lon"] + half, cell["lat"] + half)
            folium.Rectangle(
                [[south, west], [north, east]],
                color=None,
                weight=0,
                fill=True,
                fill_color=colour,
                fill_opacity=0.35 + 0.4 * level,
                interactive=False,  # never in the way of a marker's click
                class_name=DENSITY_CLASS,
            ).add_to(group)
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
    for geometry in rows.get("geometry", pd.Series(dtype=object)):
        found = latlon_of(geometry)
        if found is None:
            continue
        lat, lon = found
        points.append((lon, lat))
        folium.CircleMarker(
            [lat, lon],
            radius=18,
            color="#111111",
            weight=3,
            fill=False,
            dash_array="4 3",
            class_name=SELECTED_CLASS,
        ).add_to(group)
    return group, points
