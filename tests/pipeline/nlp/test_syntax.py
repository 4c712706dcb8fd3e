"""Parse-tree helpers on hand-built parses (no model): they stop at clause boundaries and at
the root, whatever the tree looks like."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.events.place import _clause_verb
from pipeline.nlp.syntax import governs


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_governs_within_a_clause_but_not_across_one() -> None:
    # "ceasefire agreed on Monday": "Monday" hangs off "agreed", not off "ceasefire"
    doc = parsed(
        ["ceasefire", "agreed", "on", "Monday"],
        [0, 0, 1, 2],
        ["ROOT", "acl", "prep", "pobj"],
        ["NOUN", "VERB", "ADP", "PROPN"],
    )
    assert governs(doc[1], doc[3])
    assert not governs(doc[0], doc[3])
    assert governs(doc[0], doc[0])


def test_a_verbless_fragment_ends_at_its_root() -> None:
    # "Deadly clashes in Saraqib": no verb anywhere; the search must stop at the root
    doc = parsed(
        ["Deadly", "clashes", "in", "Saraqib"],
        [1, 1, 1, 2],
        ["amod", "ROOT", "prep", "pobj"],
        ["ADJ", "NOUN", "ADP", "PROPN"],
    )
    assert _clause_verb(doc[3]) is None
    assert not governs(doc[0], doc[3])
