"""Stage 2, nlp: parse an article with spaCy.

The model is loaded once per process with paragraph-aware sentence boundaries
(:mod:`model`); small parse-tree helpers the later stages share live in :mod:`syntax`.

Public API: :func:`entities` (a sentence's entities, read once per parse),
:func:`load_nlp`, :func:`register_components`, :func:`governs`.
"""

from __future__ import annotations

from pipeline.nlp.entities import entities
from pipeline.nlp.model import load_nlp, register_components
from pipeline.nlp.syntax import governs

__all__ = ["entities", "governs", "load_nlp", "register_components"]
