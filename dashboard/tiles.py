"""The tile base layer: OpenStreetMap (or ``ATLAS_TILES``) when the browser can reach it.

When the first tiles fail to load (no internet, a blocked host), :class:`TileFallback` swaps
the tile layer for the offline base (:class:`dashboard.basemap.OfflineBase`), so the reader
never sees a grey field; the layer control still offers both.
"""

from __future__ import annotations

from dataclasses import dataclass

import folium
from branca.element import MacroElement
from jinja2 import Template

__all__ = [
    "OSM_ATTRIBUTION",
    "OSM_URL",
    "TileFallback",
    "TileSource",
    "tile_layer",
    "tile_source",
]

OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


@dataclass(frozen=True, slots=True)
class TileSource:
    """A slippy-map tile URL template with its attribution and the name the layer control
    shows."""

    url: str
    attribution: str
    name: str
    max_zoom: int = 19


def tile_source(setting: str) -> TileSource | None:
    """The tile source of the ``ATLAS_TILES`` setting: ``""`` OpenStreetMap, ``"none"`` no
    tiles at all (air-gapped), else a URL template.

    Raises
    ------
    ValueError
        A template without ``{z}``, ``{x}`` and ``{y}``.

    Examples
    --------
    >>> tile_source("").name, tile_source("none") is None, tile_source(" None ") is None
    ('OpenStreetMap', True, True)
    >>> tile_source("http://tiles.local/{z}/{x}/{y}.png").name
    'Tiles (tiles.local)'
    >>> tile_source("http://tiles.local/a.png")
    Traceback (most recent call last):
    ...
    ValueError: ATLAS_TILES must be 'none' or a URL template with {z}, {x} and {y}: 'http://tiles.local/a.png'
    """
    value = setting.strip()
    if not value:
        return TileSource(OSM_URL, OSM_ATTRIBUTION, "OpenStreetMap")
    if value.lower() == "none":
        return None
    if not all(part in value for part in ("{z}", "{x}", "{y}")):
        raise ValueError(
            f"ATLAS_TILES must be 'none' or a URL template with {{z}}, {{x}} and {{y}}: {value!r}"
        )
    host = value.split("://", 1)[-1].split("/", 1)[0]
    return TileSource(value, f"Tiles: {host}", f"Tiles ({host})")


def tile_layer(source: TileSource) -> folium.TileLayer:
    """A base layer of ``source``'s tiles, shown at start."""
    return folium.TileLayer(
        tiles=source.url,
        attr=source.attribution,
        name=source.name,
        overlay=False,
        control=True,
        show=True,
        max_zoom=source.max_zoom,
    )


class TileFallback(MacroElement):
    """Swap ``tiles`` for ``offline`` when the first tiles all fail (``failures`` errors and
    not one tile loaded): the browser cannot reach the tile server."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, tiles, offline, failures) {
            var loaded = 0, failed = 0;
            tiles.on("tileload", function () { loaded += 1; });
            tiles.on("tileerror", function () {
                failed += 1;
                if (loaded === 0 && failed === failures && map.hasLayer(tiles)) {
                    map.removeLayer(tiles);
                    map.addLayer(offline);
                }
            });
        })({{ this._parent.get_name() }}, {{ this.tiles.get_name() }},
           {{ this.offline.get_name() }}, {{ this.failures|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: folium.TileLayer, offline: folium.map.Layer, *, failures: int = 3):
        super().__init__()
        self._name = "TileFallback"
        self.tiles = tiles
        self.offline = offline
        self.failures = failures
