"""Natural Earth features: points, kinds, the TSV round trip and their rank below towns."""

from __future__ import annotations

from pathlib import Path

from geodata.build import priority_of
from geodata.gazetteer import Gazetteer
from geodata.records import PlaceRecord, Source, SourceRecords
from geodata.sources.natural import (
    NaturalFeature,
    natural_records,
    read_natural_tsv,
    write_natural_tsv,
)
from geodata.tools.natural import natural_features

SQUARE = {"type": "Polygon", "coordinates": [[[10, 10], [12, 10], [12, 12], [10, 12], [10, 10]]]}


def feature(cla: str, name: str, geometry: dict[str, object], rank: int = 3) -> dict[str, object]:
    return {
        "properties": {"featurecla": cla, "name": name, "scalerank": rank},
        "geometry": geometry,
    }


def test_polygons_get_an_inside_point_and_rivers_their_longest_lines_middle() -> None:
    river_a = {"type": "LineString", "coordinates": [[40, 35], [41, 35], [42, 35]]}
    river_b = {"type": "LineString", "coordinates": [[0, 0], [0.1, 0]]}
    found = natural_features(
        [
            feature("Lake", "Lake Square", SQUARE, 2),
            feature("River", "Euphrates", river_b, 5),
            feature("River", "Euphrates", river_a, 3),
            feature("ocean", "RED SEA", SQUARE),
            feature("Continent", "Africa", SQUARE),
            feature("Lake", "", SQUARE),
        ]
    )
    by_name = {f.name: f for f in found}
    assert set(by_name) == {"Lake Square", "Euphrates", "Red Sea"}
    assert 10 < by_name["Lake Square"].lon < 12 and 10 < by_name["Lake Square"].lat < 12
    assert (by_name["Euphrates"].lon, by_name["Euphrates"].lat) == (41.0, 35.0)
    assert by_name["Euphrates"].scalerank == 3
    assert by_name["Red Sea"].kind == "sea"


def test_the_tsv_round_trip_is_exact_and_deterministic(tmp_path: Path) -> None:
    rows = [NaturalFeature("Tigris", "river", 33.3, 44.4, 4), NaturalFeature("Lake Chad", "lake",
            13.06, 14.54, 1, ("L. Chad",))]  # fmt: skip
    a, b = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_natural_tsv(rows, a)
    write_natural_tsv(reversed(rows), b)
    assert a.read_bytes() == b.read_bytes()
    assert sorted(read_natural_tsv(a), key=lambda f: f.name) == sorted(rows, key=lambda f: f.name)


def test_a_natural_feature_ranks_after_a_town_of_the_same_name(tmp_path: Path) -> None:
    assert priority_of("natural", "lake", 0) > priority_of("city", "", 0)
    lake = tuple(natural_records([NaturalFeature("Tharthar", "lake", 34.0, 43.3, 5)]))
    town = PlaceRecord("gn:1", "Tharthar", "city", "IQ", 43.0, 33.9, population=0)
    sources = (
        Source("n", "1", lambda: SourceRecords("n", lake)),
        Source("t", "1", lambda: SourceRecords("t", (town,))),
    )
    found = Gazetteer.load(tmp_path, sources=sources).lookup("Tharthar")
    assert [c.kind for c in found] == ["city", "natural"]


def test_a_natural_features_file_in_the_cache_is_a_default_source(tmp_path: Path) -> None:
    from geodata.sources import default_sources

    write_natural_tsv([NaturalFeature("Tigris", "river", 33.3, 44.4, 4)], tmp_path / NAME)
    found = [s for s in default_sources(tmp_path) if s.name == "natural-earth"]
    assert found and [r.name for r in found[0].read().records] == ["Tigris"]


NAME = "natural_features.tsv.gz"
