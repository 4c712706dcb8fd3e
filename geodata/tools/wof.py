"""Build ``geodata/data/wof/<xx>.tsv.gz`` from Who's On First ``whosonfirst-data-admin-<xx>``.

Usage::

    python -m geodata.tools.wof CHECKOUT [CHECKOUT ...] --out geodata/data/wof/

A checkout is a bare git directory (read at ``HEAD`` through one ``git cat-file --batch``
process) or a working tree with a ``data/`` folder. Current, non-deprecated, non-superseded
places of the kept place types are written with their Latin-script names; each checkout's
country comes from its records' ``wof:country``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from geodata.errors import GazetteerBuildError
from geodata.normalize import is_latin
from geodata.sources.wof import WofRow, write_wof_tsv

__all__ = ["KEEP_PLACETYPES", "build_country", "iter_features", "main", "parse_feature"]

#: Place types written by default: towns and villages, municipalities, city quarters, districts.
KEEP_PLACETYPES = frozenset({"locality", "localadmin", "neighbourhood", "county"})
_MAX_ALT_NAMES = 16


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN is no number


def _point(props: Mapping[str, Any]) -> tuple[float, float] | None:
    for lat_key, lon_key in (
        ("lbl:latitude", "lbl:longitude"),
        ("geom:latitude", "geom:longitude"),
    ):
        lat, lon = _number(props.get(lat_key)), _number(props.get(lon_key))
        if lat is None or lon is None or (lat == 0.0 and lon == 0.0):
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return lat, lon
    return None


def _is_live(props: Mapping[str, Any]) -> bool:
    if props.get("mz:is_current") in (0, "0"):
        return False
    deprecated = str(props.get("edtf:deprecated") or "").strip()
    if deprecated and deprecated.lower() not in ("uuuu", ""):
        return False
    return not props.get("wof:superseded_by")


def _alt_names(props: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """Latin-script ``name:<lang>_x_preferred`` then ``_x_variant`` names, English first."""
    keys = [
        k for k in props if k.startswith("name:") and k.endswith(("_x_preferred", "_x_variant"))
    ]
    keys.sort(key=lambda k: (not k.startswith("name:eng"), k.endswith("_x_variant"), k))
    seen = {name.casefold()}
    names: list[str] = []
    for key in keys:
        values = props[key] if isinstance(props[key], list) else [props[key]]
        for value in values:
            text = " ".join(str(value).split())
            if text and text.casefold() not in seen and is_latin(text):
                seen.add(text.casefold())
                names.append(text)
    return tuple(names[:_MAX_ALT_NAMES])


def _int(value: Any) -> int:
    number = _number(value)
    return int(number) if number is not None and number > 0 else 0


def parse_feature(
    props: Mapping[str, Any], keep: frozenset[str] = KEEP_PLACETYPES
) -> tuple[WofRow, int] | None:
    """Turn one WOF record's ``properties`` into a row and its region id (pure).

    Parameters
    ----------
    props : mapping
        The GeoJSON feature's ``properties``.
    keep : frozenset of str
        Place types to keep.

    Returns
    -------
    (WofRow, int) or None
        The row (``admin1`` still empty) and its ``region_id`` (0 if none); None for a place of
        another type, not current, deprecated, superseded, or without a Latin name or a point.

    Examples
    --------
    >>> row, region = parse_feature({"wof:id": 7, "wof:name": "Kafr Zita", "wof:country": "SY",
    ...     "wof:placetype": "locality", "geom:latitude": 35.37, "geom:longitude": 36.6,
    ...     "wof:hierarchy": [{"region_id": 85678359}]})
    >>> (row.name, row.country, region)
    ('Kafr Zita', 'SY', 85678359)
    >>> parse_feature({"wof:placetype": "locality", "mz:is_current": 0}) is None
    True
    >>> parse_feature({}) is None
    True
    """
    placetype = str(props.get("wof:placetype") or "")
    if placetype not in keep or not _is_live(props):
        return None
    point = _point(props)
    alt = _alt_names(props, "")
    name = " ".join(str(props.get("wof:name") or "").split())
    if name and not is_latin(name):
        name = ""
    if not name:
        name, alt = (alt[0], alt[1:]) if alt else ("", ())
    else:
        alt = tuple(n for n in alt if n.casefold() != name.casefold())
    wof_id = _int(props.get("wof:id"))
    if point is None or not name or not wof_id:
        return None
    concordances = props.get("wof:concordances") or {}
    hierarchy = props.get("wof:hierarchy") or [{}]
    region = _int(hierarchy[0].get("region_id")) if isinstance(hierarchy[0], dict) else 0
    population = _int(props.get("gn:population")) or _int(props.get("wof:population"))
    row = WofRow(
        wof_id=wof_id,
        name=name,
        placetype=placetype,
        country=str(props.get("wof:country") or props.get("iso:country") or "").upper(),
        lat=round(point[0], 5),
        lon=round(point[1], 5),
        geonames_id=_int(concordances.get("gn:id")) if isinstance(concordances, dict) else 0,
        population=population,
        alt_names=alt,
    )
    return row, region


def _feed(stdin: IO[bytes], shas: list[str]) -> None:
    with stdin:
        stdin.write("".join(sha + "\n" for sha in shas).encode())


def _git_blobs(git_dir: Path) -> Iterator[bytes]:
    """Every ``data/**.geojson`` blob at ``HEAD``, read by one ``git cat-file --batch``."""
    listing = subprocess.run(
        ["git", "--git-dir", str(git_dir), "ls-tree", "-r", "HEAD", "data"],
        check=True,
        capture_output=True,
    ).stdout.decode()
    shas = [
        line.split()[2]
        for line in listing.splitlines()
        if line.endswith(".geojson") and "-alt-" not in line and line.split()[1] == "blob"
    ]
    with subprocess.Popen(
        ["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    ) as proc:
        stdin, stdout = proc.stdin, proc.stdout
        if stdin is None or stdout is None:
            raise GazetteerBuildError("git cat-file gave no pipes")
        # feed the requests from a thread: git writes answers while it reads, and a full
        # pipe on either side would otherwise block both processes
        feeder = threading.Thread(target=_feed, args=(stdin, shas), daemon=True)
        feeder.start()
        for _ in shas:
            header = stdout.readline().split()
            yield stdout.read(int(header[2]))
            stdout.read(1)  # the newline after each object
        feeder.join()


def iter_features(checkout: Path) -> Iterator[dict[str, Any]]:
    """Yield the ``properties`` of every GeoJSON record in a WOF checkout.

    Parameters
    ----------
    checkout : Path
        A bare git directory or a working tree holding ``data/``. Alternate geometries
        (``*-alt-*.geojson``) are skipped.

    Yields
    ------
    dict
        Properties of one record.

    Raises
    ------
    GazetteerBuildError
        If the checkout has neither form or a record is not JSON.
    """
    if (checkout / "data").is_dir():
        paths = sorted(p for p in (checkout / "data").rglob("*.geojson") if "-alt-" not in p.name)
        blobs: Iterator[bytes] = (p.read_bytes() for p in paths)
    elif (checkout / "HEAD").is_file() and (checkout / "objects").is_dir():
        blobs = _git_blobs(checkout)
    else:
        raise GazetteerBuildError(f"{checkout} is neither a WOF working tree nor a git directory")
    for blob in blobs:
        try:
            feature = json.loads(blob)
        except ValueError as err:
            raise GazetteerBuildError(f"{checkout}: a record is not JSON: {err}") from err
        yield feature.get("properties") or {}


def build_country(
    features: Iterator[Mapping[str, Any]], keep: frozenset[str] = KEEP_PLACETYPES
) -> tuple[str, list[WofRow]]:
    """Rows of one checkout, ``admin1`` filled from its region records (pure).

    Parameters
    ----------
    features : iterator of mapping
        Record properties, e.g. from :func:`iter_features`.
    keep : frozenset of str
        Place types to keep.

    Returns
    -------
    (str, list of WofRow)
        The checkout's country (its most common ``wof:country``) and its rows in that country.
    """
    regions: dict[int, str] = {}
    parsed: list[tuple[WofRow, int]] = []
    for props in features:
        if props.get("wof:placetype") == "region":
            name = str(props.get("name:eng_x_preferred", [""])[0] or props.get("wof:name") or "")
            regions[_int(props.get("wof:id"))] = name
        found = parse_feature(props, keep)
        if found is not None:
            parsed.append(found)
    countries = Counter(row.country for row, _ in parsed if row.country)
    if not countries:
        return "", []
    country = countries.most_common(1)[0][0]
    rows = [
        WofRow(**{**_fields(row), "admin1": regions.get(region, "")})
        for row, region in parsed
        if row.country == country
    ]
    return country, rows


def _fields(row: WofRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in WofRow.__slots__}


def main(argv: Sequence[str] | None = None) -> int:
    """Build one ``<xx>.tsv.gz`` per checkout; returns the exit status (0 ok, 2 error)."""
    parser = argparse.ArgumentParser(prog="python -m geodata.tools.wof", description=__doc__)
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--placetypes", default=",".join(sorted(KEEP_PLACETYPES)))
    args = parser.parse_args(argv)
    keep = frozenset(t for t in args.placetypes.split(",") if t)
    try:
        for checkout in args.checkouts:
            country, rows = build_country(iter_features(checkout), keep)
            if not country:
                print(f"{checkout}: no places kept", file=sys.stderr)
                continue
            path = args.out / f"{country.lower()}.tsv.gz"
            print(f"{path}: {write_wof_tsv(rows, path)} places from {checkout}")
    except (GazetteerBuildError, OSError, subprocess.CalledProcessError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
