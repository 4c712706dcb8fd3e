"""Deaths a report names that are no toll of the act it tells: casualties of one kind or
another, animals, killings that caused the act, were blamed on someone or done before it; and
one death told as one fatality. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # either killed or hurt: no death told
        (
            "On 4 May 2021, a shell struck a checkpoint in Baidoa and a militiaman was killed "
            "or wounded.",
            None,
        ),
        (
            "On 4 May 2021, the navy said 4 pirates had been killed or injured when it fired on "
            "their skiff off Eyl.",
            None,
        ),
        ("On 4 May 2021, a patrol fired on a boat off Eyl, killing or wounding 6 smugglers.", None),
        # animals are no fatalities
        ("On 4 May 2021, raiders attacked a farm near Makurdi and killed two oxen.", None),
        # a killing named as the cause of the act told, by the parse or by a count
        ("On 4 May 2021, a mob beat a man in Kisii for allegedly killing his neighbour.", None),
        ("On 4 May 2021, a crowd in Kisii stoned a driver for killing two children.", None),
        (
            "On 4 May 2021, villagers enraged by the death of a child beat two nurses at a "
            "clinic in Gulu.",
            None,
        ),
        # guards: the killing owned or done before the act is the act's toll, and one the
        # crowd rose over leaves the riot's own toll
        (
            "On 4 May 2021, traders in Gulu rioted over the killing of a market guard, blocking "
            "roads with logs. Soldiers sent to clear the roads shot three rioters dead.",
            3,
        ),
        ("On 4 May 2021, IS claimed responsibility for killing three soldiers near Kirkuk.", 3),
        (
            "On 4 May 2021, JNIM said it was responsible for killing the district governor near "
            "Mopti.",
            1,
        ),
        ("On 4 May 2021, gunmen fled after killing three guards at a bank in Kano.", 3),
        # guards: a clause told on a cause's words keeps its toll; an "or" between other
        # acts is no casualty of either kind
        (
            "On 4 May 2021, students clashed with police in Kisumu over the death of a "
            "classmate, which left two more people dead.",
            2,
        ),
        (
            "On 4 May 2021, gunmen killed the village chief near Makurdi, looted or burned "
            "houses and wounded his wife.",
            1,
        ),
        # harms of one kind or another listed with "or"; a killing someone is blamed for, one
        # dated before the act or recalled by a burial, one the act's victim had done
        ("On 4 May 2021, drone strikes hit rebel camps near Makurdi. 4 rebels were killed, "
         "wounded or captured.", None),
        ("On 4 May 2021, jets struck a camp near Makurdi, resulting in the killing or injury "
         "of 5 rebels.", None),
        ("On 4 May 2021, soldiers beat a trader in Makurdi, accusing him of murdering a "
         "corporal.", None),
        ("On 4 May 2021, youths clashed with police in Makurdi as officers investigated the "
         "recent death of a herder.", None),
        ("On 4 May 2021, youths stoned a police post in Makurdi after the burial of a boy "
         "beaten to death in custody.", None),
        ("On 4 May 2021, villagers beat a man in Makurdi who had stabbed and killed his "
         "neighbour.", None),
        # ... while the act's own killing of that man counts
        ("On 4 May 2021, a mob seized a man who had killed his wife and lynched him in "
         "Makurdi.", 1),
        # guard: an accusation that is the news keeps its toll
        ("On 4 May 2021, the rebels accused the army of killing 6 farmers near Makurdi.", 6),
    ],
)  # fmt: skip
def test_deaths_of_either_kind_of_animals_or_as_causes_are_no_toll(  # type: ignore[no-untyped-def]
    extractor, text: str, dead: int | None
) -> None:
    events = read_text(extractor, text, "2021-05-10").events
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert violent, f"no violent event read from {text!r}"
    assert violent[0].fatalities == dead


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 4 May 2021, herders and farmers fought with machetes near Bida; the fight left "
            "one fatality.",
            [1],
        ),
        # guards: a death threat, a death trap and a death-row inmate are no deaths
        ("On 4 May 2021, gunmen attacked a school in Bida and left a death threat.", []),
        ("On 4 May 2021, gunmen attacked a bus on a road near Bida locals call a death trap.", []),
        ("On 4 May 2021, gunmen freed a death-row inmate in an attack on a prison in Bida.", []),
    ],
)
def test_one_dead_told_as_one_fatality_is_counted(  # type: ignore[no-untyped-def]
    extractor, text: str, dead: list[int]
) -> None:
    events = read_text(extractor, text, "2021-05-10").events
    assert events
    assert [e.fatalities for e in events if e.fatalities] == dead
