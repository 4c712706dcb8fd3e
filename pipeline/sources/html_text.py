"""Readable text from an HTML page: paragraphs and headings, never scripts, styles or markup.

Standard library only (``html.parser``); hostile markup ends up as plain text or nowhere.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_BLOCKS = frozenset(
    {
        *("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section"),
        *("article", "header", "footer", "blockquote", "pre", "ul", "ol", "table", "title"),
        "figcaption",
    }
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    """``(title, text)`` of an HTML document: block elements become line breaks, runs of spaces
    collapse, scripts and styles are dropped.

    Examples
    --------
    >>> html_to_text("<title>T</title><p>Shelling hit <b>Idlib</b>.</p><script>alert(1)</script>")
    ('T', 'Shelling hit Idlib.')
    """
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [
        re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    ]
    text = "\n\n".join(line for line in lines if line)
    return " ".join("".join(parser.title).split()), text


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML document rather than prose that mentions a tag.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    True
    >>> looks_like_html("He wrote <script> in the comment box.")
    False
    """
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.match(r"<(head|body|p|div)\b", head)
    )
