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


def test_the_generated_base_is_every_countrys_outline_in_lon_lat(tmp_path: Path) -> None:
    import json

    from dashboard.outlinebase import ensure_base

    world = ensure_base(tmp_path / "basemap", detailed=False)
    features = json.loads(world.read_text(encoding="utf-8"))["features"]
    assert len(features) > 150 and {f["properties"]["k"] for f in features} == {"land"}
    syria = [f for f in features if f["properties"]["n"] == "SY"]
    text = json.dumps(syria[0]["geometry"]["coordinates"])
    numbers = [float(n) for n in text.replace("[", " ").replace("]", " ").split(",")]
    lons, lats = numbers[0::2], numbers[1::2]
    assert all(35 <= x <= 43 for x in lons) and all(32 <= y <= 38 for y in lats)
    assert json.loads((tmp_path / "basemap" / "index.json").read_text()) == {"tiles": []}


def test_a_built_base_is_kept(tmp_path: Path) -> None:
    from dashboard.outlinebase import ensure_base

    folder = tmp_path / "basemap"
    folder.mkdir()
    (folder / "world.json").write_text('{"type": "FeatureCollection", "features": []}')
    ensure_base(folder)
    assert (folder / "world.json").read_text() == '{"type": "FeatureCollection", "features": []}'


@pytest.mark.parametrize(
    ("setting", "name"),
    [
        ("", "OpenStreetMap"),
        ("none", None),
        ("NONE", None),
        ("http://t.local/{z}/{x}/{y}", "Tiles (t.local)"),
    ],
)
def test_tile_source(setting: str, name: str | None) -> None:
    from dashboard.tiles import tile_source

    source = tile_source(setting)
    assert (source.name if source else None) == name


@pytest.mark.parametrize("setting", ["http://t.local/tile.png", "{z}/{x}"])
def test_a_tile_template_without_its_placeholders_is_refused(setting: str) -> None:
    from dashboard.tiles import tile_source

    with pytest.raises(ValueError, match="ATLAS_TILES"):
        tile_source(setting)


def test_town_labels_largest_first_capitals_from_far_out() -> None:
    from types import SimpleNamespace

    import numpy as np

    from dashboard.labels import labels_json, town_labels

    index = SimpleNamespace(
        kind_table=("city", "admin1"),
        feature_table=("", "PPLC"),
        kinds=np.array([0, 0, 0, 1, 0]),
        features=np.array([0, 1, 0, 0, 0]),
        population=np.array([30_000, 2_000, 900_000, 5_000_000, 100]),
        lon=np.array([36.8061, 36.29, 37.16, 36.0, 1.0]),
        lat=np.array([35.8611, 33.51, 36.2, 35.0, 1.0]),
        names=("Saraqib", "Dam<a>scus", "Aleppo", "Idlib Governorate", "Hamlet"),
        fingerprint="abc",
    )
    labels = town_labels(index)
    assert [(x.name, x.min_zoom) for x in labels] == [
        ("Dam<a>scus", 3),  # the capital, whatever its population
        ("Aleppo", 5),
        ("Saraqib", 8),
    ]  # no region, no hamlet
    assert labels[2].lon == 36.806 and labels[2].lat == 35.861
    assert labels_json(()) == "[]"


def test_labels_are_written_once_per_gazetteer(tmp_path: Path) -> None:
    from types import SimpleNamespace

    import numpy as np

    from dashboard.labels import ensure_labels

    cache, out = tmp_path / "cache", tmp_path / "labels"
    cache.mkdir()
    (cache / "gazetteer-v15-aaaa.pkl").write_bytes(b"")
    calls: list[int] = []
    empty = SimpleNamespace(
        kind_table=("city",), feature_table=("",), kinds=np.array([], dtype=int),
        features=np.array([], dtype=int), population=np.array([], dtype=int),
        lon=np.array([]), lat=np.array([]), names=(), fingerprint="aaaa",
    )  # fmt: skip

    def load() -> SimpleNamespace:
        calls.append(1)
        return empty

    assert ensure_labels(cache, load, out_dir=out) == "gazetteer-v15-aaaa.json"
    assert ensure_labels(cache, load, out_dir=out) == "gazetteer-v15-aaaa.json"
    assert calls == [1] and (out / "gazetteer-v15-aaaa.json").read_text() == "[]"


def test_the_detailed_base_draws_the_coast_in_detail(tmp_path: Path) -> None:
    import json

    from dashboard.outlinebase import ensure_base

    folder = tmp_path / "basemap"
    ensure_base(folder)
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    assert [3, 3] in index["tiles"]  # 30-40 E, 30-40 N: the Levant
    tile = json.loads((folder / "tiles" / "3_3.json").read_text(encoding="utf-8"))
    kinds = {f["properties"]["k"] for f in tile["features"]}
    assert {"land", "coast", "river", "border"} <= kinds
    # the Syrian coast between Latakia and Tartus is drawn with many points, not a straight line
    coast = [
        (lon, lat)
        for f in tile["features"]
        if f["properties"]["k"] == "coast"
        for line in _lines(f["geometry"])
        for lon, lat in line
        if 35.5 <= lat <= 36.0 and 35.0 <= lon <= 36.5
    ]
    assert len(coast) >= 10  # a country outline has one there
    world = json.loads((folder / "world.json").read_text(encoding="utf-8"))
    assert {f["properties"]["k"] for f in world["features"]} >= {"land", "border"}


def _lines(geometry: dict) -> list:  # type: ignore[type-arg]
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])
