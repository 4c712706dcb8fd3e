"""Build the offline Folium map from the filtered events, the curated sites and the highways.

Pure: takes data, returns a :class:`folium.Map`; tests inspect the object, a browser test looks at
it. Only local script and stylesheet URLs (see :mod:`dashboard.assets`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import folium
import pandas as pd
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from dashboard.assets import CLUSTER_CSS, CLUSTER_JS, LOCAL_CSS, LOCAL_JS
from dashboard.basemap import OutlineLayer, world_outlines
from dashboard.eventlayers import (
    AGGREGATE_THRESHOLD,
    CLUSTER_THRESHOLD,
    EVENT_CLASS,
    event_layers,
    event_lonlats,
    marker_radius,
)
from dashboard.geo import bounds_of, focus_points, to_folium
from dashboard.legend import Legend
from dashboard.popups import (
    BindPopupTooltip,
    line_tooltip_html,
    site_popup_html,
    site_tooltip_html,
)
from dashboard.shapes import Shape, ShapeBatch
from geodata.models import Site
from geodata.sites import SiteLine

__all__ = [
    "DEFAULT_CENTRE",
    "EVENT_CLASS",
    "MAX_ZOOM",
    "SITE_CLASS",
    "FitBoundsAtOnce",
    "OfflineMap",
    "base_map",
    "build_map",
    "marker_radius",
]

#: Idlib, (lon, lat): where the map opens when there is nothing to fit.
DEFAULT_CENTRE = (36.63, 35.93)
MAX_ZOOM = 14
#: CSS class of the site markers (the event classes are in :mod:`dashboard.eventlayers`).
SITE_CLASS = "atlas-site"

# sea-blue behind the country outlines (offline there are no tiles)
_BACKGROUND_CSS = "<style>.leaflet-container {background: #dbe7ef;}</style>"


class OfflineMap(folium.Map):
    """A :class:`folium.Map` that loads Leaflet from ``/app/static/vendor`` and nothing else.

    No jQuery, Bootstrap, Font Awesome or awesome-markers: use circle markers and
    :class:`dashboard.popups.BindPopupTooltip`, never folium's ``Popup``/``Icon``.
    """

    # markercluster always: the event layers are swapped in after the page has loaded
    default_js = LOCAL_JS + CLUSTER_JS
    default_css = LOCAL_CSS + CLUSTER_CSS


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
        Add the density ("heat map") layer.

    Returns
    -------
    folium.Map
        An :class:`OfflineMap` with ``maxZoom`` set (Leaflet.markercluster requires it).
    """
    m = base_map(events, sites, lines, outlines=outlines, fit=False)
    layers, focus = event_layers(
        events,
        selected=selected,
        heat=heat,
        cluster_threshold=cluster_threshold,
        aggregate_threshold=aggregate_threshold,
    )
    for layer in layers:
        layer.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)
    if focus:
        bounds = bounds_of(focus)
        if bounds is not None:
            m.add_child(FitBoundsAtOnce(bounds, max_zoom=11))
    else:
        _fit(m, event_lonlats(events) or [(s.lon, s.lat) for s in sites])
    return m


def base_map(
    events: pd.DataFrame,
    sites: Sequence[Site] = (),
    lines: Sequence[SiteLine] = (),
    *,
    outlines: dict[str, Any] | None = None,
    fit: bool = True,
) -> folium.Map:
    """The map without event layers: basemap, highways, sites and a legend of ``events``'
    categories, opened on where most of ``events`` are (``fit``).

    Built from all stored events, it stays the same while filters change, so the dashboard
    swaps only the event layers (:func:`dashboard.eventlayers.event_layers`) and the reader
    keeps their pan and zoom.
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
    categories = events["category"].dropna().unique() if "category" in events else []
    m.add_child(Legend(sorted(str(c) for c in categories)))
    if fit:
        _fit(m, event_lonlats(events) or [(s.lon, s.lat) for s in sites])
    return m


def _add_basemap(m: folium.Map, outlines: dict[str, Any]) -> None:
    # its own pane below the overlays: toggling it back on never covers the markers
    folium.map.CustomPane("atlas-basemap", z_index=350, pointer_events=False).add_to(m)
    style = {"color": "#8a8a8a", "weight": 1, "fillColor": "#f5f2ea", "fillOpacity": 1.0}
    OutlineLayer(outlines, name="Country outlines", pane="atlas-basemap", style=style).add_to(m)


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
    shapes = [
        Shape(
            to_folium(site.lon, site.lat),
            popup=site_popup_html(site),
            tooltip=site_tooltip_html(site),
        )
        for site in sites
    ]
    style = {"radius": 6, "color": "#111111", "weight": 2, "fillColor": "#ffffff"}
    ShapeBatch(shapes, {**style, "fillOpacity": 0.9, "className": SITE_CLASS}).add_to(group)
    group.add_to(m)


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
