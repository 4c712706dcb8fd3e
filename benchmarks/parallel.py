"""Articles per second with 1 and 2 local worker processes and on a 2-worker Dask LocalCluster,
against bare ``nlp.pipe`` in the same run.

Usage: ``python benchmarks/parallel.py [--corpus PATH.jsonl] [--limit N]``. The texts are those
of ``benchmarks/throughput.py`` (LGL's texts when present, else the seeds). Worker timings include
each worker loading the model and gazetteer (a few seconds), as a real run does; the Dask
cluster is started before the clock runs (a team's cluster is already up).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import DEFAULT_CORPUS, load_articles, rate  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline.nlp.model import load_nlp  # noqa: E402
from pipeline.parallel import dask_outcomes, process_outcomes  # noqa: E402


def _timed(label: str, run: object, count: int, bare: float) -> None:
    start = time.perf_counter()
    outcomes = list(run())  # type: ignore[operator]
    seconds = time.perf_counter() - start
    ok = sum(o.result is not None for o in outcomes)
    speed = rate(count, seconds)
    print(
        f"{label:<28} {speed:7.1f} articles/s  ({ok}/{count} ok)  "
        f"ratio to nlp.pipe {speed / bare:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=600)
    args = parser.parse_args()
    settings = Settings.from_env(os.environ)
    articles, source = load_articles(args.corpus, args.limit)
    texts = [a.text for a in articles]
    nlp = load_nlp(settings.model)
    list(nlp.pipe(texts[:20]))
    start = time.perf_counter()
    list(nlp.pipe(texts, batch_size=16))
    bare = rate(len(texts), time.perf_counter() - start)
    print(f"corpus: {source} ({len(texts)} articles), {os.cpu_count()} cores")
    print(f"{'bare nlp.pipe (1 process)':<28} {bare:7.1f} articles/s")
    where = {"model": settings.model, "cache_dir": settings.cache_dir}
    for workers in (1, 2):
        _timed(
            f"{workers} worker process(es)",
            lambda w=workers: process_outcomes(articles, workers=w, **where),
            len(texts),
            bare,
        )
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        _timed(
            "Dask LocalCluster, 2 workers",
            lambda: dask_outcomes(articles, scheduler=cluster.scheduler_address, **where),
            len(texts),
            bare,
        )


if __name__ == "__main__":
    main()
