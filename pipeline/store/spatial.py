"""The store's spatial side and its filter indexes.

On PostgreSQL with PostGIS, ``event_places.geom`` is a ``geometry(Point, 4326)`` column generated
from ``lon``/``lat`` (so no writer can let the two disagree) with a GiST index; a box query
uses it through GeoAlchemy2's PostGIS functions. Without PostGIS (SQLite, or a server lacking
the extension) the same query compares ``lon``/``lat``. Indexes for the dashboard's filters
(country, region) are created on both backends.
"""

from __future__ import annotations

import logging

from geoalchemy2 import functions as gis
from sqlalchemy import Connection, Engine, and_, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from pipeline.store import schema

__all__ = ["box_clause", "ensure_spatial", "has_geometry"]

_log = logging.getLogger(__name__)

_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_event_places_country ON event_places (country)",
    "CREATE INDEX IF NOT EXISTS ix_event_places_admin1 ON event_places (admin1)",
    "CREATE INDEX IF NOT EXISTS ix_event_places_lon_lat ON event_places (lon, lat)",
)
_POSTGIS = (
    "CREATE EXTENSION IF NOT EXISTS postgis",
    "ALTER TABLE event_places ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326) "
    "GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_event_places_geom ON event_places USING gist (geom)",
)


def ensure_spatial(conn: Connection) -> bool:
    """Create the filter indexes and, on PostgreSQL with PostGIS, the geometry column and its
    spatial index (idempotent; on a connection holding the store's setup lock). Returns whether
    the store has the geometry column."""
    for statement in _INDEXES:
        conn.execute(text(statement))
    if conn.dialect.name != "postgresql":
        return False
    try:
        with conn.begin_nested():
            for statement in _POSTGIS:
                conn.execute(text(statement))
    except SQLAlchemyError as err:
        _log.warning(
            "PostGIS is not available (%s); box queries use lon/lat", err.__class__.__name__
        )
    return "geom" in {c["name"] for c in inspect(conn).get_columns("event_places")}


def has_geometry(engine: Engine) -> bool:
    """Whether ``event_places`` has the PostGIS ``geom`` column."""
    with engine.connect() as conn:
        return "geom" in {c["name"] for c in inspect(conn).get_columns("event_places")}


def box_clause(
    west: float, south: float, east: float, north: float, *, geometry: bool
) -> ColumnElement[bool]:
    """Places inside the box (degrees, WGS84), through the spatial index when there is one."""
    places = schema.event_places.c
    if geometry:
        envelope = gis.ST_MakeEnvelope(west, south, east, north, 4326)
        return gis.ST_Intersects(text("event_places.geom"), envelope)
    return and_(places.lon >= west, places.lon <= east, places.lat >= south, places.lat <= north)
