"""The event layers of the map: one marker per event, browser-side clusters beyond
:data:`CLUSTER_THRESHOLD`, grid cells beyond :data:`AGGREGATE_THRESHOLD`, the density ("heat
map") layer and the selected event's ring.

They are :class:`folium.FeatureGroup` objects, so the dashboard can hand them to ``st_folium``
as layers to swap while the base map (:func:`dashboard.mapview.base_map`) stays put.
"""

from __future__ import annotations

import math
from typing import Any

import folium
import pandas as pd
from folium.plugins import FastMarkerCluster

from dashboard.assets import CLUSTER_CSS, CLUSTER_JS
from dashboard.compare import is_imported
from dashboard.geo import latlon_of
from dashboard.legend import category_class, colour_for
from dashboard.overlays import aggregate_cells, cells_group, density_group, selection_group
from dashboard.popups import BindPopupTooltip, event_popup_html, event_tooltip_html

__all__ = [
    "AGGREGATE_THRESHOLD",
    "CLUSTER_THRESHOLD",
    "EVENT_CLASS",
    "IMPORTED_CLASS",
    "event_layers",
    "event_lonlats",
    "marker_radius",
]

#: CSS class of the event markers' SVG paths, so a browser test can count exactly them.
EVENT_CLASS = "atlas-event"
#: Extra CSS class of imported (ACLED, UCDP) event markers.
IMPORTED_CLASS = "atlas-imported"
#: Above this many event-places, markers are clustered (one JS loop instead of one per marker).
CLUSTER_THRESHOLD = 1500
#: Above this many event rows the map gets grid cells, not events.
AGGREGATE_THRESHOLD = 20_000


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
    aggregate = len(events) > aggregate_threshold
    # grid cells only when a layer needs them (heat map, or too many events to send)
    cells = aggregate_cells(events) if heat or aggregate else None
    # the density layer goes first, under the markers; off, it is not sent at all (layers
    # added to a live map are shown whatever their ``show``)
    layers = [density_group(cells, show=True)] if cells is not None and heat else []
    if cells is not None and aggregate:
        layers.append(cells_group(cells))
    else:
        imported = is_imported(events)
        points = _event_points(events[~imported])
        many = len(points) > cluster_threshold
        layers.append(_clustered_group(points) if many else _events_group(points))
        if imported.any():  # ACLED / UCDP rows: a layer of their own, dashed outlines
            own = _event_points(events[imported])
            name = "Imported events (ACLED, UCDP)"
            layers.append(_events_group(own, name=name, imported=True))
    focus: list[tuple[float, float]] = []
    if selected is not None and len(selected):
        ring, focus = selection_group(selected)
        layers.append(ring)
    return layers, focus


#: Fitting the map looks at most this many events (evenly spaced through the frame).
FIT_SAMPLE = 20_000


def event_lonlats(events: pd.DataFrame) -> list[tuple[float, float]]:
    """(lon, lat) of the event rows with a valid point, for fitting the map: all of them, or
    :data:`FIT_SAMPLE` evenly spaced ones in a larger frame."""
    if events.empty or "geometry" not in events.columns:
        return []
    step = max(1, len(events) // FIT_SAMPLE)
    found = (latlon_of(g) for g in events["geometry"].iloc[::step])
    return [(lon, lat) for lat, lon in (f for f in found if f is not None)]


# FastMarkerCluster's default callback uses L.AwesomeMarkers (a CDN plugin): draw circles instead.
_CLUSTER_CALLBACK = f"""
function callback(row) {{
    var marker = L.circleMarker([row[0], row[1]], {{
        radius: row[3], color: "#333", weight: 1, fillColor: row[2], fillOpacity: 0.8,
        className: "{EVENT_CLASS}"}});
    marker.bindPopup(row[4], {{maxWidth: 340}});
    marker.bindTooltip(row[5], {{sticky: true}});
    return marker;
}}
"""


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
    points = []
    for row in events.to_dict("records"):
        found = latlon_of(row.get("geometry"))
        if found is not None:
            points.append({"lon": found[1], "lat": found[0], "row": row})
    return points


def _events_group(
    points: list[dict[str, Any]], *, name: str = "Events", imported: bool = False
) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=name, show=True)
    extra = f" {IMPORTED_CLASS}" if imported else ""
    sized = [(marker_radius(p["row"].get("fatalities"), p["row"].get("troops")), p) for p in points]
    # biggest first, so small circles at the same place are drawn on top and stay clickable
    sized.sort(key=lambda pair: -pair[0])
    for radius, point in sized:
        row = point["row"]
        marker = folium.CircleMarker(
            [point["lat"], point["lon"]],
            radius=radius,
            color="#000000" if imported else "#333333",
            weight=2 if imported else 1,
            dash_array="3 2" if imported else None,
            fill_color=colour_for(row.get("category")),
            fill_opacity=0.55 if imported else 0.8,
            class_name=f"{EVENT_CLASS} {category_class(row.get('category'))}{extra}",
        )
        marker.add_child(BindPopupTooltip(event_popup_html(row), event_tooltip_html(row)))
        marker.add_to(group)
    return group


def _clustered_group(points: list[dict[str, Any]]) -> folium.FeatureGroup:
    data = [
        [
            p["lat"],
            p["lon"],
            colour_for(p["row"].get("category")),
            marker_radius(p["row"].get("fatalities"), p["row"].get("troops")),
            event_popup_html(p["row"]),
            event_tooltip_html(p["row"]),
        ]
        for p in points
    ]
    group = folium.FeatureGroup(name="Events", show=True)
    cluster = FastMarkerCluster(
        data, callback=_CLUSTER_CALLBACK, name="Events", options={"maxClusterRadius": 40}
    )
    cluster.default_js = CLUSTER_JS
    cluster.default_css = CLUSTER_CSS
    cluster.add_to(group)
    return group
