"""Troop moves told as part of violence or looting are part of it; moves told as news of their
own (with their number of troops, or with the violence only as their reason) stay events. Real
model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


def _moves(extractor, text: str) -> int:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2022-05-04").events
    moves = ("troop deployment", "troop withdrawal", "encirclement/siege")
    return sum(e.category in moves for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "moves"),
    [
        # the same doers' acts, joined
        ("On 3 May 2022, soldiers blockaded a market near Kidapawan and shot two traders.", 0),
        # a circumstance of the looting
        ("On 3 May 2022, raiders ransacked a grocery near Kidapawan and took the cash before "
         "retreating.", 0),
        # told on in the next sentence by one of the clash's sides, with no day, place or number
        ("On 3 May 2022, soldiers clashed with rebels near Kidapawan. The rebels retreated "
         "into the hills.", 0),
        # guards: a number of troops, or the violence only as the move's reason
        ("On 3 May 2022, rebels killed 33 soldiers near Kidapawan. The army sent 2,000 troops "
         "to the area.", 1),
        ("On 3 May 2022, the army sent troops to Kidapawan after rebels killed 33 soldiers.",
         1),
    ],
)  # fmt: skip
def test_moves_in_violence_are_part_of_it(extractor, text: str, moves: int) -> None:  # type: ignore[no-untyped-def]
    assert _moves(extractor, text) == moves


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # burning and seizures told on after the violence by its sides
        ("On 3 May 2022, gunmen shot dead two farmers near Kidapawan. Several huts were "
         "burnt.", [("Violence against civilians", "Attack")]),
        ("On 3 May 2022, soldiers clashed with rebels near Kidapawan. The troops seized four "
         "rifles.", [("Battles", "Armed clash")]),
        # guard: a raid that harmed no one is coded by what was done in it
        ("On 3 May 2022, gunmen raided a hamlet near Kidapawan. They took rice and burnt "
         "twenty huts.", [("Strategic developments", "Looting/property destruction")]),
    ],
)  # fmt: skip
def test_acts_told_on_after_the_violence_are_part_of_it(extractor, text: str, kinds) -> None:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2022-05-04").events
    assert sorted((e.event_type, e.sub_event_type) for e in events) == kinds
