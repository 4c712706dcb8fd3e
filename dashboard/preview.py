"""A pasted article's events before they are stored: the map fits them into view, the panel
lists them, and the reader can drop any before adding the rest.

:func:`preview_rows` and :func:`keep_events` are pure; :class:`FitOnAdd` moves the map.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import folium
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from dashboard.eventlayers import event_lonlats
from dashboard.geo import bounds_of
from dashboard.table import NO_PLACE
from pipeline.models import ArticleResult, Event

__all__ = ["FitOnAdd", "keep_events", "preview_fit_group", "preview_rows"]


def preview_rows(events: Sequence[Event]) -> pd.DataFrame:
    """One row per event for the panel: type, actors, date, place and evidence, as text
    (``st.dataframe`` never interprets HTML), blank where unknown; an event whose report
    named no place says :data:`~dashboard.table.NO_PLACE` (it is kept, off the map)."""
    rows = [
        {
            "event_id": e.event_id,
            "type": e.category or e.event_type,
            "actors": " vs ".join(a for a in (e.actor1, e.actor2) if a),
            "date": e.event_date.isoformat() if e.event_date else "",
            "place": "; ".join(p.name for p in e.places) if e.places else NO_PLACE,
            "evidence": e.evidence,
        }
        for e in events
    ]
    columns = ["event_id", "type", "actors", "date", "place", "evidence"]
    return pd.DataFrame(rows, columns=columns)


def keep_events(result: ArticleResult, dropped: Collection[str]) -> ArticleResult:
    """``result`` without the events whose ids are in ``dropped``."""
    return replace(result, events=tuple(e for e in result.events if e.event_id not in dropped))


class FitOnAdd(MacroElement):
    """Fit the map to ``bounds`` when the parent layer is added (once per new preview)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.on("add", function (e) {
            e.target._map.fitBounds({{ this.bounds|tojson }},
                {padding: [40, 40], maxZoom: 9, animate: false});
        });
        {% endmacro %}
        """
    )

    def __init__(self, bounds: list[list[float]]) -> None:
        super().__init__()
        self._name = "FitOnAdd"
        self.bounds = bounds


def preview_fit_group(preview: pd.DataFrame) -> folium.FeatureGroup | None:
    """An empty layer that brings the preview's events into view when the map gets it."""
    bounds = bounds_of(event_lonlats(preview))
    if bounds is None:
        return None
    group = folium.FeatureGroup(name="New article", show=True, control=False)
    FitOnAdd(bounds).add_to(group)
    return group
