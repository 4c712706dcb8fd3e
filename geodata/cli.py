"""Debug command line: ``python -m geodata lookup|build|import-dump``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from geodata.dump import import_geonames_dump
from geodata.errors import GeodataError
from geodata.gazetteer import Gazetteer
from geodata.models import Candidate

__all__ = ["default_cache_dir", "format_table", "main"]

_COLUMNS = ("score", "kind", "name", "admin1", "country", "lat", "lon", "population", "place_id")


def default_cache_dir(environ: dict[str, str] | None = None) -> Path:
    """Return ``$ATLAS_CACHE`` if set, else ``<project root>/.cache``."""
    env = os.environ if environ is None else environ
    value = env.get("ATLAS_CACHE", "").strip()
    return Path(value) if value else Path(__file__).resolve().parent.parent / ".cache"


def format_table(candidates: Sequence[Candidate]) -> str:
    """Render candidates as an aligned text table with a header row.

    Parameters
    ----------
    candidates : sequence of Candidate
        Rows, in order.

    Returns
    -------
    str
        The table; just the header for no candidates.
    """
    rows = [list(_COLUMNS)] + [
        [
            f"{c.score:.2f}",
            c.kind,
            c.name,
            c.admin1,
            c.country,
            f"{c.lat:.4f}",
            f"{c.lon:.4f}",
            str(c.population),
            c.place_id,
        ]
        for c in candidates
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    numeric = {0, 5, 6, 7}
    return "\n".join(
        "  ".join(
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geodata", description=__doc__)
    parser.add_argument("--cache", type=Path, default=None, help="cache dir ($ATLAS_CACHE)")
    sub = parser.add_subparsers(dest="command", required=True)
    lookup = sub.add_parser("lookup", help="print ranked candidates for a name")
    lookup.add_argument("name", nargs="+")
    lookup.add_argument("--fuzzy", action="store_true")
    lookup.add_argument("--limit", type=int, default=10)
    lookup.add_argument("--cache", type=Path, default=argparse.SUPPRESS)
    build = sub.add_parser("build", help="build (or validate) the gazetteer index")
    build.add_argument("--cache", type=Path, default=argparse.SUPPRESS)
    dump = sub.add_parser("import-dump", help="import a GeoNames XX.zip / allCountries.zip")
    dump.add_argument("zip", type=Path)
    dump.add_argument("--alternate-names", type=Path, default=None)
    dump.add_argument("--cache", type=Path, default=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 no match, 2 error)."""
    args = _parser().parse_args(argv)
    cache = args.cache or default_cache_dir()
    try:
        if args.command == "import-dump":
            count = import_geonames_dump(args.zip, cache, alternate_names=args.alternate_names)
            print(f"imported {count} places into {cache}; the next load rebuilds the index")
            return 0
        start = time.perf_counter()
        gazetteer = Gazetteer.load(cache, progress=sys.stderr.isatty())
        if args.command == "build":
            took = time.perf_counter() - start
            print(f"gazetteer ready: {len(gazetteer)} places in {cache} ({took:.1f} s)")
            return 0
        found = gazetteer.lookup(" ".join(args.name), limit=args.limit, fuzzy=args.fuzzy)
        print(format_table(found))
        return 0 if found else 1
    except GeodataError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
