"""Import a GeoNames dump (``XX.zip`` or ``allCountries.zip``) as an extra gazetteer source.

The import compiles the dump's populated places (feature class ``P``) into
``<cache_dir>/geonames-dump-<stem>-<hash16>.pkl``, where ``hash16`` hashes the input zip(s); the
next :meth:`Gazetteer.load` sees a new source fingerprint (the file name) and rebuilds. Places
share ids with ``cities500`` (``gn:<geonameid>``), so the dump's attributes win and names merge.
"""

from __future__ import annotations

import csv
import hashlib
import io
import pickle
import sys
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from geodata.errors import DumpImportError
from geodata.records import PlaceRecord, Source, SourceRecords

__all__ = ["DUMP_GLOB", "dump_sources", "import_geonames_dump"]

DUMP_GLOB = "geonames-dump-*.pkl"
_KEEP_CLASSES = frozenset({"P"})
_SKIP_LANGUAGES = frozenset(
    {"link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid", "abbr"}
)


def _zip_rows(zip_path: Path, min_columns: int) -> Iterator[list[str]]:
    """Yield tab-separated rows of the main ``.txt`` member of a GeoNames zip."""
    try:
        archive = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as err:
        raise DumpImportError(f"cannot open {zip_path}: {err}") from err
    with archive:
        members = [m for m in archive.infolist() if m.filename.endswith(".txt")]
        members = [m for m in members if "readme" not in m.filename.lower()]
        if not members:
            raise DumpImportError(f"{zip_path} has no .txt member")
        member = max(members, key=lambda m: m.file_size)
        csv.field_size_limit(sys.maxsize)
        with archive.open(member) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            for row in csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= min_columns:
                    yield row


def _place(row: list[str], alt: list[str]) -> PlaceRecord | None:
    try:
        lat, lon = float(row[4]), float(row[5])
        population = int(row[14] or 0)
    except ValueError:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or not row[1]:
        return None
    names = [n for n in (row[2], *row[3].split(",")) if n]
    return PlaceRecord(
        place_id=f"gn:{row[0]}",
        name=row[1],
        kind="city",
        country=row[8],
        lon=lon,
        lat=lat,
        population=population,
        admin1_code=row[10],
        feature_code=row[7],
        alt_names=tuple(dict.fromkeys(names + alt)),
    )


def _alternate_names(path: Path, wanted: set[str]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for row in _zip_rows(path, 4):
        if row[1] in wanted and row[2] not in _SKIP_LANGUAGES and row[3]:
            names.setdefault(row[1], []).append(row[3])
    return names


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:16]


def import_geonames_dump(
    zip_path: Path, cache_dir: Path, *, alternate_names: Path | None = None
) -> int:
    """Compile a GeoNames dump's populated places into ``cache_dir`` for the next build.

    Parameters
    ----------
    zip_path : Path
        ``XX.zip`` or ``allCountries.zip`` holding the 19-column GeoNames table.
    cache_dir : Path
        The gazetteer cache directory; an earlier import of the same dump name is replaced.
    alternate_names : Path, optional
        ``alternateNamesV2.zip``; its names (except links, postal and airport codes) are added.

    Returns
    -------
    int
        Number of places imported.

    Raises
    ------
    DumpImportError
        If a zip is unreadable or holds no populated place.
    """
    zip_path, cache_dir = Path(zip_path), Path(cache_dir)
    rows = [r for r in _zip_rows(zip_path, 19) if r[6] in _KEEP_CLASSES]
    alt = _alternate_names(Path(alternate_names), {r[0] for r in rows}) if alternate_names else {}
    records = tuple(p for r in rows if (p := _place(r, alt.get(r[0], []))) is not None)
    if not records:
        raise DumpImportError(f"{zip_path} has no populated places (feature class P)")
    inputs = [zip_path] + ([Path(alternate_names)] if alternate_names else [])
    stem = zip_path.stem.replace("-", "_")
    out = cache_dir / f"geonames-dump-{stem}-{_digest(inputs)}.pkl"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob(f"geonames-dump-{stem}-*.pkl"):
            old.unlink()
        tmp = out.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(SourceRecords(f"dump:{stem}", records), protocol=5))
        tmp.replace(out)
    except OSError as err:
        raise DumpImportError(f"cannot write {out}: {err}") from err
    return len(records)


def _read_compiled(path: Path) -> SourceRecords:
    try:
        data = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as err:
        raise DumpImportError(f"cannot read imported dump {path}: {err}") from err
    if not isinstance(data, SourceRecords):
        raise DumpImportError(f"{path} does not hold imported dump records")
    return data


def dump_sources(cache_dir: Path) -> tuple[Source, ...]:
    """Return one :class:`Source` per imported dump in ``cache_dir``, in name order.

    Parameters
    ----------
    cache_dir : Path
        The gazetteer cache directory.

    Returns
    -------
    tuple of Source
        Fingerprinted by file name, which carries a hash of the imported zip(s).
    """
    paths = sorted(Path(cache_dir).glob(DUMP_GLOB)) if Path(cache_dir).is_dir() else []
    return tuple(Source(f"dump:{p.name}", p.name, partial(_read_compiled, p)) for p in paths)
