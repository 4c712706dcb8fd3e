"""Vendor files copied from the xstatic packages, and the offline basemap."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.assets import (
    CLUSTER_CSS,
    CLUSTER_JS,
    LOCAL_CSS,
    LOCAL_JS,
    STATIC_URL,
    VendorPackage,
    ensure_vendor_assets,
    vendor_packages,
)
from dashboard.basemap import REGION_COUNTRIES, country_outlines, world_outlines


def test_copies_every_file_the_map_loads(tmp_path: Path) -> None:
    written = ensure_vendor_assets(tmp_path)
    assert written
    for _name, url in [*LOCAL_JS, *LOCAL_CSS, *CLUSTER_JS, *CLUSTER_CSS]:
        assert url.startswith(f"{STATIC_URL}/vendor/")
        local = tmp_path / url.removeprefix(f"{STATIC_URL}/")
        assert local.is_file() and local.stat().st_size > 200, url
    assert "Leaflet" in (tmp_path / "vendor/leaflet/leaflet.js").read_text(encoding="utf-8")[:300]


def test_copy_is_idempotent_and_repairs(tmp_path: Path) -> None:
    ensure_vendor_assets(tmp_path)
    assert ensure_vendor_assets(tmp_path) == []
    damaged = tmp_path / "vendor/leaflet/leaflet.css"
    damaged.write_text("truncated", encoding="utf-8")
    assert ensure_vendor_assets(tmp_path) == [damaged]
    assert not list(tmp_path.rglob("*.part"))


def test_missing_package_file_is_reported(tmp_path: Path) -> None:
    broken = VendorPackage("leaflet", tmp_path / "nowhere", ("leaflet.js",))
    with pytest.raises(FileNotFoundError, match="leaflet"):
        ensure_vendor_assets(tmp_path / "static", (broken,))


def test_vendor_packages_point_at_installed_files() -> None:
    for package in vendor_packages():
        assert all((package.source / f).is_file() for f in package.files)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Syria"], {"Syria"}),
        (["Syria", "Atlantis", "Turkey"], {"Syria", "Turkey"}),
        ([], set()),
    ],
)
def test_country_outlines(names: list[str], expected: set[str]) -> None:
    collection = country_outlines(names)
    assert collection["type"] == "FeatureCollection"
    assert {f["properties"]["name"] for f in collection["features"]} == expected
    for feature in collection["features"]:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_region_outlines_are_lon_lat() -> None:
    syria = country_outlines(["Syria"])["features"][0]["geometry"]["coordinates"][0]
    lons, lats = zip(*syria, strict=True)
    assert 35 < min(lons) < 36.5 and 41 < max(lons) < 43  # lon first
    assert 32 < min(lats) < 33 and 37 < max(lats) < 37.5
    assert len(country_outlines(REGION_COUNTRIES)["features"]) >= len(REGION_COUNTRIES) - 1


def test_world_outlines() -> None:
    names = [f["properties"]["name"] for f in world_outlines()["features"]]
    assert len(names) > 150
    assert {"Belgium", "Syria", "Turkey"} <= set(names)
    assert names.count("Syria") == 1
