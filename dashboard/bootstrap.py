"""First start: fill an empty store from ``seeds/`` so a new user sees events at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pipeline.models import RunReport
from pipeline.store.eventstore import EventStore

__all__ = [
    "MODEL_STEP",
    "ProgressCallback",
    "first_start_steps",
    "ingest_seeds",
    "progress_fraction",
    "seed_paths",
]

#: ``(done, total, name)``, as :func:`pipeline.runner.ingest_paths` reports progress.
ProgressCallback = Callable[[int, int, str], None]

#: Article files; ``.json`` files next to a ``.txt`` are its metadata, not articles.
SEED_SUFFIXES = (".txt", ".jsonl")


def seed_paths(seeds_dir: Path) -> list[Path]:
    """The article files in ``seeds_dir``, sorted; empty when the folder does not exist.

    Examples
    --------
    >>> seed_paths(Path("/nonexistent"))
    []
    """
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix in SEED_SUFFIXES)


#: What the first start says while the spaCy model loads.
MODEL_STEP = "Loading the language model…"


def first_start_steps(*, index_built: bool, articles: int) -> tuple[str, str, str]:
    """What the first start tells the reader, step by step: the place index (built once,
    the longest wait on a fresh machine), the language model, the seed articles.

    Examples
    --------
    >>> first_start_steps(index_built=False, articles=1)[0]
    'Building the place index (first start only)…'
    >>> first_start_steps(index_built=True, articles=3)[1:]
    ('Loading the language model…', 'Reading 3 seed articles…')
    """
    index = (
        "Loading the place index…"
        if index_built
        else "Building the place index (first start only)…"
    )
    noun = "article" if articles == 1 else "articles"
    return index, MODEL_STEP, f"Reading {articles} seed {noun}…"


def progress_fraction(done: int, total: int) -> float:
    """``done / total`` clamped to [0, 1], 0 for an empty batch (what ``st.progress`` takes).

    Examples
    --------
    >>> progress_fraction(1, 4), progress_fraction(0, 0), progress_fraction(9, 4)
    (0.25, 0.0, 1.0)
    """
    if total <= 0:
        return 0.0
    return min(max(done / total, 0.0), 1.0)


def ingest_seeds(
    store: EventStore,
    paths: Sequence[Path],
    *,
    nlp: Any,
    gazetteer: Any,
    on_progress: ProgressCallback | None = None,
) -> RunReport:
    """Extract events from the seed articles into ``store`` (idempotent, like every ingest).

    Parameters
    ----------
    store : EventStore
    paths : Sequence[Path]
        From :func:`seed_paths`.
    nlp, gazetteer
        The loaded spaCy pipeline and gazetteer (cached by :mod:`dashboard.cache`).
    on_progress : callable, optional
        Called with ``(done, total, name)`` after each article.

    Returns
    -------
    RunReport
        Articles read and failed, events written, every warning.
    """
    # imported here: the runner pulls in spaCy, which a filled store never needs
    from pipeline.events.extract import Extractor
    from pipeline.runner import ingest_paths

    extractor = Extractor(nlp=nlp, gazetteer=gazetteer)
    return ingest_paths(list(paths), store, extractor, on_progress=on_progress)
