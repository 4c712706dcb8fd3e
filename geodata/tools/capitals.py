"""Build ``geodata/data/region_capitals.csv`` from Natural Earth's populated places.

Usage::

    python -m geodata.tools.capitals ne_10m_populated_places.json \\
        --out geodata/data/region_capitals.csv

The input is Natural Earth's ``ne_10m_populated_places`` as GeoJSON. Kept: national capitals
and capitals of first-level regions (and of groups of them): their GeoNames id (0 where Natural
Earth gives none), name, country, rank (see :data:`geodata.capitals.CLASS_RANKS`), point and
region name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from geodata.capitals import CLASS_RANKS, CapitalRow, write_capitals

__all__ = ["capital_rows", "main"]


def capital_rows(features: Iterable[Mapping[str, Any]]) -> list[CapitalRow]:
    """The capitals among Natural Earth populated places (GeoJSON features).

    Examples
    --------
    >>> props = {"FEATURECLA": "Admin-1 capital", "GEONAMEID": 98717.0, "NAME": "Ar Ramadi",
    ...          "ISO_A2": "IQ", "LATITUDE": 33.42, "LONGITUDE": 43.3}
    >>> village = {**props, "FEATURECLA": "Populated place", "GEONAMEID": 1.0}
    >>> unknown = {**props, "GEONAMEID": -1.0}
    >>> [r.geonameid for r in capital_rows([{"properties": p} for p in (props, village, unknown)])]
    [98717, 0]
    """
    rows = []
    for feature in features:
        props = feature.get("properties") or {}
        rank = CLASS_RANKS.get(str(props.get("FEATURECLA", "")).strip())
        if rank is None:
            continue
        geonameid = max(0, int(float(props.get("GEONAMEID") or 0)))  # -1: none
        rows.append(
            CapitalRow(
                geonameid,
                str(props.get("NAME", "")),
                str(props.get("ISO_A2", "")),
                rank,
                float(props["LATITUDE"]),
                float(props["LONGITUDE"]),
                str(props.get("ADM1NAME") or ""),
            )
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("places", type=Path, help="ne_10m_populated_places GeoJSON")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    features = json.loads(args.places.read_text(encoding="utf-8")).get("features", [])
    rows = capital_rows(features)
    write_capitals(rows, args.out)
    print(f"{len(rows)} capitals -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
