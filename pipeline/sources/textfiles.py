"""Articles from text files: ``.txt`` with a sidecar ``.json``, and ``.jsonl``; and the rules
every reader shares (cleaning, ids, publication dates, size limits, decoding).

Every problem with an input becomes a :class:`RunWarning` (level ``error`` when the input is
skipped) or an :class:`InputError`, never a silent drop and never a traceback.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

from pipeline.errors import InputError
from pipeline.models import Article, RunWarning

__all__ = [
    "MAX_ARTICLE_CHARS",
    "article_from_text",
    "article_id_for",
    "clean_text",
    "decode_text",
    "from_mapping",
    "parse_published",
    "read_bytes",
    "read_jsonl",
    "read_txt",
    "sidecar",
]

#: Longest article text accepted (characters); larger inputs are rejected with a clear error.
MAX_ARTICLE_CHARS = 2_000_000
_MAX_FILE_BYTES = 8 * MAX_ARTICLE_CHARS
# Lines that start page furniture (related links, share bars): the text from there on is dropped.
_FURNITURE = re.compile(
    r"^\s*(you might also like|you may also like|related( articles| stories| news)?|"
    r"read more|recommended( for you)?|more from|more stories|share this( article)?|"
    r"advertisement|sign up for)\s*:?\s*$",
    re.IGNORECASE,
)


def parse_published(value: object) -> date | datetime | None:
    """Parse an ISO date or datetime; ``None``/empty gives ``None``.

    Raises
    ------
    InputError
        When the value is present but not a valid ISO date (``"2020-02-30"``, ``"yesterday"``).

    Examples
    --------
    >>> parse_published("2020-02-13")
    datetime.date(2020, 2, 13)
    >>> parse_published("2020-02-13T10:30:00+00:00").hour
    10
    >>> parse_published(None) is None
    True
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str):
        raise InputError(f"published must be an ISO date string, got {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as err:
        raise InputError(f"published {text!r} is not a valid ISO date or datetime") from err


def clean_text(text: str) -> tuple[str, bool]:
    """Normalise an article's text and drop trailing page furniture.

    Returns the cleaned text and whether furniture was dropped. Headline-like lines (no final
    punctuation) just before a furniture marker belong to the furniture (a related-article link).

    Examples
    --------
    >>> clean_text("Body one.\\n\\nOther story headline\\n\\nYou might also like")
    ('Body one.', True)
    >>> clean_text("  Plain.  ")
    ('Plain.', False)
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "")
    lines = text.split("\n")
    cut = next((i for i, line in enumerate(lines) if _FURNITURE.match(line)), None)
    dropped = False
    if cut is not None and cut > 0:
        keep = lines[:cut]
        while keep and (not keep[-1].strip() or not re.search(r"[.!?][\"”’)]*\s*$", keep[-1])):
            keep.pop()
        if any(line.strip() for line in keep):
            lines, dropped = keep, True
    return "\n".join(lines).strip(), dropped


def article_id_for(text: str) -> str:
    """Stable id from the normalised text: the same text always gets the same id."""
    folded = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return "sha1-" + hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def article_from_text(
    text: str,
    *,
    published: object = None,
    article_id: str | None = None,
    title: str = "",
    url: str | None = None,
    source: str = "",
    language: str = "en",
) -> Article:
    """Build a validated :class:`Article` from text and metadata.

    Raises
    ------
    InputError
        Empty or whitespace-only text, text over :data:`MAX_ARTICLE_CHARS`, a bad date.
    """
    if not isinstance(text, str):
        raise InputError(f"article text must be a string, got {type(text).__name__}")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"article text has {len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}"
        )
    cleaned, _ = clean_text(text)
    if not cleaned:
        raise InputError("article text is empty")
    return Article(
        id=str(article_id) if article_id else article_id_for(cleaned),
        text=cleaned,
        published=parse_published(published),
        title=str(title or ""),
        url=str(url) if url else None,
        source=str(source or ""),
        language=str(language or "en"),
    )


def decode_text(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: binary file (NUL bytes), not text")
    for encoding in (
        ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not valid UTF-8 text")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > _MAX_FILE_BYTES:
            raise InputError(
                f"{path}: file is {size:,} bytes, over the limit of {_MAX_FILE_BYTES:,}"
            )
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err


def sidecar(path: Path) -> Mapping[str, object]:
    meta_path = path.with_suffix(".json")
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(decode_text(read_bytes(meta_path), meta_path))
    except json.JSONDecodeError as err:
        raise InputError(
            f"{meta_path}: malformed JSON metadata ({err.msg}, line {err.lineno})"
        ) from err
    if not isinstance(meta, dict):
        raise InputError(f"{meta_path}: metadata must be a JSON object")
    return meta


def from_mapping(
    record: Mapping[str, object], text: str, default_published: object, where: str
) -> tuple[Article, list[RunWarning]]:
    warnings: list[RunWarning] = []
    published: object = record.get("published") or default_published
    try:
        parse_published(published)
    except InputError as err:
        warnings.append(RunWarning(where, f"{err}; dates in the text resolved without it"))
        published = default_published if default_published != published else None
    title = record.get("title") or ""
    article = article_from_text(
        text,
        published=published,
        article_id=str(record["id"]) if record.get("id") else None,
        title=str(title),
        url=str(record["url"]) if record.get("url") else None,
        source=str(record.get("source") or ""),
        language=str(record.get("language") or "en"),
    )
    if article.published is None:
        warnings.append(
            RunWarning(where, "no publication date: relative dates stay unresolved", article.id)
        )
    return article, warnings


def read_txt(path: Path, published: object) -> tuple[list[Article], list[RunWarning]]:
    text = decode_text(read_bytes(path), path)
    meta = dict(sidecar(path))
    meta.setdefault("id", path.stem)
    article, warnings = from_mapping(meta, text, published, str(path))
    return [article], warnings


def read_jsonl(path: Path, published: object) -> tuple[list[Article], list[RunWarning]]:
    articles: list[Article] = []
    warnings: list[RunWarning] = []
    for number, line in enumerate(decode_text(read_bytes(path), path).split("\n"), start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError("line is not a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise InputError("missing or non-string 'text'")
            article, found = from_mapping(record, text, published, where)
        except (json.JSONDecodeError, InputError) as err:
            message = err.msg if isinstance(err, json.JSONDecodeError) else str(err)
            warnings.append(RunWarning(where, f"skipped: {message}", level="error"))
            continue
        articles.append(article)
        warnings.extend(found)
    if not articles and not warnings:
        raise InputError(f"{path}: no articles (the file has no lines)")
    return articles, warnings
