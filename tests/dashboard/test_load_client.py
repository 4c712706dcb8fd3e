"""The load benchmark's session client against a real ``streamlit run`` (issue 7): it must
really drive the dashboard, or ``benchmarks/load.py`` measures nothing."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("load_benchmark", ROOT / "benchmarks" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_benchmark"] = module
    spec.loader.exec_module(module)
    return module


def test_sessions_change_filters_over_the_websocket_protocol(
    filled_store: Path, tmp_path: Path
) -> None:
    load = _load_benchmark()
    port = load.free_port()
    server = load.start_server(filled_store, port, tmp_path / "streamlit.log")
    args = argparse.Namespace(sessions=2, changes=4, think=(0.0, 0.1), timeout=60.0)
    try:
        tally = asyncio.run(asyncio.wait_for(load.drive(port, args), 240))
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert tally.failures == []
    assert len(tally.first_views) == 2
    assert len(tally.changes) == 8 and all(s > 0 for s in tally.changes)
    # the five literal events: one actor alone shows fewer, the type and the date range
    # narrow it further (filters add up), clearing them shows all five again
    shown = sorted(tally.shown)
    assert [kind for kind, _ in shown] == sorted(load.KINDS * 2)
    assert all(0 < n < 5 for kind, n in shown if kind == "one actor")
    assert all(0 <= n < 5 for kind, n in shown if kind in ("one event type", "a date range"))
    assert [n for kind, n in shown if kind == "clear all"] == [5, 5]
