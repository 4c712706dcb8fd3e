"""Helpers for the real-browser tests: a real ``streamlit run`` on a free loopback port, Chromium's
path, the map's frame, screenshots and a loopback tile server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
TURKEY = "Military Forces of Turkey"
START_TIMEOUT_S = 60.0
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.skip("chromium is not on PATH: apt-get install chromium chromium-driver")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # polling interval, bounded by the deadline
    pytest.fail(f"streamlit not healthy after {START_TIMEOUT_S} s:\n{log.read_text()}")


@contextmanager
def running_app(db: Path, tmp: Path, **extra: str) -> Iterator[str]:
    """A real ``streamlit run dashboard/app.py`` on a free port over the store ``db``; no
    tiles (the offline base only) unless ``extra`` sets ``ATLAS_TILES``. The offline base
    is built first, as a first start would, so that no page waits for it."""
    from dashboard.outlinebase import ensure_base

    ensure_base()
    port = free_port()
    env = {
        **os.environ,
        "ATLAS_DB": str(db),
        "ATLAS_SEEDS": str(tmp / "no-seeds"),
        "ATLAS_TILES": "none",
        **extra,
    }
    log = tmp / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "dashboard/app.py",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


#: Deadline for the page to reach a state (actions and ``expect`` alike). Playwright's
#: ``expect`` has its own default of 5 s, which the first map render exceeds on a busy
#: machine; the wait ends as soon as the state is reached, so a long deadline costs nothing.
STATE_TIMEOUT_MS = 30_000


def map_frame_of(page: Any) -> Any:
    """The map iframe's Frame (for evaluating scripts in it), once its map exists."""
    handle = page.locator(MAP_IFRAME).element_handle()
    frame = handle.content_frame()
    frame.wait_for_function("() => typeof map_div !== 'undefined'")
    return frame


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a0e2a63b0000000049454e44ae426082"
)


@contextmanager
def tile_server() -> Iterator[str]:
    """A tile server on the loopback interface: every path is the same small PNG."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args: Any) -> None:  # quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    finally:
        httpd.shutdown()
        httpd.server_close()


def base_radio(map_frame: Any, name: str) -> Any:
    return (
        map_frame.locator(".leaflet-control-layers-base label")
        .filter(has_text=name)
        .locator("input")
    )
