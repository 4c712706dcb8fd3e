"""Town labels for the offline base, drawn from our own gazetteer.

:func:`town_labels` is pure (an index in, labels out): the largest places get the smallest
``min_zoom``, so the map names capitals when zoomed out and towns as the reader zooms in.
:func:`ensure_labels` writes them once per gazetteer into the folder Streamlit serves.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "LABELS_DIR",
    "Label",
    "built_index",
    "ensure_labels",
    "label_min_zoom",
    "labels_json",
    "town_labels",
]

#: Generated label files (gitignored), served at ``/app/static/labels/``.
LABELS_DIR = Path(__file__).resolve().parent / "static" / "labels"
#: Towns smaller than this get no label.
MIN_POPULATION = 5_000
#: (population at least, zoom from which the label shows), largest first.
_ZOOM_STEPS = (
    (2_000_000, 4),
    (500_000, 5),
    (150_000, 6),
    (50_000, 7),
    (20_000, 8),
    (10_000, 9),
    (0, 10),
)


@dataclass(frozen=True, slots=True)
class Label:
    """A place name at (lon, lat), shown from zoom ``min_zoom`` on."""

    lon: float
    lat: float
    name: str
    min_zoom: int


def label_min_zoom(population: int, *, capital: bool = False) -> int:
    """The zoom from which a town of ``population`` is labelled; capitals from zoom 3.

    Examples
    --------
    >>> label_min_zoom(3_000_000), label_min_zoom(30_000), label_min_zoom(0)
    (4, 8, 10)
    >>> label_min_zoom(6_000, capital=True)
    3
    """
    if capital:
        return 3
    return next(zoom for floor, zoom in _ZOOM_STEPS if population >= floor)


def town_labels(index: Any, *, min_population: int = MIN_POPULATION) -> tuple[Label, ...]:
    """Labels of the index's cities with at least ``min_population`` people, and of every
    capital, largest first (the page places labels in this order and skips overlapping ones).

    ``index`` is a :class:`geodata.index.GazetteerIndex` (or anything with its columns).
    """
    kinds = np.asarray(index.kind_table, dtype=object)[np.asarray(index.kinds)]
    features = np.asarray(index.feature_table, dtype=object)[np.asarray(index.features)]
    population = np.asarray(index.population, dtype=np.int64)
    capital = features == "PPLC"
    keep = (kinds == "city") & ((population >= min_population) | capital)
    rows = np.flatnonzero(keep)
    rows = rows[np.lexsort((-population[rows], ~capital[rows]))]
    return tuple(
        Label(
            round(float(index.lon[i]), 3),
            round(float(index.lat[i]), 3),
            str(index.names[i]),
            label_min_zoom(int(population[i]), capital=bool(capital[i])),
        )
        for i in rows.tolist()
    )


def labels_json(labels: tuple[Label, ...]) -> str:
    """The compact JSON the page reads: ``[[lon, lat, name, min_zoom], ...]``.

    Examples
    --------
    >>> labels_json((Label(36.806, 35.861, "Saraqib", 8),))
    '[[36.806,35.861,"Saraqib",8]]'
    """
    rows = [[label.lon, label.lat, label.name, label.min_zoom] for label in labels]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def ensure_labels(
    cache_dir: Path, load_index: Callable[[], Any], *, out_dir: Path = LABELS_DIR
) -> str:
    """The file name of the labels of the gazetteer in ``cache_dir``, written when missing.

    Named after the gazetteer's index file, so a later start finds it without loading the
    gazetteer (``load_index`` is called only to write it: the first start, a new gazetteer).
    """
    name = _index_name(cache_dir)
    if name is not None and (out_dir / name).is_file():
        return name
    index = load_index()  # builds the index file when there is none yet
    name = _index_name(cache_dir) or f"gazetteer-{str(index.fingerprint)[:16]}.json"
    out_dir.mkdir(parents=True, exist_ok=True)
    partial = out_dir / (name + ".part")
    partial.write_text(labels_json(town_labels(index)), encoding="utf-8")
    partial.replace(out_dir / name)
    for old in out_dir.glob("*.json"):
        if old.name != name:
            old.unlink(missing_ok=True)
    return name


def built_index(cache_dir: Path) -> str | None:
    """The name of the gazetteer index file in ``cache_dir``, ``None`` before it is built.

    Examples
    --------
    >>> built_index(Path("/nonexistent")) is None
    True
    """
    built = sorted(cache_dir.glob("gazetteer-*.pkl"))
    return built[-1].name if built else None


def _index_name(cache_dir: Path) -> str | None:
    name = built_index(cache_dir)
    return None if name is None else name.removesuffix(".pkl") + ".json"
