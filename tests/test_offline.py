"""The suite's offline guard (tests/conftest.py) refuses the network and allows loopback."""

from __future__ import annotations

import socket
import threading

import pytest

from pipeline.errors import InputError
from pipeline.sources.fetch import Fetcher


def test_a_connection_beyond_loopback_is_refused_at_once() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(ConnectionRefusedError, match="runs offline"),
    ):
        sock.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed


def test_the_fetcher_reports_a_refused_network_as_an_input_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="cannot fetch"):
        Fetcher(tmp_path, delay_s=0.0).fetch("http://192.0.2.1/feed.xml")


def test_loopback_stays_open() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted: list[bool] = []
    thread = threading.Thread(target=lambda: accepted.append(bool(server.accept())))
    thread.start()
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    thread.join(timeout=5)
    server.close()
    assert accepted == [True]
