"""Natural features (lakes, rivers, seas, gulfs, deserts, ranges) from Natural Earth.

``geodata/data/natural_features.tsv.gz`` is written by :mod:`geodata.tools.natural` from Natural
Earth's 10m physical layers: one representative point per named feature (inside a polygon, the
middle vertex of a river's longest line) and its ``scalerank`` (0 is the most prominent).
Features become gazetteer places of kind ``natural``: ranked below any town of the same name
(see :func:`geodata.build.priority_of`) and never a precise event location.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geodata.errors import GazetteerBuildError
from geodata.records import PlaceRecord, SourceRecords

__all__ = [
    "NATURAL_COLUMNS",
    "NATURAL_PATH",
    "NaturalFeature",
    "natural_records",
    "read_natural",
    "read_natural_tsv",
    "write_natural_tsv",
]

#: Where the shipped file lives.
NATURAL_PATH = Path(__file__).resolve().parent.parent / "data" / "natural_features.tsv.gz"

#: Columns of the TSV, in order; ``alt_names`` are joined by ``|``.
NATURAL_COLUMNS: tuple[str, ...] = ("name", "kind", "lat", "lon", "scalerank", "alt_names")


@dataclass(frozen=True, slots=True)
class NaturalFeature:
    """One named natural feature.

    Attributes
    ----------
    name : str
        English name.
    kind : str
        ``lake``, ``river``, ``sea``, ``gulf``, ``desert``, ``range``, ``plateau``, ...
    lat, lon : float
        A point inside or on the feature, WGS84 degrees rounded to 5 decimals.
    scalerank : int
        Natural Earth's rank, 0 (most prominent) to about 10.
    alt_names : tuple of str
        Other Latin-script names.
    """

    name: str
    kind: str
    lat: float
    lon: float
    scalerank: int
    alt_names: tuple[str, ...] = ()


def write_natural_tsv(features: Iterable[NaturalFeature], path: Path) -> int:
    """Write features as a deterministic gzip TSV (sorted, gzip mtime 0); returns the count."""
    ordered = sorted(features, key=lambda f: (f.name, f.kind, f.lat, f.lon))
    lines = ["\t".join(NATURAL_COLUMNS)]
    lines += [
        f"{f.name}\t{f.kind}\t{f.lat:.5f}\t{f.lon:.5f}\t{f.scalerank}\t{'|'.join(f.alt_names)}"
        for f in ordered
    ]
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return len(ordered)


def read_natural_tsv(path: Path) -> Iterator[NaturalFeature]:
    """Read a file written by :func:`write_natural_tsv`.

    Raises
    ------
    GazetteerBuildError
        On a wrong header or a malformed line.
    """
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
        header = tuple(handle.readline().rstrip("\n").split("\t"))
        if header != NATURAL_COLUMNS:
            raise GazetteerBuildError(f"{path}: unexpected header {header!r}")
        for number, line in enumerate(handle, start=2):
            cells = line.rstrip("\n").split("\t")
            if len(cells) != len(NATURAL_COLUMNS):
                raise GazetteerBuildError(f"{path}:{number}: expected 6 columns")
            try:
                yield NaturalFeature(
                    name=cells[0],
                    kind=cells[1],
                    lat=float(cells[2]),
                    lon=float(cells[3]),
                    scalerank=int(cells[4]),
                    alt_names=tuple(n for n in cells[5].split("|") if n),
                )
            except ValueError as err:
                raise GazetteerBuildError(f"{path}:{number}: {err}") from err


def natural_records(features: Iterable[NaturalFeature]) -> list[PlaceRecord]:
    """Gazetteer records of kind ``natural`` (pure), most prominent (lowest scalerank) first;
    the feature type is the feature code.

    Examples
    --------
    >>> lake = NaturalFeature("Lake Chad", "lake", 13.1, 14.4, 2)
    >>> [(r.place_id, r.kind, r.feature_code) for r in natural_records([lake])]
    [('ne:lake:Lake Chad:13.10000:14.40000', 'natural', 'lake')]
    >>> natural_records([])
    []
    """
    return [
        PlaceRecord(
            place_id=f"ne:{f.kind}:{f.name}:{f.lat:.5f}:{f.lon:.5f}",
            name=f.name,
            kind="natural",
            country="",
            lon=f.lon,
            lat=f.lat,
            feature_code=f.kind,
            alt_names=f.alt_names,
        )
        # most prominent first: equal-score candidates keep this order in the index
        for f in sorted(features, key=lambda f: f.scalerank)
    ]


def read_natural(path: Path = NATURAL_PATH) -> SourceRecords:
    """Read the natural-features file into one source's records."""
    return SourceRecords(
        name="natural-earth", records=tuple(natural_records(read_natural_tsv(path)))
    )
