"""The events frame as an RFC 7946 FeatureCollection, its validator and its reader.

Built with :mod:`json` rather than ``GeoDataFrame.to_json``, which writes integers with missing
values as floats and adds members RFC 7946 does not have.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from pipeline.errors import ExportError
from pipeline.frame import FEATURE_PROPERTIES, FLOAT_PROPERTIES, INT_PROPERTIES, frame_from_columns

__all__ = [
    "COORDINATE_DECIMALS",
    "events_frame_from_geojson",
    "plain_value",
    "point_coordinates",
    "to_geojson",
    "validate_feature_collection",
]

#: Decimal places kept in coordinates: 6 is about 0.1 m, far below any place's precision.
COORDINATE_DECIMALS = 6


def to_geojson(gdf: gpd.GeoDataFrame) -> str:
    """Serialise the events frame as an RFC 7946 FeatureCollection.

    One Feature per row, ``id`` ``"<event_id>#<place_index>"``, flat properties in
    :data:`FEATURE_PROPERTIES` order (other columns are left out), ``[lon, lat]`` rounded to
    6 decimals, missing values as ``null``, integers as integers, no ``crs`` member. A row
    without a place (missing or empty geometry) is an unlocated Feature, ``"geometry": null``
    (RFC 7946 section 3.2).

    Raises
    ------
    ExportError
        A property column is missing, or a row's geometry is neither missing nor a finite
        Point.

    Examples
    --------
    >>> from pipeline.frame import events_to_geodataframe
    >>> to_geojson(events_to_geodataframe([], {}))
    '{"type":"FeatureCollection","features":[]}'
    """
    missing = [name for name in FEATURE_PROPERTIES if name not in gdf.columns]
    if missing:
        raise ExportError(f"events frame lacks the columns {missing}")
    coordinates = point_coordinates(gdf)
    columns = [
        [plain_value(value, name) for value in gdf[name].tolist()] for name in FEATURE_PROPERTIES
    ]
    features = []
    for coords, values in zip(coordinates, zip(*columns, strict=True), strict=True):
        properties = dict(zip(FEATURE_PROPERTIES, values, strict=True))
        features.append({
            "type": "Feature",
            "id": f"{properties['event_id']}#{properties['place_index']}",
            "geometry": None if coords is None else {"type": "Point", "coordinates": coords},
            "properties": properties,
        })  # fmt: skip
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def point_coordinates(gdf: gpd.GeoDataFrame) -> list[list[float] | None]:
    """``[lon, lat]`` of every row, rounded to :data:`COORDINATE_DECIMALS`; ``None`` for a row
    without a place (a missing or empty geometry: an event whose report named no place).

    Raises
    ------
    ExportError
        A geometry is not a Point, or not finite.
    """
    coordinates: list[list[float] | None] = []
    for position, geom in enumerate(gdf.geometry):
        if geom is None or (geom.geom_type == "Point" and geom.is_empty):
            coordinates.append(None)
            continue
        if geom.geom_type != "Point":
            raise ExportError(f"row {position}: geometry must be a Point, got {geom.geom_type}")
        lon, lat = float(geom.x), float(geom.y)
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise ExportError(f"row {position}: coordinates are not finite ({lon}, {lat})")
        coordinates.append([round(lon, COORDINATE_DECIMALS), round(lat, COORDINATE_DECIMALS)])
    return coordinates


def plain_value(value: Any, name: str) -> Any:
    """A cell as a JSON-ready Python value: NA/NaN -> None, integer columns -> int."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if name in INT_PROPERTIES and value.is_integer():
            return int(value)
        return value
    if isinstance(value, date):  # also datetime and pandas Timestamp
        return value.isoformat()
    if isinstance(value, str | int | bool):
        return value
    raise ExportError(f"column {name!r}: cannot write {type(value).__name__} {value!r} as JSON")


