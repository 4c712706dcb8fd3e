"""Build the Folium map from the filtered events, the curated sites and the highways.

Pure: takes data, returns a :class:`folium.Map`; tests inspect the object, a browser test looks at
it. Only local script and stylesheet URLs (see :mod:`dashboard.assets`); the only remote
requests are the optional tiles (:mod:`dashboard.tiles`), with the offline base
(:mod:`dashboard.basemap`) in their place when they cannot load.
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from dashboard.assets import CLUSTER_CSS, CLUSTER_JS, LOCAL_CSS, LOCAL_JS
from dashboard.basemap import OfflineBase
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
from dashboard.sitelayers import SITE_CLASS, add_site_layers
from dashboard.tiles import TileFallback, TileSource, tile_layer
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
    tiles: TileSource | None = None,
    labels_file: str | None = None,
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
    tiles : TileSource or None
        The tile base layer, shown at start when the browser can load it; ``None``: the
        offline base only (air-gapped, and every test).
    labels_file : str or None
        The town labels of the offline base (:func:`dashboard.labels.ensure_labels`).
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
    m = base_map(events, sites, lines, tiles=tiles, labels_file=labels_file, fit=False)
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
    tiles: TileSource | None = None,
    labels_file: str | None = None,
    fit: bool = True,
) -> folium.Map:
    """The map without event layers: base layers (tiles and the offline base), highways,
    sites and a legend of ``events``' categories, opened on where most of ``events`` are
    (``fit``). The sites and highways start hidden unless ``events`` has events near them.

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
    m.options["minZoom"] = 2
    offline = OfflineBase(labels_file, show=tiles is None)
    if tiles is not None:
        layer = tile_layer(tiles)
        layer.add_to(m)
        offline.add_to(m)
        m.add_child(TileFallback(layer, offline))
    else:
        offline.add_to(m)
    add_site_layers(m, sites, lines, event_lonlats(events))
    categories = events["category"].dropna().unique() if "category" in events else []
    m.add_child(Legend(sorted(str(c) for c in categories)))
    if fit:
        _fit(m, event_lonlats(events) or [(s.lon, s.lat) for s in sites])
    return m


class FitBoundsAtOnce(MacroElement):
    """``map.fitBounds`` without the zoom animation folium's ``FitBounds`` runs on page load.

    Regional zoom at most (``max_zoom``), so a single event keeps its surroundings in view.
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
