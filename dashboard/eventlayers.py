"""The event layers of the map: one marker per event, browser-side clusters beyond
:data:`CLUSTER_THRESHOLD`, grid cells beyond :data:`AGGREGATE_THRESHOLD`, the density ("heat
map") layer and the selected event's ring.

Grid squares: :mod:`dashboard.density`.

They are :class:`folium.FeatureGroup` objects, so the dashboard can hand them to ``st_folium``
as layers to swap while the base map (:func:`dashboard.mapview.base_map`) stays put.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import folium
import pandas as pd

from dashboard.compare import is_imported
from dashboard.density import grid_breaks, grid_group, grid_shapes
from dashboard.geo import latlon_of, valid_lonlats
from dashboard.legend import category_class, colour_for
from dashboard.overlays import (
    aggregate_cells,
    density_group,
    density_shapes,
    selection_group,
)
from dashboard.popups import event_popup_html, event_tooltip_html
from dashboard.shapes import Shape, ShapeBatch

__all__ = [
    "AGGREGATE_THRESHOLD",
    "CLUSTER_THRESHOLD",
    "EVENT_CLASS",
    "IMPORTED_CLASS",
    "LayerParts",
    "event_layers",
    "event_lonlats",
    "layer_parts",
    "layers_of",
    "marker_radius",
]

#: CSS class of the event markers' SVG paths, so a browser test can count exactly them.
EVENT_CLASS = "atlas-event"
#: Extra CSS class of imported (ACLED, UCDP) event markers.
IMPORTED_CLASS = "atlas-imported"
#: Above this many event-places, markers are clustered (one JS loop instead of one per marker).
CLUSTER_THRESHOLD = 1500
#: The columns a marker, its popup and its tooltip read.
MARKER_COLUMNS = frozenset(
    {
        "geometry", "category", "event_type", "sub_event_type", "event_date", "event_date_end",
        "location", "admin1", "country", "actor1", "actor2", "fatalities", "wounded", "troops",
        "evidence", "notes", "source", "article_id", "other_sources", "source_count",
    }
)  # fmt: skip
#: Leaflet.markercluster's options for the clustered events.
CLUSTER_OPTIONS = {"maxClusterRadius": 40, "chunkedLoading": True}
#: Above this many event rows the map gets grid cells, not events.
AGGREGATE_THRESHOLD = 20_000


@dataclass(frozen=True, slots=True)
class LayerParts:
    """The shapes of the event layers, worked out from the events.

    Immutable, so one value can serve every session that shows the same view
    (:func:`dashboard.cache.view_layers`); :func:`layers_of` wraps it in fresh map layers.
    ``density`` is ``None`` without the heat map; ``cells`` is ``None`` unless there are too
    many events to send one by one, and then ``events`` and ``imported`` are empty.
    """

    density: tuple[Shape, ...] | None = None
    cells: tuple[Shape, ...] | None = None
    events: tuple[Shape, ...] = ()
    clustered: bool = False
    imported: tuple[Shape, ...] = ()
    #: The grid's colour classes and square size in degrees (with ``cells``).
    breaks: tuple[int, ...] = ()
    cell_size: float = 0.0


def layer_parts(
    events: pd.DataFrame,
    *,
    heat: bool = False,
    cluster_threshold: int = CLUSTER_THRESHOLD,
    aggregate_threshold: int = AGGREGATE_THRESHOLD,
) -> LayerParts:
    """The :class:`LayerParts` of ``events`` (rows of the events frame, one per event-place,
    Point geometry in lon/lat); see :func:`event_layers` for the parameters."""
    aggregate = len(events) > aggregate_threshold
    # grid cells only when a layer needs them (heat map, or too many events to send)
    cells = aggregate_cells(events) if heat or aggregate else None
    density = density_shapes(cells) if cells is not None and heat else None
    if cells is not None and aggregate:
        return LayerParts(
            density=density,
            cells=grid_shapes(cells),
            breaks=grid_breaks(cells),
            cell_size=float(cells.attrs.get("cell_size", 0.0)),
        )
    imported = is_imported(events)
    points = _event_points(events[~imported])
    own = _event_points(events[imported]) if imported.any() else []
    return LayerParts(
        density=density,
        events=_event_shapes(points),
        clustered=len(points) > cluster_threshold,
        imported=_event_shapes(own, imported=True),
    )


def layers_of(
    parts: LayerParts, *, selected: pd.DataFrame | None = None
) -> tuple[list[folium.FeatureGroup], list[tuple[float, float]]]:
    """New map layers drawing ``parts``, and the ring and (lon, lat) points of ``selected``."""
    # the density layer goes first, under the markers; off, it is not sent at all (layers
    # added to a live map are shown whatever their ``show``)
    layers = [density_group(parts.density, show=True)] if parts.density is not None else []
    if parts.cells is not None:
        layers.append(grid_group(parts.cells, parts.breaks, parts.cell_size))
    else:
        layers.append(_events_group(parts.events, cluster=parts.clustered))
        if parts.imported:  # ACLED / UCDP rows: a layer of their own, dashed outlines
            name = "Imported events (ACLED, UCDP)"
            layers.append(_events_group(parts.imported, name=name, imported=True))
    focus: list[tuple[float, float]] = []
    if selected is not None and len(selected):
        ring, focus = selection_group(selected)
        layers.append(ring)
    return layers, focus


def event_layers(
    events: pd.DataFrame,
    *,
    selected: pd.DataFrame | None = None,
    heat: bool = False,
    cluster_threshold: int = CLUSTER_THRESHOLD,
    aggregate_threshold: int = AGGREGATE_THRESHOLD,
) -> tuple[list[folium.FeatureGroup], list[tuple[float, float]]]:
    """The layers that show ``events`` and the (lon, lat) points of the ``selected`` event.

    Parameters
    ----------
    events : pandas.DataFrame
        Filtered rows of the events frame (one per event-place, Point geometry in lon/lat).
    selected : pandas.DataFrame or None
        The rows of the event selected in the table: ringed; their points are returned so
        the map can open on them.
    heat : bool
        Add the density ("heat map") layer.
    cluster_threshold, aggregate_threshold : int
        Row counts above which markers are clustered in the browser, and above which grid
        cells are sent instead of events (the page stays small at a million events).
    """
    parts = layer_parts(
        events,
        heat=heat,
        cluster_threshold=cluster_threshold,
        aggregate_threshold=aggregate_threshold,
    )
    return layers_of(parts, selected=selected)


#: Fitting the map looks at most this many events (evenly spaced through the frame).
FIT_SAMPLE = 20_000


def event_lonlats(events: pd.DataFrame) -> list[tuple[float, float]]:
    """(lon, lat) of the event rows with a valid point, for fitting the map: all of them, or
    :data:`FIT_SAMPLE` evenly spaced ones in a larger frame."""
    if events.empty or "geometry" not in events.columns:
        return []
    step = max(1, len(events) // FIT_SAMPLE)
    return valid_lonlats(events["geometry"].iloc[::step])


def marker_radius(fatalities: Any = None, troops: Any = None) -> float:
    """Circle radius in pixels: 5 for an event without numbers, growing with the log of the count.

    Troops count a tenth of fatalities (hundreds of soldiers are common, hundreds of dead are
    not); the radius is capped at 22 so one big event never hides its neighbours.

    Examples
    --------
    >>> marker_radius()
    5.0
    >>> marker_radius(fatalities=33) > marker_radius(fatalities=2) > marker_radius()
    True
    >>> marker_radius(troops=float("nan"))
    5.0
    >>> marker_radius(fatalities=10**9)
    22.0
    """
    weight = max(_number(fatalities), _number(troops) / 10.0, 0.0)
    return float(min(5.0 + 3.0 * math.log1p(weight), 22.0))


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _event_points(events: pd.DataFrame) -> list[dict[str, Any]]:
    """Plain per-row records with a validated point; rows without geometry are skipped."""
    if events.empty or "geometry" not in events.columns:
        return []
    # only the columns markers and popups read: a row dict per event costs per column
    points = []
    for row in events.loc[:, [c for c in events.columns if c in MARKER_COLUMNS]].to_dict("records"):
        found = latlon_of(row.get("geometry"))
        if found is not None:
            points.append({"lon": found[1], "lat": found[0], "row": row})
    return points


def _event_shapes(points: list[dict[str, Any]], *, imported: bool = False) -> tuple[Shape, ...]:
    extra = f" {IMPORTED_CLASS}" if imported else ""
    sized = [(marker_radius(p["row"].get("fatalities"), p["row"].get("troops")), p) for p in points]
    # biggest first, so small circles at the same place are drawn on top and stay clickable
    sized.sort(key=lambda pair: -pair[0])
    return tuple(
        Shape(
            (point["lat"], point["lon"]),
            {
                "radius": radius,
                "fillColor": colour_for(point["row"].get("category")),
                "className": f"{EVENT_CLASS} {category_class(point['row'].get('category'))}"
                + extra,
            },
            popup=event_popup_html(point["row"]),
            tooltip=event_tooltip_html(point["row"]),
        )
        for radius, point in sized
    )


def _events_group(
    shapes: tuple[Shape, ...],
    *,
    name: str = "Events",
    imported: bool = False,
    cluster: bool = False,
) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=name, show=True)
    style: dict[str, Any] = {
        "color": "#000000" if imported else "#333333",
        "weight": 2 if imported else 1,
        "fillOpacity": 0.55 if imported else 0.8,
    }
    if imported:
        style["dashArray"] = "3 2"
    ShapeBatch(shapes, style, cluster=CLUSTER_OPTIONS if cluster else None).add_to(group)
    return group
