"""Parts of names: the known start of a name the gazetteer lacks, and the regions that say
which country a story is in (real model and gazetteer)."""

from __future__ import annotations

import pytest

from pipeline.geoparse.boxed import known_prefix
from pipeline.geoparse.focus import country_focus
from pipeline.models import Mention


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        # a unit named after a known town keeps the town
        ("Clashes erupted in Jhenaidah Sadar upazila on Monday.", "Jhenaidah Sadar upazila",
         "Jhenaidah"),
        # a hyphen or an article inside one name: its first part is no place of its own
        # ("Al" would be Ål in Norway, "Herman" a town in Minnesota)
        ("Troops seized arms in Abu Rami village of Al-Qwerbaz district.", "Al-Qwerbaz district",
         None),
        ("Police patrolled Bouar (Herman-Brousse, Nana-Mambere).", "Herman-Brousse", None),
        ("Rebels held Sala al-Qwerbaz district.", "Sala al-Qwerbaz district", None),
        # a proper word left over makes the whole another place's name (Aden is no part of it)
        ("Fighters gathered near Xorre (Adan Qorwiil, Middle Shabelle).", "Adan Qorwiil", None),
        # words left over that say which part or unit is meant, or name other places
        # (the longest known start: Who's On First knows the Ondo West local government area)
        ("Gunmen shot a trader in Ondo West LGA.", "Ondo West LGA", "Ondo West"),
        ("Gunmen shot a trader in Ondo Central LGA.", "Ondo Central LGA", "Ondo"),
        ("Rebels shelled the Hama Military Airport area.", "Hama Military Airport", "Hama"),
        ("A bomb went off in Ruma (Isiolo North, Isiolo).", "Isiolo North, Isiolo", "Isiolo"),
    ],
)  # fmt: skip
def test_the_known_start_of_an_unknown_name(  # type: ignore[no-untyped-def]
    nlp, gazetteer, text: str, name: str, start: str | None
) -> None:
    doc = nlp(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    prefix = known_prefix(span, gazetteer)
    assert (prefix.text if prefix is not None else None) == start


@pytest.mark.parametrize(
    ("name", "focus"),
    [
        # a region whose namesakes abroad are villages: Nigeria's Borno (a village in Italy)
        ("Borno", {"NG": 1.0}),
        ("Kachin", {"MM": 1.0}),
        # a region that shares its name with large towns elsewhere says nothing alone
        ("Victoria", {}),
    ],
)
def test_a_region_over_small_namesakes_says_the_country(gazetteer, name: str, focus) -> None:  # type: ignore[no-untyped-def]
    # (judging a small town only: in the article's focus a name shared with towns abroad says
    # nothing, as "Berea" of a Kentucky paper is no district of Lesotho)
    mention = Mention("t", name, 0, len(name), 0, "GPE")
    assert country_focus([mention], gazetteer, region_sentences={0}) == focus
    assert country_focus([mention], gazetteer) == {}


@pytest.mark.model
def test_a_town_the_model_called_a_date_is_still_found(nlp, gazetteer) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from pipeline.geoparse.mentions import find_mentions

    doc = nlp("Thousands marched in Wajir on Monday.")
    # the small model sometimes reads a town's name as a date: its words stay open
    doc.ents = [Span(doc, 3, 4, label="DATE"), Span(doc, 5, 6, label="DATE")]
    assert [m.text for m in find_mentions(doc, "a", gazetteer)] == ["Wajir"]


def test_a_capital_over_small_namesakes_is_half_a_vote_beside_others(gazetteer) -> None:  # type: ignore[no-untyped-def]
    # "Pakistani" in a report from Kabul: the capital counts (its namesakes abroad are small
    # towns), but never on its own, and not when a sizeable town abroad shares its name
    capital = Mention("t", "Kabul", 0, 5, 0, "GPE")
    assert country_focus([capital], gazetteer, ["PK"]) == {"PK": 2 / 3, "AF": 1 / 3}
    assert country_focus([capital, capital], gazetteer, ["PK"]) == {"PK": 2 / 3, "AF": 1 / 3}
    assert country_focus([capital], gazetteer) == {}
    shared = Mention("t", "Tripoli", 0, 7, 0, "GPE")  # Tripoli, Lebanon: 229,000 people
    assert country_focus([shared], gazetteer, ["CA"]) == {"CA": 1.0}


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        # an acronym is no town or region that only shares its letters
        ("US", "United States", "Us"),
        ("LIB", None, "Lib"),
        # a place the acronym stands for stays
        ("LA", "Louisiana", "Lae"),
    ],
)
def test_an_acronym_is_no_place_that_shares_its_letters(  # type: ignore[no-untyped-def]
    gazetteer, name: str, kept: str | None, dropped: str
) -> None:
    from pipeline.geoparse.candidates import candidates_of
    from pipeline.geoparse.ranking import ResolverSettings

    names = {c.name for c in candidates_of(name, gazetteer, ResolverSettings())}
    assert dropped not in names
    assert kept is None or kept in names
    # the same letters written as a name are that place
    assert dropped in {c.name for c in candidates_of(dropped, gazetteer, ResolverSettings())}
