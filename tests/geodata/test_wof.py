"""Who's On First: the record parser, the TSV round trip, the reader and lookup of a village."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from geodata.build import compile_index
from geodata.gazetteer import Gazetteer
from geodata.records import PlaceRecord, Source, SourceRecords
from geodata.sources.wof import WofRow, read_wof, read_wof_tsv, wof_records, write_wof_tsv
from geodata.tools.wof import build_country, iter_features, main, parse_feature

from .conftest import tiny_source_records

VILLAGE: dict[str, Any] = {
    "wof:id": 1108800001,
    "wof:name": "Kafr Nabudah",
    "wof:placetype": "locality",
    "wof:country": "SY",
    "mz:is_current": 1,
    "geom:latitude": 35.4461,
    "geom:longitude": 36.4921,
    "lbl:latitude": 35.446123456,
    "lbl:longitude": 36.492187654,
    "name:eng_x_preferred": ["Kafr Nabudah"],
    "name:fra_x_preferred": ["Kafr Naboudé"],
    "name:eng_x_variant": ["Kafr Nbuda", "Kfar Nboudeh"],
    "name:ara_x_preferred": ["كفر نبودة"],
    "wof:concordances": {"gn:id": 170001},
    "wof:hierarchy": [{"country_id": 85632413, "region_id": 85678361}],
    "gn:population": 12000,
    "wof:superseded_by": [],
}
REGION = {"wof:id": 85678361, "wof:placetype": "region", "wof:name": "Hamah",
          "name:eng_x_preferred": ["Hama"], "wof:country": "SY"}  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [
        {"mz:is_current": 0},
        {"edtf:deprecated": "2019-05-01"},
        {"wof:superseded_by": [1108800002]},
        {"wof:placetype": "campus"},
        {
            "wof:name": "",
            "name:eng_x_preferred": [],
            "name:fra_x_preferred": [],
            "name:eng_x_variant": [],
        },
        {"lbl:latitude": None, "geom:latitude": "north"},
        {"wof:id": 0},
    ],
)
def test_records_that_are_not_live_villages_are_dropped(change: dict[str, Any]) -> None:
    assert parse_feature({**VILLAGE, **change}) is None


def test_a_current_village_keeps_its_latin_names_and_label_point() -> None:
    found = parse_feature(VILLAGE)
    assert found is not None
    row, region = found
    assert (row.wof_id, row.name, row.country, region) == (
        1108800001,
        "Kafr Nabudah",
        "SY",
        85678361,
    )
    assert (row.lat, row.lon) == (35.44612, 36.49219)  # label point, 5 decimals
    assert row.alt_names == ("Kafr Nbuda", "Kfar Nboudeh", "Kafr Naboudé")
    assert (row.geonames_id, row.population) == (170001, 12000)


def test_a_non_latin_preferred_name_gives_way_to_a_latin_one() -> None:
    props = {**VILLAGE, "wof:name": "كفر نبودة", "name:eng_x_preferred": ["Kafr Nabuda"]}
    found = parse_feature(props)
    assert found is not None and found[0].name == "Kafr Nabuda"


def test_unknown_deprecation_dates_do_not_drop_a_place() -> None:
    assert parse_feature({**VILLAGE, "edtf:deprecated": "uuuu", "mz:is_current": -1}) is not None


def test_build_country_names_regions_and_keeps_the_main_country() -> None:
    other = {**VILLAGE, "wof:id": 5, "wof:country": "TR"}
    country, rows = build_country(iter([REGION, VILLAGE, other]))
    assert country == "SY"
    assert [(r.wof_id, r.admin1) for r in rows] == [(1108800001, "Hama")]


def test_the_tsv_round_trip_is_exact_and_deterministic(tmp_path: Path) -> None:
    rows = [
        WofRow(2, "Maarat al-Numan", "locality", "SY", 35.64, 36.67, "Idlib", 0, 0, ("Ma'arrat",)),
        WofRow(1, "Kafr Nabudah", "locality", "SY", 35.44612, 36.49219, "Hama", 170001, 12000),
    ]
    first, second = tmp_path / "a" / "sy.tsv.gz", tmp_path / "b" / "sy.tsv.gz"
    assert write_wof_tsv(rows, first) == 2
    write_wof_tsv(reversed(rows), second)
    assert first.read_bytes() == second.read_bytes()
    assert list(read_wof_tsv(first)) == sorted(rows, key=lambda r: r.wof_id)


def test_a_malformed_tsv_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "sy.tsv.gz"
    path.write_bytes(gzip.compress(b"wof_id\tname\n1\tX\n"))
    with pytest.raises(Exception, match="unexpected header"):
        list(read_wof_tsv(path))


def test_rows_become_secondary_towns_and_known_geonames_places_are_skipped() -> None:
    rows = [
        WofRow(1, "Kafr Nabudah", "locality", "SY", 35.4, 36.5, "Hama", 170001),
        WofRow(2, "Khan Shaykhun", "locality", "SY", 35.44, 36.65),
        WofRow(3, "Ariha District", "county", "SY", 35.8, 36.6),
        WofRow(4, "Idlib Campus", "campus", "SY", 35.9, 36.6),
    ]
    records = wof_records(rows, skip_geonames=frozenset({170001}))
    assert [(r.place_id, r.kind, r.secondary, r.admin1) for r in records] == [
        ("wof:2", "city", True, ""),
        ("wof:3", "admin2", True, ""),
    ]


def test_a_syrian_village_from_a_tiny_file_is_found_by_lookup(tmp_path: Path) -> None:
    path = tmp_path / "sy.tsv.gz"
    write_wof_tsv([WofRow(7, "Tall Mardikh", "locality", "SY", 35.7648, 36.8068, "", 0, 0,
                          ("Tell Mardikh",))], path)  # fmt: skip
    sources = (
        Source("tiny", "v1", tiny_source_records),
        Source("wof", "v1", lambda: read_wof([path])),
    )
    gazetteer = Gazetteer.load(tmp_path / "cache", sources=sources)
    found = gazetteer.lookup("Tell Mardikh")
    assert found and found[0].place_id == "wof:7"
    assert found[0].admin1 == "Idlib"  # the region of the nearest primary town


def test_a_village_next_to_a_same_named_town_is_dropped() -> None:
    base = tiny_source_records()
    town = next(r for r in base.records if r.kind == "city")
    village = WofRow(9, town.name, "locality", town.country, town.lat + 0.01, town.lon)
    _, before = compile_index([base], "fp")
    index, dropped = compile_index([base, read_wof_rows([village])], "fp")
    assert "wof:9" not in index.place_ids and dropped == before + 1


def read_wof_rows(rows: list[WofRow]) -> SourceRecords:
    return SourceRecords("wof", tuple(wof_records(rows)))


def test_the_build_tool_reads_a_bare_git_checkout_and_a_working_tree(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    for props in (REGION, VILLAGE):
        folder = tree / "data" / str(props["wof:id"])
        folder.mkdir(parents=True)
        feature = {"type": "Feature", "properties": props, "geometry": None}
        (folder / f"{props['wof:id']}.geojson").write_text(json.dumps(feature), encoding="utf-8")
    assert len(list(iter_features(tree))) == 2
    git = ["git", "-C", str(tree), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "data"], check=True)
    subprocess.run([*git, "commit", "-qm", "fixture"], check=True)
    assert main([str(tree / ".git"), "--out", str(tmp_path / "out")]) == 0
    rows = list(read_wof_tsv(tmp_path / "out" / "sy.tsv.gz"))
    assert [(r.name, r.admin1) for r in rows] == [("Kafr Nabudah", "Hama")]


def test_a_folder_that_is_no_checkout_is_an_error(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--out", str(tmp_path / "out")]) == 2


def test_a_village_named_like_a_demonym_is_not_added() -> None:
    base = tiny_source_records()
    village = WofRow(11, "Syrian", "locality", "SY", 35.0, 36.0)
    index, _ = compile_index([base, read_wof_rows([village])], "fp")
    assert base.demonyms and "wof:11" not in index.place_ids


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        # a commune or village named like a town of known population 27 km off: the town's area
        (WofRow(21, "Saraqib", "localadmin", "SY", 36.05, 36.806), False),
        (WofRow(22, "Saraqeb", "locality", "SY", 36.05, 36.806), False),  # by its other name
        # a district 70 km from its namesake seat: the seat stands for it
        (WofRow(23, "Saraqib", "county", "SY", 35.24, 36.806), False),
        # ... but no farther
        (WofRow(24, "Saraqib", "county", "SY", 35.0, 36.806), True),
        # a village 70 km off is another village of the name
        (WofRow(25, "Saraqib", "locality", "SY", 35.24, 36.806), True),
        # a namesake across the border is another place
        (WofRow(26, "Saraqib", "locality", "TR", 36.05, 36.806), True),
        # a place of unknown population says nothing of the villages around it
        (WofRow(27, "Tell Hamra", "localadmin", "SY", 35.75, 36.2), True),
    ],
)
def test_a_gap_filling_place_named_like_a_town_nearby_is_its_area(row: WofRow, kept: bool) -> None:
    hamlet = PlaceRecord("gn:91", "Tell Hamra", "city", "SY", 36.2, 35.5)
    index, _ = compile_index([tiny_source_records((hamlet,)), read_wof_rows([row])], "fp")
    assert (f"wof:{row.wof_id}" in index.place_ids) is kept


def test_villages_come_after_the_town_known_by_their_name(tmp_path: Path) -> None:
    # thirty hamlets called "Kut" must not crowd out Al-Kut, which has the name as an alternate
    town = PlaceRecord("gn:90", "Al-Kut", "city", "IQ", 45.82, 32.51, 315_162, alt_names=("Kut",))
    path = tmp_path / "af.tsv.gz"
    hamlets = [WofRow(100 + i, "Kut", "locality", "AF", 30 + i / 10, 64.0) for i in range(30)]
    write_wof_tsv(hamlets, path)
    sources = (
        Source("tiny", "v1", lambda: tiny_source_records((town,))),
        Source("wof", "v1", lambda: read_wof([path])),
    )
    gazetteer = Gazetteer.load(tmp_path / "cache", sources=sources)
    found = [c.place_id for c in gazetteer.lookup("Kut", limit=5)]
    assert found[0] == "gn:90"
    assert found[1:] == ["wof:100", "wof:101", "wof:102", "wof:103"]
    # a village of a few households is still one GeoNames lacks
    assert gazetteer.lookup("Kut", limit=1)[0].place_id == "gn:90"
