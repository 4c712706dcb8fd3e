"""Beside the stages, evaluate: measure the pipeline on real hand-coded data.

Geoparsing metrics in the EUPEG / Gritta et al. conventions (:mod:`metrics`) and the
``evaluate-geoparse`` run on gold corpora such as LGL and GeoVirus (:mod:`geoparsing`); event
extraction scored on UCDP GED rows with their headlines (:mod:`ucdp`) and on event descriptions
in the style of ACLED's notes (:mod:`notes`), with coarse conflict sides (:mod:`sides`).

Public API: :func:`evaluate_corpus`, :func:`score_geoparse`, :func:`score_events`,
:func:`score_notes`.
"""

from __future__ import annotations

from pipeline.evaluate.geoparsing import evaluate_corpus
from pipeline.evaluate.metrics import score_geoparse
from pipeline.evaluate.notes import score_notes
from pipeline.evaluate.ucdp import score_events

__all__ = ["evaluate_corpus", "score_events", "score_geoparse", "score_notes"]
