"""Curated layers: Turkish observation posts (points) and the M4/M5 motorways (lines)."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from geodata.errors import SiteFileError
from geodata.models import Site

__all__ = ["SITES_DIR", "SiteLine", "load_site_lines", "load_sites"]

#: Directory of the curated files shipped with the package.
SITES_DIR = Path(__file__).resolve().parent / "sites"

_SITE_COLUMNS = (
    "site_id",
    "name",
    "aliases",
    "kind",
    "operator",
    "admin1",
    "country",
    "lat",
    "lon",
)


@dataclass(frozen=True, slots=True)
class SiteLine:
    """A curated line feature, such as a motorway drawn town to town.

    Attributes
    ----------
    name : str
        Display name, e.g. ``"M5 (Aleppo-Hama section)"``.
    kind : str
        ``"highway"`` for the motorways.
    note : str
        Caveats about the geometry.
    coords : tuple of (float, float)
        Vertices as (lon, lat), WGS84.
    """

    name: str
    kind: str
    note: str
    coords: tuple[tuple[float, float], ...]


def _coordinate(value: str, low: float, high: float, where: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError) as err:
        raise SiteFileError(f"{where}: not a number: {value!r}") from err
    if not low <= number <= high:
        raise SiteFileError(f"{where}: {number} outside [{low}, {high}]")
    return number


def load_sites(path: Path | None = None) -> tuple[Site, ...]:
    """Read curated sites from a CSV file.

    Parameters
    ----------
    path : Path, optional
        CSV with columns ``site_id, name, aliases (';'-separated), kind, operator, admin1,
        country, lat, lon, established, note, coordinate_source``; default: the packaged
        ``idlib_sites.csv``. Rows without coordinates are skipped.

    Returns
    -------
    tuple of Site
        In file order.

    Raises
    ------
    SiteFileError
        If the file is missing, lacks a column or has an out-of-range coordinate.

    Examples
    --------
    >>> sites = load_sites()
    >>> len(sites), sites[0].site_id
    (15, 'tr-op-salwa')
    """
    path = path or SITES_DIR / "idlib_sites.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as err:
        raise SiteFileError(f"cannot read {path}: {err}") from err
    sites = []
    for number, row in enumerate(rows, start=2):
        missing = [c for c in _SITE_COLUMNS if c not in row]
        if missing:
            raise SiteFileError(f"{path}: missing columns {missing}")
        if not (row["lat"] or "").strip() or not (row["lon"] or "").strip():
            continue
        where = f"{path.name}:{number}"
        aliases = tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip())
        sites.append(
            Site(
                site_id=row["site_id"].strip(),
                name=row["name"].strip(),
                aliases=tuple(a for a in dict.fromkeys(aliases) if a != row["name"].strip()),
                kind=row["kind"].strip(),
                operator=row["operator"].strip(),
                admin1=row["admin1"].strip(),
                country=row["country"].strip(),
                lon=_coordinate(row["lon"], -180.0, 180.0, where),
                lat=_coordinate(row["lat"], -90.0, 90.0, where),
                established=(row.get("established") or "").strip(),
                note=(row.get("note") or "").strip(),
                source=(row.get("coordinate_source") or "").strip(),
            )
        )
    return tuple(sites)


def load_site_lines(path: Path | None = None) -> tuple[SiteLine, ...]:
    """Read curated LineStrings from a GeoJSON FeatureCollection.

    Parameters
    ----------
    path : Path, optional
        Default: the packaged ``idlib_highways.geojson``.

    Returns
    -------
    tuple of SiteLine
        One per LineString feature (other geometry types are skipped), coordinates (lon, lat).

    Raises
    ------
    SiteFileError
        If the file is missing, not JSON, or has an out-of-range coordinate.

    Examples
    --------
    >>> [line.name.split()[0] for line in load_site_lines()]
    ['M5', 'M4']
    """
    path = path or SITES_DIR / "idlib_highways.geojson"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SiteFileError(f"cannot read {path}: {err}") from err
    lines = []
    for feature in data.get("features", []) if isinstance(data, dict) else []:
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "LineString":
            continue
        props = feature.get("properties") or {}
        coords = tuple(
            (
                _coordinate(p[0], -180.0, 180.0, path.name),
                _coordinate(p[1], -90.0, 90.0, path.name),
            )
            for p in geometry.get("coordinates", [])
        )
        lines.append(
            SiteLine(
                name=str(props.get("name", "")),
                kind=str(props.get("kind", "")),
                note=str(props.get("note", "")),
                coords=coords,
            )
        )
    return tuple(lines)
