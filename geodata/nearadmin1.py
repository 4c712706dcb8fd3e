"""Give gap-filling places the first-level region of their nearest primary town.

Secondary sources (Who's On First villages) name regions their own way ("Dimashq" where the
gazetteer says "Damascus"), and their hundreds of thousands of points must not move the
gazetteer's region points (:func:`geodata.build.compile_index` places regions from their towns).
So such records arrive without ``admin1`` and, once regions are placed, take the region of the
nearest primary town of the same country within :data:`MAX_KM`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace

import numpy as np

from geodata.records import PlaceRecord

__all__ = ["MAX_KM", "fill_admin1_from_nearest"]

#: Farther than this from any primary town, a place keeps an empty ``admin1``.
MAX_KM = 50.0
_KM_PER_DEGREE = 111.2


def _xyz(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    lon, lat = np.radians(lons), np.radians(lats)
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def fill_admin1_from_nearest(records: list[PlaceRecord]) -> list[PlaceRecord]:
    """Fill ``admin1`` of secondary records that have none from the nearest primary town (pure).

    Parameters
    ----------
    records : list of PlaceRecord
        All records; primary ``city`` records with an ``admin1`` are the references.

    Returns
    -------
    list of PlaceRecord
        The records in the same order, secondary ones with their region filled where a
        reference town of their country lies within :data:`MAX_KM`.

    Examples
    --------
    >>> town = PlaceRecord("gn:1", "Idlib", "city", "SY", 36.63, 35.93, admin1="Idlib")
    >>> village = PlaceRecord("wof:2", "Kafr Nabl", "city", "SY", 36.56, 35.61, secondary=True)
    >>> fill_admin1_from_nearest([town, village])[1].admin1
    'Idlib'
    >>> fill_admin1_from_nearest([])
    []
    """
    wanted = [i for i, r in enumerate(records) if r.secondary and not r.admin1 and r.country]
    if not wanted:
        return records
    refs: dict[str, list[PlaceRecord]] = defaultdict(list)
    for r in records:
        if not r.secondary and r.kind == "city" and r.admin1:
            refs[r.country].append(r)
    by_country: dict[str, list[int]] = defaultdict(list)
    for i in wanted:
        if records[i].country in refs:
            by_country[records[i].country].append(i)
    from scipy.spatial import cKDTree  # local: importing scipy reads package metadata files

    out = list(records)
    chord = 2 * math.sin(MAX_KM / _KM_PER_DEGREE / 2 * math.pi / 180)
    for country, indexes in by_country.items():
        towns = refs[country]
        tree = cKDTree(_xyz(np.array([t.lon for t in towns]), np.array([t.lat for t in towns])))
        points = _xyz(
            np.array([records[i].lon for i in indexes]), np.array([records[i].lat for i in indexes])
        )
        dist, nearest = tree.query(points, distance_upper_bound=chord)
        for i, d, n in zip(indexes, dist.tolist(), nearest.tolist(), strict=True):
            if math.isfinite(d):
                out[i] = replace(records[i], admin1=towns[n].admin1)
    return out
