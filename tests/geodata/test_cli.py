from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geodata.cli import default_cache_dir, format_table, main
from geodata.models import Candidate

ROOT = Path(__file__).resolve().parents[2]


def test_lookup_prints_table(gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "Idlib", "--cache", str(gazetteer_cache), "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "score",
        "kind",
        "name",
        "admin1",
        "country",
        "lat",
        "lon",
        "population",
        "place_id",
    ]
    assert any("gn:169389" in line for line in lines[1:]) and len(lines) <= 4


def test_lookup_no_match_exit_1(gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--cache", str(gazetteer_cache), "lookup", "Qqqxxzzy"]) == 1
    assert capsys.readouterr().out.startswith("score")


def test_fuzzy_flag(gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "Saraqibx", "--fuzzy", "--cache", str(gazetteer_cache)]) == 0
    assert "Saraqib" in capsys.readouterr().out


def test_build_command(gazetteer_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--cache", str(gazetteer_cache)]) == 0
    assert "gazetteer ready" in capsys.readouterr().out


def test_import_dump_bad_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "SY.zip"
    bad.write_bytes(b"not a zip")
    assert main(["import-dump", str(bad), "--cache", str(tmp_path)]) == 2
    assert "error:" in capsys.readouterr().err


def test_default_cache_dir() -> None:
    assert default_cache_dir({"ATLAS_CACHE": "/x/y"}) == Path("/x/y")
    assert default_cache_dir({}) == ROOT / ".cache"


def test_format_table_aligns() -> None:
    rows = [
        Candidate("gn:1", "A", "city", "SY", "", 1.0, 2.0, 10, 1.0),
        Candidate("gn:22", "Longer name", "admin1", "SY", "Idlib", 1.5, 2.5, 0, 0.9),
    ]
    lines = format_table(rows).splitlines()
    assert len(lines) == 3
    assert lines[1].index("gn:1") == lines[2].index("gn:22")
    assert format_table([]).startswith("score")


def test_module_entry_point(gazetteer_cache: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "geodata", "lookup", "Saraqeb", "--cache", str(gazetteer_cache)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "gn:164816" in result.stdout


def test_import_has_no_side_effects(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' else None)\n"
        "import geodata, geodata.cli, geodata.dump, geodata.sources\n"
        "data = [p for p in opened if p.endswith(('.json', '.csv', '.pkl', '.geojson'))]\n"
        "print(data)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"ATLAS_CACHE": str(tmp_path / "never"), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert not (tmp_path / "never").exists()
