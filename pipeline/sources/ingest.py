"""Read articles from files and folders: dispatch each file to its reader by type.

Text files and JSONL (:mod:`pipeline.sources.textfiles`), saved pages and feeds
(:mod:`pipeline.sources.webpage`). With the store, the only pipeline code that touches the file
system. Every problem with an input becomes a :class:`RunWarning` (level ``error`` when the input
is skipped), never a silent drop and never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError
from pipeline.models import Article, RunWarning
from pipeline.sources.textfiles import read_jsonl, read_txt

__all__ = ["ReadResult", "iter_input_files", "read_articles"]

_FEEDS = (".rss", ".atom", ".xml")
_SUFFIXES = (".txt", ".jsonl", ".html", ".htm", *_FEEDS)


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Articles read from some inputs, and what went wrong on the way."""

    articles: tuple[Article, ...]
    warnings: tuple[RunWarning, ...]
    #: The input file each article was read from, by article id.
    origins: Mapping[str, str] = field(default_factory=dict)


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders (recursively) into the readable input files, in a stable order."""
    for path in paths:
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES]
            # feeds first: an item's page saved next to its feed is read with the feed's
            # title, date and link, and the page itself then counts as the same article
            yield from sorted(found, key=lambda p: (p.suffix.lower() not in _FEEDS, p))
        else:
            yield path


def read_articles(paths: Sequence[Path], *, published: object = None) -> ReadResult:
    """Read every article under ``paths``; problems become warnings, never exceptions.

    Parameters
    ----------
    paths : sequence of Path
        Files (``.txt`` with optional sidecar ``.json``, ``.jsonl``, ``.html`` pages, RSS/Atom
        feeds) or folders of them, read recursively.
    published : date, str or None
        Publication date for articles whose metadata gives none.
    """
    from pipeline.sources.webpage import FEED_SUFFIXES, HTML_SUFFIXES, read_feed, read_html

    articles: list[Article] = []
    warnings: list[RunWarning] = []
    origins: dict[str, str] = {}
    for path in iter_input_files(paths):
        try:
            if not path.exists():
                raise InputError(f"{path}: no such file")
            suffix = path.suffix.lower()
            if suffix == ".jsonl":
                found, notes = read_jsonl(path, published)
            elif suffix in (".txt", ""):
                found, notes = read_txt(path, published)
            elif suffix in HTML_SUFFIXES:
                found, notes = read_html(path, published)
            elif suffix in FEED_SUFFIXES:
                found, notes = read_feed(path, published)
            else:
                raise InputError(
                    f"{path}: unsupported file type {suffix!r} "
                    "(use .txt, .jsonl, .html or an RSS/Atom feed)"
                )
        except InputError as err:
            warnings.append(RunWarning(str(path), str(err), level="error"))
            continue
        for article in found:
            if article.id in origins:  # a feed item whose page is also in the folder
                where = origins[article.id]
                warnings.append(RunWarning(str(path), f"same article as {where}: read once"))
                continue
            origins[article.id] = str(path)
            articles.append(article)
        warnings.extend(notes)
    return ReadResult(tuple(articles), tuple(warnings), origins)
