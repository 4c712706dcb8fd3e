"""Context words that make a person's or organisation's name a place, and those that do not."""

from __future__ import annotations

import pytest


def mention_texts(extractor, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for m in extractor.mentions(extractor.nlp(text), "t")]


@pytest.mark.parametrize(
    "text",
    [
        "The road was closed, according to Taylor.",
        "The mayor said of Jones' appointment that it was overdue.",
    ],
)
def test_a_person_after_a_weak_locative_word_stays_a_person(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert mention_texts(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebecca Sears, 41, of Grovetown, was charged on Monday.", "Grovetown"),
        ("The driver, Tom Hill of Wooster, was not hurt.", "Wooster"),
        ("Rebels shelled the neighbourhoods of Aleppo on Thursday.", "Aleppo"),
        ("Volunteers came from the villages of Kafr Nabl and Hass.", "Kafr Nabl"),
        ("Government forces regained control of Maarat al-Numan on Tuesday.", "Maarat al-Numan"),
        # a well-known place after any "of": "the desert of Palmyra", "the fronts of Aleppo"
        ("Violent clashes in the eastern desert of Homs", "Homs"),
        ("Clashes on many fronts of Aleppo", "Aleppo"),
    ],
)
def test_of_marks_a_place_after_a_person_a_number_a_place_noun_or_before_a_known_place(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    place: str,
) -> None:
    assert place in mention_texts(extractor, text)
