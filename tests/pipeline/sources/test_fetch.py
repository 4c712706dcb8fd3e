"""``ingest --fetch`` against a local HTTP server serving our own fixture files (the project
never goes online in tests): politeness, robots.txt, size limit, caching, and opt-in only."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.sources.fetch import USER_AGENT, Fetcher
from pipeline.store.eventstore import EventStore

PAGE = """<html><head><title>Attack near Menaka</title></head><body><article>
<p>Gunmen attacked a village near Menaka on Monday, killing twelve civilians, local officials
said. The attackers fled towards the border, witnesses said.</p></article></body></html>"""


class _Recording(http.server.SimpleHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        _Recording.seen.append((self.path, self.headers.get("User-Agent", "")))
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    (root / "private").mkdir()
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (root / "news" / "menaka-attack").write_text(PAGE)
    (root / "private" / "memo.html").write_text(PAGE.replace("Menaka", "Gao"))
    (root / "big.html").write_text("<p>" + "word " * 50_000 + "</p>")
    handler = functools.partial(_Recording, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_port}"
    (root / "feed.xml").write_text(
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Test Feed</title>
<item><title>Attack near Menaka</title><link>{base}/news/menaka-attack</link>
<pubDate>Tue, 14 Mar 2023 09:00:00 GMT</pubDate></item></channel></rss>"""
    )
    _Recording.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()


@pytest.fixture
def env(tmp_path: Path, gazetteer_cache: Path) -> dict[str, str]:
    return {"ATLAS_CACHE": str(gazetteer_cache), "ATLAS_DB": str(tmp_path / "atlas.sqlite")}


def test_urls_are_never_fetched_without_the_option(
    site: str, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--quiet", "ingest", f"{site}/feed.xml"], env) == 1
    assert "pass --fetch" in capsys.readouterr().out
    assert _Recording.seen == []


def test_fetching_a_feed_reads_its_items_politely_and_caches_them(
    site: str, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--quiet", "ingest", "--fetch", f"{site}/feed.xml", f"{site}/private/memo.html"]
    assert main(args, env) == 0
    out = capsys.readouterr().out
    assert "disallowed by the site's robots.txt" in out
    paths = [path for path, _ in _Recording.seen]
    assert "/robots.txt" in paths and "/news/menaka-attack" in paths
    assert "/private/memo.html" not in paths
    assert all(agent == USER_AGENT for _, agent in _Recording.seen)
    with EventStore.open(env["ATLAS_DB"]) as store:
        (article,) = store.articles().values()
        assert article.title == "Attack near Menaka" and str(article.published) == "2023-03-14"
        assert store.count_events() >= 1
    # again: the pages are revalidated (not modified), the article is skipped as unchanged
    assert main(args, env) == 0
    assert "skipped (unchanged): 1" in capsys.readouterr().out


def test_a_body_over_the_size_limit_is_refused(site: str, tmp_path: Path) -> None:
    fetcher = Fetcher(tmp_path / "cache", delay_s=0.0, max_bytes=10_000)
    with pytest.raises(InputError, match="size limit"):
        fetcher.fetch(f"{site}/big.html")
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.fetch(f"{site}/missing.html")
    with pytest.raises(InputError, match="only http"):
        fetcher.fetch("file:///etc/passwd")
