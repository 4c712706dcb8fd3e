"""The offline base layer: country outlines (or, when built locally, Natural Earth coasts,
borders, rivers and lakes) and town labels from our own gazetteer, all served by Streamlit from
``dashboard/static/`` (:mod:`dashboard.outlinebase` writes the outlines at the first start).

The map page fetches ``basemap/world.json`` below :data:`DETAIL_ZOOM` and the 10-degree
``basemap/tiles/<x>_<y>.json`` squares in view from it on (``dashboard/build_basemap.py``
makes them; ``SOURCE.md`` says from what), so the page itself stays small and the browser
caches the data. Labels (:mod:`dashboard.labels`) are placed largest first, never
overlapping, more of them as the reader zooms in.
"""

from __future__ import annotations

from typing import Any

from folium.elements import ElementAddToElement
from folium.map import Layer
from jinja2 import Template

from dashboard.assets import STATIC_URL
from dashboard.fastrender import FastScript

__all__ = [
    "BASEMAP_URL",
    "DETAIL_ZOOM",
    "LABELS_URL",
    "LABEL_CLASS",
    "OFFLINE_NAME",
    "OfflineBase",
]

BASEMAP_URL = f"{STATIC_URL}/basemap"
LABELS_URL = f"{STATIC_URL}/labels"
#: From this zoom on the detailed tiles replace ``world.json`` (as built).
DETAIL_ZOOM = 6
#: CSS class of a town label (browser tests count them).
LABEL_CLASS = "atlas-town-label"
OFFLINE_NAME = "Offline map"

#: Style per feature kind, drawn in this order (land under lakes under rivers...).
STYLES: dict[str, dict[str, Any]] = {
    "land": {"stroke": True, "color": "#9db4c0", "weight": 1, "fillColor": "#f4f1e8",
             "fillOpacity": 1},
    "lake": {"stroke": True, "color": "#8fb3c9", "weight": 0.6, "fillColor": "#c9dfec",
             "fillOpacity": 1},
    "river": {"color": "#7eaed3", "weight": 1.2, "fill": False},
    "coast": {"color": "#7c9cb0", "weight": 1, "fill": False},
    "border": {"color": "#9b7a9b", "weight": 1.3, "dashArray": "5 3", "fill": False},
}  # fmt: skip
#: In the tiles, land is clipped at tile edges: fill only, the coast lines outline it.
TILE_LAND = {**STYLES["land"], "stroke": False}
_CSS = f"""<style>
.leaflet-container {{background: #c9dfec;}}
.{LABEL_CLASS} {{font: 11px/1.1 sans-serif; color: #333; white-space: nowrap;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; pointer-events: none;}}
.{LABEL_CLASS}::before {{content: ""; display: inline-block; width: 4px; height: 4px;
  margin-right: 3px; border-radius: 50%; background: #555; vertical-align: middle;}}
.{LABEL_CLASS}.atlas-big {{font-weight: bold; font-size: 12px;}}
</style>"""


