"""`extract` and the dashboard work with no network at all: inside a Linux network namespace
(``unshare -n``) that has only a loopback device, down."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f126eebc56bc62c4.txt"


def _offline(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) is part of every Debian system"
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"this kernel or container refuses network namespaces: {probe.stderr.strip()}")
    return subprocess.run(
        [unshare, "-n", *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


def test_extract_runs_with_no_network(tmp_path: Path, gazetteer_cache: Path) -> None:
    out = tmp_path / "events.geojson"
    env = {**os.environ, "ATLAS_CACHE": str(gazetteer_cache)}
    run = _offline(
        [sys.executable, "-m", "pipeline", "--quiet", "extract", str(SEED), "--out", str(out)], env
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) >= 7


def test_the_dashboard_runs_with_no_network(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    test = "tests/dashboard/test_app.py::test_first_view_shows_every_event"
    run = _offline([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], env)
    assert run.returncode == 0, run.stdout[-2000:]
    assert "1 passed" in run.stdout
