"""A geopy :class:`~geopy.geocoders.base.Geocoder` that answers from the offline gazetteer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geodata.gazetteer import Gazetteer
from geodata.models import Candidate

__all__ = ["OfflineGeocoder"]


def _location(candidate: Candidate) -> Location:
    address = ", ".join(p for p in (candidate.name, candidate.admin1, candidate.country) if p)
    raw = dataclasses.asdict(candidate)
    return Location(address, Point(candidate.lat, candidate.lon), raw)


class OfflineGeocoder(Geocoder):
    """geopy-compatible geocoder over a :class:`~geodata.gazetteer.Gazetteer`; no network.

    Parameters
    ----------
    gazetteer : Gazetteer
        The loaded gazetteer (keyword-only).
    fuzzy : bool
        Let :meth:`geocode` fall back to fuzzy matching.

    Examples
    --------
    With a loaded gazetteer ``gaz`` (tested in ``tests/geodata/test_geocoder.py``)::

        geocoder = OfflineGeocoder(gazetteer=gaz)
        geocoder.geocode("Idlib").point  # Point(35.93062, 36.63393, 0.0)
    """

    def __init__(self, *, gazetteer: Gazetteer, fuzzy: bool = False) -> None:
        super().__init__()  # the default adapter is created but never called
        self.gazetteer = gazetteer
        self.fuzzy = fuzzy

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        limit: int | None = None,
        country_codes: str | Iterable[str] | None = None,
        timeout: Any = DEFAULT_SENTINEL,
        **_: Any,
    ) -> Location | list[Location] | None:
        """Geocode a place name from the gazetteer.

        Parameters
        ----------
        query : str
            Place name; a ``dict`` query uses its ``"city"``, ``"state"`` or ``"country"`` value.
        exactly_one : bool
            Return the best :class:`~geopy.location.Location` instead of a list.
        limit : int, optional
            Most results when ``exactly_one`` is False (default 25).
        country_codes : str or iterable of str, optional
            Keep only places in these ISO2 countries (any case).
        timeout : object
            Accepted for geopy compatibility, ignored.

        Returns
        -------
        Location, list of Location or None
            ``None`` when nothing matches (geopy's convention), else one or a list.
        """
        if isinstance(query, dict):
            query = next((query[k] for k in ("city", "state", "country") if query.get(k)), "")
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        wanted = {c.upper() for c in country_codes} if country_codes else None
        want = 1 if exactly_one else (limit or 25)
        fetch = want if wanted is None else 500
        found = [
            c
            for c in self.gazetteer.lookup(query, limit=fetch, fuzzy=self.fuzzy)
            if wanted is None or c.country in wanted
        ][:want]
        if not found:
            return None
        locations = [_location(c) for c in found]
        return locations[0] if exactly_one else locations

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        max_km: float = 50.0,
        **_: Any,
    ) -> Location | list[Location] | None:
        """Return the nearest gazetteer place to a point within ``max_km``.

        Parameters
        ----------
        query : Point, tuple or str
            ``(lat, lon)`` in geopy's order, or anything :class:`~geopy.point.Point` accepts.
        exactly_one : bool
            Return one Location instead of a one-element list.
        max_km : float
            Search radius.

        Returns
        -------
        Location, list of Location or None
            ``None`` when nothing lies within ``max_km``.
        """
        point = query if isinstance(query, Point) else Point(query)
        found = self.gazetteer.nearest(point.longitude, point.latitude, max_km=max_km)
        if found is None:
            return None
        location = _location(found)
        return location if exactly_one else [location]
