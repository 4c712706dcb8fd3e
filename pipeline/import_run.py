"""``import-events``: stream ACLED or UCDP GED files into the store in batches, with a run
report per file; rows skipped for one problem are counted in one warning (each with its line in
the JSON report), a bad file is reported with its reason, and what is already stored is never
lost (each batch is one transaction of the store)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import AtlasError
from pipeline.models import ArticleResult, FileSummary, RunReport, RunWarning
from pipeline.sources.cellvalues import RowProblem
from pipeline.sources.importers import read_event_rows
from pipeline.store.eventstore import EventStore

__all__ = ["BATCH", "import_files", "import_summary"]

#: Rows saved per store transaction.
BATCH = 500


def import_files(paths: Sequence[Path], store: EventStore) -> RunReport:
    """Import every file; returns counts, warnings and a summary per file.

    Rows skipped for the same problem are one warning ("5,070 rows skipped: event_date
    '9-May-20' not understood (first at line 2; ...)"); the file's summary in the report lists
    every skipped row with its line.
    """
    warnings: list[RunWarning] = []
    files: list[FileSummary] = []
    total = failed_total = 0
    for path in paths:
        summary, found = _import_file(path, store)
        warnings.extend(found)
        files.append(summary)
        total += summary.read
        failed_total += summary.failed
    return RunReport(total, failed_total, total, tuple(warnings), files=tuple(files))


def _import_file(path: Path, store: EventStore) -> tuple[FileSummary, list[RunWarning]]:
    read = failed = 0
    notes: list[RunWarning] = []
    problems: list[str] = []
    groups: dict[tuple[str, str], tuple[int, int, RowProblem]] = {}
    batch: list[ArticleResult] = []
    try:
        for row in read_event_rows(path):
            if row.problem is not None:
                count, first, problem = groups.get(row.problem.kind, (0, row.line, row.problem))
                groups[row.problem.kind] = (count + 1, first, problem)
                failed += 1
                problems.append(f"line {row.line}: {row.problem.summary(1, row.line)}")
            elif row.warning is not None:
                notes.append(row.warning)
                problems.append(f"{row.warning.level}: {row.warning.message}")
            if row.result is not None:
                batch.append(row.result)
                if len(batch) >= BATCH:
                    saved, refused = _save(store, batch, notes, problems)
                    read, failed, batch = read + saved, failed + refused, []
        if batch:
            saved, refused = _save(store, batch, notes, problems)
            read, failed, batch = read + saved, failed + refused, []
    except AtlasError as err:
        if batch:  # the rows read before the file broke off are kept
            saved, refused = _save(store, batch, notes, problems)
            read, failed = read + saved, failed + refused
        notes.append(RunWarning(str(path), str(err), level="error"))
        problems.append(f"error: {err}")
        failed += 1
    grouped = [
        RunWarning(str(path), problem.summary(count, first), level="error")
        for count, first, problem in groups.values()
    ]
    summary = FileSummary(
        str(path), read=read, failed=failed, events=read, problems=tuple(problems)
    )
    return summary, [*notes, *grouped]


def import_summary(report: RunReport) -> list[str]:
    """Lines for the terminal: rows imported and skipped per file, then the warnings.

    Examples
    --------
    >>> one = FileSummary("acled.csv", read=5070, failed=1, events=5070)
    >>> import_summary(RunReport(5070, 1, 5070, files=(one,)))
    ['acled.csv: 5,070 rows imported, 1 skipped']
    """
    lines = [
        f"{f.path}: {f.read:,} {'row' if f.read == 1 else 'rows'} imported, {f.failed:,} skipped"
        for f in report.files
    ]
    lines += [f"  {w.level}: {w.source}: {w.message}" for w in report.warnings]
    return lines


def _save(
    store: EventStore, batch: list[ArticleResult], warnings: list[RunWarning], problems: list[str]
) -> tuple[int, int]:
    """One transaction for the batch; if the store refuses it, row by row to find the bad one.
    Returns (events saved, rows refused): a refused row counts as skipped."""
    try:
        return store.save_batch(batch), 0
    except AtlasError:
        saved = refused = 0
        for result in batch:
            try:
                store.save(result)
                saved += len(result.events)
            except AtlasError as err:
                refused += 1
                warnings.append(RunWarning(result.article.id, str(err), result.article.id, "error"))
                problems.append(f"error: {result.article.id}: {err}")
        return saved, refused
