"""A charge someone makes is news of its own; the charge someone was held under, an attack's
attribution with no accuser, the motive of violence and a crowd's claim are not. Real model;
our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


def _charges(extractor, text: str) -> int:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2022-05-04").events
    return sum(e.category == "accusation" for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "charges"),
    [
        # the charge a victim was held under
        ("On 3 May 2022, villagers in Cotabato whipped a herder accused of poisoning a well.", 0),
        ("On 3 May 2022, police in Cotabato held two alleged rebel couriers.", 0),
        # the motive of the violence the sentence tells
        ("On 3 May 2022, gunmen in Cotabato shot a shopkeeper they accused of informing for "
         "the army.", 0),
        # an attack's attribution, with no accuser
        ("On 3 May 2022, gunmen raided a post near Cotabato. The raid was blamed on bandits.", 0),
        # a crowd's claim
        ("On 3 May 2022, farmers marched in Cotabato and accused the governor of graft.", 0),
        # guards: a speaker's charge, also of the violence the sentence tells
        ("On 3 May 2022, Ankara accused Moscow of violating the ceasefire in Idlib.", 1),
        ("On 3 May 2022, Ankara accused Damascus of shelling its posts in Idlib.", 1),
        ("On 3 May 2022, rebels killed five soldiers near Kidapawan, and the governor accused "
         "the army of negligence.", 1),
    ],
)  # fmt: skip
def test_only_a_charge_someone_makes_is_an_accusation(extractor, text: str, charges: int) -> None:  # type: ignore[no-untyped-def]
    assert _charges(extractor, text) == charges
