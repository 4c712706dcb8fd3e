"""Batch runs: read inputs, extract, store or collect, and report every warning and failure.

A failure in one article is recorded in the run report and the run goes on; what is already
stored is never touched by a failed article (each article is one store transaction).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.errors import AtlasError
from pipeline.events.extract import Extractor
from pipeline.models import Article, ArticleResult, FileSummary, RunReport, RunWarning
from pipeline.sources.ingest import read_articles
from pipeline.store.eventstore import EventStore

__all__ = [
    "Outcome",
    "Progress",
    "extract_paths",
    "file_summaries",
    "ingest_paths",
    "run_articles",
    "safe_results",
]

#: ``on_progress(done, total, label)``, called after each article.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's extraction: its result, or the warning saying why there is none."""

    result: ArticleResult | None
    warning: RunWarning | None


def safe_results(extractor: Extractor, articles: Sequence[Article]) -> Iterator[Outcome]:
    """Extract in batches; an article that breaks the batch is retried alone and recorded."""
    try:
        for result in extractor.extract_many(articles):
            yield Outcome(result, None)
        return
    except (AtlasError, ValueError, RuntimeError, MemoryError, RecursionError):
        pass  # fall back to one article at a time to find and report the bad one
    for article in articles:
        try:
            yield Outcome(extractor.extract(article), None)
        except (AtlasError, ValueError, RuntimeError, MemoryError, RecursionError) as err:
            message = f"extraction failed: {type(err).__name__}: {err}"
            yield Outcome(None, RunWarning(article.id, message, article.id, "error"))


def run_articles(
    articles: Sequence[Article],
    extractor: Extractor | None,
    *,
    source: Iterable[Outcome] | None = None,
    store: EventStore | None = None,
    on_progress: Progress | None = None,
    collect: list[ArticleResult] | None = None,
    outcomes: dict[str, int] | None = None,
) -> RunReport:
    """Extract every article; save each to ``store`` and/or append it to ``collect``.

    ``outcomes`` (when given) receives each processed article's event count, ``-1`` for a
    failed one. ``source`` replaces in-process extraction (worker processes or a Dask
    cluster, see :mod:`pipeline.parallel`); its outcomes may come in any order."""
    warnings: list[RunWarning] = []
    failed = events = 0
    if source is None:
        if extractor is None:
            raise ValueError("run_articles needs an extractor or a source of outcomes")
        source = safe_results(extractor, articles)
    for done, outcome in enumerate(source, start=1):
        article_id = (
            outcome.result.article.id
            if outcome.result is not None
            else (outcome.warning.article_id if outcome.warning is not None else "")
        )
        if outcome.result is None:
            failed += 1
            warnings.append(outcome.warning) if outcome.warning else None
            _note(outcomes, article_id, -1)
        else:
            result = outcome.result
            warnings.extend(result.warnings)
            try:
                if store is not None:
                    store.save(result)
            except AtlasError as err:
                failed += 1
                warnings.append(RunWarning(result.article.id, str(err), result.article.id, "error"))
                _note(outcomes, result.article.id, -1)
            else:
                events += len(result.events)
                _note(outcomes, result.article.id, len(result.events))
                if collect is not None:
                    collect.append(result)
        if on_progress is not None:
            on_progress(done, len(articles), article_id)
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
    extractor: Extractor | None,
    *,
    published: object = None,
    on_progress: Progress | None = None,
    parallel: Callable[[Sequence[Article]], Iterable[Outcome]] | None = None,
) -> RunReport:
    """Read, extract and store every article under ``paths`` (idempotent per article id).

    Articles the store already holds unchanged (same id, text and metadata) are skipped and
    counted; a changed article is extracted again and replaces its old events. ``parallel``
    (worker processes or a Dask cluster) extracts instead of ``extractor``."""
    read = read_articles(paths, published=published)
    fresh = [a for a in read.articles if store.article(a.id) != a]
    fresh_ids = {a.id for a in fresh}
    outcomes: dict[str, int] = {}
    source = parallel(fresh) if parallel is not None else None
    report = run_articles(
        fresh, extractor, source=source, store=store, on_progress=on_progress, outcomes=outcomes
    )
    merged = _merge(report, read.warnings)
    skipped = [a.id for a in read.articles if a.id not in fresh_ids]
    files = file_summaries(read.origins, outcomes, skipped, read.warnings, report.warnings)
    return replace(merged, skipped=len(skipped), files=files)


def _note(outcomes: dict[str, int] | None, article_id: str, events: int) -> None:
    if outcomes is not None and article_id:
        outcomes[article_id] = events


def file_summaries(
    origins: Mapping[str, str],
    outcomes: Mapping[str, int],
    skipped: Sequence[str],
    read_warnings: Sequence[RunWarning],
    run_warnings: Sequence[RunWarning] = (),
) -> tuple[FileSummary, ...]:
    """Per input file: articles read, skipped, failed (including items and lines that could
    not be read), events stored, and every problem reported.

    Examples
    --------
    >>> [s.read for s in file_summaries({"a": "x.txt"}, {"a": 2}, [], [])]
    [1]
    >>> bad = RunWarning("f.jsonl:3", "skipped: bad JSON", level="error")
    >>> file_summaries({"a": "f.jsonl"}, {"a": 2}, [], [bad])[0].failed
    1
    """
    paths = sorted({*origins.values(), *(_file_of(w.source) for w in read_warnings)})
    counts: dict[str, Counter[str]] = {path: Counter() for path in paths}
    problems: dict[str, list[str]] = {path: [] for path in paths}
    skipped_ids = set(skipped)
    for article_id, path in origins.items():
        counts[path]["read"] += 1
        if article_id in skipped_ids:
            counts[path]["skipped"] += 1
        elif outcomes.get(article_id, 0) < 0:
            counts[path]["failed"] += 1
        else:
            counts[path]["events"] += outcomes.get(article_id, 0)
    for warning in read_warnings:
        path = _file_of(warning.source)
        problems[path].append(f"{warning.level}: {warning.source}: {warning.message}")
        if warning.level == "error":
            counts[path]["failed"] += 1
    for warning in run_warnings:
        found = origins.get(warning.article_id) or origins.get(warning.source)
        if found is not None:
            problems[found].append(f"{warning.level}: {warning.message}")
    return tuple(
        FileSummary(
            path,
            read=counts[path]["read"],
            skipped=counts[path]["skipped"],
            failed=counts[path]["failed"],
            events=counts[path]["events"],
            problems=tuple(problems[path]),
        )
        for path in paths
    )


def _file_of(source: str) -> str:
    """The file a warning's source names ("feed.rss: item 3", "a.jsonl:12" -> the file)."""
    head = source.split(": item ", 1)[0]
    stem, _, line = head.rpartition(":")
    return stem if stem and line.isdigit() else head


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
