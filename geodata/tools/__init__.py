"""Build tools run by maintainers, never at run time: they turn third-party data checkouts into
the compact files shipped under ``geodata/data/`` (``python -m geodata.tools.wof``,
``python -m geodata.tools.natural``)."""

from __future__ import annotations

__all__: list[str] = []
