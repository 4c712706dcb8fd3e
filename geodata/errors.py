"""The one error hierarchy of :mod:`geodata`.

Every error raised on purpose by this package derives from :class:`GeodataError`; each leaf also
derives from the builtin it resembles, so callers may catch either.
"""

from __future__ import annotations

__all__ = [
    "DumpImportError",
    "GazetteerBuildError",
    "GazetteerLoadError",
    "GeodataError",
    "SiteFileError",
    "UnknownPlaceError",
]


class GeodataError(Exception):
    """Root of all errors raised by :mod:`geodata`."""


class GazetteerBuildError(GeodataError, RuntimeError):
    """Compiling the gazetteer index from its sources failed."""


class GazetteerLoadError(GeodataError, OSError):
    """A compiled index exists but cannot be read (corrupt, truncated, foreign format)."""


class UnknownPlaceError(GeodataError, LookupError):
    """A place id, country code or region asked for by id does not exist."""


class SiteFileError(GeodataError, ValueError):
    """A curated site or line file is malformed."""


class DumpImportError(GeodataError, ValueError):
    """A GeoNames dump zip is missing, malformed or has no usable rows."""
