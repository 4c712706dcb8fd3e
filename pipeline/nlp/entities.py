"""The model's named entities of a sentence, read once per parse.

spaCy rebuilds every entity of the whole document each time a sentence's ``ents`` is read,
which made the event stage's many per-sentence reads cost more than all its rules. The
entities of a document are read once here and looked up by position after that. A parse's
entities must not be reassigned once its events are being read (the pipeline never does).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["entities"]

_READ: WeakKeyDictionary[Doc, tuple[list[int], tuple[Span, ...]]] = WeakKeyDictionary()


def entities(span: Span) -> tuple[Span, ...]:
    """The entities wholly inside ``span``, as ``span.ents`` gives them.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("Gunmen hit Gao. Troops left Kidal.")
    >>> doc.ents = [doc.char_span(11, 14, label="GPE"), doc.char_span(28, 33, label="GPE")]
    >>> [e.text for e in entities(doc[4:])]
    ['Kidal']
    """
    doc = span.doc
    read = _READ.get(doc)
    if read is None:
        ents = tuple(doc.ents)
        read = ([e.start for e in ents], ents)
        _READ[doc] = read
    starts, ents = read
    inside = []
    for ent in ents[bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        inside.append(ent)
    return tuple(inside)
