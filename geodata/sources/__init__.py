"""Readers of the registry packages and curated files the gazetteer is built from.

Each reader returns :class:`~geodata.records.SourceRecords`; :func:`default_sources` wraps them as
lazy :class:`~geodata.records.Source` objects whose fingerprints are cheap to compute.
"""

from __future__ import annotations

from geodata.sources.registry import default_sources

__all__ = ["default_sources"]
