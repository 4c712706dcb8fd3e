"""Bombs only laid, found or taken out of use are no explosion, unless the report tells one
went off or did harm. Real model; our own texts."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a bomb told only as laid, or found again later, is no explosion of its own
        (
            "On 4 May 2022, police defused a device left at a bus stand in Mardan. "
            "Bomb was planted to scare voters before the poll, officials said.",
            ["Strategic developments"],
        ),
        (
            "On 4 May 2022, troops overran a rebel workshop near Mardan. "
            "The troops said they retrieved grenades and detonators at the site.",
            ["Strategic developments"],
        ),
        # a bomb the parse gave to a later verb is still what the disposal took
        (
            "On 4 May 2022, Pakistan Army disposed a bomb placed by the cadres of the "
            "Mardan Youth Front led party near Mardan bazaar.",
            ["Strategic developments"],
        ),
        # guards: a laid bomb that went off, or with a toll, is an explosion
        (
            "On 4 May 2022, militants planted a bomb at a bus stand in Mardan which exploded "
            "at noon.",
            ["Explosions/Remote violence"],
        ),
        (
            "On 4 May 2022, militants claimed to have planted an IED near Mardan, leading to "
            "several deaths among soldiers.",
            ["Explosions/Remote violence"],
        ),
        (
            "On 4 May 2022, militants planted a bomb that killed three soldiers near Mardan.",
            ["Explosions/Remote violence"],
        ),
        (
            "On 4 May 2022, gunmen placed an IED under a car in Mardan and it blew up at noon.",
            ["Explosions/Remote violence"],
        ),
        (
            "On 4 May 2022, residents of Mardan discovered rockets had hit their homes.",
            ["Explosions/Remote violence"],
        ),
        # bombs found laid are a seizure; one laid with harm denied is no blast
        (
            "On 4 May 2022, police in Mardan discovered IEDs had been planted along a road.",
            ["Strategic developments"],
        ),
        (
            "On 4 May 2022, a bomb was planted near the market in Mardan, but nobody was hurt.",
            [],
        ),
    ],
)
def test_a_bomb_only_laid_or_recovered_is_no_explosion(
    extractor, text: str, types: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2022-05-05")).events
    assert [e.event_type for e in events] == types
