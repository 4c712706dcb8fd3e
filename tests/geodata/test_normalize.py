from __future__ import annotations

import pytest

from geodata.normalize import fold_name, is_code_like, is_latin, translit_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İdlib", "idlib"),
        ("Ma'arrat al-Nu'man", "maarrat al numan"),
        ("Ma‘arrat an Nu‘mān", "maarrat an numan"),
        ("ʿAfrīn", "afrin"),
        ("St. Petersburg", "saint petersburg"),
        ("Mt. Pleasant", "mount pleasant"),
        ("Ft Worth", "fort worth"),
        ("St", "st"),
        ("U.S.", "u s"),
        ("  Deir   ez-Zor ", "deir ez zor"),
        ("Şanlıurfa", "sanliurfa"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Tel`Aviv", "telaviv"),
        ("IDLIB", "idlib"),
        ("", ""),
        ("   ", ""),
        ("---", ""),
        ("🚀", "🚀"),
        (None, ""),
        (42, ""),
    ],
)
def test_fold_name(text: object, expected: str) -> None:
    assert fold_name(text) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kafr Nabl", "Kfar Nabl"),
        ("Kafr Nabl", "Kefr Nabl"),
        ("Maarat al-Numan", "Ma'arrat an-Nu'man"),
        ("Tal Tuqan", "Tell Touqan"),
        ("Tal Tuqan", "Tel Tukan"),
        ("Khan Shaykhun", "Khan Sheikhoun"),
        ("Raqqa", "Ar-Raqqah"),
        ("Jisr al-Shughur", "Jisr ash-Shughur"),
        ("Mastumeh", "al-Mastumah"),
        ("Deir ez-Zor", "Dayr az-Zawr".replace("Zawr", "Zor")),
        ("Idleb", "Idlib"),
    ],
)
def test_translit_key_unifies_variants(a: str, b: str) -> None:
    assert translit_key(a) == translit_key(b) != ""


@pytest.mark.parametrize(
    ("a", "b"), [("Aleppo", "Idlib"), ("Hama", "Homs"), ("Tal Abyad", "Tal Tamr")]
)
def test_translit_key_keeps_different_places_apart(a: str, b: str) -> None:
    assert translit_key(a) != translit_key(b)


@pytest.mark.parametrize("text", ["", "al", "al-", "  ", None])
def test_translit_key_empty(text: object) -> None:
    assert translit_key(text) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ḩalab", True),
        ("Idlib", True),
        ("إدلب", False),
        ("Идлиб", False),
        ("123", False),
        ("", False),
        ("Tal 2", True),
    ],
)
def test_is_latin(text: str, expected: bool) -> None:
    assert is_latin(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US", True),
        ("U.S.", True),
        ("BRU", True),
        ("Us", False),
        ("USAF", False),
        ("", False),
        ("12", False),
    ],
)
def test_is_code_like(text: str, expected: bool) -> None:
    assert is_code_like(text) is expected
