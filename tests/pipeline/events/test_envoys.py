"""A state's embassy or consulate abroad says whose post it is, not where the event is, and it
is no side of what happens at it: the police who disperse a march to it are the host country's.
Real model and gazetteer; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event


@pytest.mark.model
def test_an_embassys_country_is_no_place_of_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, police fired teargas at protesters outside the South Sudan embassy."
    event = first_event(extractor, text, "2021-05-05")
    assert all(p.country != "SS" for p in event.places)
    assert (event.inter1, event.inter2) == (6, 1)


@pytest.mark.model
def test_the_police_at_an_embassy_are_the_host_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 May 2021, police forcibly dispersed protesters marching towards the Gabon embassy "
        "in Yaounde."
    )
    event = first_event(extractor, text, "2021-05-05")
    assert (event.actor1, event.actor2) == ("Protesters (Cameroon)", "Police Forces of Cameroon")
    assert [p.name for p in event.places] == ["Yaoundé"]


@pytest.mark.model
def test_guard_a_country_named_as_the_place_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, soldiers fired on protesters in Juba, South Sudan."
    event = first_event(extractor, text, "2021-05-05")
    assert [(p.name, p.country) for p in event.places] == [("Juba", "SS")]
    assert event.actor2 == "Military Forces of South Sudan"


@pytest.mark.model
def test_guard_a_town_before_an_embassy_is_where_it_stands(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 May 2021, a rocket landed inside the Baghdad embassy compound, US officials said."
    event = first_event(extractor, text, "2021-05-05")
    assert [p.name for p in event.places] == ["Baghdad"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "On 4 May 2021, the Gabon embassy in Yaounde said two of its staff had been abducted.",
            "Gabon",
        ),
        ("On 4 May 2021, Kenya's embassy in Washington was attacked by protesters.", "Kenya"),
    ],
)
def test_the_country_of_an_embassy_is_no_side_of_what_happens_at_it(  # type: ignore[no-untyped-def]
    extractor, text: str, country: str
) -> None:
    event = first_event(extractor, text, "2021-05-05")
    assert country not in event.actor1 + event.actor2
