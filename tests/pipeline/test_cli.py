"""The command line end to end, in process, with the real model, gazetteer and SQLite store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.export.geojson import validate_feature_collection
from pipeline.store.eventstore import EventStore

SEED = "000_f126eebc56bc62c4"
OTHER = (
    "Russian forces shelled Kharkiv on Monday, killing three civilians, officials said.\n\n"
    "Ukrainian troops withdrew from two villages near Kupiansk on Tuesday."
)


@pytest.fixture
def env(tmp_path: Path, gazetteer_cache: Path) -> dict[str, str]:
    return {"ATLAS_CACHE": str(gazetteer_cache), "ATLAS_DB": str(tmp_path / "atlas.sqlite")}


@pytest.fixture
def inbox(tmp_path: Path, seed_dir: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for suffix in (".txt", ".json"):
        shutil.copy(seed_dir / f"{SEED}{suffix}", folder / f"{SEED}{suffix}")
    (folder / "kharkiv.txt").write_text(OTHER, encoding="utf-8")
    (folder / "kharkiv.json").write_text(json.dumps({"published": "2022-05-18"}))
    return folder


def test_extract_writes_valid_geojson(
    inbox: Path, tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.geojson"
    assert main(["--quiet", "extract", str(inbox / f"{SEED}.txt"), "--out", str(out)], env) == 0
    text = out.read_text(encoding="utf-8")
    assert validate_feature_collection(text) == []
    features = json.loads(text)["features"]
    assert len(features) >= 7
    assert sum(f["properties"]["fatalities"] or 0 for f in features) == 14
    assert "articles read: 1, failed: 0" in capsys.readouterr().out


def test_ingest_is_idempotent(inbox: Path, env: dict[str, str]) -> None:
    assert main(["--quiet", "ingest", str(inbox)], env) == 0
    with EventStore.open(env["ATLAS_DB"]) as store:
        first = store.count_events()
        ids = {e.event_id for e in store.events()}
    assert first > 8
    assert main(["--quiet", "ingest", str(inbox)], env) == 0
    with EventStore.open(env["ATLAS_DB"]) as store:
        assert store.count_events() == first
        assert {e.event_id for e in store.events()} == ids
        assert len(store.articles()) == 2


def test_bad_inputs_are_reported_and_lose_nothing(
    inbox: Path, tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--quiet", "ingest", str(inbox)], env) == 0
    with EventStore.open(env["ATLAS_DB"]) as store:
        before = store.count_events()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (bad / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (bad / "lines.jsonl").write_text('{"id": 1, "text": ""}\n{broken\n')
    capsys.readouterr()
    assert main(["--quiet", "ingest", str(bad)], env) == 1
    report = capsys.readouterr().out
    assert "articles read: 0" in report
    for name in ("empty.txt", "binary.txt", "latin.txt", "lines.jsonl:1", "lines.jsonl:2"):
        assert name in report
    with EventStore.open(env["ATLAS_DB"]) as store:
        assert store.count_events() == before
    mixed = [str(bad / "empty.txt"), str(inbox / "kharkiv.txt")]
    assert main(["--quiet", "ingest", *mixed], env) == 0  # something was processed


def test_export_with_filters(inbox: Path, tmp_path: Path, env: dict[str, str]) -> None:
    main(["--quiet", "ingest", str(inbox)], env)
    out = tmp_path / "shelling.csv"
    assert main(["--quiet", "export", "--out", str(out), "--category", "shelling"], env) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id,event_date")
    assert len(lines) == 2 and "Kharkiv" in lines[1]
    geo = tmp_path / "turkey.geojson"
    args = [
        "--quiet",
        "export",
        "--out",
        str(geo),
        "--actor",
        "Military Forces of Turkey",
        "--date-from",
        "2020-01-01",
        "--date-to",
        "2020-12-31",
    ]
    assert main(args, env) == 0
    features = json.loads(geo.read_text())["features"]
    assert features and all(
        "Military Forces of Turkey" in (f["properties"]["actor1"], f["properties"]["actor2"])
        for f in features
    )


def test_geoparse_writes_evaluation_format(tmp_path: Path, env: dict[str, str]) -> None:
    text = "Officials in Ankara said Damascus and Paris were informed."
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps(
            {"id": "g1", "text": text, "toponyms": [{"start": 13, "end": 19, "name": "Ankara"}]}
        )
        + "\n{bad json\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    assert main(["--quiet", "geoparse", str(corpus), "--out", str(out)], env) == 0
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    names = {t["name"]: t for t in record["toponyms"]}
    assert record["id"] == "g1" and {"Ankara", "Damascus", "Paris"} <= set(names)
    assert all(text[t["start"] : t["end"]] == t["name"] for t in record["toponyms"])
    assert abs(names["Paris"]["lat"] - 48.85) < 0.2
    gold = tmp_path / "gold.jsonl"
    assert main(["--quiet", "geoparse", str(corpus), "--out", str(gold), "--gold-spans"], env) == 0
    (only,) = [json.loads(line) for line in gold.read_text().splitlines()]
    assert [t["name"] for t in only["toponyms"]] == ["Ankara"]


def test_bad_published_option_is_a_usage_error(inbox: Path, env: dict[str, str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", str(inbox), "--published", "2020-02-30"], env)
    assert exit_info.value.code == 2


def test_evaluate_geoparse_prints_both_tables(
    tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Officials in Ankara said Damascus was informed."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "e1",
                "text": text,
                "toponyms": [
                    {"start": 13, "end": 19, "name": "Ankara", "lat": 39.92, "lon": 32.85},
                    {"start": 25, "end": 33, "name": "Damascus", "lat": 33.51, "lon": 36.29},
                ],
            }
        )
        + "\n"
    )
    assert main(["--quiet", "evaluate-geoparse", str(gold)], env) == 0
    out = capsys.readouterr().out
    end_to_end = next(line for line in out.splitlines() if line.startswith("end to end"))
    gold_spans = next(line for line in out.splitlines() if line.startswith("gold spans"))
    assert end_to_end.split()[3:6] == ["1.000", "1.000", "1.000"]  # P R F1
    assert gold_spans.split()[6] == "1.000"  # Acc@161
