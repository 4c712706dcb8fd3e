"""Popup and tooltip HTML for events and sites, every article-derived string escaped.

folium's own ``Popup`` builds its content with jQuery (``$(`...`)``) and ``Tooltip`` pastes its
text into a JavaScript template literal; the offline map loads no jQuery and article text may hold
backticks. :class:`BindPopupTooltip` instead hands Leaflet's ``bindPopup``/``bindTooltip`` a JSON
string of HTML that :func:`event_popup_html` and friends have already escaped.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

from geodata.models import Site

__all__ = [
    "BindPopupTooltip",
    "event_popup_html",
    "event_tooltip_html",
    "line_tooltip_html",
    "site_popup_html",
    "site_tooltip_html",
]


def _text(value: Any) -> str:
    """A cell as escaped text; missing values (None, NaN, pandas NA) become ''."""
    if isinstance(value, str):  # the common case first: popups are built per marker
        return html.escape(value)
    if value is None:
        return ""
    try:
        if isinstance(value, float) and math.isnan(value):
            return ""
        if value != value:  # pandas NA and NaT compare unequal to themselves
            return ""
    except TypeError:  # pd.NA raises on bool()
        return ""
    return html.escape(str(value))


def _count(value: Any) -> str:
    text = _text(value)
    if not text:
        return ""
    try:
        return str(int(float(text)))
    except ValueError:
        return text


def _date_range(row: Mapping[str, Any]) -> str:
    start, end = _text(row.get("event_date")), _text(row.get("event_date_end"))
    if not start:
        return "date unknown"
    return f"{start} to {end}" if end and end != start else start


def event_tooltip_html(row: Mapping[str, Any]) -> str:
    """One line for hovering: date, category and place.

    Examples
    --------
    >>> event_tooltip_html({"event_date": "2020-02-13", "category": "shelling",
    ...                     "location": "Saraqib"})
    '2020-02-13 · shelling · Saraqib'
    """
    parts = [_date_range(row), _text(row.get("category")), _text(row.get("location"))]
    return " · ".join(p for p in parts if p)


def event_popup_html(row: Mapping[str, Any]) -> str:
    """Popup HTML of one event-place row of the events frame; every value escaped.

    Parameters
    ----------
    row : Mapping[str, Any]
        A row of :func:`pipeline.export.events_to_geodataframe` (a ``dict`` or ``pd.Series``).

    Examples
    --------
    >>> out = event_popup_html({"evidence": "<script>alert(1)</script>", "actor1": "A & B"})
    >>> "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "<script" not in out
    True
    >>> "A &amp; B" in out
    True
    """
    actors = " vs ".join(a for a in (_text(row.get("actor1")), _text(row.get("actor2"))) if a)
    lines = [
        f"<b>{_text(row.get('category')) or 'event'}</b>"
        f" <small>({_text(row.get('event_type'))}"
        + (f" / {_text(row.get('sub_event_type'))}" if _text(row.get("sub_event_type")) else "")
        + ")</small>",
        f"<b>Date:</b> {_date_range(row)}",
        f"<b>Place:</b> {_place(row)}",
    ]
    if actors:
        lines.append(f"<b>Actors:</b> {actors}")
    for label, key in (
        ("Fatalities", "fatalities"),
        ("Wounded", "wounded"),
        ("Troops", "troops"),
    ):
        if _count(row.get(key)):
            lines.append(f"<b>{label}:</b> {_count(row.get(key))}")
    evidence = _text(row.get("evidence"))
    if evidence:
        lines.append(f'<blockquote style="margin:4px 0;font-style:italic">{evidence}</blockquote>')
    notes = _text(row.get("notes"))
    if notes:
        lines.append(f"<small>Notes: {notes}</small>")
    source = _text(row.get("source")) or _text(row.get("article_id"))
    if source:
        lines.append(f"<small>Source: {source}</small>")
    others = _text(row.get("other_sources"))
    if others:
        count = _count(row.get("source_count")) or "several"
        lines.append(f"<small>Reported by {count} sources; also: {others}</small>")
    return '<div style="max-width:320px">' + "<br>".join(lines) + "</div>"


def _place(row: Mapping[str, Any]) -> str:
    parts = [_text(row.get(k)) for k in ("location", "admin1", "country")]
    return ", ".join(p for p in parts if p) or "unknown"


def line_tooltip_html(line: Any) -> str:
    """Tooltip of a curated line (a ``SiteLine``): its name and, if any, its note; escaped."""
    note = _text(getattr(line, "note", ""))
    return _text(getattr(line, "name", "")) + (f"<br><small>{note}</small>" if note else "")


def site_tooltip_html(site: Site) -> str:
    """One line for hovering over a curated site."""
    return f"{_text(site.name)} ({_text(site.kind).replace('_', ' ')})"


def site_popup_html(site: Site) -> str:
    """Popup HTML of a curated site with its operator, date, note and source; escaped."""
    lines = [
        f"<b>{_text(site.name)}</b>",
        f"{_text(site.kind).replace('_', ' ')}"
        + (f" operated by {_text(site.operator)}" if site.operator else ""),
    ]
    if site.established:
        lines.append(f"<b>Established:</b> {_text(site.established)}")
    if site.note:
        lines.append(_text(site.note))
    if site.source:
        lines.append(f"<small>Source: {_text(site.source)}</small>")
    return '<div style="max-width:300px">' + "<br>".join(lines) + "</div>"


class BindPopupTooltip(MacroElement):
    """Bind a popup and/or tooltip of ready-made (already escaped) HTML to the parent layer.

    The HTML reaches JavaScript through ``tojson``, which also escapes ``<``, ``>`` and ``&``,
    so no text can close the surrounding ``<script>``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {%- if this.popup %}
        {{ this._parent.get_name() }}.bindPopup({{ this.popup|tojson }}, {maxWidth: 340});
        {%- endif %}
        {%- if this.tooltip %}
        {{ this._parent.get_name() }}.bindTooltip({{ this.tooltip|tojson }}, {sticky: true});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(self, popup: str = "", tooltip: str = "") -> None:
        super().__init__()
        self._name = "BindPopupTooltip"
        self.popup = popup
        self.tooltip = tooltip