class OfflineBase(FastScript, Layer):
    """The offline base as a Leaflet base layer (a radio button in the layer control).

    Parameters
    ----------
    labels_file : str or None
        The label file's name under :data:`LABELS_URL` (:func:`dashboard.labels.ensure_labels`);
        ``None``: no labels.
    show : bool
        Shown at start (when there is no tile layer, or it cannot load).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (root, labelsUrl, styles, tileLand, detailZoom) {
            var group = L.layerGroup(), map = null, renderer = null;
            var attribution = "Base: GSHHG/WDBII, countryinfo or Natural Earth; towns: GeoNames";
            var world = null, index = null, tiles = {}, detail = L.layerGroup();
            var labels = null, labelLayer = L.layerGroup(), order = {{ this.order|tojson }};
            function sorted(fc) {
                fc.features.sort(function (a, b) {
                    return order.indexOf(a.properties.k) - order.indexOf(b.properties.k);
                });
                return fc;
            }
            function layer(fc, land) {
                return L.geoJSON(sorted(fc), {
                    pane: "atlas-basemap", renderer: renderer, interactive: false,
                    style: function (f) {
                        return f.properties.k === "land" ? land : styles[f.properties.k];
                    }
                });
            }
            function load(url, then) {
                fetch(url).then(function (r) { return r.ok ? r.json() : null; })
                    .then(function (data) { if (data) { then(data); } })
                    .catch(function () {});
            }
            function escape(text) {
                return text.replace(/[&<>"']/g, function (c) {
                    return "&#" + c.charCodeAt(0) + ";";
                });
            }
            function place() {
                labelLayer.clearLayers();
                if (!map || !labels) { return; }
                var z = map.getZoom(), view = map.getBounds().pad(0.05), taken = [];
                for (var i = 0; i < labels.length && taken.length < 250; i++) {
                    var l = labels[i];
                    if (l[3] > z || !view.contains([l[1], l[0]])) { continue; }
                    var p = map.latLngToContainerPoint([l[1], l[0]]);
                    var w = 8 + 6.5 * l[2].length, box = [p.x - 4, p.y - 9, p.x + w, p.y + 9];
                    if (taken.some(function (t) {
                        return box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3];
                    })) { continue; }
                    taken.push(box);
                    var big = l[3] <= Math.max(3, z - 3) ? " atlas-big" : "";
                    L.marker([l[1], l[0]], {
                        pane: "atlas-labels", interactive: false, keyboard: false,
                        icon: L.divIcon({className: "{{ this.label_class }}" + big,
                                         html: escape(l[2]), iconSize: null, iconAnchor: [4, 7]})
                    }).addTo(labelLayer);
                }
            }
            function refresh() {
                if (!map) { return; }
                // no detail tiles built (the outline base): the world layer at every zoom
                if (map.getZoom() < detailZoom || !index || !index.tiles.length) {
                    group.removeLayer(detail);
                    if (world) { group.addLayer(world); }
                } else {
                    if (world) { group.removeLayer(world); }
                    group.addLayer(detail);
                    var b = map.getBounds(), d = index.tile_deg, f = Math.floor;
                    for (var x = f(b.getWest() / d); x <= f(b.getEast() / d); x++) {
                        for (var y = f(b.getSouth() / d); y <= f(b.getNorth() / d); y++) {
                            var key = x + "_" + y;
                            if (tiles[key] || !index.have[key]) { continue; }
                            tiles[key] = true;
                            load(root + "/tiles/" + key + ".json", function (fc) {
                                detail.addLayer(layer(fc, tileLand));
                            });
                        }
                    }
                }
                place();
            }
            group.on("add", function () {
                map = group._map;
                if (!map.getPane("atlas-basemap")) {
                    map.createPane("atlas-basemap").style.zIndex = 250;
                    var pane = map.createPane("atlas-labels");
                    pane.style.zIndex = 450;  // over the events (never clickable), under popups
                    pane.style.pointerEvents = "none";
                }
                renderer = renderer || L.canvas({pane: "atlas-basemap", padding: 0.2});
                group.addLayer(labelLayer);
                map.attributionControl.addAttribution(attribution);
                map.on("moveend", refresh);
                if (!world) {
                    load(root + "/world.json", function (fc) {
                        world = layer(fc, styles.land); refresh();
                    });
                    load(root + "/index.json", function (data) {
                        data.have = {};
                        data.tiles.forEach(function (t) { data.have[t[0] + "_" + t[1]] = true; });
                        index = data; refresh();
                    });
                    if (labelsUrl) {
                        load(labelsUrl, function (rows) { labels = rows; place(); });
                    }
                }
                refresh();
            });
            group.on("remove", function () {
                if (map) {
                    map.off("moveend", refresh);
                    map.attributionControl.removeAttribution(attribution);
                }
                map = null;
            });
            return group;
        })({{ this.root|tojson }}, {{ this.labels_url|tojson }}, {{ this.styles|tojson }},
           {{ this.tile_land|tojson }}, {{ this.detail_zoom|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, labels_file: str | None = None, *, show: bool = True) -> None:
        super().__init__(name=OFFLINE_NAME, overlay=False, control=True, show=show)
        self._name = "OfflineBase"
        self.root = BASEMAP_URL
        self.labels_url = f"{LABELS_URL}/{labels_file}" if labels_file else None
        self.styles = STYLES
        self.order = list(STYLES)  # tojson sorts a dict's keys: the order goes apart
        self.tile_land = TILE_LAND
        self.detail_zoom = DETAIL_ZOOM
        self.label_class = LABEL_CLASS

    def render(self, **kwargs: Any) -> str:
        """Add the page's CSS and, when shown, add the layer to its map; then its script."""
        if self._parent is None:
            raise TypeError("add the offline base to a map before rendering it")
        from branca.element import Element, Figure

        root = self.get_root()
        if isinstance(root, Figure):
            root.header.add_child(Element(_CSS), name="atlas_offline_css")
        if self.show:
            add = ElementAddToElement(
                element_name=self.get_name(), element_parent_name=self._parent.get_name()
            )
            self.add_child(add, name=self.get_name() + "_add")
        return FastScript.render(self, **kwargs)
