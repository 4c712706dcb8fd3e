"""Map elements whose script is rendered once, as text.

branca's ``MacroElement.render`` wraps each element's rendered script in a new ``Element``,
whose constructor compiles that text as a Jinja template: for a layer carrying a large JSON
array (country outlines, thousands of markers) the lexer then reads hundreds of kilobytes on
every dashboard run, for nothing. :class:`FastScript` adds the text as it is.
"""

from __future__ import annotations

from typing import Any

from branca.element import Element, Figure

__all__ = ["FastScript", "RawText"]


class RawText(Element):
    """Text that renders as itself (never parsed as a template).

    Examples
    --------
    >>> RawText("var a = {{ not a template }};").render()
    'var a = {{ not a template }};'
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RawText"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """The text, unchanged."""
        return self.text


class FastScript:
    """Mixin for a ``MacroElement`` with only a ``script`` macro: put it first in the bases.

    Renders the macro once, adds the result to the page's script as :class:`RawText`, then
    renders the children, as ``MacroElement.render`` does without its template compile.
    """

    def render(self, **kwargs: Any) -> str:
        """Add this element's script to the figure, then render the children (returns ``""``:
        the text is in the figure)."""
        element: Any = self
        figure = element.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("render the element inside a Figure (add it to a map first)")
        script = element._template.module.__dict__.get("script")
        if script is not None:
            figure.script.add_child(RawText(script(element, kwargs)), name=element.get_name())
        for child in list(element._children.values()):
            child.render(**kwargs)
        return ""
