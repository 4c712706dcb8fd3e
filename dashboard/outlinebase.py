"""The offline base when no detailed basemap was built: every country's outline from the PyPI
package ``countryinfo``, written once as the ``basemap/world.json`` the map page loads.

A detailed base (Natural Earth coasts, rivers and lakes) is built locally by
``python -m dashboard.build_basemap NE_DIR`` from Natural Earth files the user brings; the
project ships none (see ``dashboard/static/basemap/SOURCE.md``). Whichever exists is served.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["BASEMAP_DIR", "ensure_base", "outline_features"]

#: Where the map page finds ``world.json``, ``index.json`` and any detail tiles.
BASEMAP_DIR = Path(__file__).resolve().parent / "static" / "basemap"


def _rounded(coords: Any) -> Any:
    if isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), 3), round(float(coords[1]), 3)]
    return [_rounded(c) for c in coords]


def outline_features(geojsons: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """``land`` features ([lon, lat], 3 decimals) from country GeoJSONs by ISO code.

    Examples
    --------
    >>> square = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 35]]]}
    >>> outline_features({"SY": {"type": "Feature", "geometry": square}})[0]["properties"]
    {'k': 'land', 'n': 'SY'}
    >>> outline_features({"XX": {"type": "Feature", "geometry": None}})
    []
    """
    features = []
    for iso2, data in sorted(geojsons.items()):
        parts = data.get("features", [data]) if data.get("type") == "FeatureCollection" else [data]
        for part in parts:
            geometry = part.get("geometry") if part.get("type") == "Feature" else part
            if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {"k": "land", "n": iso2},
                    "geometry": {
                        "type": geometry["type"],
                        "coordinates": _rounded(geometry["coordinates"]),
                    },
                }
            )
    return features


def _countryinfo_outlines() -> dict[str, dict[str, Any]]:
    import countryinfo

    found: dict[str, dict[str, Any]] = {}
    for country in countryinfo.all_countries():
        try:
            collection = country.geo_json()
            key = str(country.iso(2) or country.name())
        except LookupError:  # an entry without a usable name or shape
            continue
        if isinstance(collection, dict) and key not in found:
            found[key] = collection
    return found


def ensure_base(folder: Path = BASEMAP_DIR) -> Path:
    """``world.json`` in ``folder``: the built detailed base when there is one, else country
    outlines, written once (atomically, so two sessions starting at once are safe)."""
    world = folder / "world.json"
    if world.exists():
        return world
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in (
        ("index.json", {"tiles": []}),
        ("world.json", {"type": "FeatureCollection", "features": outline_features(
            _countryinfo_outlines())}),
    ):  # fmt: skip
        partial = folder / f"{name}.{os.getpid()}.partial"
        partial.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, folder / name)
    return world
