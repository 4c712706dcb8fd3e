"""The run report as JSON next to the store: per input file, what was read, skipped, failed
and why, so a long batch can be checked afterwards without its console output."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from pipeline.models import RunReport

__all__ = ["REPORT_NAME", "report_path", "write_run_report"]

REPORT_NAME = "ingest-report.json"


def report_path(db_url: str, fallback_dir: Path = Path("data")) -> Path:
    """Where the report of a store's runs goes: next to a SQLite file, else ``fallback_dir``.

    Examples
    --------
    >>> report_path("sqlite:////srv/atlas/atlas.sqlite").as_posix()
    '/srv/atlas/atlas.ingest-report.json'
    >>> report_path("postgresql+psycopg://u@h/db").as_posix()
    'data/ingest-report.json'
    """
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        db = Path(db_url.removeprefix("sqlite:///"))
        return db.with_name(f"{db.stem}.{REPORT_NAME}")
    return fallback_dir / REPORT_NAME


def write_run_report(path: Path, report: RunReport, inputs: list[str]) -> Path:
    """Write ``report`` as JSON to ``path`` (atomically: a crash leaves the old report)."""
    document = {
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": inputs,
        "articles_processed": report.articles_read,
        "articles_skipped_unchanged": report.skipped,
        "articles_failed": report.articles_failed,
        "events": report.events,
        "files": [asdict(summary) for summary in report.files],
        "warnings": [asdict(warning) for warning in report.warnings],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")  # two runs may end at once
    partial.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)
    return path
