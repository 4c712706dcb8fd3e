"""Saved web pages and news feeds as articles.

``.html`` pages: main text, title, publication date, URL and outlet by ``trafilatura`` (a
sidecar ``.json`` overrides any of them). RSS/Atom files (``.rss``, ``.atom``, ``.xml``) by
``feedparser``: each item's page is read from a local copy when one sits next to the feed
(named after the last part of the item's URL, with or without ``.html``), else the item's
summary stands in, with a warning. Nothing here goes online.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.errors import InputError
from pipeline.models import Article, RunWarning
from pipeline.sources.textfiles import from_mapping, read_bytes, sidecar

__all__ = [
    "FEED_SUFFIXES",
    "HTML_SUFFIXES",
    "article_from_html",
    "page_file_name",
    "read_feed",
    "read_html",
]

HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
#: A page with fewer words of main text is a menu, a login wall or a cut-off file.
_MIN_WORDS = 12
#: A feed summary shorter than this is not an article.
_MIN_SUMMARY_CHARS = 80


def article_from_html(
    markup: str | bytes, where: str, *, meta: dict[str, object] | None = None
) -> dict[str, object]:
    """The article fields of a page: ``text``, ``title``, ``published``, ``url``, ``source``.

    Raises
    ------
    InputError
        The page holds no article text (a login wall, an index page, truncated HTML).
    """
    import trafilatura

    doc = trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True)
    text = str(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.split()) < _MIN_WORDS:
        # pages lxml gives up on (thousands of nested elements): the plain stdlib reader
        from pipeline.sources.html_text import html_to_text

        raw = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
        title, plain = html_to_text(raw)
        if len(plain.split()) >= _MIN_WORDS:
            return {"text": plain, "title": title, "published": None, "url": None, "source": "",
                    **{k: v for k, v in (meta or {}).items() if v}}  # fmt: skip
    if len(text.split()) < _MIN_WORDS:
        raise InputError(
            f"{where}: no article text found in the page ({len(text.split())} words of text)"
        )
    found: dict[str, object] = {
        "text": str(text),
        "title": getattr(doc, "title", None) or "",
        "published": getattr(doc, "date", None) or None,
        "url": getattr(doc, "url", None) or None,
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or "",
    }
    found.update({k: v for k, v in (meta or {}).items() if v})
    return found


def read_html(path: Path, published: object) -> tuple[list[Article], list[RunWarning]]:
    """One article from a saved page (and its optional sidecar ``.json``)."""
    raw = read_bytes(path)
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: binary file, not a web page")
    record = article_from_html(raw, str(path), meta=dict(sidecar(path)))
    record.setdefault("id", None)
    article, warnings = from_mapping(record, str(record["text"]), published, str(path))
    return [article], warnings


def read_feed(path: Path, published: object) -> tuple[list[Article], list[RunWarning]]:
    """One article per feed item; broken items are reported and skipped, the rest read."""
    import feedparser

    feed = feedparser.parse(read_bytes(path))
    warnings: list[RunWarning] = []
    if not feed.entries:
        reason = feed.get("bozo_exception") if feed.get("bozo") else "no items"
        raise InputError(f"{path}: not a readable RSS/Atom feed ({reason})")
    if feed.get("bozo"):
        warnings.append(RunWarning(str(path), f"feed is malformed: {feed.get('bozo_exception')}"))
    outlet = str(feed.feed.get("title") or "")
    articles: list[Article] = []
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{path}: item {number}"
        try:
            record = _item_record(entry, path, outlet, where, warnings)
            article, found = from_mapping(record, str(record["text"]), published, where)
        except InputError as err:
            warnings.append(RunWarning(where, f"skipped: {err}", level="error"))
            continue
        articles.append(article)
        warnings.extend(found)
    return articles, warnings


def _item_record(
    entry: Any, path: Path, outlet: str, where: str, warnings: list[RunWarning]
) -> dict[str, object]:
    link = str(entry.get("link") or "")
    record: dict[str, object] = {
        "title": str(entry.get("title") or ""),
        "url": link or None,
        "published": _entry_date(entry),
        "source": outlet,
    }
    page = _local_copy(path.parent, link)
    if page is not None:
        try:
            found = article_from_html(read_bytes(page), str(page))
        except InputError as err:  # a paywall or a login page: the summary may still do
            warnings.append(RunWarning(where, f"{err}; trying the item's summary"))
        else:
            record["text"] = found["text"]
            record["published"] = record["published"] or found["published"]
            return record
    summary = str(entry.get("summary") or entry.get("description") or "")
    if summary:
        from pipeline.sources.html_text import html_to_text

        summary = html_to_text(summary)[1]
    if len(summary) < _MIN_SUMMARY_CHARS:
        raise InputError("no local copy of the item's page and no usable summary")
    warnings.append(RunWarning(where, "no local copy of the item's page: read its summary"))
    record["text"] = summary
    return record


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(*parsed[:3])
    except (ValueError, TypeError):
        return None


def page_file_name(url: str) -> str:
    """The file name ``ingest --fetch`` saves an item's page under: the URL's last path
    segment (letters, digits, ``-_.``) and a short hash of the whole URL, so two items whose
    URLs end alike ("index.html", "article.php?id=1") never share a file.

    Examples
    --------
    >>> page_file_name("https://a.example/news/djibo-clash").startswith("djibo-clash-")
    True
    >>> page_file_name("https://a.example/x?id=1") != page_file_name("https://a.example/x?id=2")
    True
    """
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    safe = "".join(c for c in segment if c.isalnum() or c in "-_.")
    safe = safe.removesuffix(".html").removesuffix(".htm")[:60] or "page"
    return f"{safe}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}.html"


def _local_copy(folder: Path, link: str) -> Path | None:
    """The saved page of an item's URL in ``folder``, if any: the fetcher's file name, or a
    copy saved by hand under the URL's last path segment (``.html`` optional)."""
    if not link:
        return None
    segment = urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1]
    names = [page_file_name(link)]
    if segment and segment not in (".", ".."):
        names += [segment, f"{segment}.html", f"{segment}.htm"]
    for name in names:
        candidate = folder / name
        if candidate.is_file() and candidate.resolve().parent == folder.resolve():
            return candidate
    return None
