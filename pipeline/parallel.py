"""Extraction on several processes or a Dask cluster; the store is written by the caller.

``--workers N``: a pool of N local processes (spawned, each loading the model and gazetteer
once in its initializer). ``--scheduler ADDRESS``: a ``dask.distributed`` cluster, each
worker loading them once through a worker plugin; tasks that fail are retried, and a batch
that still fails is reported article by article. Articles go out in batches so each worker
runs ``nlp.pipe`` over many at a time; results come back in completion order, and the caller
saves them (one store transaction per article, as in a local run).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from pipeline.models import Article, RunWarning
from pipeline.runner import Outcome, safe_results

__all__ = [
    "BATCH",
    "PLUGIN_NAME",
    "batches",
    "dask_outcomes",
    "extractor_plugin",
    "process_outcomes",
]

#: Articles per task.
BATCH = 16
#: Name of the Dask worker plugin that holds each worker's extractor.
PLUGIN_NAME = "atlas-extractor"
#: The extractor of this worker process, set by :func:`_start_worker` (empty until then).
_WORKER: dict[str, Any] = {}


def batches(articles: Sequence[Article], size: int = BATCH) -> list[list[Article]]:
    """Consecutive batches of at most ``size`` articles.

    Examples
    --------
    >>> [len(b) for b in batches([Article(str(i), "x") for i in range(5)], 2)]
    [2, 2, 1]
    """
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def _make_extractor(model: str, cache_dir: str) -> Any:
    from geodata import Gazetteer
    from pipeline.events.extract import Extractor
    from pipeline.nlp.model import load_nlp

    return Extractor(nlp=load_nlp(model), gazetteer=Gazetteer.load(Path(cache_dir)))


def _start_worker(model: str, cache_dir: str) -> None:
    _WORKER["extractor"] = _make_extractor(model, cache_dir)


def _extract_batch(batch: list[Article]) -> list[Outcome]:
    return list(safe_results(_WORKER["extractor"], batch))


def _failed(batch: Sequence[Article], err: BaseException) -> Iterator[Outcome]:
    message = f"extraction failed on a worker: {type(err).__name__}: {err}"
    for article in batch:
        yield Outcome(None, RunWarning(article.id, message, article.id, "error"))


def process_outcomes(
    articles: Sequence[Article], *, workers: int, model: str, cache_dir: Path
) -> Iterator[Outcome]:
    """Extract on ``workers`` local processes; outcomes in completion order."""
    context = multiprocessing.get_context("spawn")  # no fork of a loaded model or threads
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(model, str(cache_dir)),
    ) as pool:
        futures = {pool.submit(_extract_batch, batch): batch for batch in batches(articles)}
        for future in as_completed(futures):
            try:
                yield from future.result()
            except Exception as err:  # a worker died: its batch is reported, the rest goes on
                yield from _failed(futures[future], err)


def extractor_plugin(model: str, cache_dir: str) -> Any:
    """A Dask worker plugin with which each worker loads the model and gazetteer once."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class ExtractorPlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self) -> None:
            self.extractor: Any = None

        def setup(self, worker: Any) -> None:
            self.extractor = _make_extractor(model, cache_dir)

        def teardown(self, worker: Any) -> None:
            self.extractor = None

    return ExtractorPlugin()


def _dask_batch(batch: list[Article]) -> list[Outcome]:
    from distributed import get_worker

    plugin: Any = get_worker().plugins[PLUGIN_NAME]
    return list(safe_results(plugin.extractor, batch))


def dask_outcomes(
    articles: Sequence[Article],
    *,
    scheduler: str,
    model: str,
    cache_dir: Path,
    retries: int = 2,
) -> Iterator[Outcome]:
    """Extract on the Dask cluster at ``scheduler``; outcomes in completion order."""
    from distributed import Client
    from distributed import as_completed as dask_completed

    with Client(scheduler) as client:
        client.register_plugin(extractor_plugin(model, str(cache_dir)), name=PLUGIN_NAME)
        parts = batches(articles)
        futures = client.map(_dask_batch, parts, retries=retries, pure=False)
        batch_of = {future.key: batch for future, batch in zip(futures, parts, strict=True)}
        for future in dask_completed(futures):
            try:
                yield from future.result()
            except Exception as err:  # still failing after the retries
                yield from _failed(batch_of[future.key], err)
