"""Groups the dictionary does not know, coded by what their names say they are (ACLED's actor
types: a liberation army fights the state, 2; a sect or an organisation's militiamen are a
political militia, 3; a people's militias an identity militia, 4; an advisory group of
hired men other forces, 8). Real model; our own texts and names."""

from __future__ import annotations

import pytest

from pipeline.events.groupnames import inter_of_name, state_unit
from tests.pipeline.events.reading import first_event


@pytest.mark.parametrize(
    ("name", "inter"),
    [
        ("the Kivu National Liberation Army", 2),
        ("Sahel Mujahideen", 2),
        ("Kamwe sect", 3),
        ("ZRF militiamen", 3),
        ("the Bira Clan Militia", 4),
        ("Osprey Advisory Group", 8),
        ("the Dockworkers' Union", None),  # guard: no armed group's word
    ],
)
def test_a_names_words_tell_its_kind(name: str, inter: int | None) -> None:
    assert inter_of_name(name) == inter


def test_a_name_that_fights_the_state_is_no_unit_of_it() -> None:
    assert state_unit("Kivu Border Guards") and not state_unit("Kivu Liberation Front")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the other side of "gunfire exchanges with"
        (
            "On 4 March 2021, a patrol of Indonesian soldiers near Wamena reported gunfire "
            "exchanges with the Baliem Liberation Army.",
            {("Military Forces of Indonesia", 1), ("Baliem Liberation Army", 2)},
        ),
        # an organisation's acronym before militiamen is no people's name
        (
            "On 4 March 2021, ZRF militiamen burned huts near Bunia, Ituri, and shot two "
            "farmers.",
            {("ZRF", 3), ("Civilians (Democratic Republic of the Congo)", 7)},
        ),
        # a people's militias, capitalised ("Militias" keeps its plural in the model's lemma)
        (
            "On 4 March 2021, Ngiti Militias raided a cattle camp near Bunia, Ituri, and wounded "
            "two herders.",
            {("Ngiti Ethnic Militia (Democratic Republic of the Congo)", 4),
             ("Civilians (Democratic Republic of the Congo)", 7)},
        ),
    ],
)  # fmt: skip
def test_an_unknown_groups_kind_from_its_name(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    actors: set[tuple[str, int]],
) -> None:
    event = first_event(extractor, text, "2021-03-05", violent=True)
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == actors
