"""A country's forces and foreign forces named together ("FAMa and Wagner forces") are one side,
the foreign ones its associates: the other side is whoever else the report names. Two who fought
each other, or two governments, stay two sides. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "On 4 May 2021, FAMa and Wagner forces conducted an air-ground operation involving "
            "airstrikes near Douentza.",
            ("Military Forces of Mali", ""),
        ),
        (
            "On 4 May 2021, a vehicle carrying FAMa and Wagner forces hit an IED near Douentza. "
            "JNIM claimed responsibility.",
            ("JNIM: Group for the Support of Islam and Muslims", "Military Forces of Mali"),
        ),
        # guards: enemies named together, two governments, allies against a third
        (
            "On 4 May 2021, Turkish and Syrian forces clashed near Saraqib.",
            ("Military Forces of Syria", "Military Forces of Turkey"),
        ),
        (
            "On 4 May 2021, the governments of India and Nepal signed an agreement on border "
            "security in Kathmandu.",
            ("Government of India", "Government of Nepal"),
        ),
        (
            "On 4 May 2021, the army and Russian private forces clashed with rebels near Bambari.",
            (
                "Military Forces of Central African Republic",
                "Opposition Rebels (Central African Republic)",
            ),
        ),
    ],
)
def test_allies_are_one_side(extractor, text: str, sides: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-05-05")
    assert (event.actor1, event.actor2) == sides