def validate_feature_collection(text: str) -> list[str]:
    """Problems that keep ``text`` from being an RFC 7946 FeatureCollection of our Points
    (or unlocated Features, ``"geometry": null``).

    Returns
    -------
    list[str]
        One message per problem; empty when the collection is valid.

    Examples
    --------
    >>> validate_feature_collection('{"type":"FeatureCollection","features":[]}')
    []
    >>> validate_feature_collection('{"type":"FeatureCollection","features":[],"crs":{}}')
    ['a "crs" member is not allowed (RFC 7946 section 4)']
    >>> validate_feature_collection("")[0].startswith("not JSON")
    True
    """
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except ValueError as err:
        return [f"not JSON: {err}"]
    if not isinstance(doc, dict):
        return [f"top level must be an object, got {type(doc).__name__}"]
    problems = []
    if doc.get("type") != "FeatureCollection":
        problems.append(f'"type" must be "FeatureCollection", got {doc.get("type")!r}')
    if "crs" in doc:
        problems.append('a "crs" member is not allowed (RFC 7946 section 4)')
    features = doc.get("features")
    if not isinstance(features, list):
        return [*problems, '"features" must be a list']
    for index, feature in enumerate(features):
        problems.extend(f"feature {index}: {p}" for p in _feature_problems(feature))
    return problems


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _feature_problems(feature: Any) -> list[str]:
    if not isinstance(feature, dict):
        return [f"must be an object, got {type(feature).__name__}"]
    problems = []
    if feature.get("type") != "Feature":
        problems.append(f'"type" must be "Feature", got {feature.get("type")!r}')
    if "id" in feature and not isinstance(feature["id"], str | int | float):
        problems.append('"id" must be a string or a number')
    if not isinstance(feature.get("properties"), dict):
        problems.append('"properties" must be an object')
    if "crs" in feature:
        problems.append('a "crs" member is not allowed')
    if "geometry" not in feature:
        problems.append('a "geometry" member is required (null when unlocated)')
        return problems
    geometry = feature["geometry"]
    if geometry is None:  # an unlocated Feature (RFC 7946 section 3.2)
        return problems
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        problems.append('"geometry" must be a Point')
        return problems
    problems.extend(_position_problems(geometry.get("coordinates")))
    return problems


def _position_problems(position: Any) -> list[str]:
    if not isinstance(position, list) or len(position) != 2:
        return ["coordinates must be [lon, lat]"]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in position):
        return ["coordinates must be numbers"]
    lon, lat = position
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return ["coordinates must be finite"]
    problems = []
    if not -180 <= lon <= 180:
        problems.append(f"longitude {lon} is outside [-180, 180]")
    if not -90 <= lat <= 90:
        problems.append(f"latitude {lat} is outside [-90, 90] (is it [lat, lon]?)")
    return problems


def events_frame_from_geojson(text: str) -> gpd.GeoDataFrame:
    """Read a FeatureCollection written by :func:`to_geojson` back into the events frame
    (a Feature with ``"geometry": null`` becomes a row with a missing geometry).

    Raises
    ------
    ExportError
        ``text`` is not a valid FeatureCollection of Points.
    """
    problems = validate_feature_collection(text)
    if problems:
        shown = "; ".join(problems[:5])
        raise ExportError(f"not a valid events FeatureCollection ({len(problems)}): {shown}")
    features: Sequence[dict[str, Any]] = json.loads(text)["features"]
    columns = {
        name: [_typed(f["properties"].get(name), name) for f in features]
        for name in FEATURE_PROPERTIES
    }
    points = [f["geometry"]["coordinates"] if f["geometry"] else (None, None) for f in features]
    lons = [None if x is None else float(x) for x, _ in points]
    lats = [None if y is None else float(y) for _, y in points]
    try:
        return frame_from_columns(columns, lons, lats)
    except (TypeError, ValueError) as err:
        raise ExportError(f"FeatureCollection properties have unexpected types: {err}") from err


def _typed(value: Any, name: str) -> Any:
    if value is None:
        return None
    if name in INT_PROPERTIES and isinstance(value, float) and value.is_integer():
        return int(value)
    if name in FLOAT_PROPERTIES and isinstance(value, int):
        return float(value)
    return value
