"""Reading articles from disk: formats, metadata, and every kind of bad input."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.sources.ingest import read_articles
from pipeline.sources.textfiles import (
    MAX_ARTICLE_CHARS,
    article_from_text,
    article_id_for,
    clean_text,
    parse_published,
)

BODY = "Rebels shelled Aleppo on Monday, killing two civilians."


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_txt_with_sidecar(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(
        tmp_path / "a.json",
        json.dumps({"id": "x1", "published": "2021-03-02", "title": "T", "url": "http://e.org/a"}),
    )
    read = read_articles([tmp_path / "a.txt"])
    assert read.warnings == ()
    (article,) = read.articles
    assert (article.id, article.published, article.title, article.url) == (
        "x1",
        date(2021, 3, 2),
        "T",
        "http://e.org/a",
    )
    assert article.text == BODY


def test_txt_without_sidecar_uses_stem_and_warns_without_date(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", BODY)
    read = read_articles([tmp_path])
    assert read.articles[0].id == "story"
    assert any("no publication date" in w.message for w in read.warnings)


def test_published_option_fills_missing_dates(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", BODY)
    read = read_articles([tmp_path], published=date(2021, 1, 5))
    assert read.articles[0].published == date(2021, 1, 5)
    assert read.warnings == ()


def test_jsonl_skips_broken_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": BODY, "published": "2021-03-02"}),
        "{not json",
        json.dumps({"id": "b", "text": 42}),
        json.dumps(["a list"]),
        "",
        json.dumps({"id": "c", "text": BODY + " Again.", "published": "2021-02-30"}),
    ]
    write(tmp_path / "batch.jsonl", "\n".join(lines))
    read = read_articles([tmp_path / "batch.jsonl"])
    assert [a.id for a in read.articles] == ["a", "c"]
    errors = [w for w in read.warnings if w.level == "error"]
    assert [w.source.rsplit(":", 1)[1] for w in errors] == ["2", "3", "4"]
    assert any("2021-02-30" in w.message for w in read.warnings)
    assert read.articles[1].published is None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", "  \n\t  ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin1.txt", "Caf\xe9 bombed".encode("latin-1"), "UTF-8"),
        ("notes.pdf", "text", "unsupported"),
    ],
)
def test_bad_files_become_errors(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    write(tmp_path / name, content)
    read = read_articles([tmp_path / name])
    assert read.articles == ()
    (warning,) = read.warnings
    assert warning.level == "error" and message in warning.message


def test_huge_text_is_rejected_clearly(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", "War. " * (20 * 1024 * 1024 // 5))
    read = read_articles([path])
    assert read.articles == ()
    assert "limit" in read.warnings[0].message


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    write(tmp_path / "u16.txt", BODY.encode("utf-16"))
    assert read_articles([tmp_path / "u16.txt"]).articles[0].text == BODY


def test_malformed_sidecar_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.json", "{oops")
    read = read_articles([tmp_path / "a.txt"])
    assert read.articles == () and "malformed JSON" in read.warnings[0].message


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    read = read_articles([tmp_path / "nope.txt"])
    assert read.warnings[0].level == "error" and "no such file" in read.warnings[0].message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-02-13", date(2020, 2, 13)),
        ("2020-02-13T08:00:00Z", datetime.fromisoformat("2020-02-13T08:00:00+00:00")),
        (None, None),
        ("", None),
    ],
)
def test_parse_published(value: str | None, expected: object) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2020-02-30", "yesterday", "13/02/2020", 20200213, "0000-01-01"])
def test_parse_published_rejects(value: object) -> None:
    with pytest.raises(InputError):
        parse_published(value)


def test_furniture_is_dropped_and_ids_are_stable() -> None:
    text = f"{BODY}\n\nOther outlet's headline here\n\nYou might also like\nMore links"
    cleaned, dropped = clean_text(text)
    assert dropped and cleaned == BODY
    assert article_id_for(BODY) == article_id_for("  " + BODY.upper() + "\n")
    assert article_from_text(text).id == article_from_text(BODY).id


def test_article_limits() -> None:
    with pytest.raises(InputError, match="limit"):
        article_from_text("x" * (MAX_ARTICLE_CHARS + 1))
    with pytest.raises(InputError, match="string"):
        article_from_text(b"bytes")  # type: ignore[arg-type]


def test_jsonl_lines_split_only_on_newlines(tmp_path: Path) -> None:
    # U+2028 inside a JSON string is legal and must not split the line
    record = {
        "id": "ls",
        "text": "Shelling hit Aleppo.\u2028Residents fled.",
        "published": "2021-03-02",
    }
    write(tmp_path / "ls.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    read = read_articles([tmp_path / "ls.jsonl"])
    assert [a.id for a in read.articles] == ["ls"] and read.warnings == ()
