"""The opt-in network client behind ``ingest --fetch``: a polite downloader of pages and feeds.

Polite means: a user agent that says who we are, ``robots.txt`` obeyed, one request per host
per :data:`DELAY_S`, timeouts, a size limit, and a disk cache with conditional requests
(``If-None-Match``/``If-Modified-Since``), so re-runs do not fetch unchanged pages again. Only
http(s) URLs. Nothing else in the project goes online; tests serve files from a local server.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.errors import AtlasError, InputError
from pipeline.models import RunWarning
from pipeline.sources.webpage import page_file_name

__all__ = ["DELAY_S", "MAX_BYTES", "USER_AGENT", "Fetcher", "is_url", "local_inputs"]

USER_AGENT = "ConflictAtlas/0.1 (+https://github.com/conflict-atlas; research geoparser)"
MAX_BYTES = 10_000_000
DELAY_S = 1.0
TIMEOUT_S = 20.0
_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}
)


def is_url(text: str) -> bool:
    """Whether an argument is an http(s) URL rather than a path.

    Examples
    --------
    >>> is_url("https://example.org/feed.xml"), is_url("seeds/"), is_url("file:///etc/passwd")
    (True, False, False)
    """
    parts = urlsplit(str(text))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@dataclass
class Fetcher:
    """Downloads into ``folder`` (one file per URL, named so :mod:`pipeline.sources.ingest`
    reads it)."""

    folder: Path
    delay_s: float = DELAY_S
    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def fetch(self, url: str) -> Path:
        """The local copy of ``url``, downloaded or revalidated; a feed also gets its items'
        pages saved next to it (where the feed reader looks for them).

        Raises
        ------
        InputError
            Not an http(s) URL, disallowed by robots.txt, an HTTP error, a timeout, or a body
            over :data:`MAX_BYTES`.
        """
        path = self._get(url)
        if path.suffix == ".xml":
            self._fetch_items(path)
        return path

    def _fetch_items(self, feed: Path) -> None:
        import feedparser

        for entry in feedparser.parse(feed.read_bytes()).entries:
            link = str(entry.get("link") or "")
            if is_url(link):
                try:
                    self._get(link, name=page_file_name(link).removesuffix(".html"))
                except InputError:
                    continue  # the feed reader falls back on the item's summary

    def _get(self, url: str, name: str | None = None) -> Path:
        if not is_url(url):
            raise InputError(f"{url}: only http(s) URLs can be fetched")
        if not self._allowed(url):
            raise InputError(f"{url}: disallowed by the site's robots.txt")
        self.folder.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
        meta_path = self.folder / f".{key}.json"
        try:
            meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        except (OSError, ValueError):
            meta = {}  # an unreadable cache record is no cache
        meta = meta if isinstance(meta, dict) else {}
        headers = {"User-Agent": USER_AGENT}
        if meta.get("etag"):
            headers["If-None-Match"] = meta["etag"]
        if meta.get("modified"):
            headers["If-Modified-Since"] = meta["modified"]
        self._wait(url)
        try:
            with urllib.request.urlopen(
                urllib.request.Request(url, headers=headers), timeout=self.timeout_s
            ) as response:
                body = response.read(self.max_bytes + 1)
                kind = response.headers.get_content_type()
                etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        except urllib.error.HTTPError as err:
            if err.code == 304 and meta.get("file") and (self.folder / meta["file"]).exists():
                return self.folder / meta["file"]
            raise InputError(f"{url}: HTTP {err.code}") from err
        except (urllib.error.URLError, http.client.HTTPException, ValueError, OSError) as err:
            raise InputError(f"{url}: cannot fetch ({err})") from err
        if len(body) > self.max_bytes:
            raise InputError(f"{url}: over the size limit of {self.max_bytes:,} bytes")
        head = body.lstrip()[:300].lower()
        looks_like_feed = (b"<rss" in head or b"<feed" in head) and b"<html" not in head
        feed = kind in _FEED_TYPES or looks_like_feed
        stem = name or key
        file_name = f"{stem}.xml" if feed else f"{stem}.html"
        (self.folder / file_name).write_bytes(body)
        meta_path.write_text(
            json.dumps({"url": url, "file": file_name, "etag": etag, "modified": modified})
        )
        return self.folder / file_name

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        pause = self._last.get(host, 0.0) + self.delay_s - time.monotonic()
        if pause > 0:
            time.sleep(pause)  # one request per host per delay: politeness, not a test wait
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None
            parser = urllib.robotparser.RobotFileParser(f"{root}/robots.txt")
            try:
                request = urllib.request.Request(
                    f"{root}/robots.txt", headers={"User-Agent": USER_AGENT}
                )
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                    parser.parse(response.read(100_000).decode("utf-8", "replace").splitlines())
            except (urllib.error.URLError, http.client.HTTPException, ValueError, OSError):
                parser = None  # no robots.txt: allowed
            self._robots[root] = parser
        robots = self._robots[root]
        return robots is None or robots.can_fetch(USER_AGENT, url)


def local_inputs(items: list[str], fetch_into: Path | None) -> tuple[list[Path], list[RunWarning]]:
    """Paths to read for ``ingest``: path arguments as they are; URL arguments downloaded into
    ``fetch_into`` (``None``: fetching is off, and a URL is reported, never fetched)."""
    paths: list[Path] = []
    warnings: list[RunWarning] = []
    fetcher = Fetcher(fetch_into) if fetch_into is not None else None
    for item in items:
        if not is_url(item):
            paths.append(Path(item))
        elif fetcher is None:
            warnings.append(RunWarning(item, "a URL: pass --fetch to download it", level="error"))
        else:
            try:
                paths.append(fetcher.fetch(item))
            except AtlasError as err:
                warnings.append(RunWarning(item, str(err), level="error"))
    return paths, warnings
