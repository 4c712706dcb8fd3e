"""How many distinct events survive duplicate merging: articles that each report a different
event (hand-coded event descriptions, one per article) should each keep an event of their own.

Usage: ``python benchmarks/distinct_events.py ARTICLES.jsonl [--limit N]``, where the articles
are, for example, ACLED's notes made by ``../shared/eval/events/score_notes.py make`` (every
note is a distinct ACLED event). Prints the articles with an event, how many keep one after
:func:`pipeline.events.duplicates.merge_reports`, and the share.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geodata import Gazetteer  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.events.duplicates import merge_reports  # noqa: E402
from pipeline.events.extract import Extractor  # noqa: E402
from pipeline.nlp.model import load_nlp  # noqa: E402
from pipeline.sources.ingest import read_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    settings = Settings.from_env(os.environ)
    articles = list(read_articles([args.articles]).articles)
    if args.limit:
        articles = articles[: args.limit]
    gazetteer = Gazetteer.load(settings.cache_dir)
    extractor = Extractor(nlp=load_nlp(settings.model), gazetteer=gazetteer)
    events = [e for result in extractor.extract_many(articles) for e in result.events]
    with_event = {e.article_id for e in events}
    merged = merge_reports(events)
    keeping = {e.article_id for e in merged}
    print(f"articles: {len(articles)}; with an event: {len(with_event)}")
    print(f"events: {len(events)} extracted, {len(merged)} after merging")
    share = len(keeping & with_event) / len(with_event) if with_event else 1.0
    print(f"articles keeping an event of their own: {len(keeping & with_event)} ({share:.1%})")


if __name__ == "__main__":
    main()
