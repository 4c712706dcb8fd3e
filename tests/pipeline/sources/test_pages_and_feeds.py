"""Saved web pages and feeds as inputs, re-runs that skip what is stored, and the JSON run
report, through the command line with the real model, gazetteer and SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.sources.ingest import read_articles
from pipeline.store.eventstore import EventStore

PAGE = """<!DOCTYPE html><html><head><title>Shelling in Kharkiv | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2022-05-16T08:00:00Z">
<link rel="canonical" href="https://wire.example/2022/05/kharkiv-shelling">
<script>document.write("tracking")</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Shelling in Kharkiv</h1>
<p>Russian forces shelled Kharkiv on Sunday, killing four civilians, regional officials said.
The strikes hit a market in the north of the city.</p>
<p>Ukrainian officials said repairs would take weeks.</p></article>
<footer>Copyright Example Wire. Subscribe to our newsletter.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sahel Monitor</title>
<item><title>Attack near Menaka</title><link>https://sahel.example/news/menaka-attack</link>
<pubDate>Tue, 14 Mar 2023 09:00:00 GMT</pubDate><description>short</description></item>
<item><title>Clash in Djibo</title><link>https://sahel.example/news/djibo-clash</link>
<pubDate>Wed, 15 Mar 2023 09:00:00 GMT</pubDate>
<description>Jihadist fighters clashed with soldiers in Djibo on Wednesday, killing seven
soldiers, the army said in a statement.</description></item>
<item><title>No page, no summary</title><link>https://sahel.example/news/empty</link></item>
</channel></rss>"""

LOCAL_ITEM = """<html><head><title>Attack near Menaka</title></head><body><article>
<p>Gunmen attacked a village near Menaka on Monday, killing twelve civilians, local
officials said. The attackers fled towards the border.</p></article></body></html>"""


@pytest.fixture
def env(tmp_path: Path, gazetteer_cache: Path) -> dict[str, str]:
    return {"ATLAS_CACHE": str(gazetteer_cache), "ATLAS_DB": str(tmp_path / "atlas.sqlite")}


@pytest.fixture
def web(tmp_path: Path) -> Path:
    folder = tmp_path / "web"
    (folder / "feeds").mkdir(parents=True)
    (folder / "kharkiv.html").write_text(PAGE, encoding="utf-8")
    (folder / "feeds" / "sahel.rss").write_text(FEED, encoding="utf-8")
    (folder / "feeds" / "menaka-attack.html").write_text(LOCAL_ITEM, encoding="utf-8")
    return folder


def test_a_saved_page_gives_its_text_title_date_url_and_outlet(web: Path) -> None:
    read = read_articles([web / "kharkiv.html"])
    (article,) = read.articles
    assert article.title == "Shelling in Kharkiv"
    assert str(article.published) == "2022-05-16"
    assert article.url == "https://wire.example/2022/05/kharkiv-shelling"
    assert article.source == "Example Wire"
    assert "killing four civilians" in article.text
    assert "Home" not in article.text and "tracking" not in article.text
    assert "newsletter" not in article.text


def test_feed_items_read_local_pages_or_summaries_and_report_broken_items(web: Path) -> None:
    read = read_articles([web / "feeds"])
    by_title = {a.title: a for a in read.articles}
    assert set(by_title) == {"Attack near Menaka", "Clash in Djibo"}
    assert "twelve civilians" in by_title["Attack near Menaka"].text  # the local copy
    assert str(by_title["Attack near Menaka"].published) == "2023-03-14"
    assert by_title["Clash in Djibo"].source == "Sahel Monitor"
    assert "seven" in by_title["Clash in Djibo"].text  # the summary, with a warning
    messages = [(w.source, w.level, w.message) for w in read.warnings]
    assert any(s.endswith("sahel.rss: item 2") and "summary" in m for s, _, m in messages)
    assert any(s.endswith("sahel.rss: item 3") and lvl == "error" for s, lvl, _ in messages)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("nav.html", "<html><body><nav>Home | World</nav></body></html>", "no article text"),
        ("cut.html", "<html><body><article><p>Shel", "no article text"),
        ("broken.rss", "<rss><channel><item><title>x</ti", "feed"),
        ("binary.html", "\x00\x01\x02\x03" * 50, "binary"),
    ],
)
def test_bad_pages_and_feeds_are_reported_with_their_file(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    read = read_articles([path])
    assert read.articles == ()
    assert any(w.source.startswith(str(path)) and message in w.message for w in read.warnings)


def test_a_rerun_skips_what_is_stored_and_duplicates_nothing(
    web: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--quiet", "ingest", str(web)], env) == 0
    first = capsys.readouterr().out
    assert "articles read: 3, failed: 1, skipped (unchanged): 0" in first
    with EventStore.open(env["ATLAS_DB"]) as store:
        events = store.count_events()
    assert events >= 3
    assert main(["--quiet", "ingest", str(web)], env) == 0
    assert "articles read: 0, failed: 1, skipped (unchanged): 3" in capsys.readouterr().out
    with EventStore.open(env["ATLAS_DB"]) as store:
        assert store.count_events() == events
    # a changed page is read again and replaces its events
    page = web / "kharkiv.html"
    page.write_text(PAGE.replace("four civilians", "six civilians"), encoding="utf-8")
    assert main(["--quiet", "ingest", str(web)], env) == 0
    assert "articles read: 1, failed: 1, skipped (unchanged): 2" in capsys.readouterr().out


def test_the_run_report_is_written_next_to_the_store(
    web: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--quiet", "ingest", str(web)], env) == 0
    report_file = Path(env["ATLAS_DB"]).with_name("atlas.ingest-report.json")
    assert f"run report: {report_file}" in capsys.readouterr().out
    report = json.loads(report_file.read_text(encoding="utf-8"))
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert files["kharkiv.html"]["read"] == 1 and files["kharkiv.html"]["events"] >= 1
    assert files["sahel.rss"]["read"] == 2 and files["sahel.rss"]["failed"] == 1
    assert any("item 3" in p for p in files["sahel.rss"]["problems"])
    assert report["articles_skipped_unchanged"] == 0


def test_export_writes_geoparquet_with_the_same_filters(
    web: Path, tmp_path: Path, env: dict[str, str]
) -> None:
    import geopandas as gpd

    assert main(["--quiet", "ingest", str(web)], env) == 0
    out = tmp_path / "sahel.parquet"
    assert main(["--quiet", "export", "--out", str(out), "--date-from", "2023-01-01"], env) == 0
    frame = gpd.read_parquet(out)
    assert len(frame) >= 2 and frame.crs.to_epsg() == 4326
    assert set(frame["country"]) <= {"ML", "BF"}  # the 2022 Kharkiv page is filtered out
    assert frame.geometry.geom_type.eq("Point").all()
