"""Geoparsing metrics in the EUPEG / Gritta et al. conventions, on our own records.

Recognition: a predicted toponym matches a gold one when their span midpoints are less than
10 characters apart and the lower-cased names are equal. Resolution, on matched pairs:
great-circle error in km, mean, median, Acc@161 and the AUC of log error (lower is better).
With gold spans (oracle), every gold toponym is scored and a missing one counts as 20,039 km.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from geodata.geometry import great_circle_km

__all__ = ["GROSS_KM", "MAX_ERROR_KM", "GeoScore", "Toponym", "score_geoparse"]

MAX_ERROR_KM = 20039.0
#: An answer this far from the truth is a gross error (an ocean in Missouri, a country's
#: namesake town), counted apart from the near misses Acc@161 sees.
GROSS_KM = 1000.0


@dataclass(frozen=True, slots=True)
class Toponym:
    """A span with coordinates (gold or predicted)."""

    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class GeoScore:
    """Recognition and resolution scores of one run."""

    precision: float
    recall: float
    f1: float
    n_resolved: int
    acc161: float
    mean_km: float
    median_km: float
    auc: float
    #: Share of the scored toponyms answered more than :data:`GROSS_KM` away.
    gross: float = 0.0
    #: Share of the gold toponyms left without an answer (with gold spans; 0 end to end).
    unanswered: float = 0.0


def _auc(errors: Sequence[float]) -> float:
    if len(errors) < 2:
        return float("nan")
    ys = sorted(math.log(1 + e) / math.log(MAX_ERROR_KM) for e in errors)
    return (0.5 * (ys[0] + ys[-1]) + sum(ys[1:-1])) / (len(ys) - 1)


def _match(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> list[tuple[Toponym, Toponym]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        mid = (g.start + g.end) / 2
        for i, p in enumerate(pred):
            if i in used or p.name.lower() != g.name.lower():
                continue
            if abs((p.start + p.end) / 2 - mid) < 10:
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def score_geoparse(
    gold: Mapping[str, Sequence[Toponym]],
    pred: Mapping[str, Sequence[Toponym]],
    *,
    oracle: bool = False,
) -> GeoScore:
    """Score predictions against gold, article by article (ids are the mapping keys).

    Examples
    --------
    >>> g = {"a": [Toponym(0, 5, "Paris", 48.85, 2.35)]}
    >>> p = {"a": [Toponym(0, 5, "Paris", 33.66, -95.55)]}
    >>> s = score_geoparse(g, p)
    >>> (s.f1, s.acc161)
    (1.0, 0.0)
    >>> score_geoparse(g, {}, oracle=True).median_km
    20039.0
    >>> s.gross, score_geoparse(g, {}, oracle=True).unanswered
    (1.0, 1.0)
    """
    tp = fp = fn = missing = 0
    errors: list[float] = []
    for doc_id, gold_toponyms in gold.items():
        predicted = list(pred.get(doc_id, ()))
        pairs = _match(gold_toponyms, predicted)
        tp += len(pairs)
        fp += len(predicted) - len(pairs)
        fn += len(gold_toponyms) - len(pairs)
        errors.extend(great_circle_km(g.lon, g.lat, p.lon, p.lat) for g, p in pairs)
        if oracle:
            missing += len(gold_toponyms) - len(pairs)
            errors.extend([MAX_ERROR_KM] * (len(gold_toponyms) - len(pairs)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return GeoScore(
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        n_resolved=len(errors),
        acc161=round(sum(e < 161 for e in errors) / len(errors), 4) if errors else 0.0,
        mean_km=round(statistics.fmean(errors), 1) if errors else 0.0,
        median_km=round(statistics.median(errors), 1) if errors else 0.0,
        auc=round(_auc(errors), 4) if len(errors) > 1 else float("nan"),
        gross=round((sum(e > GROSS_KM for e in errors) - missing) / len(errors), 4)
        if errors
        else 0.0,
        unanswered=round(missing / len(errors), 4) if errors else 0.0,
    )


def toponyms_of(records: Iterable[Mapping[str, object]]) -> dict[str, list[Toponym]]:
    """Read ``{"id", "toponyms": [...]}`` records (gold: only toponyms with coordinates)."""
    out: dict[str, list[Toponym]] = {}
    for record in records:
        items = record.get("toponyms")
        if not isinstance(items, list):
            items = []
        out[str(record["id"])] = [
            Toponym(
                int(t["start"]), int(t["end"]), str(t["name"]), float(t["lat"]), float(t["lon"])
            )
            for t in items
            if t.get("lat") is not None and t.get("lon") is not None
        ]
    return out
