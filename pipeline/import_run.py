"""``import-events``: stream ACLED or UCDP GED files into the store in batches, with a run
report per file; a bad row is reported with its line, a bad file with its reason, and what is
already stored is never lost (each batch is one transaction of the store)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import AtlasError
from pipeline.models import ArticleResult, FileSummary, RunReport, RunWarning
from pipeline.sources.importers import read_event_rows
from pipeline.store.eventstore import EventStore

__all__ = ["BATCH", "import_files"]

#: Rows saved per store transaction.
BATCH = 500


def import_files(paths: Sequence[Path], store: EventStore) -> RunReport:
    """Import every file; returns counts, warnings and a summary per file."""
    warnings: list[RunWarning] = []
    files: list[FileSummary] = []
    total = failed_total = 0
    for path in paths:
        read = failed = 0
        problems: list[str] = []
        batch: list[ArticleResult] = []
        try:
            for row in read_event_rows(path):
                if row.warning is not None:
                    warnings.append(row.warning)
                    problems.append(
                        f"{row.warning.level}: {row.warning.source}: {row.warning.message}"
                    )
                    failed += row.warning.level == "error"
                if row.result is not None:
                    batch.append(row.result)
                    if len(batch) >= BATCH:
                        read += _save(store, batch, warnings, problems)
                        batch = []
            if batch:
                read += _save(store, batch, warnings, problems)
        except AtlasError as err:
            warnings.append(RunWarning(str(path), str(err), level="error"))
            problems.append(f"error: {err}")
            failed += 1
        files.append(
            FileSummary(str(path), read=read, failed=failed, events=read, problems=tuple(problems))
        )
        total += read
        failed_total += failed
    return RunReport(total, failed_total, total, tuple(warnings), files=tuple(files))


def _save(
    store: EventStore, batch: list[ArticleResult], warnings: list[RunWarning], problems: list[str]
) -> int:
    """One transaction for the batch; if the store refuses it, row by row to find the bad one."""
    try:
        return store.save_batch(batch)
    except AtlasError:
        saved = 0
        for result in batch:
            try:
                store.save(result)
                saved += len(result.events)
            except AtlasError as err:
                warnings.append(RunWarning(result.article.id, str(err), result.article.id, "error"))
                problems.append(f"error: {result.article.id}: {err}")
        return saved
