"""Coordinate search over the resolver's evidence weights, scored by gold-span Acc@161.

Usage: ``python benchmarks/tune_resolver.py [GOLD.jsonl ...] [--rounds 2]``; defaults to the
LGL and GeoVirus corpora in ``../shared/eval/geoparsing``. Each article is parsed once; each
trial re-runs only resolution. Prints every improvement and the final weights. Tuning on the
evaluation corpora risks fitting them: the search moves a handful of global weights only, and
the README reports the numbers it reaches.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geodata import Gazetteer  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.evaluate.metrics import Toponym, score_geoparse, toponyms_of  # noqa: E402
from pipeline.geoparse.mentions import span_role  # noqa: E402
from pipeline.geoparse.ranking import ResolverSettings  # noqa: E402
from pipeline.geoparse.resolve import resolve_mentions  # noqa: E402
from pipeline.models import Mention  # noqa: E402
from pipeline.nlp.model import load_nlp  # noqa: E402

CORPORA = [ROOT.parent / "shared/eval/geoparsing" / n for n in ("LGL.jsonl", "GeoVirus.jsonl")]
STEPS = {
    "country_prior": (0.8, 2.5),
    "region_prior": (0.0, 1.5),
    "capital_prior": (0.0, 1.5),
    "population": (0.05, 0.35),
    "country_focus": (0.5, 3.0),
    "proximity": (0.5, 4.0),
    "region_focus": (0.0, 3.0),
    "namesake_city": (0.0, 1.5),
    "coverage": (0.0, 3.0),
    "container": (0.5, 3.0),
    "container_region": (0.0, 2.0),
    "capital_metonymy": (0.0, 2.0),
    "locality_country": (0.5, 4.0),
}


def prepare(path: Path, nlp, gazetteer):  # type: ignore[no-untyped-def]
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    gold = toponyms_of(records)
    items = []
    docs = nlp.pipe((r["text"] for r in records), batch_size=16)
    for record, doc in zip(records, docs, strict=True):
        mentions = tuple(
            Mention(
                record["id"], t.name, t.start, t.end, 0, "GOLD", role=span_role(doc, t.start, t.end)
            )
            for t in gold[record["id"]]
        )
        demonyms = [
            iso
            for e in doc.ents
            if e.label_ == "NORP"
            if (iso := gazetteer.country_for_demonym(e.text))
        ]
        items.append((record["id"], record["text"], mentions, demonyms))
    return gold, items


def accuracy(prepared, gazetteer, settings: ResolverSettings) -> float:  # type: ignore[no-untyped-def]
    total = 0.0
    for gold, items in prepared:
        pred = {}
        for doc_id, text, mentions, demonyms in items:
            places = resolve_mentions(
                mentions, text, gazetteer, demonym_countries=demonyms, settings=settings
            )
            pred[doc_id] = [
                Toponym(p.mention.start, p.mention.end, p.mention.text, p.lat, p.lon)
                for p in places
            ]
        total += score_geoparse(gold, pred, oracle=True).acc161
    return total / len(prepared)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", type=Path, default=CORPORA)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    settings = Settings.from_env(os.environ)
    gazetteer = Gazetteer.load(settings.cache_dir)
    nlp = load_nlp(settings.model)
    prepared = [prepare(path, nlp, gazetteer) for path in args.corpora]
    best = ResolverSettings()
    best_score = accuracy(prepared, gazetteer, best)
    print(f"start: mean gold-span Acc@161 {best_score:.4f}", flush=True)
    for _ in range(args.rounds):
        for name, (low, high) in STEPS.items():
            for value in (
                low,
                (low + getattr(best, name)) / 2,
                (high + getattr(best, name)) / 2,
                high,
            ):
                trial = replace(best, **{name: round(value, 3)})
                score = accuracy(prepared, gazetteer, trial)
                if score > best_score + 1e-4:
                    best, best_score = trial, score
                    print(f"{name}={value:.3f}: {score:.4f}", flush=True)
    print("best:", {k: getattr(best, k) for k in STEPS}, f"{best_score:.4f}")


if __name__ == "__main__":
    main()
