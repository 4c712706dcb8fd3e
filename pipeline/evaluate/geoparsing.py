"""``evaluate-geoparse``: run geoparsing on a gold corpus and print the scores, end to end and
with the gold spans, plus how often confident answers are right."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from geodata.geometry import great_circle_km
from pipeline.evaluate.metrics import GeoScore, Toponym, score_geoparse, toponyms_of
from pipeline.events.extract import Extractor
from pipeline.geoparse.corpus import GeoparseInput, GeoparseRecord, geoparse, parse_geoparse_line

__all__ = ["Evaluation", "evaluate_corpus", "print_evaluation"]


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of one corpus: end to end, with gold spans, and confidence calibration."""

    corpus: str
    articles: int
    end_to_end: GeoScore
    gold_spans: GeoScore
    confident_share: float
    confident_accuracy: float


def _predicted(records: Sequence[GeoparseRecord]) -> dict[str, list[Toponym]]:
    return {
        r.id: [Toponym(s, e, n, lat, lon) for s, e, n, lat, lon, _, _ in r.toponyms]
        for r in records
    }


def _calibration(
    gold: dict[str, list[Toponym]], records: Sequence[GeoparseRecord], threshold: float = 0.8
) -> tuple[float, float]:
    """Share of oracle answers with confidence >= threshold, and how many of those are right."""
    confident = right = total = 0
    for record in records:
        spans = {(t.start, t.end): t for t in gold.get(record.id, [])}
        for s, e, _, lat, lon, _, confidence in record.toponyms:
            truth = spans.get((s, e))
            if truth is None:
                continue
            total += 1
            if confidence >= threshold:
                confident += 1
                right += great_circle_km(truth.lon, truth.lat, lon, lat) < 161
    return (confident / total if total else 0.0, right / confident if confident else 0.0)


def evaluate_corpus(
    path: Path, extractor: Extractor, *, limit: int | None = None, inclusive: bool = False
) -> Evaluation:
    """Geoparse a gold JSONL corpus twice (own spans, gold spans) and score both.

    ``inclusive`` counts country adjectives as toponyms too (LGL's convention; see
    :func:`pipeline.geoparse.geoparse`).
    """
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    lines = lines[:limit] if limit else lines
    items: list[GeoparseInput] = [parse_geoparse_line(line, n) for n, line in enumerate(lines, 1)]
    gold = toponyms_of(json.loads(line) for line in lines)
    own = list(geoparse(items, extractor, inclusive=inclusive))
    oracle = list(geoparse(items, extractor, gold_spans=True))
    share, accuracy = _calibration(gold, oracle)
    return Evaluation(
        corpus=str(path),
        articles=len(items),
        end_to_end=score_geoparse(gold, _predicted(own)),
        gold_spans=score_geoparse(gold, _predicted(oracle), oracle=True),
        confident_share=round(share, 4),
        confident_accuracy=round(accuracy, 4),
    )


def print_evaluation(evaluation: Evaluation, out: TextIO) -> None:
    """A small table of the scores."""
    print(f"{evaluation.corpus}: {evaluation.articles} articles", file=out)
    print(
        f"{'':12}{'P':>7}{'R':>7}{'F1':>7}{'n':>7}{'Acc@161':>9}{'mean km':>10}"
        f"{'median':>9}{'AUC':>7}{'>1000km':>9}{'none':>7}",
        file=out,
    )
    for label, score in (
        ("end to end", evaluation.end_to_end),
        ("gold spans", evaluation.gold_spans),
    ):
        values = asdict(score)
        print(
            f"{label:12}{values['precision']:>7.3f}{values['recall']:>7.3f}"
            f"{values['f1']:>7.3f}{values['n_resolved']:>7}{values['acc161']:>9.3f}"
            f"{values['mean_km']:>10.1f}{values['median_km']:>9.1f}{values['auc']:>7.3f}"
            f"{values['gross']:>9.1%}{values['unanswered']:>7.1%}",
            file=out,
        )
    print(
        f"confidence >= 0.8: {evaluation.confident_share:.1%} of gold-span answers, "
        f"{evaluation.confident_accuracy:.1%} of them within 161 km",
        file=out,
    )
