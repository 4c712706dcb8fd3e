"""Articles per second through extraction against bare ``nlp.pipe`` on the same texts.

Usage: ``python benchmarks/throughput.py [--corpus PATH.jsonl] [--limit N] [--repeat R]``.
By default it reads the texts of ``../shared/eval/geoparsing/LGL.jsonl`` when present (only the
texts; nothing is copied), else the project's seeds. Prints both rates and their ratio; the
target is a ratio of at least 0.8.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geodata import Gazetteer  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.events.extract import Extractor  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.nlp.model import load_nlp  # noqa: E402
from pipeline.sources.ingest import read_articles  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "geoparsing" / "LGL.jsonl"


def load_articles(corpus: Path | None, limit: int) -> tuple[list[Article], str]:
    """Texts to measure on: a JSONL corpus's texts, or the seeds."""
    if corpus is not None and corpus.exists():
        articles = []
        with corpus.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                articles.append(Article(id=str(record["id"]), text=record["text"]))
                if len(articles) >= limit:
                    break
        return articles, str(corpus)
    seeds = list(read_articles([ROOT / "seeds"]).articles)
    return (seeds * limit)[:limit], "seeds/"


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = Settings.from_env(os.environ)
    articles, source = load_articles(args.corpus, args.limit)
    nlp = load_nlp(settings.model)
    extractor = Extractor(nlp=nlp, gazetteer=Gazetteer.load(settings.cache_dir, progress=True))
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:20]))  # warm up both paths
    list(extractor.extract_many(articles[:20]))
    bare, full = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        list(nlp.pipe(texts, batch_size=extractor.batch_size))
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(len(r.events) for r in extractor.extract_many(articles))
        full.append(time.perf_counter() - start)
    bare_rate, full_rate = rate(len(texts), min(bare)), rate(len(texts), min(full))
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {source} ({len(texts)} articles, {words} words), best of {args.repeat}")
    print(f"bare nlp.pipe:   {bare_rate:8.1f} articles/s")
    print(f"extract (full):  {full_rate:8.1f} articles/s  ({events} events)")
    print(f"ratio extract / nlp.pipe: {full_rate / bare_rate:.2f}  (target >= 0.80)")


if __name__ == "__main__":
    main()
