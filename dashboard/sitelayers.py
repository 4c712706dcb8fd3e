"""The seed area's curated layers: the observation posts and the M4/M5 motorways.

They matter where the seed's events are (north-west Syria): elsewhere (a store of Mexican
protests, a Nigerian report) they start switched off, a click away in the layer control.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import folium

from dashboard.geo import to_folium
from dashboard.popups import BindPopupTooltip, line_tooltip_html, site_popup_html, site_tooltip_html
from dashboard.shapes import Shape, ShapeBatch
from geodata.models import Site
from geodata.sites import SiteLine

__all__ = ["SITE_CLASS", "add_site_layers", "events_near"]

#: CSS class of the site markers (the event classes are in :mod:`dashboard.eventlayers`).
SITE_CLASS = "atlas-site"
#: Events within this many degrees (about 50 km) of the sites' area count as near.
NEAR_DEG = 0.5


def events_near(
    events: Sequence[tuple[float, float]],
    places: Sequence[tuple[float, float]],
    *,
    pad: float = NEAR_DEG,
) -> bool:
    """Whether any (lon, lat) of ``events`` lies in the box around ``places``, padded.

    Examples
    --------
    >>> events_near([(36.6, 35.9)], [(36.7, 36.3), (37.1, 36.2)])
    True
    >>> events_near([(-99.1, 19.4)], [(36.7, 36.3)]), events_near([], [(36.7, 36.3)])
    (False, False)
    >>> events_near([(36.6, 35.9)], [])
    False
    """
    if not events or not places:
        return False
    lons = [p[0] for p in places]
    lats = [p[1] for p in places]
    west, east = min(lons) - pad, max(lons) + pad
    south, north = min(lats) - pad, max(lats) + pad
    return any(west <= lon <= east and south <= lat <= north for lon, lat in events)


def add_site_layers(
    m: folium.Map,
    sites: Sequence[Site],
    lines: Sequence[SiteLine],
    events: Sequence[tuple[float, float]],
) -> None:
    """Add the highways and the observation posts to ``m``, shown at start only when
    ``events`` ((lon, lat) points) are near them."""
    places = [(s.lon, s.lat) for s in sites] + [p for line in lines for p in line.coords]
    show = events_near(events, places)
    _add_lines(m, lines, show=show)
    _add_sites(m, sites, show=show)


def _add_lines(m: folium.Map, lines: Iterable[SiteLine], *, show: bool) -> None:
    group = folium.FeatureGroup(name="Highways (M4/M5)", show=show)
    for line in lines:
        locations = [to_folium(lon, lat) for lon, lat in line.coords]
        if len(locations) < 2:
            continue
        polyline = folium.PolyLine(
            locations, color="#555555", weight=3, opacity=0.8, dash_array="6 4"
        )
        polyline.add_child(BindPopupTooltip(tooltip=line_tooltip_html(line)))
        polyline.add_to(group)
    group.add_to(m)


def _add_sites(m: folium.Map, sites: Iterable[Site], *, show: bool) -> None:
    group = folium.FeatureGroup(name="Observation posts", show=show)
    shapes = [
        Shape(
            to_folium(site.lon, site.lat),
            popup=site_popup_html(site),
            tooltip=site_tooltip_html(site),
        )
        for site in sites
    ]
    style = {"radius": 6, "color": "#111111", "weight": 2, "fillColor": "#ffffff"}
    ShapeBatch(shapes, {**style, "fillOpacity": 0.9, "className": SITE_CLASS}).add_to(group)
    group.add_to(m)
