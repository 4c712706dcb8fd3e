"""The first-level region each known news outlet serves, by web host (``data/outlets.csv``,
built by :mod:`geodata.tools.outlets`; sources in ``data/README.md``)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from geodata.errors import GazetteerLoadError

__all__ = ["OUTLETS_PATH", "load_outlet_regions", "region_of_host"]

#: The shipped table: ``host,iso2,region``.
OUTLETS_PATH = Path(__file__).resolve().parent / "data" / "outlets.csv"


def load_outlet_regions(path: Path = OUTLETS_PATH) -> dict[str, tuple[str, str]]:
    """Read an outlet table: host -> ``(ISO2, region name)``.

    Raises
    ------
    GazetteerLoadError
        If the file cannot be read or lacks the ``host``, ``iso2`` and ``region`` columns.
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GazetteerLoadError(f"cannot read the outlet table {path}: {exc}") from exc
    if rows and not {"host", "iso2", "region"} <= set(rows[0]):
        raise GazetteerLoadError(f"{path}: expected columns host, iso2, region")
    return {
        row["host"].strip().lower(): (row["iso2"].strip().upper(), row["region"].strip())
        for row in rows
        if row["host"] and row["iso2"] and row["region"]
    }


def region_of_host(host: str, regions: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The region a host's outlet serves: the host's own entry, else its nearest parent
    domain's ("news.postbulletin.com" is "postbulletin.com"), ``None`` when unknown.

    >>> region_of_host("www.news.example.com", {"example.com": ("US", "Texas")})
    ('US', 'Texas')
    >>> region_of_host("example.org", {"example.com": ("US", "Texas")}) is None
    True
    """
    labels = host.lower().rstrip(".").removeprefix("www.").split(".")
    for start in range(len(labels) - 1):
        found = regions.get(".".join(labels[start:]))
        if found is not None:
            return found
    return None
