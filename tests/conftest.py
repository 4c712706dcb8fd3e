"""Session-wide fixtures: the real gazetteer (built from scratch once per test session), the
real spaCy model and an extractor wired from both."""

from __future__ import annotations

from pathlib import Path

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
    from pipeline.nlp import load_nlp

    return load_nlp(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def extractor(nlp, gazetteer):  # type: ignore[no-untyped-def]
    """The real extractor: model, gazetteer and the packaged actor dictionary."""
    from pipeline.extract import Extractor

    return Extractor(nlp=nlp, gazetteer=gazetteer)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The project's seed articles."""
    return PROJECT_ROOT / "seeds"
