"""Offline gazetteer: place-name lookup, curated site layers and a geopy-compatible geocoder.

Importing the package reads no file and no environment variable; the index is built or loaded
by :meth:`Gazetteer.load`.
"""

from __future__ import annotations

from geodata import errors
from geodata.countries import iso3_for
from geodata.gazetteer import Gazetteer
from geodata.geocoder import OfflineGeocoder
from geodata.models import Candidate, Site
from geodata.normalize import fold_name, translit_key
from geodata.sites import SiteLine, load_site_lines, load_sites

__all__ = [
    "Candidate",
    "Gazetteer",
    "OfflineGeocoder",
    "Site",
    "SiteLine",
    "errors",
    "fold_name",
    "iso3_for",
    "load_site_lines",
    "load_sites",
    "translit_key",
]
