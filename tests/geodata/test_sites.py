from __future__ import annotations

from pathlib import Path

import pytest

from geodata import load_site_lines, load_sites
from geodata.errors import GeodataError, SiteFileError


def test_load_packaged_sites() -> None:
    sites = load_sites()
    assert len(sites) == 15
    assert len({s.site_id for s in sites}) == 15
    salwa = sites[0]
    assert (salwa.site_id, salwa.name, salwa.country, salwa.admin1) == (
        "tr-op-salwa",
        "Salwa",
        "SY",
        "Idlib",
    )
    assert (salwa.lon, salwa.lat) == (36.7571, 36.3072)
    assert salwa.aliases == ("Salwah", "Salva") and salwa.source.startswith("UCDP")
    assert all(35.0 < s.lat < 37.0 and 35.5 < s.lon < 37.5 for s in sites)
    assert all(s.name not in s.aliases for s in sites)  # "Maar Hattat" lists itself


def test_load_packaged_lines() -> None:
    lines = load_site_lines()
    assert [line.kind for line in lines] == ["highway", "highway"]
    m5 = lines[0]
    assert m5.name.startswith("M5") and len(m5.coords) == 14
    assert m5.coords[0] == (37.1524, 36.206)  # (lon, lat): Aleppo


@pytest.mark.parametrize(
    ("content", "count"),
    [
        ("site_id,name,aliases,kind,operator,admin1,country,lat,lon\n", 0),
        ("site_id,name,aliases,kind,operator,admin1,country,lat,lon\na,A,,post,TR,Idlib,SY,,\n", 0),
        (
            "site_id,name,aliases,kind,operator,admin1,country,lat,lon\n"
            "a,A, x ; y ;;,post,TR,Idlib,SY,35.5,36.5\n",
            1,
        ),
    ],
)
def test_load_sites_tables(tmp_path: Path, content: str, count: int) -> None:
    path = tmp_path / "s.csv"
    path.write_text(content, encoding="utf-8")
    sites = load_sites(path)
    assert len(sites) == count
    if count:
        assert sites[0].aliases == ("x", "y")


@pytest.mark.parametrize(
    "content",
    [
        "site_id,name\nfoo,bar\n",
        "site_id,name,aliases,kind,operator,admin1,country,lat,lon\na,A,,p,TR,I,SY,95,36\n",
        "site_id,name,aliases,kind,operator,admin1,country,lat,lon\na,A,,p,TR,I,SY,north,36\n",
    ],
)
def test_load_sites_rejects_bad_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SiteFileError):
        load_sites(path)


def test_missing_files_raise_geodata_errors(tmp_path: Path) -> None:
    with pytest.raises(GeodataError):
        load_sites(tmp_path / "nope.csv")
    with pytest.raises(ValueError):
        load_site_lines(tmp_path / "nope.geojson")


@pytest.mark.parametrize(
    ("content", "count"),
    [
        ('{"type": "FeatureCollection", "features": []}', 0),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
            ' "geometry": {"type": "Point", "coordinates": [1, 2]}}]}',
            0,
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
            '{"name": "L"}, "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}}]}',
            1,
        ),
        ("[]", 0),
    ],
)
def test_load_site_lines_tables(tmp_path: Path, content: str, count: int) -> None:
    path = tmp_path / "l.geojson"
    path.write_text(content, encoding="utf-8")
    lines = load_site_lines(path)
    assert len(lines) == count
    if count:
        assert lines[0].coords == ((1.0, 2.0), (3.0, 4.0)) and lines[0].kind == ""


def test_bad_line_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "l.geojson"
    path.write_text(
        '{"features": [{"geometry": {"type": "LineString", "coordinates": [[200, 2], [3, 4]]}}]}',
        encoding="utf-8",
    )
    with pytest.raises(SiteFileError):
        load_site_lines(path)
