"""Sentence boundaries at line breaks, tested on a blank pipeline (no model needed)."""

from __future__ import annotations

import spacy

from pipeline.nlp.model import PARAGRAPH_COMPONENT, mark_paragraph_starts, register_components


def test_tokens_after_line_breaks_start_sentences() -> None:
    nlp = spacy.blank("en")
    doc = mark_paragraph_starts(nlp("Turkey softens its stance\n\nTurkey has softened\nIt ends"))
    starts = [(t.i, t.text) for t in doc if t.is_sent_start]
    assert starts == [(0, "Turkey"), (5, "Turkey"), (9, "It")]


def test_text_without_breaks_is_left_to_the_parser() -> None:
    nlp = spacy.blank("en")
    doc = mark_paragraph_starts(nlp("One sentence. Another one."))
    assert [t.i for t in doc if t.is_sent_start] == [0]


def test_registration_is_idempotent_and_usable() -> None:
    register_components()
    register_components()
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPH_COMPONENT)
    nlp.add_pipe("sentencizer")
    doc = nlp("A headline without a stop\nThe lead sentence. Another one.")
    assert [s.text.strip() for s in doc.sents][:2] == [
        "A headline without a stop",
        "The lead sentence.",
    ]
