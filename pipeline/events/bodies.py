"""Countries named inside the names of a nation's own bodies: "the Nepal Army", "the
Communist Party of Nepal", "a youth association Nepal" point to where a report is, as a
demonym in them does ("the Nepali Congress")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from pipeline.gazetteer_api import GazetteerLike

__all__ = ["BODY_WORDS", "NATIONAL_BODIES", "countries_in_bodies"]

#: Head words of a nation's own bodies: its forces, rulers and parties (a nationality in one
#: of them says where the story is: "the Nepali Congress").
NATIONAL_BODIES = frozenset(
    {"police", "army", "military", "force", "forces", "government", "ministry", "congress",
     "party", "parliament", "assembly", "navy", "gendarmerie", "guard", "senate", "court"}
)  # fmt: skip
#: ... and its associations, which a country's name (not a nationality) also opens or ends.
BODY_WORDS = NATIONAL_BODIES | {"association", "league", "union", "front", "council", "corps"}

#: Words after a name that make its body a town's or a county's ("the Jordan City Council").
_LOCAL = frozenset({"city", "town", "county", "municipal", "township", "village", "district"})

#: Words that join a body to the country it is of: "Communist Party of Nepal".
_JOINS = frozenset({"of", "the", "for", "in"})

#: People in a town abroad whose name makes a country's name in a body's name ambiguous:
#: a hundredth of the country's, and at least this many.
_RIVAL_TOWN = 15_000
_RIVAL_SHARE = 100

#: The longest country name tried, in words ("Democratic Republic of the Congo").
_LONGEST = 6


def countries_in_bodies(doc: Doc, gazetteer: GazetteerLike) -> list[tuple[str, Span]]:
    """Countries named before or after a body word inside an organisation the model tags.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed article.
    gazetteer : GazetteerLike
        Where a country's names are looked up (exact names only).

    Returns
    -------
    list of (str, spacy.tokens.Span)
        Each country's ISO 3166-1 alpha-2 code with the words that name it, in text order.
        An organisation with no body word ("the Kenya Wildlife Trust") names none, nor does a
        name a region elsewhere shares ("the Niger State police") or a town's body ("the
        Jordan City Council").
    """
    found: list[tuple[str, Span]] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or not any(t.lower_ in BODY_WORDS for t in ent):
            continue
        for words in _named_parts(ent):
            if words.end < ent.end and doc[words.end].lower_ in _LOCAL:
                continue  # "the Jordan City Council": a town's body
            iso2 = _country(words.text, gazetteer)
            if iso2 is not None:
                found.append((iso2, words))
                break
    return found


def _named_parts(ent: Span) -> Iterator[Span]:
    """The runs of capitalised words in an organisation's name outside its body words, each
    whole, then its first and last words ("Kenya Defence Forces" -> "Kenya Defence",
    "Kenya", "Defence"; "Communist Party of Nepal" -> "Communist", "Nepal")."""
    doc = ent.doc
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        token = doc[i] if i < ent.end else None
        ends = token is None or token.lower_ in BODY_WORDS or not token.text[:1].isupper()
        if token is not None and token.text == "-" and i > start:
            ends = False  # "Guinea-Bissau" is one name
        if token is not None and token.lower_ in _JOINS and i > start:
            # "Democratic Republic of the Congo" is one run across its joining words
            ends = False
        if not ends:
            continue
        run = doc[start:i]
        while len(run) and run[-1].lower_ in _JOINS:
            run = run[:-1]
        while len(run) and run[0].lower_ in _JOINS:
            run = run[1:]
        if 0 < len(run) <= _LONGEST:
            yield run
            for size in range(len(run) - 1, 0, -1):
                yield run[:size]
                yield run[len(run) - size :]
        start = i + 1


def _country(text: str, gazetteer: GazetteerLike) -> str | None:
    """The country whose own name ``text`` is, exactly, when no region or sizeable town
    elsewhere has that name too."""
    found = [c for c in gazetteer.lookup(text, limit=5) if c.score >= 0.95]
    if not found or found[0].kind != "country":
        return None
    country = found[0].country
    rivals = [
        c
        for c in found[1:]
        if c.country != country  # (Djibouti's own city, Panama's own province)
        and (
            (c.kind == "admin1" and c.population > 0)
            or c.population * _RIVAL_SHARE >= max(found[0].population, _RIVAL_TOWN * _RIVAL_SHARE)
        )
    ]
    return None if rivals else country
