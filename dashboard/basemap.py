"""A light offline basemap: country outlines from the PyPI package ``countryinfo``.

Offline there are no tiles, so without this the map is a grey field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from folium.elements import ElementAddToElement
from folium.map import Layer
from jinja2 import Template

from dashboard.fastrender import FastScript

__all__ = ["REGION_COUNTRIES", "OutlineLayer", "country_outlines", "world_outlines"]

#: Syria and its neighbourhood: what the seed articles and the curated sites are about.
REGION_COUNTRIES: tuple[str, ...] = (
    "Syria",
    "Turkey",
    "Lebanon",
    "Israel",
    "Palestine",
    "Jordan",
    "Iraq",
    "Iran",
    "Cyprus",
    "Saudi Arabia",
    "Egypt",
    "Greece",
    "Bulgaria",
    "Georgia",
    "Armenia",
    "Azerbaijan",
)


def country_outlines(names: Iterable[str] = REGION_COUNTRIES) -> dict[str, Any]:
    """A GeoJSON FeatureCollection ([lon, lat]) of the named countries' outlines.

    Unknown names are skipped: the basemap is decoration, never a reason to fail.

    Examples
    --------
    >>> fc = country_outlines(["Syria", "Atlantis"])
    >>> [f["properties"]["name"] for f in fc["features"]]
    ['Syria']
    >>> country_outlines([])["features"]
    []
    """
    from countryinfo import CountryInfo

    features: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in names:
        try:
            collection = CountryInfo(name).geo_json()
        except LookupError:  # countryinfo's CountryNotFoundError
            continue
        for feature in (collection or {}).get("features", []):
            key = str(feature.get("id") or name)
            if key in seen:  # "SY" and "Syria" are one country
                continue
            seen.add(key)
            props = dict(feature.get("properties") or {})
            props.setdefault("name", name)
            features.append(
                {"type": "Feature", "properties": props, "geometry": feature["geometry"]}
            )
    return {"type": "FeatureCollection", "features": features}


def world_outlines() -> dict[str, Any]:
    """Outlines of every country ``countryinfo`` knows (about 170 shapes, 270 kB of GeoJSON).

    Coarse (a few km off at borders and coasts) but enough to place events anywhere, e.g. a
    NATO meeting in Brussels next to the fighting in Idlib.
    """
    import countryinfo

    names = []
    for country in countryinfo.all_countries():
        try:
            names.append(country.name())
        except LookupError:  # an entry without a usable name; skip it
            continue
    return country_outlines(names)


class OutlineLayer(FastScript, Layer):
    """The outlines as a non-interactive Leaflet GeoJSON layer in ``pane``, one style for all.

    Unlike ``folium.GeoJson`` it neither maps a style per feature nor compiles its JSON as a
    template on each render (see :mod:`dashboard.fastrender`): the basemap costs a
    ``json.dumps`` per dashboard run.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJSON({{ this.data|tojson }}, {
            pane: {{ this.pane|tojson }}, interactive: false,
            style: function () { return {{ this.style|tojson }}; }
        });
        {% endmacro %}
        """
    )

    def __init__(
        self, data: dict[str, Any], *, name: str, pane: str, style: dict[str, Any]
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "OutlineLayer"
        self.data = data
        self.pane = pane
        self.style = style

    def render(self, **kwargs: Any) -> str:
        """Add the layer to its map (as ``folium``'s layers do), then its script."""
        if self._parent is None:
            raise TypeError("add the outlines to a map before rendering them")
        if self.show:
            add = ElementAddToElement(
                element_name=self.get_name(), element_parent_name=self._parent.get_name()
            )
            self.add_child(add, name=self.get_name() + "_add")
        return FastScript.render(self, **kwargs)
