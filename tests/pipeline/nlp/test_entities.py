"""A sentence's entities read once per parse are the ones spaCy gives for the sentence, on
the real model's parse and on spans that cut an entity."""

from __future__ import annotations

import spacy

from pipeline.nlp.entities import entities

TEXT = (
    "Turkish troops entered Idlib on 10 February. Two soldiers were killed near Saraqib. "
    "NATO ministers met in Brussels on Thursday, and the Kremlin said nothing."
)


def test_each_sentence_has_the_entities_spacy_gives_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    sents = list(doc.sents)
    assert len(sents) == 3
    for sent in sents:
        assert [(e.start, e.end, e.label_) for e in entities(sent)] == [
            (e.start, e.end, e.label_) for e in sent.ents
        ]
    assert "Brussels" in [e.text for e in entities(sents[2])]


def test_every_span_has_the_entities_spacy_gives_it() -> None:
    doc = spacy.blank("en")("Gunmen hit Gao and Kidal on Monday 3 May")
    doc.ents = [
        doc.char_span(11, 14, label="GPE"),
        doc.char_span(19, 24, label="GPE"),
        doc.char_span(28, 40, label="DATE"),  # "Monday 3 May", three words
    ]
    assert [e.text for e in entities(doc[:])] == ["Gao", "Kidal", "Monday 3 May"]
    assert [e.text for e in entities(doc[2:8])] == ["Gao", "Kidal"]  # the date runs past
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert [e.text for e in entities(span)] == [e.text for e in span.ents]
