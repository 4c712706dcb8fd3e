"""Import of a GeoNames dump, on a zip generated here."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from geodata.dump import dump_sources, import_geonames_dump
from geodata.errors import DumpImportError
from geodata.gazetteer import Gazetteer
from geodata.records import Source


def geonames_row(
    gid: int,
    name: str,
    alt: str,
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    admin1: str,
    pop: int,
) -> str:
    cols = [
        str(gid),
        name,
        name,
        alt,
        str(lat),
        str(lon),
        fclass,
        fcode,
        "SY",
        "",
        admin1,
        "",
        "",
        "",
        str(pop),
        "",
        "300",
        "Asia/Damascus",
        "2024-01-01",
    ]
    assert len(cols) == 19
    return "\t".join(cols)


@pytest.fixture
def dump_zip(tmp_path: Path) -> Path:
    rows = [
        geonames_row(
            900001, "Kafr Uwayd", "Kafr Owaid,Kfar Ouaid", 35.62, 36.53, "P", "PPL", "12", 3000
        ),
        geonames_row(900002, "Jabal az Zawiyah", "", 35.6, 36.5, "T", "MT", "12", 0),
        geonames_row(2, "Saraqib", "Sraqeb", 35.864, 36.806, "P", "PPLA2", "12", 35000),
        "broken\trow",
    ]
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("SY.txt", "\n".join(rows) + "\n")
        archive.writestr("readme.txt", "about")
    return path


@pytest.fixture
def alt_zip(tmp_path: Path) -> Path:
    rows = [
        "1\t900001\ten\tKafroweid\t\t\t\t\t\t",
        "2\t900001\tlink\thttps://x\t\t\t\t\t\t",
        "3\t900001\tpost\t12345\t\t\t\t\t\t",
        "4\t77\ten\tOther\t\t\t\t\t\t",
    ]
    path = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("alternateNamesV2.txt", "\n".join(rows) + "\n")
    return path


def test_import_and_merge(
    tmp_path: Path,
    dump_zip: Path,
    alt_zip: Path,
    tiny_sources: Callable[..., tuple[Source, ...]],
) -> None:
    cache = tmp_path / "cache"
    assert import_geonames_dump(dump_zip, cache, alternate_names=alt_zip) == 2
    (compiled,) = cache.glob("geonames-dump-SY-*.pkl")
    sources = tiny_sources() + dump_sources(cache)
    gaz = Gazetteer.load(cache, sources=sources)
    village = gaz.lookup("Kafr Uwayd")[0]
    assert (village.place_id, village.feature_code, village.admin1) == ("gn:900001", "PPL", "Idlib")
    assert gaz.lookup("Kafroweid")[0].place_id == "gn:900001"
    assert gaz.lookup("Kfar Ouaid")[0].score == pytest.approx(0.9)
    assert gaz.lookup("https://x") == [] and gaz.lookup("12345") == []
    assert gaz.lookup("Jabal az Zawiyah") == []  # feature class T is not imported
    saraqib = gaz.lookup("Sraqeb")[0]  # dump row merged into the existing gn:2
    assert (saraqib.place_id, saraqib.population, saraqib.feature_code) == ("gn:2", 35000, "PPLA2")
    assert gaz.lookup("Saraqeb")[0].place_id == "gn:2"  # old alternate names kept
    # re-importing another dump content replaces the compiled file and triggers a rebuild
    before = gaz.fingerprint
    assert import_geonames_dump(dump_zip, cache) == 2
    assert not compiled.exists() and len(list(cache.glob("geonames-dump-SY-*.pkl"))) == 1
    assert Gazetteer.load(cache, sources=tiny_sources() + dump_sources(cache)).fingerprint != before


def test_dump_errors(tmp_path: Path) -> None:
    not_zip = tmp_path / "SY.zip"
    not_zip.write_text("x")
    with pytest.raises(DumpImportError):
        import_geonames_dump(not_zip, tmp_path)
    empty = tmp_path / "XX.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("XX.txt", "")
    with pytest.raises(DumpImportError):
        import_geonames_dump(empty, tmp_path)
    with pytest.raises(ValueError):
        import_geonames_dump(tmp_path / "missing.zip", tmp_path)


def test_dump_sources_empty(tmp_path: Path) -> None:
    assert dump_sources(tmp_path) == () and dump_sources(tmp_path / "nope") == ()
