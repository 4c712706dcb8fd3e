"""The payload of the ``Download GeoJSON`` button: exactly the filtered events."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd

from pipeline.export import to_geojson

__all__ = ["Download", "geojson_download"]


@dataclass(frozen=True, slots=True)
class Download:
    """What ``st.download_button`` needs."""

    data: str
    file_name: str
    mime: str
    features: int


def geojson_download(frame: gpd.GeoDataFrame, *, file_name: str = "events.geojson") -> Download:
    """The filtered events frame as RFC 7946 GeoJSON (one Feature per row).

    Raises
    ------
    pipeline.errors.ExportError
        The frame lacks an export column or has an invalid geometry.
    """
    return Download(
        data=to_geojson(frame),
        file_name=file_name,
        mime="application/geo+json",
        features=len(frame),
    )
