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


def test_an_article_before_a_bare_name_makes_it_a_thing(extractor) -> None:  # type: ignore[no-untyped-def]
    assert mention_texts(extractor, "The bill is in committee in both the House and Senate.") == []
    assert "Taser" not in mention_texts(extractor, "He was shocked by a Taser wielded by a guard.")


def test_an_article_before_a_town_that_qualifies_a_noun_keeps_the_town(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Storms hit Maryville, Tennessee, overnight. To protect the Maryville church, he left."
    assert mention_texts(extractor, text).count("Maryville") == 2


def test_a_town_after_an_unknown_village_and_a_comma_is_its_town(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model calls the town a person; the village is in no gazetteer
    text = "Gunmen attacked a health post and burned a truck in Kambulatsitsi, Moatize."
    assert "Moatize" in mention_texts(extractor, text)
    # a name after a comma that goes on into the clause is no place ("in Dublin, Smith said")
    assert mention_texts(extractor, "Shots were fired in Dublin, Smith said on Monday.") == [
        "Dublin"
    ]
