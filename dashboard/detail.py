"""The selected event's detail: its evidence sentence with the place and actor words marked,
the article's title, date and link, the confidence and the other sources.

Everything article-derived is escaped before any markup is added, so the HTML is safe to hand
to ``st.markdown(..., unsafe_allow_html=True)``; links are kept only for http(s) URLs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from dashboard.table import NO_PLACE

__all__ = ["actor_words", "detail_html", "mark_evidence", "safe_url"]

#: Words of actor names that say what kind of body it is, not who ("Military Forces of Syria").
_GENERIC = frozenset(
    {
        *("military", "forces", "force", "government", "police", "of", "the", "and"),
        *("unidentified", "armed", "group", "groups", "civilians", "rioters", "protesters"),
        *("ministry", "foreign", "affairs"),
    }
)


def actor_words(actors: Iterable[str]) -> list[str]:
    """Stems of the distinctive words of actor names: "Military Forces of Turkey" gives "Turk",
    which marks "Turkish" and "Turkey" in the evidence.

    Examples
    --------
    >>> actor_words(["Military Forces of Turkey", "HTS: Hayat Tahrir al-Sham", ""])
    ['Turk', 'HTS', 'Haya', 'Tahr', 'Sham']
    """
    stems: list[str] = []
    for actor in actors:
        for word in re.findall(r"[A-Za-z][A-Za-z']+", actor or ""):
            if word.lower() in _GENERIC or len(word) < 3 or word.lower() == "al":
                continue
            stem = word if word.isupper() else word[: max(4, len(word) - 2)]
            if stem not in stems:
                stems.append(stem)
    return stems


def mark_evidence(evidence: str, places: Sequence[str], actors: Sequence[str]) -> str:
    """Escaped evidence with ``<mark class="place">`` around the place words and
    ``<mark class="actor">`` around words starting with an actor stem.

    Examples
    --------
    >>> mark_evidence("Turkish troops shelled Saraqib <b>", ["Saraqib"], ["Turk"])
    '<mark class="actor">Turkish</mark> troops shelled <mark class="place">Saraqib</mark> &lt;b&gt;'
    """
    spans: list[tuple[int, int, str]] = []
    for name in sorted({p for p in places if p}, key=len, reverse=True):
        for found in re.finditer(re.escape(name), evidence):
            spans.append((found.start(), found.end(), "place"))
    for stem in actors:
        for found in re.finditer(rf"\b{re.escape(stem)}\w*", evidence):
            spans.append((found.start(), found.end(), "actor"))
    out: list[str] = []
    at = 0
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), s[2] != "place")):
        if start < at:
            continue  # overlaps a mark already made (places first)
        out.append(html.escape(evidence[at:start]))
        out.append(f'<mark class="{kind}">{html.escape(evidence[start:end])}</mark>')
        at = end
    out.append(html.escape(evidence[at:]))
    return "".join(out)


def safe_url(url: Any) -> str | None:
    """The URL if it is an http(s) link, else ``None`` (no ``javascript:`` links)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _text(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def detail_html(rows: pd.DataFrame) -> str:
    """HTML for one event from its frame rows (one per place).

    Parameters
    ----------
    rows : pandas.DataFrame
        The events frame's rows of a single event (see
        :func:`pipeline.frame.events_to_geodataframe`).
    """
    if rows.empty:
        return ""
    first: Mapping[str, Any] = rows.iloc[0].to_dict()
    places = [_text(v) for v in rows.get("place_text", pd.Series(dtype=object)).tolist()]
    places += [_text(v) for v in rows.get("location", pd.Series(dtype=object)).tolist()]
    actors = actor_words([_text(first.get("actor1")), _text(first.get("actor2"))])
    evidence = mark_evidence(_text(first.get("evidence")), places, actors)
    title = html.escape(_text(first.get("title")) or _text(first.get("article_id")))
    url = safe_url(first.get("source_url"))
    heading = (
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{title}</a>' if url else title
    )
    what = " / ".join(
        html.escape(_text(first.get(k)))
        for k in ("event_type", "sub_event_type")
        if _text(first.get(k))
    )
    who = " vs ".join(
        html.escape(_text(first.get(k))) for k in ("actor1", "actor2") if _text(first.get(k))
    )
    where = "; ".join(
        dict.fromkeys(html.escape(_text(v)) for v in rows["location"].tolist() if _text(v))
    )
    confidence = pd.to_numeric(first.get("confidence"), errors="coerce")
    published = html.escape(_text(first.get("published")) or "date unknown")
    source = html.escape(_text(first.get("source")))
    when = html.escape(_text(first.get("event_date")))
    lines = [
        f'<div class="atlas-detail"><p><b>{what}</b> {when}</p>',
        f"<p>{who}</p>" if who else "",
        f"<p>At: {where or NO_PLACE}</p>",
        f'<blockquote class="evidence">{evidence}</blockquote>',
        f"<p>Article: {heading}, published {published} ({source})</p>",
        f"<p>Confidence: {float(confidence):.2f}</p>" if pd.notna(confidence) else "",
    ]
    extra = (("Also reported by", "other_sources"), ("Notes", "notes"))
    lines += [
        f"<p>{k}: {html.escape(_text(first.get(c)))}</p>" for k, c in extra if _text(first.get(c))
    ]
    lines.append("</div>")
    # st.markdown would end the HTML block at a blank line and read "$...$" as LaTeX
    return "".join(lines).replace("\n", " ").replace("$", "&#36;")
