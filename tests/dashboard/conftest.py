"""Small literal events for the dashboard tests: five events, six event-places, two articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from dashboard.mapview import CLUSTER_THRESHOLD
from pipeline.models import Article, ArticleResult, Event, Mention, Place
from tests.dashboard.browser import CHROMIUM_ARGS, STATE_TIMEOUT_MS, chromium_path, running_app

TURKEY = "Military Forces of Turkey"
SYRIA = "Military Forces of Syria"
RUSSIA = "Government of Russia"
REBELS = "Opposition Rebels (Syria)"
NATO = "NATO"
XSS = "<script>alert(1)</script>"

# name -> (lon, lat)
PLACES = {
    "Saraqib": (36.8061, 35.8611),
    "Idlib": (36.6353, 35.9290),
    "Maarat al-Numan": (36.6766, 35.6476),
    "Jisr al-Shughur": (36.3206, 35.8143),
}

# event_id, article, date, end, type, sub type, category, actor1, actor2, fatalities, troops,
# places, evidence
EVENTS = [
    ("e1", "a1", date(2020, 2, 10), None, "Battles", "Armed clash", "armed clash", TURKEY,
     SYRIA, 5, None, ("Saraqib",), f"{XSS} Turkish and Syrian troops clashed near Saraqib."),
    ("e2", "a1", date(2020, 2, 13), None, "Strategic developments", "Other",
     "statement/threat", RUSSIA, "", None, None, ("Idlib",), "Moscow warned Ankara over Idlib."),
    ("e3", "a1", date(2020, 2, 20), date(2020, 2, 22), "Strategic developments", "Other",
     "troop deployment", TURKEY, "", None, 500, ("Maarat al-Numan", "Jisr al-Shughur"),
     "Turkey sent 500 soldiers to Maarat al-Numan and Jisr al-Shughur."),
    ("e4", "a2", date(2020, 3, 5), None, "Explosions/Remote violence",
     "Shelling/artillery/missile attack", "shelling", SYRIA, REBELS, 2, None, ("Saraqib",),
     "Government artillery shelled Saraqib, killing two."),
    ("e5", "a2", None, None, "Strategic developments", "Other", "meeting/talks", NATO, "",
     None, None, ("Idlib",), "NATO ministers discussed Idlib & the ceasefire."),
]  # fmt: skip


def _place(name: str, article_id: str) -> Place:
    lon, lat = PLACES[name]
    mention = Mention(
        article_id=article_id, text=name, start=0, end=len(name), sentence_index=0, label="GPE"
    )
    return Place(
        place_id=f"test:{name}",
        name=name,
        kind="city",
        country="SY",
        admin1="Idlib",
        lon=lon,
        lat=lat,
        precision=1,
        confidence=0.9,
        mention=mention,
    )


def make_events() -> list[Event]:
    """The five literal events."""
    out = []
    for eid, aid, start, end, etype, sub, cat, a1, a2, dead, troops, places, evidence in EVENTS:
        out.append(
            Event(
                event_id=eid,
                article_id=aid,
                event_date=start,
                event_date_end=end,
                time_precision=1 if start else 3,
                event_type=etype,
                sub_event_type=sub,
                category=cat,
                actor1=a1,
                actor2=a2,
                inter1=None,
                inter2=None,
                fatalities=dead,
                troops=troops,
                places=tuple(_place(p, aid) for p in places),
                geo_precision=1,
                evidence=evidence,
                evidence_start=0,
                evidence_end=len(evidence),
                confidence=0.8,
            )
        )
    return out


def make_articles() -> dict[str, Article]:
    """The two articles the events come from."""
    events = make_events()
    return {
        aid: Article(
            id=aid,
            text=" ".join(e.evidence for e in events if e.article_id == aid),
            published=date(2020, 3, 6),
            title=f"Article {aid}",
            source="test wire",
        )
        for aid in ("a1", "a2")
    }


def make_results() -> list[ArticleResult]:
    """What :meth:`EventStore.save` takes, one per article."""
    events = make_events()
    return [
        ArticleResult(
            article=article, places=(), events=tuple(e for e in events if e.article_id == aid)
        )
        for aid, article in make_articles().items()
    ]


def make_frame() -> gpd.GeoDataFrame:
    """The export frame of the literal events (one row per event-place)."""
    from pipeline.frame import events_to_geodataframe

    return events_to_geodataframe(make_events(), make_articles())


@pytest.fixture
def events_frame() -> gpd.GeoDataFrame:
    return make_frame()


def fill_store(path: Path) -> Path:
    """Create an SQLite store at ``path`` holding the literal events; return the path."""
    from pipeline.store.eventstore import EventStore

    with EventStore.open(path) as store:
        for result in make_results():
            store.save(result)
    return path


@pytest.fixture
def filled_store(tmp_path: Path) -> Iterator[Path]:
    yield fill_store(tmp_path / "atlas.sqlite")


@pytest.fixture
def sample_results() -> list[ArticleResult]:
    return make_results()


@pytest.fixture(scope="session")
def store_filler() -> Callable[[Path], Path]:
    """:func:`fill_store`, for fixtures of a wider scope than ``filled_store``."""
    return fill_store


def make_many_results(n: int) -> list[ArticleResult]:
    """``n`` one-place events on a grid around Idlib, ten per article."""
    categories = ("armed clash", "shelling", "air/drone strike", "troop deployment")
    results = []
    for a in range(0, n, 10):
        aid = f"bulk{a:06d}"
        events = []
        for i in range(a, min(a + 10, n)):
            lon, lat = 36.2 + (i % 40) * 0.02, 35.5 + (i // 40 % 40) * 0.02
            mention = Mention(
                article_id=aid, text="X", start=0, end=1, sentence_index=0, label="GPE"
            )
            place = Place(
                place_id=f"grid:{i}",
                name=f"Point {i}",
                kind="city",
                country="SY",
                admin1="Idlib",
                lon=lon,
                lat=lat,
                precision=1,
                confidence=0.5,
                mention=mention,
            )
            events.append(
                Event(
                    event_id=f"{aid}-{i}",
                    article_id=aid,
                    # the grid repeats every 1,600 points: a later month, so no two coincide
                    event_date=date(2020, 1 + (i // 1600) % 12, 1 + i % 28),
                    event_date_end=None,
                    time_precision=1,
                    event_type="Battles",
                    sub_event_type="Armed clash",
                    category=categories[i % 4],
                    actor1=f"Actor {i % 7}",
                    actor2="",
                    inter1=None,
                    inter2=None,
                    fatalities=i % 5 or None,
                    troops=None,
                    places=(place,),
                    geo_precision=1,
                    evidence=f"Event {i} <b>happened</b>.",
                    evidence_start=0,
                    evidence_end=10,
                    confidence=0.5,
                )
            )
        results.append(
            ArticleResult(article=Article(id=aid, text="bulk"), places=(), events=tuple(events))
        )
    return results


@pytest.fixture(scope="session")
def many_results() -> Callable[[int], list[ArticleResult]]:
    return make_many_results


# -- real-browser fixtures (tests/dashboard/test_browser*.py) ------------------------------


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, store_filler: Callable[[Path], Path]
) -> Iterator[str]:
    """The app over the five literal events."""
    chromium_path()
    pytest.importorskip("playwright.sync_api")
    tmp = tmp_path_factory.mktemp("browser")
    with running_app(store_filler(tmp / "atlas.sqlite"), tmp) as url:
        yield url


@pytest.fixture(scope="module")
def big_server(
    tmp_path_factory: pytest.TempPathFactory, many_results: Callable[[int], list[Any]]
) -> Iterator[str]:
    """The app over enough events to switch the map to clustered markers."""
    chromium_path()
    pytest.importorskip("playwright.sync_api")
    from pipeline.store.eventstore import EventStore

    tmp = tmp_path_factory.mktemp("browser-big")
    db = tmp / "atlas.sqlite"
    with EventStore.open(db) as store:
        store.save_many(many_results(CLUSTER_THRESHOLD + 500))
    with running_app(db, tmp) as url:
        yield url


@pytest.fixture
def page() -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=STATE_TIMEOUT_MS)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
            page.set_default_timeout(STATE_TIMEOUT_MS)
            yield page
        finally:
            browser.close()


@pytest.fixture
def paste_server(tmp_path: Path, store_filler: Callable[[Path], Path]) -> Iterator[str]:
    """A server of its own: the test adds to its store."""
    chromium_path()
    pytest.importorskip("playwright.sync_api")
    with running_app(store_filler(tmp_path / "atlas.sqlite"), tmp_path) as url:
        yield url
