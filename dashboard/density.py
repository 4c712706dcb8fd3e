"""The events layer beyond :data:`dashboard.eventlayers.AGGREGATE_THRESHOLD` events: a grid
of squares shaded by how many events each holds, with a legend of the shades and a popup of
each square's events by category.

Squares tile the map without overlapping, so a hundred thousand or a million events stay
readable: the colour says where the events are, the popup what they are.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from dashboard.geo import to_folium
from dashboard.shapes import Shape, ShapeBatch

__all__ = [
    "CELL_CLASS",
    "GRID_RAMP",
    "GridLegend",
    "count_breaks",
    "grid_breaks",
    "grid_group",
    "grid_shapes",
    "square_popup_html",
]

#: CSS class of the grid squares (browser tests and benchmarks count them).
CELL_CLASS = "atlas-cell"
#: Sequential colours, few events to many (ColorBrewer YlOrRd, 6 classes).
GRID_RAMP = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")
GRID_STYLE = {"color": "#7a4a2a", "weight": 0.4, "fillOpacity": 0.72, "className": CELL_CLASS}


def count_breaks(largest: int, *, classes: int = len(GRID_RAMP)) -> tuple[int, ...]:
    """Lower bounds of the colour classes for counts up to ``largest``: 1, then steps of 1,
    2 and 5 times powers of ten, at most ``classes`` of them, spread evenly in log scale.

    Examples
    --------
    >>> count_breaks(1)
    (1,)
    >>> count_breaks(40)
    (1, 2, 5, 10, 20)
    >>> count_breaks(12_000)
    (1, 5, 50, 200, 2000, 10000)
    """
    nice = [m * 10**e for e in range(8) for m in (1, 2, 5)]
    steps = [n for n in nice if n <= max(largest, 1)]
    if len(steps) <= classes:
        return tuple(steps)
    picks = [round(i * (len(steps) - 1) / (classes - 1)) for i in range(classes)]
    return tuple(steps[i] for i in sorted(set(picks)))


def _class_of(count: int, breaks: Sequence[int]) -> int:
    return max(i for i, low in enumerate(breaks) if count >= low) if count >= 1 else 0


def square_popup_html(events: int, fatalities: int, by_category: Sequence[Any]) -> str:
    """A square's popup: its events and fatalities, and its events per category (escaped:
    categories come from stored data).

    Examples
    --------
    >>> square_popup_html(3, 1, [("armed clash", 2), ("<b>", 1)])
    '<b>3 events</b>, 1 fatalities<br>armed clash: 2<br>&lt;b&gt;: 1'
    """
    rows = "".join(
        f"<br>{html.escape(str(category) or 'uncategorised')}: {int(count):,}"
        for category, count in by_category
    )
    return f"<b>{events:,} events</b>, {fatalities:,} fatalities{rows}"


def grid_shapes(cells: pd.DataFrame) -> tuple[Shape, ...]:
    """The squares of :func:`dashboard.overlays.aggregate_cells`' cells, shaded by event
    count in the classes of :func:`count_breaks`."""
    if cells.empty:
        return ()
    half = float(cells.attrs.get("cell_size", 0.1)) / 2
    breaks = grid_breaks(cells)
    shapes = []
    for cell in cells.to_dict("records"):
        colour = GRID_RAMP[_class_of(int(cell["events"]), breaks)]
        south, west = to_folium(max(cell["lon"] - half, -180.0), max(cell["lat"] - half, -90.0))
        north, east = to_folium(min(cell["lon"] + half, 180.0), min(cell["lat"] + half, 90.0))
        popup = square_popup_html(
            int(cell["events"]), int(cell["fatalities"]), cell.get("by_category") or ()
        )
        shapes.append(
            Shape(
                to_folium(cell["lon"], cell["lat"]),
                {"fillColor": colour},
                popup=popup,
                tooltip=f"{int(cell['events']):,} events",
                bounds=((south, west), (north, east)),
            )
        )
    return tuple(shapes)


def grid_legend_html(breaks: Sequence[int], cell_size: float) -> str:
    """The legend of the squares' shades for ``breaks`` (see :func:`count_breaks`).

    Examples
    --------
    >>> "1–4" in grid_legend_html((1, 5, 20), 0.05) and "20+" in grid_legend_html((1, 5, 20), 0.05)
    True
    """
    rows = []
    for i, low in enumerate(breaks):
        high = breaks[i + 1] - 1 if i + 1 < len(breaks) else None
        label = (
            f"{low:,}+" if high is None else (f"{low:,}" if high == low else f"{low:,}–{high:,}")
        )
        rows.append(
            '<div class="atlas-legend-row"><span class="atlas-legend-swatch atlas-grid-swatch" '
            f'style="background:{GRID_RAMP[i]};border-radius:2px"></span>{label}</div>'
        )
    km = cell_size * 111
    return (
        '<div class="atlas-legend-title">Events per square</div>'
        + "".join(rows)
        + f'<div class="atlas-legend-note">squares of {cell_size:g}° (about {km:.0f} km); '
        "click one for its categories</div>"
    )


class GridLegend(MacroElement):
    """The squares' legend, shown while its layer (the parent feature group) is on the map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (layer, text) {
            var control = L.control({position: "bottomleft"});  // max 200 px wide
            control.onAdd = function () {
                var div = L.DomUtil.create("div", "atlas-legend atlas-grid-legend");
                div.style.maxWidth = "200px";
                div.innerHTML = text;
                return div;
            };
            // the categories' legend speaks of circles: hidden while squares stand for events
            function circles(map, shown) {
                var legends = map.getContainer().querySelectorAll(
                    ".atlas-legend:not(.atlas-grid-legend)");
                legends.forEach(function (d) { d.style.display = shown ? "" : "none"; });
            }
            layer.on("add", function () { control.addTo(layer._map); circles(layer._map, false); });
            layer.on("remove", function () {
                if (control._map) { circles(control._map, true); }
                control.remove();
            });
        })({{ this._parent.get_name() }}, {{ this.html|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, breaks: Sequence[int], cell_size: float) -> None:
        super().__init__()
        self._name = "GridLegend"
        self.html = grid_legend_html(breaks, cell_size)


def grid_breaks(cells: pd.DataFrame) -> tuple[int, ...]:
    """The colour classes of ``cells`` (empty for no cells)."""
    return count_breaks(int(cells["events"].max())) if len(cells) else ()


def grid_group(
    shapes: Sequence[Shape], breaks: Sequence[int], cell_size: float
) -> folium.FeatureGroup:
    """The events layer as grid squares, with its legend."""
    group = folium.FeatureGroup(name="Events (grid)", show=True)
    ShapeBatch(shapes, GRID_STYLE).add_to(group)
    if breaks:
        GridLegend(breaks, cell_size).add_to(group)
    return group
