"""The catalogue of nasty inputs, generated here, through one real ``ingest`` run: each file is
processed or rejected with a clear message in the run report; no traceback, no hang."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
GOOD = "Russian forces shelled Kharkiv on Monday, killing three civilians, officials said."
#: Wrong types, broken JSON, a non-object, and one good line.
BROKEN_LINES = b'{"text": 5}\n{broken\n[1, 2]\n' + json.dumps({"id": "ok", "text": GOOD}).encode()


def catalogue(folder: Path) -> dict[str, str]:
    """File name -> what the report must say about it ("" when it must be processed)."""
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t \n", "empty"),
        "binary.txt": (bytes(range(256)) * 40, "binary"),
        "nul.txt": (GOOD.encode() + b"\x00\x00" + GOOD.encode(), "binary file (NUL bytes)"),
        "latin1.txt": ("Caf\xe9 in Kharkiv".encode("latin-1"), "UTF-8"),
        "utf16.txt": (GOOD.encode("utf-16"), ""),
        "huge.txt": (b"word " * 10_500_000, "over the limit"),
        "oneline.jsonl": (json.dumps({"text": "x" * 5_000_000}).encode(), "limit"),
        "nested.html": (b"<div>" * 20_000 + (GOOD * 2).encode() + b"</div>" * 20_000, ""),
        "cut.html": (b"<html><body><article><p>Shel", "no article text"),
        "rtl.txt": (("\u202e" + GOOD + "\u200b\u200d \U0001F600 إدلب").encode(), ""),
        "other-language.txt": ("Российские войска обстреляли Харьков в понедельник.".encode(), ""),
        "bad-date.txt": (GOOD.encode(), "2020-02-30"),
        "year-zero.txt": (GOOD.encode(), "0000-01-01"),
        "lines.jsonl": (BROKEN_LINES, "line is not a JSON object"),
        "broken.rss": (b"<rss><channel><item><title>x</ti", "feed"),
    }  # fmt: skip
    for name, (raw, _) in files.items():
        (folder / name).write_bytes(raw)
    (folder / "bad-date.json").write_text('{"published": "2020-02-30"}')
    (folder / "year-zero.json").write_text('{"published": "0000-01-01"}')
    return {name: said for name, (_, said) in files.items()}


@pytest.mark.model
def test_every_nasty_input_is_processed_or_reported(tmp_path: Path, gazetteer_cache: Path) -> None:
    folder = tmp_path / "nasty"
    folder.mkdir()
    expected = catalogue(folder)
    env = {
        "ATLAS_CACHE": str(gazetteer_cache),
        "ATLAS_DB": str(tmp_path / "atlas.sqlite"),
        "PATH": "/usr/bin:/bin",
    }
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "--quiet", "ingest", str(folder)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout, run.stderr[-2000:]
    assert run.returncode == 0, run.stdout[-2000:]
    report = json.loads((tmp_path / "atlas.ingest-report.json").read_text(encoding="utf-8"))
    files = {Path(f["path"]).name: f for f in report["files"]}
    for name, said in expected.items():
        assert name in files, f"{name} is missing from the run report"
        problems = " ".join(files[name]["problems"])
        if said:
            assert said in problems, f"{name}: {problems!r}"
        else:
            assert files[name]["read"] == 1, f"{name}: {files[name]}"
