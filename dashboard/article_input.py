"""Paste or upload one article, see its events on the map at once, then add them to the store.

:func:`article_from_input` is the pure part (text or file bytes to a validated Article);
:func:`article_panel` is the Streamlit expander around it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import PurePath
from typing import Any

import geopandas as gpd

from dashboard.preview import keep_events, preview_rows
from pipeline.errors import AtlasError, InputError
from pipeline.models import Article, ArticleResult
from pipeline.sources.html_text import html_to_text, looks_like_html
from pipeline.sources.textfiles import article_from_text

__all__ = ["MAX_UPLOAD_BYTES", "article_from_input", "article_panel"]

#: Largest upload read (the article text limit applies after decoding).
MAX_UPLOAD_BYTES = 8_000_000


def _decode(raw: bytes, name: str) -> str:
    if len(raw) > MAX_UPLOAD_BYTES:
        raise InputError(
            f"{name}: {len(raw):,} bytes, over the upload limit of {MAX_UPLOAD_BYTES:,}"
        )
    if b"\x00" in raw[:4096]:
        raise InputError(f"{name}: binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not valid UTF-8 text") from err


def article_from_input(
    *,
    text: str = "",
    upload: tuple[str, bytes] | None = None,
    published: date | None = None,
    title: str = "",
    url: str = "",
) -> Article:
    """A validated article from pasted text or an uploaded ``.txt``/``.html`` file.

    An upload wins over pasted text; HTML (by suffix or content) is reduced to its text and
    its ``<title>`` used when no title is given.

    Raises
    ------
    InputError
        No text, a binary or non-UTF-8 file, too large, or a bad date.

    Examples
    --------
    >>> a = article_from_input(upload=("a.html", b"<title>T</title><p>Clashes in Homs.</p>"))
    >>> a.title, a.text
    ('T', 'Clashes in Homs.')
    """
    source = "pasted"
    if upload is not None:
        name, raw = upload
        text = _decode(raw, name)
        source = PurePath(name).name
        is_html = PurePath(name).suffix.lower() in (".html", ".htm")
    else:
        is_html = looks_like_html(text)
    if is_html:
        page_title, text = html_to_text(text)
        title = title or page_title
    if not text.strip():
        raise InputError("no article text: paste it or upload a .txt or .html file")
    return article_from_text(text, published=published, title=title, url=url or None, source=source)


def _label(rows: Any, event_id: str) -> str:
    row = rows[rows["event_id"] == event_id].iloc[0]
    return f"{row['type']} at {row['place'] or '?'} ({row['date'] or 'undated'})"


def article_panel(
    nlp: Callable[[], Any], gazetteer: Callable[[], Any], store: Any, lock: threading.Lock
) -> gpd.GeoDataFrame | None:
    """The "Add an article" expander; returns the preview's events frame while one is shown.

    ``nlp`` and ``gazetteer`` are called only when an article is extracted (they load the
    model and the index the first time)."""
    import streamlit as st

    from pipeline.events.extract import Extractor

    with st.expander("Add an article", expanded=bool(st.session_state.get("preview"))):
        # the new events are listed first, just under the map that shows them; filled last
        found = st.container()
        title = st.text_input("Title", key="new_title")
        url = st.text_input("Link (optional)", key="new_url")
        published = st.date_input("Published", value=None, key="new_published")
        text = st.text_area("Article text", key="new_text", height=160)
        upload = st.file_uploader(
            "…or a .txt / .html file", type=["txt", "html", "htm"], key="new_file"
        )
        if st.button("Extract events", key="extract"):
            st.session_state.pop("preview_drop", None)
            try:
                article = article_from_input(
                    text=text,
                    upload=(upload.name, upload.getvalue()) if upload is not None else None,
                    published=published,
                    title=title,
                    url=url,
                )
                st.session_state["preview"] = Extractor(nlp=nlp(), gazetteer=gazetteer()).extract(
                    article
                )
            except AtlasError as err:
                st.session_state.pop("preview", None)
                st.error(str(err))
        result: ArticleResult | None = st.session_state.get("preview")
        if result is None:
            return None
        with found:
            return _preview_list(result, store, lock)


def _preview_list(
    result: ArticleResult, store: Any, lock: threading.Lock
) -> gpd.GeoDataFrame | None:
    """The extracted events: a list to drop some from, a button to add the rest; the events
    frame to draw while they wait, ``None`` once added."""
    import streamlit as st

    from pipeline.frame import events_to_geodataframe

    rows = preview_rows(result.events)
    dropped = st.multiselect(
        "Drop before adding",
        list(rows["event_id"]),
        format_func=lambda eid: _label(rows, eid),
        key="preview_drop",
    )
    result = keep_events(result, dropped)
    noun = "event" if len(result.events) == 1 else "events"
    note = st.empty()  # what was found, said once the events are not added on this run
    st.dataframe(
        preview_rows(result.events).drop(columns="event_id"), hide_index=True, width="stretch"
    )
    if st.button("Add to the store", key="add_to_store", disabled=not result.events):
        try:
            with lock:
                store.save(result)
        except AtlasError as err:  # the store keeps what it had; the preview stays
            st.error(f"Not added: {err}")
            return events_to_geodataframe(result.events, {result.article.id: result.article})
        st.session_state.pop("preview", None)
        st.session_state.pop("preview_drop", None)
        st.success(f"Added {len(result.events)} {noun} to the store.")
        return None
    note.caption(
        f"{len(result.events)} {noun} found in {result.article.title or result.article.id}; "
        "drawn on the map until added."
    )
    for warning in result.warnings:
        st.caption(f"{warning.level}: {warning.message}")
    return events_to_geodataframe(result.events, {result.article.id: result.article})
