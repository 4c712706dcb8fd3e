"""Many circle markers or rectangles as one map element: one JSON array and one loop in the
page, instead of one folium element (and one compiled template) per marker.

At a few thousand markers this is what keeps a dashboard run short: folium renders each of
its markers through its own Jinja template, which, with twenty sessions on one server, is
the difference between an answer in one second and one in ten (``benchmarks/load.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

from dashboard.fastrender import FastScript

__all__ = ["Shape", "ShapeBatch"]


@dataclass(frozen=True, slots=True)
class Shape:
    """One circle marker, or a rectangle when ``bounds`` is given; folium's (lat, lon) order.

    ``options`` are Leaflet path options (``radius``, ``fillColor``, ``className``…) on top of
    the batch's own; ``popup`` and ``tooltip`` are HTML that the caller has escaped.
    """

    location: Sequence[float]
    options: Mapping[str, Any] = field(default_factory=dict)
    popup: str = ""
    tooltip: str = ""
    bounds: tuple[Sequence[float], Sequence[float]] | None = None

    def as_json(self) -> dict[str, Any]:
        """The compact record the page's loop reads."""
        item: dict[str, Any] = {"at": list(self.location), "o": dict(self.options)}
        if self.bounds is not None:
            item["b"] = [list(self.bounds[0]), list(self.bounds[1])]
        if self.popup:
            item["p"] = self.popup
        if self.tooltip:
            item["t"] = self.tooltip
        return item


class ShapeBatch(FastScript, MacroElement):
    """Draw ``shapes`` into the parent layer (a :class:`folium.FeatureGroup`), clustered in
    the browser by Leaflet.markercluster when ``cluster`` options are given (the page must
    load the plugin: :class:`dashboard.mapview.OfflineMap` does).

    The records reach JavaScript through ``tojson``, which escapes ``<``, ``>``, ``&`` and
    ``'``: no text in a popup can close the page's ``<script>``. Popups and tooltips are
    Leaflet's own (no jQuery, nothing from a CDN).

    Examples
    --------
    >>> import folium
    >>> group = folium.FeatureGroup(name="Events")
    >>> batch = ShapeBatch([Shape((35.9, 36.6), {"radius": 5}, tooltip="<b>x</b>")],
    ...                    {"color": "#333"}).add_to(group)
    >>> len(batch.shapes), batch.shapes[0].location
    (1, (35.9, 36.6))
    """

    # one line per call, ending in the records: tests (and readers) find them there
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (layer, cluster, base, items) {
            var shapes = items.map(function (it) {
                var options = Object.assign({}, base, it.o);
                var shape = it.b ? L.rectangle(it.b, options) : L.circleMarker(it.at, options);
                if (it.p) { shape.bindPopup(it.p, {maxWidth: 340}); }
                if (it.t) { shape.bindTooltip(it.t, {sticky: true}); }
                return shape;
            });
            if (cluster) {
                var group = L.markerClusterGroup(cluster);
                group.addLayers(shapes);
                layer.addLayer(group);
            } else {
                shapes.forEach(function (shape) { layer.addLayer(shape); });
            }
        })({{ this._parent.get_name() }}, {{ this.cluster|tojson }}, {{ this.style|tojson }},
        {#- the call stays on one line in the page #} {{ this.items()|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        shapes: Sequence[Shape],
        style: Mapping[str, Any] | None = None,
        *,
        cluster: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self._name = "ShapeBatch"
        self.shapes = tuple(shapes)
        self.style = dict(style or {})
        #: Leaflet.markercluster options: cluster the circles in the browser (``None``: don't)
        self.cluster = None if cluster is None else dict(cluster)

    def items(self) -> list[dict[str, Any]]:
        """Every shape as its JSON record, in drawing order."""
        return [shape.as_json() for shape in self.shapes]
