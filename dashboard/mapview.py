"""Build the offline Folium map from the filtered events, the curated sites and the highways.

Pure: takes data, returns a :class:`folium.Map`; tests inspect the object, a browser test looks at
it. Only local script and stylesheet URLs (see :mod:`dashboard.assets`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import folium
import pandas as pd
from branca.element import Element, Figure, MacroElement
from folium.plugins import FastMarkerCluster
from jinja2 import Template

from dashboard.assets import CLUSTER_CSS, CLUSTER_JS, LOCAL_CSS, LOCAL_JS
from dashboard.basemap import world_outlines
from dashboard.geo import bounds_of, focus_points, latlon_of, to_folium
from dashboard.legend import Legend, category_class, colour_for
from dashboard.overlays import add_cells, add_density, add_selection, aggregate_cells
from dashboard.popups import (
    BindPopupTooltip,
    event_popup_html,
    event_tooltip_html,
    line_tooltip_html,
    site_popup_html,
    site_tooltip_html,
)
from geodata.models import Site
from geodata.sites import SiteLine

__all__ = [
    "DEFAULT_CENTRE",
    "EVENT_CLASS",
    "MAX_ZOOM",
    "SITE_CLASS",
    "FitBoundsAtOnce",
    "OfflineMap",
    "build_map",
    "marker_radius",
]

#: Idlib, (lon, lat): where the map opens when there is nothing to fit.
DEFAULT_CENTRE = (36.63, 35.93)
MAX_ZOOM = 14
#: CSS classes of the SVG paths, so a browser test can count exactly the event markers.
EVENT_CLASS = "atlas-event"
SITE_CLASS = "atlas-site"
#: Above this many event-places, markers are clustered (one JS loop instead of one per marker).
CLUSTER_THRESHOLD = 1500
#: Above this many event rows the map gets grid cells, not events.
AGGREGATE_THRESHOLD = 20_000

# sea-blue behind the country outlines (offline there are no tiles)
_BACKGROUND_CSS = "<style>.leaflet-container {background: #dbe7ef;}</style>"

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


class OfflineMap(folium.Map):
    """A :class:`folium.Map` that loads Leaflet from ``/app/static/vendor`` and nothing else.

    No jQuery, Bootstrap, Font Awesome or awesome-markers: use circle markers and
    :class:`dashboard.popups.BindPopupTooltip`, never folium's ``Popup``/``Icon``.
    """

    default_js = LOCAL_JS
    default_css = LOCAL_CSS


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


def build_map(
    events: pd.DataFrame,
    sites: Sequence[Site] = (),
    lines: Sequence[SiteLine] = (),
    *,
    outlines: dict[str, Any] | None = None,
    cluster_threshold: int = CLUSTER_THRESHOLD,
    aggregate_threshold: int = AGGREGATE_THRESHOLD,
    selected: pd.DataFrame | None = None,
    heat: bool = False,
) -> folium.Map:
    """The whole map: basemap, highways, sites, event markers, legend and layer control.

    Parameters
    ----------
    events : pandas.DataFrame
        Filtered rows of :func:`pipeline.export.events_to_geodataframe` (one per event-place,
        Point geometry in lon/lat). Rows without a valid point are skipped.
    sites : Sequence[Site]
        Curated sites (observation posts), drawn as their own toggleable layer.
    lines : Sequence[SiteLine]
        Curated lines (the M4/M5 motorways), ``coords`` in (lon, lat).
    outlines : dict or None
        A GeoJSON FeatureCollection for the basemap; ``None`` reads :func:`world_outlines`.
    cluster_threshold : int
        Cluster the markers in the browser when there are more event rows than this.
    aggregate_threshold : int
        Above this many rows, send grid cells instead of events (see
        :func:`dashboard.overlays.aggregate_cells`): the page stays small at a million events.
    selected : pandas.DataFrame or None
        The rows of the event selected in the table: ringed, and the map opens on them.
    heat : bool
        Show the density ("heat map") layer at start; it is in the layer control either way.

    Returns
    -------
    folium.Map
        An :class:`OfflineMap` with ``maxZoom`` set (Leaflet.markercluster requires it).
    """
    m = OfflineMap(
        location=to_folium(*DEFAULT_CENTRE),
        zoom_start=8,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        font_size="12px",
    )
    m.options["maxZoom"] = MAX_ZOOM
    m.options["minZoom"] = 3
    root = m.get_root()
    if isinstance(root, Figure):  # always, for a Map; narrows the type for mypy
        root.header.add_child(Element(_BACKGROUND_CSS), name="atlas_background")
    _add_basemap(m, world_outlines() if outlines is None else outlines)
    _add_lines(m, lines)
    _add_sites(m, sites)
    cells = aggregate_cells(events)
    if len(events) > aggregate_threshold:
        add_cells(m, cells)
        lonlats = list(zip(cells["lon"], cells["lat"], strict=True))
    else:
        points = _event_points(events)
        if len(points) > cluster_threshold:
            _add_clustered_events(m, points)
        else:
            _add_events(m, points)
        lonlats = [(p["lon"], p["lat"]) for p in points]
    add_density(m, cells, show=heat)
    focus = add_selection(m, selected) if selected is not None and len(selected) else []
    categories = [str(c) for c in events["category"].dropna()] if "category" in events else []
    m.add_child(Legend(categories))
    folium.LayerControl(collapsed=False).add_to(m)
    if focus:
        bounds = bounds_of(focus)
        if bounds is not None:
            m.add_child(FitBoundsAtOnce(bounds, max_zoom=11))
    else:
        _fit(m, lonlats or [(s.lon, s.lat) for s in sites])
    return m


def _add_basemap(m: folium.Map, outlines: dict[str, Any]) -> None:
    # its own pane below the overlays: toggling it back on never covers the markers
    folium.map.CustomPane("atlas-basemap", z_index=350, pointer_events=False).add_to(m)
    folium.GeoJson(
        outlines,
        name="Country outlines",
        style_function=lambda _f: {
            "color": "#8a8a8a",
            "weight": 1,
            "fillColor": "#f5f2ea",
            "fillOpacity": 1.0,
        },
        pane="atlas-basemap",
        interactive=False,
    ).add_to(m)


def _add_lines(m: folium.Map, lines: Iterable[SiteLine]) -> None:
    group = folium.FeatureGroup(name="Highways (M4/M5)", show=True)
    for line in lines:
        locations = [to_folium(lon, lat) for lon, lat in line.coords]
        if len(locations) < 2:
            continue
        polyline = folium.PolyLine(
            locations, color="#555555", weight=3, opacity=0.8, dash_array="6 4"
        )
        polyline.add_child(BindPopupTooltip(tooltip=line_tooltip_html(line)))
        polyline.add_to(group)
    group.add_to(m)


def _add_sites(m: folium.Map, sites: Iterable[Site]) -> None:
    group = folium.FeatureGroup(name="Observation posts", show=True)
    for site in sites:
        marker = folium.CircleMarker(
            to_folium(site.lon, site.lat),
            radius=6,
            color="#111111",
            weight=2,
            fill_color="#ffffff",
            fill_opacity=0.9,
            class_name=SITE_CLASS,
        )
        marker.add_child(BindPopupTooltip(site_popup_html(site), site_tooltip_html(site)))
        marker.add_to(group)
    group.add_to(m)


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


def _add_events(m: folium.Map, points: list[dict[str, Any]]) -> None:
    group = folium.FeatureGroup(name="Events", show=True)
    sized = [(marker_radius(p["row"].get("fatalities"), p["row"].get("troops")), p) for p in points]
    # biggest first, so small circles at the same place are drawn on top and stay clickable
    sized.sort(key=lambda pair: -pair[0])
    for radius, point in sized:
        row = point["row"]
        marker = folium.CircleMarker(
            [point["lat"], point["lon"]],
            radius=radius,
            color="#333333",
            weight=1,
            fill_color=colour_for(row.get("category")),
            fill_opacity=0.8,
            class_name=f"{EVENT_CLASS} {category_class(row.get('category'))}",
        )
        marker.add_child(BindPopupTooltip(event_popup_html(row), event_tooltip_html(row)))
        marker.add_to(group)
    group.add_to(m)


def _add_clustered_events(m: folium.Map, points: list[dict[str, Any]]) -> None:
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
    cluster = FastMarkerCluster(
        data, callback=_CLUSTER_CALLBACK, name="Events", options={"maxClusterRadius": 40}
    )
    cluster.default_js = CLUSTER_JS
    cluster.default_css = CLUSTER_CSS
    cluster.add_to(m)


class FitBoundsAtOnce(MacroElement):
    """``map.fitBounds`` without the zoom animation folium's ``FitBounds`` runs on page load.

    Regional zoom at most (``max_zoom``): the offline outlines are coarse.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.fitBounds({{ this.bounds|tojson }},
            {padding: [30, 30], maxZoom: {{ this.max_zoom|tojson }}, animate: false});
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]], *, max_zoom: int = 9) -> None:
        super().__init__()
        self._name = "FitBoundsAtOnce"
        self.bounds = bounds
        self.max_zoom = max_zoom


def _fit(m: folium.Map, lonlats: list[tuple[float, float]]) -> None:
    bounds = bounds_of(focus_points(lonlats))
    if bounds is not None:
        m.add_child(FitBoundsAtOnce(bounds))
