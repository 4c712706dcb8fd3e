"""Who's On First localities: the compact per-country TSV files and their gazetteer records.

``geodata/data/wof/<xx>.tsv.gz`` files are written by :mod:`geodata.tools.wof` from a Who's On
First ``whosonfirst-data-admin-<xx>`` checkout. GeoNames' ``cities500`` stops at 500 inhabitants;
the villages where fighting is reported often have fewer, or no census at all. Each WOF place is
a ``secondary`` record: a GeoNames place of the same name within 10 km wins (see
:func:`geodata.build.compile_index`), and a WOF place whose GeoNames concordance is already in the
gazetteer is skipped, so it only fills gaps.
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
    "COLUMNS",
    "WOF_DIR",
    "WofRow",
    "read_wof",
    "read_wof_tsv",
    "wof_files",
    "wof_records",
    "write_wof_tsv",
]

#: Where the shipped per-country files live.
WOF_DIR = Path(__file__).resolve().parent.parent / "data" / "wof"

#: Columns of a WOF TSV, in order; ``alt_names`` are joined by ``|``.
COLUMNS: tuple[str, ...] = (
    "wof_id",
    "name",
    "placetype",
    "lat",
    "lon",
    "admin1",
    "geonames_id",
    "population",
    "alt_names",
)

#: Alternate names indexed per place (English first, as the build tool orders them): further
#: variants cost index build time and rarely add a spelling news uses.
MAX_ALT_NAMES = 4

#: WOF place types kept as towns (``city``); ``county`` (districts) becomes ``admin2``.
_KINDS = {"locality": "city", "localadmin": "city", "neighbourhood": "city", "county": "admin2"}


@dataclass(frozen=True, slots=True)
class WofRow:
    """One Who's On First place as the TSV stores it.

    Attributes
    ----------
    wof_id : int
        Who's On First id.
    name : str
        ``wof:name``.
    placetype : str
        ``locality``, ``localadmin``, ``neighbourhood`` or ``county``.
    country : str
        ISO 3166-1 alpha-2 code, upper case (the file's name, not a column).
    lat, lon : float
        WGS84 degrees, rounded to 5 decimals.
    admin1 : str
        Name of the place's WOF region, ``""`` when unknown.
    geonames_id : int
        GeoNames id from ``wof:concordances``, 0 when none.
    population : int
        0 when unknown.
    alt_names : tuple of str
        Latin-script alternate names, without the preferred name.
    """

    wof_id: int
    name: str
    placetype: str
    country: str
    lat: float
    lon: float
    admin1: str = ""
    geonames_id: int = 0
    population: int = 0
    alt_names: tuple[str, ...] = ()


def _clean(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


def write_wof_tsv(rows: Iterable[WofRow], path: Path) -> int:
    """Write rows as a gzip TSV with a header, sorted by id; the same rows give the same bytes.

    Parameters
    ----------
    rows : iterable of WofRow
        Places of one country.
    path : Path
        Output file (``<xx>.tsv.gz``); its parent is created.

    Returns
    -------
    int
        Rows written.
    """
    ordered = sorted(rows, key=lambda r: r.wof_id)
    lines = ["\t".join(COLUMNS)]
    for r in ordered:
        cells = (
            str(r.wof_id),
            _clean(r.name),
            r.placetype,
            f"{r.lat:.5f}",
            f"{r.lon:.5f}",
            _clean(r.admin1),
            str(r.geonames_id or ""),
            str(r.population or ""),
            "|".join(_clean(n) for n in r.alt_names),
        )
        lines.append("\t".join(cells))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(data)
    path.write_bytes(buffer.getvalue())
    return len(ordered)


def _parse_line(line: str, country: str, where: str) -> WofRow:
    cells = line.rstrip("\n").split("\t")
    if len(cells) != len(COLUMNS):
        raise GazetteerBuildError(f"{where}: expected {len(COLUMNS)} columns, got {len(cells)}")
    try:
        return WofRow(
            wof_id=int(cells[0]),
            name=cells[1],
            placetype=cells[2],
            country=country,
            lat=float(cells[3]),
            lon=float(cells[4]),
            admin1=cells[5],
            geonames_id=int(cells[6] or 0),
            population=int(cells[7] or 0),
            alt_names=tuple(n for n in cells[8].split("|") if n),
        )
    except ValueError as err:
        raise GazetteerBuildError(f"{where}: {err}") from err


def read_wof_tsv(path: Path) -> Iterator[WofRow]:
    """Read a file written by :func:`write_wof_tsv`; the country is the file name's stem.

    Parameters
    ----------
    path : Path
        ``<xx>.tsv.gz``.

    Yields
    ------
    WofRow
        One per data line.

    Raises
    ------
    GazetteerBuildError
        On a missing header or a malformed line.
    """
    country = path.name.split(".")[0].upper()
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        if tuple(header) != COLUMNS:
            raise GazetteerBuildError(f"{path}: unexpected header {header!r}")
        for number, line in enumerate(handle, start=2):
            if line.strip():
                yield _parse_line(line, country, f"{path}:{number}")


def wof_records(
    rows: Iterable[WofRow], skip_geonames: frozenset[int] = frozenset()
) -> list[PlaceRecord]:
    """Turn WOF rows into secondary gazetteer records (pure).

    Parameters
    ----------
    rows : iterable of WofRow
        Places; unknown place types are skipped.
    skip_geonames : frozenset of int
        GeoNames ids already in the gazetteer: a row with one of these concordances is that
        place again, so it is skipped.

    Returns
    -------
    list of PlaceRecord
        ``wof:<id>`` records of kind ``city`` (``admin2`` for districts), ``secondary=True``,
        without ``admin1``: WOF spells regions its own way, so the builder gives each the
        region of its nearest GeoNames town (:mod:`geodata.nearadmin1`).

    Examples
    --------
    >>> row = WofRow(1, "Kafr Nabudah", "locality", "SY", 35.4, 36.5, "Hama", 0, 0, ("Kfar Nbuda",))
    >>> [(r.place_id, r.kind, r.secondary) for r in wof_records([row])]
    [('wof:1', 'city', True)]
    >>> wof_records([row], skip_geonames=frozenset({0}))[0].name
    'Kafr Nabudah'
    >>> wof_records([])
    []
    """
    records = []
    for row in rows:
        kind = _KINDS.get(row.placetype)
        if kind is None or (row.geonames_id and row.geonames_id in skip_geonames):
            continue
        records.append(
            PlaceRecord(
                place_id=f"wof:{row.wof_id}",
                name=row.name,
                kind=kind,
                country=row.country,
                lon=row.lon,
                lat=row.lat,
                population=row.population,
                alt_names=row.alt_names[:MAX_ALT_NAMES],
                secondary=True,
            )
        )
    return records


def wof_files(directory: Path = WOF_DIR) -> tuple[Path, ...]:
    """Return the per-country files in ``directory`` in name order (none if it is absent)."""
    return tuple(sorted(directory.glob("*.tsv.gz"))) if directory.is_dir() else ()


def read_wof(files: Iterable[Path], skip_geonames: frozenset[int] = frozenset()) -> SourceRecords:
    """Read per-country WOF files into one source's records.

    Parameters
    ----------
    files : iterable of Path
        ``<xx>.tsv.gz`` files.
    skip_geonames : frozenset of int
        GeoNames ids already in the gazetteer (see :func:`wof_records`).

    Returns
    -------
    SourceRecords
        Secondary town and district records.
    """
    records: list[PlaceRecord] = []
    for path in files:
        records.extend(wof_records(read_wof_tsv(path), skip_geonames))
    return SourceRecords(name="whosonfirst", records=tuple(records))
