"""Batch runs: read inputs, extract, store or collect, and report every warning and failure.

A failure in one article is recorded in the run report and the run goes on; what is already
stored is never touched by a failed article (each article is one store transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import AtlasError
from pipeline.extract import Extractor
from pipeline.ingest import read_articles
from pipeline.models import Article, ArticleResult, RunReport, RunWarning
from pipeline.store import EventStore

__all__ = ["Progress", "extract_paths", "ingest_paths", "run_articles"]

#: ``on_progress(done, total, label)``, called after each article.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class _Outcome:
    result: ArticleResult | None
    warning: RunWarning | None


def _safe_results(extractor: Extractor, articles: Sequence[Article]) -> Iterator[_Outcome]:
    """Extract in batches; an article that breaks the batch is retried alone and recorded."""
    try:
        for result in extractor.extract_many(articles):
            yield _Outcome(result, None)
        return
    except (AtlasError, ValueError, RuntimeError, MemoryError, RecursionError):
        pass  # fall back to one article at a time to find and report the bad one
    for article in articles:
        try:
            yield _Outcome(extractor.extract(article), None)
        except (AtlasError, ValueError, RuntimeError, MemoryError, RecursionError) as err:
            message = f"extraction failed: {type(err).__name__}: {err}"
            yield _Outcome(None, RunWarning(article.id, message, article.id, "error"))


def run_articles(
    articles: Sequence[Article],
    extractor: Extractor,
    *,
    store: EventStore | None = None,
    on_progress: Progress | None = None,
    collect: list[ArticleResult] | None = None,
) -> RunReport:
    """Extract every article; save each to ``store`` and/or append it to ``collect``."""
    warnings: list[RunWarning] = []
    failed = events = 0
    for done, outcome in enumerate(_safe_results(extractor, articles), start=1):
        if outcome.result is None:
            failed += 1
            warnings.append(outcome.warning) if outcome.warning else None
        else:
            result = outcome.result
            warnings.extend(result.warnings)
            try:
                if store is not None:
                    store.save(result)
            except AtlasError as err:
                failed += 1
                warnings.append(RunWarning(result.article.id, str(err), result.article.id, "error"))
            else:
                events += len(result.events)
                if collect is not None:
                    collect.append(result)
        if on_progress is not None:
            on_progress(done, len(articles), articles[done - 1].id if done <= len(articles) else "")
    return RunReport(len(articles) - failed, failed, events, tuple(warnings))


def _merge(first: RunReport, read_warnings: Sequence[RunWarning]) -> RunReport:
    unreadable = sum(1 for w in read_warnings if w.level == "error")
    return RunReport(
        first.articles_read,
        first.articles_failed + unreadable,
        first.events,
        (*read_warnings, *first.warnings),
    )


def ingest_paths(
    paths: Sequence[Path],
    store: EventStore,
    extractor: Extractor,
    *,
    published: object = None,
    on_progress: Progress | None = None,
) -> RunReport:
    """Read, extract and store every article under ``paths`` (idempotent per article id)."""
    read = read_articles(paths, published=published)
    report = run_articles(read.articles, extractor, store=store, on_progress=on_progress)
    return _merge(report, read.warnings)


def extract_paths(
    paths: Sequence[Path],
    extractor: Extractor,
    *,
    published: object = None,
    on_progress: Progress | None = None,
) -> tuple[list[ArticleResult], RunReport]:
    """Read and extract every article under ``paths`` without storing anything."""
    read = read_articles(paths, published=published)
    results: list[ArticleResult] = []
    report = run_articles(read.articles, extractor, on_progress=on_progress, collect=results)
    return results, _merge(report, read.warnings)
