"""What a report tells only as a cause or a context: violence a protest's crowd condemns or
mourns, a killing recalled from more than a year before, an operation of peaceful work, and
militants no group has claimed. Real model; our own texts."""

from __future__ import annotations

import pytest

from pipeline.events.attribution import no_claim
from tests.pipeline.events.reading import read_text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2022, about 200 people marched in Mombasa. The group condemned the "
        "bombing of a market in the north.",
        "On 3 June 2022, hundreds of teachers protested in Mombasa. The union expressed its "
        "anger over the killings of two colleagues by bandits.",
        "On 3 June 2022, students rallied in Mombasa in solidarity with those killed in Garissa.",
    ],
)
def test_violence_a_crowd_condemns_is_no_event_of_the_report(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
) -> None:
    events = read_text(extractor, text, "2022-06-04").events
    assert {e.event_type for e in events} - {"Strategic developments"} == {"Protests"}


@pytest.mark.model
def test_violence_told_after_a_protest_is_still_an_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 June 2022, about 200 people marched in Mombasa. Later that day, gunmen shot dead "
        "a trader in Malindi."
    )
    events = read_text(extractor, text, "2022-06-04").events
    assert [e.event_type for e in events] == ["Protests", "Violence against civilians"]


@pytest.mark.model
def test_a_killing_a_year_and_a_day_before_is_recalled_not_news(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Residents gathered in Kisumu to demand the trial of a chief's killers. The chief was "
        "shot dead on 4 May 2021."
    )
    events = read_text(extractor, text, "2022-05-05").events
    assert [e.event_type for e in events] == ["Protests"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2022, villagers protested in Kitui. The sand mining operation they oppose "
        "is run by a businessman close to a local militia.",
        "On 3 June 2022, a bus overturned near Kitui. A rescue operation went on for hours.",
    ],
)
def test_an_operation_of_peaceful_work_is_no_armed_operation(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
) -> None:
    events = read_text(extractor, text, "2022-06-04").events
    assert not [e for e in events if e.event_type == "Battles"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("claim", "actor1"),
    [
        ("No group has claimed the attack.", "Unidentified Armed Group (Pakistan)"),
        ("Police said the attackers fled.", "Islamist Militants (Pakistan)"),
    ],
)
def test_militants_no_group_claimed_are_unidentified(
    extractor,  # type: ignore[no-untyped-def]
    claim: str,
    actor1: str,
) -> None:
    text = (
        f"On 3 June 2022, militants ambushed a police van in Bannu, killing two policemen. {claim}"
    )
    # (militants alone are Islamist militants, ACLED's most common reading of the word)
    events = read_text(extractor, text, "2022-06-04").events
    assert next((e.actor1, e.inter1) for e in events if e.event_type == "Battles") == (
        actor1,
        3 if actor1.startswith("Unidentified") else 2,
    )


@pytest.mark.parametrize(
    ("text", "unclaimed"),
    [
        ("No group has claimed responsibility for the blast.", True),
        ("Nobody has claimed it so far.", True),
        ("The bombing is yet to be claimed.", True),
        ("Islamic State claimed the attack.", False),
        ("Police claimed that no one was hurt.", False),
    ],
)
def test_a_report_that_no_group_claimed(text: str, unclaimed: bool) -> None:
    assert no_claim(text) is unclaimed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On 3 May 2022, a bus struck a landmine near Diffa, killing four passengers. The "
            "device was likely planted by ISWAP militants.",
            ("Islamic State West Africa Province", 2),
        ),
        (
            "On 3 May 2022, a FAMa convoy struck an IED near Goundam. JNIM claimed responsibility.",
            ("JNIM: Group for the Support of Islam and Muslims", 2),
        ),
        (
            "On 3 May 2022, a bomb went off at a market in Diffa, killing three traders. The "
            "bombing was claimed by ISWAP.",
            ("Islamic State West Africa Province", 2),
        ),
        (
            # an unknown number of victims says nothing of the doer
            "On 3 May 2022, an unknown number of passengers were hurt when a bus struck a "
            "landmine near Diffa. The device was likely planted by ISWAP militants.",
            ("Islamic State West Africa Province", 2),
        ),
        (
            "On 3 May 2022, a landmine planted by an unidentified armed group hit a bus near "
            "Diffa. Residents believe it was planted by ISWAP militants.",
            ("Unidentified Armed Group (Niger)", 3),
        ),
        (
            "On 3 May 2022, two Wagner fighters were killed when a landmine planted by an "
            "unidentified armed group exploded near Goundam.",
            ("Unidentified Armed Group (Mali)", 3),
        ),
        (
            "On 3 May 2022, a bomb planted by unknown men wounded two ISWAP defectors in Diffa.",
            ("Unidentified Armed Group (Niger)", 3),
        ),
        (
            "On 3 May 2022, gunmen shot dead a policeman in Garissa. There was no immediate "
            "claim of responsibility, but earlier attacks were blamed on Al-Shabaab.",
            ("Unidentified Armed Group (Kenya)", 3),
        ),
    ],
)
def test_the_group_a_report_holds_responsible_did_it(  # type: ignore[no-untyped-def]
    extractor, text: str, actor1: tuple[str, int]
) -> None:
    event = read_text(extractor, text, "2022-05-04").events[0]
    assert (event.actor1, event.inter1) == actor1
