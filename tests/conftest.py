"""Session-wide fixtures: the real gazetteer (built from scratch once per test session), the
real spaCy model and an extractor wired from both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geodata.gazetteer import Gazetteer
from pipeline.config import DEFAULT_MODEL

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gazetteer_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache directory holding the real index, built from scratch once per session."""
    cache = tmp_path_factory.mktemp("gazetteer-cache")
    Gazetteer.load(cache)
    return cache


@pytest.fixture(scope="session")
def gazetteer(gazetteer_cache: Path) -> Gazetteer:
    """The real gazetteer, loaded from the session cache."""
    return Gazetteer.load(gazetteer_cache)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real spaCy model with the project's components."""
    from pipeline.nlp.model import load_nlp

    return load_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def extractor(nlp, gazetteer):  # type: ignore[no-untyped-def]
    """The real extractor: model, gazetteer and the packaged actor dictionary."""
    from pipeline.events.extract import Extractor

    return Extractor(nlp=nlp, gazetteer=gazetteer)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The project's seed articles."""
    return PROJECT_ROOT / "seeds"


def _is_loopback(host: object) -> bool:
    text = str(host)
    return (
        text.startswith("127.")
        or text in ("::1", "localhost", "0.0.0.0", "")
        or (text.startswith("::ffff:127."))
    )


@pytest.fixture(autouse=True, scope="session")
def _offline() -> Iterator[None]:
    """The whole suite runs offline: opening a socket to anything but loopback fails the test
    that tries (a local HTTP server, PostgreSQL on a Unix socket and Dask on 127.0.0.1 stay
    allowed)."""
    import socket

    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            raise OfflineError(f"a test tried to reach {address}: the test suite runs offline")

    def guarded_connect(self: socket.socket, address: Any) -> None:
        check(self, address)
        connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        check(self, address)
        return connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore[method-assign]


class OfflineError(ConnectionRefusedError):
    """Raised by the suite's offline guard (a ConnectionError, as a network failure would be)."""
