"""Build ``geodata/data/natural_features.tsv.gz`` from Natural Earth physical layers.

Usage::

    python -m geodata.tools.natural ne_10m_lakes.geojson ne_10m_rivers_lake_centerlines.geojson \\
        ne_10m_geography_regions_polys.geojson ne_10m_geography_marine_polys.geojson \\
        --out geodata/data/natural_features.tsv.gz

Each input is a Natural Earth GeoJSON file (10m or 50m; ``.json`` or ``.geojson``). Named
features get one point: shapely's ``representative_point`` for polygons (always inside), the
middle vertex of the longest line for rivers (all segments of a river share its name).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, shape

from geodata.normalize import is_latin
from geodata.sources.natural import NaturalFeature, write_natural_tsv

__all__ = ["feature_kind", "main", "natural_features"]

#: Natural Earth ``featurecla`` values (lower case) to kinds; others are skipped (continents
#: are in the gazetteer already; lake centre lines duplicate the lakes).
_KINDS = {
    "lake": "lake",
    "alkaline lake": "lake",
    "reservoir": "reservoir",
    "river": "river",
    "sea": "sea",
    "ocean": "sea",
    "gulf": "gulf",
    "bay": "bay",
    "strait": "strait",
    "sound": "strait",
    "channel": "strait",
    "lagoon": "lagoon",
    "fjord": "bay",
    "inlet": "bay",
    "desert": "desert",
    "range/mtn": "range",
    "plateau": "plateau",
    "peninsula": "peninsula",
    "pen/cape": "peninsula",
    "island": "island",
    "island group": "island",
    "plain": "plain",
    "lowland": "plain",
    "delta": "delta",
    "basin": "basin",
    "valley": "valley",
    "depression": "basin",
    "wetlands": "wetland",
    "gorge": "valley",
    "foothills": "range",
    "isthmus": "isthmus",
    "coast": "coast",
    "geoarea": "region",
}


def feature_kind(featurecla: str) -> str:
    """Return the kind for a Natural Earth ``featurecla``, ``""`` to skip it.

    Examples
    --------
    >>> feature_kind("Range/mtn"), feature_kind("Alkaline Lake"), feature_kind("Continent")
    ('range', 'lake', '')
    >>> feature_kind("")
    ''
    """
    return _KINDS.get(featurecla.strip().lower(), "")


def _name(text: Any) -> str:
    name = " ".join(str(text or "").split())
    return name.title() if name.isupper() else name


def _point(geometry: Mapping[str, Any]) -> tuple[float, float, float] | None:
    """``(lon, lat, size)``: a point on the feature and its size (length or area)."""
    geom = shape(geometry)
    if geom.is_empty:
        return None
    if geom.geom_type in ("LineString", "MultiLineString"):
        lines = list(getattr(geom, "geoms", [geom]))
        longest: LineString = max(lines, key=lambda g: g.length)
        x, y = longest.coords[len(longest.coords) // 2][:2]
        return x, y, longest.length
    point = geom.representative_point()
    return point.x, point.y, geom.area


def natural_features(features: Iterable[Mapping[str, Any]]) -> list[NaturalFeature]:
    """One feature per (name, kind) from GeoJSON features (pure); the largest part wins.

    Parameters
    ----------
    features : iterable of mapping
        GeoJSON features with ``featurecla``, ``name`` (``name_en`` preferred), ``scalerank``.

    Returns
    -------
    list of NaturalFeature
        Named features with their best (lowest) scalerank.
    """
    best: dict[tuple[str, str], tuple[float, NaturalFeature]] = {}
    for feature in features:
        props = feature.get("properties") or {}
        kind = feature_kind(str(props.get("featurecla") or ""))
        name = _name(props.get("name_en") or props.get("name"))
        if not kind or not name or not is_latin(name) or not feature.get("geometry"):
            continue
        found = _point(feature["geometry"])
        if found is None:
            continue
        lon, lat, size = found
        alts = [_name(props.get(k)) for k in ("name", "name_alt", "namealt", "name_abb")]
        alt = tuple(dict.fromkeys(a for a in alts if a and a != name and is_latin(a)))
        rank = int(float(props.get("scalerank") or 0))
        key = (name, kind)
        if key in best:
            rank = min(rank, best[key][1].scalerank)
            alt = tuple(dict.fromkeys(best[key][1].alt_names + alt))
            if size <= best[key][0]:
                old = best[key][1]
                best[key] = (best[key][0], NaturalFeature(name, kind, old.lat, old.lon, rank, alt))
                continue
        best[key] = (size, NaturalFeature(name, kind, round(lat, 5), round(lon, 5), rank, alt))
    return [feature for _, feature in best.values()]


def main(argv: Sequence[str] | None = None) -> int:
    """Build the natural-features file; returns the exit status (0 ok, 2 error)."""
    parser = argparse.ArgumentParser(prog="python -m geodata.tools.natural", description=__doc__)
    parser.add_argument("geojson", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    collected: list[Mapping[str, Any]] = []
    try:
        for path in args.geojson:
            collected.extend(json.loads(path.read_bytes()).get("features") or [])
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    count = write_natural_tsv(natural_features(collected), args.out)
    print(f"{args.out}: {count} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
