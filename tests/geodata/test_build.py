"""Build, load and staleness on tiny literal sources (no registry data needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from geodata.admin1 import first_level, resolve_admin1_codes
from geodata.build import build_index, compile_index, fingerprint_of
from geodata.errors import GazetteerBuildError, GazetteerLoadError
from geodata.gazetteer import Gazetteer
from geodata.index import read_index
from geodata.records import PlaceRecord, Source, SourceRecords

Sources = Callable[..., tuple[Source, ...]]


def index_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("gazetteer-v*.pkl"))


def test_build_and_load(tmp_path: Path, tiny_sources: Sources) -> None:
    gaz = Gazetteer.load(tmp_path, sources=tiny_sources())
    assert len(index_files(tmp_path)) == 1
    assert [c.place_id for c in gaz.lookup("Idlib")] == ["csc:state:1", "gn:1"]
    assert gaz.lookup("Syria")[0].place_id == "country:SY"
    assert gaz.lookup("Idlib Governorate")[0].score == pytest.approx(0.9)
    assert gaz.country_for_demonym("Syrians") == "SY"


def test_alternate_name_traps_are_dropped(tmp_path: Path, tiny_sources: Sources) -> None:
    gaz = Gazetteer.load(tmp_path, sources=tiny_sources())
    # gn:1 lists "SY" and "BRU" and an Arabic-script name as alternates: none may match it
    assert [c.place_id for c in gaz.lookup("SY")] == ["country:SY"]
    assert [c.place_id for c in gaz.lookup("BRU")] == ["gn:4"]  # a village really named Bru
    assert gaz.lookup("إدلب") == []
    assert gaz.lookup("SYR")[0].place_id == "country:SY"
    assert gaz.lookup("syr") == []


def test_secondary_duplicates_are_dropped(tmp_path: Path, tiny_sources: Sources) -> None:
    gaz = Gazetteer.load(tmp_path, sources=tiny_sources())
    assert [c.place_id for c in gaz.lookup("Saraqib")] == ["gn:2"]
    assert gaz.get("csc:city:1") is None
    assert gaz.get("csc:city:2") is not None


def test_admin1_codes_resolved_from_regions(tmp_path: Path, tiny_sources: Sources) -> None:
    gaz = Gazetteer.load(tmp_path, sources=tiny_sources())
    assert gaz.get("gn:2").admin1 == "Idlib"  # type: ignore[union-attr]
    assert gaz.get("gn:3").admin1 == "Aleppo"  # type: ignore[union-attr]


def test_unchanged_inputs_do_not_rebuild(
    tmp_path: Path, tiny_sources: Sources, tiny_records: SourceRecords
) -> None:
    Gazetteer.load(tmp_path, sources=tiny_sources())
    (path,) = index_files(tmp_path)
    before = path.stat().st_mtime_ns
    calls: list[str] = []

    def never() -> SourceRecords:
        calls.append("read")
        return tiny_records

    Gazetteer.load(tmp_path, sources=(Source("tiny", "v1", never),))
    assert calls == [] and path.stat().st_mtime_ns == before


def test_changed_fingerprint_rebuilds(tmp_path: Path, tiny_sources: Sources) -> None:
    Gazetteer.load(tmp_path, sources=tiny_sources("hash-a"))
    (old,) = index_files(tmp_path)
    extra = (PlaceRecord("gn:9", "Binnish", "city", "SY", 36.71, 35.95, 20_000),)
    gaz = Gazetteer.load(tmp_path, sources=tiny_sources("hash-b", extra))
    (new,) = index_files(tmp_path)
    assert new != old and not old.exists()
    assert gaz.lookup("Binnish")[0].place_id == "gn:9"


def test_curated_file_change_rebuilds(tmp_path: Path) -> None:
    from geodata.sources.curated import read_sites
    from geodata.sources.paths import file_sha256

    src = Path(__file__).resolve().parents[2] / "geodata" / "sites" / "idlib_sites.csv"
    sites_csv = tmp_path / "sites.csv"
    sites_csv.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    cache = tmp_path / "cache"

    def sources() -> tuple[Source, ...]:
        return (Source("sites", file_sha256(sites_csv), lambda: read_sites(sites_csv)),)

    assert Gazetteer.load(cache, sources=sources()).lookup("Zzyzx Post") == []
    with sites_csv.open("a", encoding="utf-8") as handle:
        handle.write("tr-op-zzyzx,Zzyzx Post,,observation_post,Turkey,Idlib,SY,35.9,36.6,,,test\n")
    gaz = Gazetteer.load(cache, sources=sources())
    assert gaz.lookup("Zzyzx Post")[0].place_id == "site:tr-op-zzyzx"
    assert len(gaz.sites()) == 16 and len(index_files(cache)) == 1


def test_corrupt_index_is_rebuilt(tmp_path: Path, tiny_sources: Sources) -> None:
    Gazetteer.load(tmp_path, sources=tiny_sources())
    (path,) = index_files(tmp_path)
    path.write_bytes(b"garbage")
    with pytest.raises(GazetteerLoadError):
        read_index(path)
    assert Gazetteer.load(tmp_path, sources=tiny_sources()).lookup("Idlib")


def test_build_index_rejects_unknown_kind(tmp_path: Path) -> None:
    bad = SourceRecords("bad", (PlaceRecord("x:1", "X", "volcano", "SY", 0.0, 0.0),))
    with pytest.raises(GazetteerBuildError):
        build_index([bad], tmp_path / "ix.pkl")


def test_build_stats_and_fingerprint(tmp_path: Path, tiny_records: SourceRecords) -> None:
    stats = build_index([tiny_records], tmp_path / "ix.pkl")
    assert stats.places == 8 and stats.dropped_duplicates == 1 and stats.bytes_written > 0
    assert fingerprint_of(["a"]) != fingerprint_of(["b"])
    index, _ = compile_index([SourceRecords("empty")], "fp")
    assert Gazetteer(index).lookup("Idlib") == [] and Gazetteer(index).max_name_tokens == 0


def r(
    name: str, kind: str, lon: float, lat: float, *, code: str = "", rtype: str = ""
) -> PlaceRecord:
    return PlaceRecord(f"x:{name}", name, kind, "FR", lon, lat, admin1_code=code, region_type=rtype)


def test_first_level_prefers_type_set_matching_code_count() -> None:
    regions = [r(f"R{i}", "admin1", i, 0, rtype="region") for i in range(3)]
    regions += [r(f"D{i}", "admin1", i, 1, rtype="department") for i in range(10)]
    (level,) = first_level(regions, 3)
    assert {x.name for x in level} == {"R0", "R1", "R2"}


def test_resolve_admin1_codes_is_one_to_one() -> None:
    # region B's centroid lies far from its towns, nearer to A's: a nearest-vote would say A
    regions = [r("A", "admin1", 0.0, 0.0), r("B", "admin1", 3.0, 0.0)]
    cities = [
        r("a1", "city", 0.1, 0.0, code="1"),
        r("b1", "city", 0.9, 0.0, code="2"),
        r("b2", "city", 1.1, 0.0, code="2"),
        r("z", "city", 9.0, 9.0, code=""),
    ]
    assert resolve_admin1_codes(cities, regions) == {("FR", "1"): "A", ("FR", "2"): "B"}
