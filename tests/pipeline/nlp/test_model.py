"""Sentence boundaries at line breaks and stops glued to brackets, tested on a blank pipeline;
the glued stop also with the real model."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.model import (
    PARAGRAPH_COMPONENT,
    mark_paragraph_starts,
    register_components,
    split_glued_brackets,
)


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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("in Agadez.[size=dozens]", ["in", "Agadez", ".", "[", "size", "=", "dozens", "]"]),
        ("in Gao.(AFP) Two died", ["in", "Gao", ".", "(", "AFP", ")", "Two", "died"]),
        # numbers, web addresses and initials keep their stops
        ("3.5 million, www.acled.org, U.S. troops",
         ["3.5", "million", ",", "www.acled.org", ",", "U.S.", "troops"]),
    ],
)  # fmt: skip
def test_a_stop_glued_to_a_bracket_is_split_from_the_word(text: str, tokens: list[str]) -> None:
    nlp = spacy.blank("en")
    split_glued_brackets(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.model
def test_a_place_before_a_glued_bracket_is_found(extractor) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    text = (
        "On 18 May 2021, hundreds demonstrated in front of the town hall in Agadez.[size=hundreds]"
    )
    result = extractor.extract(article_from_text(text, published="2021-05-19"))
    assert [(p.name, p.country) for e in result.events for p in e.places] == [("Agadez", "NE")]
