"""Name keys for gazetteer lookup: an exact folded key and a transliteration-robust key.

Both functions are pure and total: any ``str`` (including ``""``) gives a ``str``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "COMPASS_WORDS",
    "REGION_WORDS",
    "cut_short",
    "fold_name",
    "is_code_like",
    "is_latin",
    "translit_key",
]

# Letters NFKD does not decompose into an ASCII base letter.
_LETTER_MAP = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "ł": "l",
        "Ł": "l",
        "þ": "th",
        "Þ": "th",
        "ħ": "h",
        "ŧ": "t",
    }
)
# Marks dropped outright: apostrophes, backticks, ayn/hamza signs, quotes.
_DROP_CHARS = "'`´ʿʾʼʻ’‘′\"“”"
_DROP_MAP = str.maketrans("", "", _DROP_CHARS)
# Separators turned into a space: hyphens and dashes, dots, commas, slashes, parentheses.
_SPACE_RE = re.compile(r"[\s\-‐‑‒–—―./,;:()\[\]_&+]+")

_ARTICLES = frozenset(
    "al el il an ash as ad at ar az ath adh dh ed es ez et er ul ud".split()  # noqa: SIM905
)
#: Articles that are English words too: after a name they are the next phrase's ("Aleppo;At
#: least 18 people", "Hama as well").
_ENGLISH = frozenset({"an", "as", "at"})
_WORD_MAP = {
    "kafr": "kfr",
    "kfar": "kfr",
    "kefr": "kfr",
    "kafer": "kfr",
    "kfer": "kfr",
    "tell": "tl",
    "tall": "tl",
    "tal": "tl",
    "tel": "tl",
    "til": "tl",
    "deir": "dyr",
    "dayr": "dyr",
    "dair": "dyr",
    "der": "dyr",
    "jabal": "jbl",
    "jebel": "jbl",
    "jabel": "jbl",
    "jbel": "jbl",
    "sheikh": "shykh",
    "shaykh": "shykh",
    "shaikh": "shykh",
    "sheik": "shykh",
    "shekh": "shykh",
    "seyh": "shykh",
    "sheykh": "shykh",
    "abou": "abu",
    "beni": "bani",
    "ain": "ayn",
    "ein": "ayn",
    "ayn": "ayn",
}
_CHAR_RULES: tuple[tuple[str, str], ...] = (
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ck", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("ay", "ai"),
    ("ey", "ai"),
    ("ei", "ai"),
    ("dh", "d"),
    ("tz", "ts"),
    ("yo", "e"),
)
_ENDING_RE = re.compile(r"(?:eh|ah|e|a)\b")
_DOUBLE_RE = re.compile(r"(.)\1+")
_E_RE = re.compile(r"(?<=\w)e")


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """Fold a place name into its exact lookup key.

    NFKD-decompose and drop diacritics, casefold, drop apostrophes and ayn/hamza marks, turn
    hyphens, dots and other separators into spaces and collapse runs of spaces.

    Parameters
    ----------
    text : str
        Any text; non-``str`` input is treated as empty.

    Returns
    -------
    str
        The folded key, ``""`` for empty or blank input.

    Examples
    --------
    >>> fold_name("İdlib")
    'idlib'
    >>> fold_name("Ma'arrat al-Nu'man")
    'maarrat al numan'
    >>> fold_name("  ")
    ''
    >>> fold_name("St. Petersburg") == fold_name("Saint Petersburg")
    True
    """
    if not isinstance(text, str) or not text:
        return ""
    if text.isascii():  # most names: no letters to map, nothing to decompose
        stripped = text.translate(_DROP_MAP)
    else:
        text = text.translate(_LETTER_MAP).translate(_DROP_MAP)
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = _SPACE_RE.sub(" ", stripped.casefold()).strip()
    first, _, rest = folded.partition(" ")
    if rest and first in _ABBREVIATIONS:
        return f"{_ABBREVIATIONS[first]} {rest}"
    return folded


#: Abbreviated first words of place names ("St. Petersburg", "Mt. Pleasant", "Ft. Worth").
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


@lru_cache(maxsize=65536)
def translit_key(text: str) -> str:
    """Reduce a name to a key that survives common transliteration variants.

    Applied on top of :func:`fold_name`: Arabic articles (``al``, ``an``, ``ash`` ...) are dropped
    wherever they stand as a word, common generic words are unified (``kafr/kfar/kefr`` -> ``kfr``,
    ``tell/tal/tel`` -> ``tl``, ``deir/dayr`` -> ``dyr``, ``sheikh/shaykh`` -> ``shykh``), letter
    groups are unified (``ou`` -> ``u``, ``q`` -> ``k``, ``ey/ei/ay`` -> ``ai``), word endings
    ``-eh/-ah/-e/-a`` become ``a``, an inner ``e`` becomes ``i`` and doubled letters collapse.

    Parameters
    ----------
    text : str
        A raw or already folded name.

    Returns
    -------
    str
        The key, ``""`` when nothing but articles or separators remain.

    Examples
    --------
    >>> translit_key("Kafr Nabl") == translit_key("Kfar Nabl")
    True
    >>> translit_key("Ma'arrat an-Nu'man") == translit_key("Maarat al-Numan")
    True
    >>> translit_key("")
    ''
    """
    words = [w for w in fold_name(text).split(" ") if w and w not in _ARTICLES]
    if not words:
        return ""
    return " ".join(_translit_word(word) for word in words)


def cut_short(key: str) -> bool:
    """Whether a folded name ends with an article, cut off before the word it belongs to
    ("cite el" of "Cite El Khadra"): its transliteration key would match a shorter name.

    Examples
    --------
    >>> cut_short("cite el"), cut_short("ras el ain"), cut_short("el"), cut_short("aleppo at")
    (True, False, False, False)
    """
    words = key.split(" ")
    return len(words) > 1 and words[-1] in _ARTICLES - _ENGLISH


@lru_cache(maxsize=1 << 18)
def _translit_word(word: str) -> str:
    """:func:`translit_key` of one folded word (words repeat across a million names)."""
    word = _WORD_MAP.get(word, word)
    for old, new in _CHAR_RULES:
        word = word.replace(old, new)
    word = _ENDING_RE.sub("a", word)
    word = _E_RE.sub("i", word)
    return _DOUBLE_RE.sub(r"\1", word)


def is_latin(text: str) -> bool:
    """Tell whether every letter of ``text`` is a Latin letter (with or without diacritics).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    bool
        ``False`` for text with Arabic, Cyrillic, CJK ... letters or without any letter.

    Examples
    --------
    >>> is_latin("Ḩalab"), is_latin("إدلب"), is_latin("123")
    (True, False, False)
    """
    seen = False
    for ch in text:
        if ch.isalpha():
            code = ord(ch)
            if not (code < 0x250 or 0x1E00 <= code < 0x1F00):
                return False
            seen = True
    return seen


def is_code_like(text: str) -> bool:
    """Tell whether a name is an upper-case code of at most three letters (``US``, ``U.K.``).

    Parameters
    ----------
    text : str
        A raw name, before folding.

    Returns
    -------
    bool
        ``True`` for ``"US"``, ``"U.S."``, ``"BRU"``; ``False`` for ``"Us"`` or ``"Ankara"``.

    Examples
    --------
    >>> is_code_like("U.S."), is_code_like("Ufa")
    (True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return 0 < len(letters) <= 3 and all(ch.isupper() for ch in letters)


#: Words that name a kind of first-level region ("Idlib Governorate", "Homs province").
REGION_WORDS = frozenset(
    {
        "governorate",
        "province",
        "region",
        "state",
        "oblast",
        "district",
        "county",
        "department",
        "prefecture",
        "muhafazat",
        "vilayet",
        "wilayah",
        "regency",
    }
)


#: Compass words: alone ("Eastern", "North") or in an organisation's name they name no place.
COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "northwestern",
        "northeastern",
        "southwestern",
        "southeastern",
        "midwest",
    }
)
