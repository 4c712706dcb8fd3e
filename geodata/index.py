"""The compiled gazetteer index: its in-memory shape and its one-file on-disk format.

File layout: one ASCII header line ``CONFLICT-ATLAS-GAZETTEER <format> <fingerprint>\\n``
followed by a pickle (protocol 5) of :class:`GazetteerIndex`. Numeric columns are numpy arrays
(compact on disk, fast to unpickle); name keys are plain dicts for O(1) lookups.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from geodata.errors import GazetteerBuildError, GazetteerLoadError
from geodata.models import Site

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "GazetteerIndex",
    "Postings",
    "index_file_name",
    "read_index",
    "write_index",
]

#: Bump whenever the builder's output changes for the same inputs.
FORMAT_VERSION = 23
MAGIC = b"CONFLICT-ATLAS-GAZETTEER"

#: One int ``place_index << 2 | tier`` or a tuple of them, best first.
Postings = int | tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GazetteerIndex:
    """All places as columns, plus name keys pointing at rows.

    Attributes
    ----------
    fingerprint : str
        Hash of the format version and every source fingerprint.
    place_ids, names : tuple of str
        Per place.
    kinds, countries, admin1, features : numpy.ndarray
        Per place, indexes into ``kind_table``, ``country_table``, ``admin1_table`` and
        ``feature_table``.
    lon, lat : numpy.ndarray
        float64 per place.
    population : numpy.ndarray
        int64 per place.
    keys : dict
        :func:`~geodata.normalize.fold_name` key -> postings (tier 0 preferred or strong name,
        1 alternate name, 2 case-sensitive code).
    translit : dict
        :func:`~geodata.normalize.translit_key` key -> postings (tier 0).
    demonyms : dict
        Folded demonym (singular and plural) -> ISO2 code.
    sites : tuple of Site
        The curated sites.
    max_name_tokens : int
        Most space-separated tokens in any key of ``keys``.
    """

    fingerprint: str
    place_ids: tuple[str, ...]
    names: tuple[str, ...]
    kinds: np.ndarray
    countries: np.ndarray
    admin1: np.ndarray
    features: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    population: np.ndarray
    kind_table: tuple[str, ...]
    country_table: tuple[str, ...]
    admin1_table: tuple[str, ...]
    feature_table: tuple[str, ...]
    keys: dict[str, Postings]
    translit: dict[str, Postings]
    demonyms: dict[str, str]
    sites: tuple[Site, ...]
    max_name_tokens: int


def index_file_name(fingerprint: str) -> str:
    """Return the index file name for a fingerprint: ``gazetteer-v<format>-<hash16>.pkl``."""
    return f"gazetteer-v{FORMAT_VERSION}-{fingerprint[:16]}.pkl"


def _header(fingerprint: str) -> bytes:
    return MAGIC + f" {FORMAT_VERSION} {fingerprint}\n".encode("ascii")


def write_index(index: GazetteerIndex, path: Path) -> int:
    """Write ``index`` to ``path`` atomically (temp file, then rename).

    Parameters
    ----------
    index : GazetteerIndex
        The compiled index.
    path : Path
        Target file; its directory is created if needed.

    Returns
    -------
    int
        Bytes written.

    Raises
    ------
    GazetteerBuildError
        If the file cannot be written.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            handle.write(_header(index.fingerprint))
            pickle.dump(index, handle, protocol=5)
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise GazetteerBuildError(f"cannot write gazetteer index {path}: {err}") from err
    return path.stat().st_size


def read_index(path: Path, fingerprint: str | None = None) -> GazetteerIndex:
    """Read an index written by :func:`write_index`.

    Parameters
    ----------
    path : Path
        Index file.
    fingerprint : str, optional
        If given, the header must carry exactly this fingerprint.

    Returns
    -------
    GazetteerIndex
        The index.

    Raises
    ------
    GazetteerLoadError
        If the file is missing, from another format version or fingerprint, or corrupt.
    """
    try:
        with path.open("rb") as handle:
            header = handle.readline()
            parts = header.split()
            if len(parts) != 3 or parts[0] != MAGIC or parts[1] != str(FORMAT_VERSION).encode():
                raise GazetteerLoadError(f"{path} is not a v{FORMAT_VERSION} gazetteer index")
            if fingerprint is not None and parts[2].decode("ascii") != fingerprint:
                raise GazetteerLoadError(f"{path} was built from other inputs")
            index = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError) as err:
        raise GazetteerLoadError(f"cannot read gazetteer index {path}: {err}") from err
    if not isinstance(index, GazetteerIndex):
        raise GazetteerLoadError(f"{path} does not hold a gazetteer index")
    return index
