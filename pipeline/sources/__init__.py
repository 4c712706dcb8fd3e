"""Stage 1, sources: what comes in.

Articles from ``.txt`` (with a sidecar ``.json``), ``.jsonl``, saved web pages and RSS/Atom
feeds, each cleaned, given a stable id and a publication date (:mod:`ingest`,
:mod:`textfiles`, :mod:`webpage`, :mod:`html_text`); the opt-in polite downloader behind
``ingest --fetch`` (:mod:`fetch`); rows of coded event datasets, ACLED and UCDP GED, as events
(:mod:`importers`); and the JSON run report written next to the store (:mod:`runreport`).

Public API: :func:`read_articles`, :class:`ReadResult`, :func:`article_from_text`,
:func:`parse_published`, :class:`Fetcher`, :func:`read_event_rows`, :func:`write_run_report`.
"""

from __future__ import annotations

from pipeline.sources.fetch import Fetcher
from pipeline.sources.importers import ImportedRow, detect_format, read_event_rows
from pipeline.sources.ingest import ReadResult, iter_input_files, read_articles
from pipeline.sources.runreport import write_run_report
from pipeline.sources.textfiles import article_from_text, parse_published

__all__ = [
    "Fetcher",
    "ImportedRow",
    "ReadResult",
    "article_from_text",
    "detect_format",
    "iter_input_files",
    "parse_published",
    "read_articles",
    "read_event_rows",
    "write_run_report",
]
