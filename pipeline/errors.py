"""The one exception hierarchy of the pipeline.

Leaves also subclass the matching builtin, so callers that only know Python's own exceptions
still catch them (``InputError`` is a ``ValueError``).
"""

from __future__ import annotations

__all__ = [
    "AtlasError",
    "ConfigError",
    "ExportError",
    "InputError",
    "ModelError",
    "StoreError",
]


class AtlasError(Exception):
    """Root of every error Conflict Atlas raises on purpose."""


class InputError(AtlasError, ValueError):
    """An article or input file cannot be read: empty, binary, malformed, too large."""


class ConfigError(AtlasError, ValueError):
    """A setting (database URL, model name, cache path) is unusable."""


class ModelError(AtlasError, RuntimeError):
    """The spaCy model cannot be loaded."""


class StoreError(AtlasError, RuntimeError):
    """The event store cannot be opened, read or written."""


class ExportError(AtlasError, RuntimeError):
    """Events cannot be written in the requested format."""
