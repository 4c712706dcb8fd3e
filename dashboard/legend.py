"""Category colours and the map legend that explains them."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from branca.element import MacroElement
from jinja2 import Template

from pipeline.models import CATEGORIES

__all__ = [
    "CATEGORY_COLOURS",
    "FALLBACK_COLOUR",
    "Legend",
    "category_class",
    "colour_for",
    "legend_html",
]

#: One colour per category of :data:`pipeline.models.CATEGORIES`; violence in reds and oranges,
#: troop movements in blues, diplomacy in greens, words in purples.
CATEGORY_COLOURS: dict[str, str] = {
    "armed clash": "#d62728",
    "attack": "#a50f15",
    "air/drone strike": "#ff7f0e",
    "shelling": "#e6550d",
    "explosion/IED": "#8c2d04",
    "casualties": "#7f0000",
    "abduction": "#67000d",
    "offensive": "#fb6a4a",
    "territorial change": "#bcbd22",
    "troop deployment": "#1f77b4",
    "troop withdrawal": "#6baed6",
    "base/post established": "#08519c",
    "encirclement/siege": "#8c564b",
    "ceasefire/agreement": "#2ca02c",
    "meeting/talks": "#74c476",
    "statement/threat": "#9467bd",
    "accusation": "#c994c7",
    "protest": "#e377c2",
    "arrest": "#17becf",
    "looting/destruction": "#8c6d31",
    "weapons seized": "#393b79",
    "security measure": "#01665e",
    "other": "#7f7f7f",
}
#: For a category outside the fixed list (an older store, a newer pipeline).
FALLBACK_COLOUR = "#525252"


def colour_for(category: str | None) -> str:
    """The marker colour of a category, :data:`FALLBACK_COLOUR` for unknown or missing ones.

    Examples
    --------
    >>> colour_for("armed clash")
    '#d62728'
    >>> colour_for("no such thing") == colour_for(None) == FALLBACK_COLOUR
    True
    """
    if not category:
        return FALLBACK_COLOUR
    return CATEGORY_COLOURS.get(category, FALLBACK_COLOUR)


def category_class(category: str | None) -> str:
    """A CSS class naming a category, for styling and for browser tests to find markers.

    Examples
    --------
    >>> category_class("air/drone strike"), category_class(None)
    ('atlas-cat-air-drone-strike', 'atlas-cat-none')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", (category or "none").lower()).strip("-")
    return f"atlas-cat-{slug or 'none'}"


def _ordered(categories: Iterable[str]) -> list[str]:
    wanted = {c for c in categories if c}
    known = [c for c in CATEGORIES if c in wanted]
    return known + sorted(wanted - set(known))


def legend_html(categories: Iterable[str], *, title: str = "Event category") -> str:
    """HTML of a legend listing ``categories`` (in the fixed order) with their colours.

    Labels are escaped: categories come from stored data.

    Examples
    --------
    >>> "armed clash" in legend_html(["armed clash"])
    True
    >>> "<b>" in legend_html(["<b>"])
    False
    """
    rows = "".join(
        '<div class="atlas-legend-row">'
        f'<span class="atlas-legend-swatch" style="background:{colour_for(c)}"></span>'
        f"{html.escape(c)}</div>"
        for c in _ordered(categories)
    )
    return (
        f'<div class="atlas-legend-title">{html.escape(title)}</div>'
        + (rows or '<div class="atlas-legend-row">no events</div>')
        + '<div class="atlas-legend-note">circle size: fatalities or troops</div>'
    )


class Legend(MacroElement):
    """A Leaflet control in the map's corner holding :func:`legend_html` (no CDN plugins)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
          .atlas-legend {background: rgba(255,255,255,0.92); padding: 6px 8px;
            font: 12px/1.35 sans-serif; border-radius: 4px; box-shadow: 0 0 4px rgba(0,0,0,.3);}
          .atlas-legend-title {font-weight: bold; margin-bottom: 3px;}
          .atlas-legend-swatch {display: inline-block; width: 11px; height: 11px;
            border-radius: 50%; margin-right: 5px; vertical-align: middle;
            border: 1px solid #333;}
          .atlas-legend-note {color: #555; margin-top: 3px; font-style: italic;}
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create("div", "atlas-legend");
            div.innerHTML = {{ this.html|tojson }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, categories: Iterable[str], *, position: str = "bottomright") -> None:
        super().__init__()
        self._name = "Legend"
        self.html = legend_html(categories)
        self.position = position
