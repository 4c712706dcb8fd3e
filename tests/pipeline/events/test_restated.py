"""An actor restated in brackets right after it is one actor (our own texts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from pipeline.events.restated import drop_restated
from pipeline.lexicon.actor_dictionary import ActorRef
from tests.pipeline.events.reading import first_event

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _refs(text: str, *spans: tuple[str, str, str, int | None, str]) -> tuple[Doc, list[ActorRef]]:
    """A blank parse of ``text`` and refs over the given words: (surface, kind, name, inter,
    country)."""
    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    refs = []
    for surface, kind, name, inter, country in spans:
        parts = surface.split()
        start = next(i for i in range(len(words)) if words[i : i + len(parts)] == parts)
        end = start + len(parts)
        refs.append(ActorRef(kind, country, name, inter, end - 1, start, end, surface))
    return doc, refs


def test_forces_described_in_brackets_are_the_group_before_them() -> None:
    doc, refs = _refs(
        "foreign troops ( called allied forces by residents ) struck a base",
        ("foreign troops", "group", "Unidentified Military Forces", 8, ""),
        ("allied forces", "military", "", None, ""),
    )
    assert [r.surface for r in drop_restated(refs, doc)] == ["foreign troops"]


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that counts or adds is no restatement
        "three policemen ( 2 according to Taliban sources ) were killed",
        "the military ( and Taliban ) burned houses",
        # a group deep in a bracket is not what it restates
        "three policemen ( killed , as a spokesman of the Taliban said ) were buried",
    ],
)
def test_a_bracket_that_counts_adds_or_tells_more_keeps_both(text: str) -> None:
    doc, refs = _refs(
        text,
        ("policemen" if "policemen" in text else "military", "military", "", None, ""),
        ("Taliban", "group", "Taliban", 2, "AF"),
    )
    assert len(drop_restated(refs, doc)) == 2


@pytest.mark.model
def test_a_named_group_in_brackets_is_the_forces_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2022, paramilitary forces (Wagner Group) killed two herders in Ansongo."
    event = first_event(extractor, text, "2022-05-04")
    assert (event.actor1, event.inter1) == ("Wagner Group", 8)
    assert (event.actor2, event.inter2) == ("Civilians (Mali)", 7)
