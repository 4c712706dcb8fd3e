"""The filters in the page's query string, so a link reopens the same view.

``?from=2020-02-01&to=2020-02-20&actor=Military+Forces+of+Turkey&category=shelling&q=Saraqib``:
list filters repeat their key, dates are ISO days, ``min_fatalities`` a whole number, ``q`` the
text search. Values the data does not offer (an actor no longer stored) are dropped, never an
error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from dashboard.filters import FilterOptions, FilterState

__all__ = ["LIST_KEYS", "params_from_state", "view_values_from_params", "widget_values_from_params"]

#: Query key -> (FilterState field, widget key, FilterOptions field).
LIST_KEYS: dict[str, tuple[str, str, str]] = {
    "actor": ("actors", "actors", "actors"),
    "event_type": ("event_types", "event_types", "event_types"),
    "category": ("categories", "categories", "categories"),
    "country": ("countries", "countries", "countries"),
    "region": ("regions", "regions", "regions"),
    "source": ("sources", "sources", "sources"),
}


def params_from_state(state: FilterState) -> dict[str, str | list[str]]:
    """The query parameters that describe ``state`` (empty filters are left out).

    Examples
    --------
    >>> params_from_state(FilterState(actors=("A", "B"), min_fatalities=3, text="Idlib"))
    {'actor': ['A', 'B'], 'min_fatalities': '3', 'q': 'Idlib'}
    >>> params_from_state(FilterState())
    {}
    """
    params: dict[str, str | list[str]] = {}
    if state.date_from is not None:
        params["from"] = state.date_from.isoformat()
    if state.date_to is not None:
        params["to"] = state.date_to.isoformat()
    for key, (field, _, _) in LIST_KEYS.items():
        values = getattr(state, field)
        if values:
            params[key] = list(values)
    if state.min_fatalities > 0:
        params["min_fatalities"] = str(state.min_fatalities)
    if state.text.strip():
        params["q"] = state.text.strip()
    return params


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _all(params: Mapping[str, str | Sequence[str]], key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def widget_values_from_params(
    params: Mapping[str, str | Sequence[str]], options: FilterOptions
) -> dict[str, object]:
    """Initial widget values (by widget key) from query parameters, checked against the options.

    Examples
    --------
    >>> o = FilterOptions(("A", "B"), (), (), date(2020, 1, 1), date(2020, 3, 1))
    >>> widget_values_from_params({"actor": ["B", "Z"], "to": "2020-02-01", "q": "x"}, o)
    {'actors': ['B'], 'dates': (datetime.date(2020, 1, 1), datetime.date(2020, 2, 1)), 'text': 'x'}
    """
    values: dict[str, object] = {}
    for key, (_, widget, option_field) in LIST_KEYS.items():
        offered = set(getattr(options, option_field))
        chosen = [v for v in _all(params, key) if v in offered]
        if chosen:
            values[widget] = chosen
    if options.date_min is not None and options.date_max is not None:
        start = _day(next(iter(_all(params, "from")), None)) or options.date_min
        end = _day(next(iter(_all(params, "to")), None)) or options.date_max
        start = min(max(start, options.date_min), options.date_max)
        end = min(max(end, start), options.date_max)
        if (start, end) != (options.date_min, options.date_max):
            values["dates"] = (start, end)
    minimum = next(iter(_all(params, "min_fatalities")), "")
    if minimum.isdigit() and int(minimum) > 0:
        values["min_fatalities"] = int(minimum)
    text = next(iter(_all(params, "q")), "")
    if text.strip():
        values["text"] = text.strip()
    return values


def view_values_from_params(params: Mapping[str, str | Sequence[str]]) -> dict[str, object]:
    """Widget values of the view (not the filters): ``day`` steps through days at that day,
    ``heat=1`` shows the heat map.

    Examples
    --------
    >>> view_values_from_params({"day": "2020-02-03", "heat": "1"})
    {'stepping': True, 'day': datetime.date(2020, 2, 3), 'heat': True}
    >>> view_values_from_params({"day": "2020-02-30"})
    {}
    """
    values: dict[str, object] = {}
    day = _day(next(iter(_all(params, "day")), None))
    if day is not None:
        values["stepping"] = True
        values["day"] = day
    if next(iter(_all(params, "heat")), "") == "1":
        values["heat"] = True
    return values
