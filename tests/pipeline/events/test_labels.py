"""Reports that open with their kind of event as a label, in the style of ACLED's notes of
strategic developments (texts we wrote)."""

from __future__ import annotations

import pytest

from pipeline.events.labels import opening_label
from pipeline.sources.textfiles import article_from_text

BASE = "Headquarters or base established"


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("Looting: gunmen looted shops.", "Looting/property destruction"),
        ("Arrests: police detained 12 men.", "Arrests"),
        ("Agreement: the two clans signed a truce.", "Agreement"),
        ("Disrupted weapons use: soldiers defused a bomb.", "Disrupted weapons use"),
        ("Headquarters or base established: rebels set up a camp.", BASE),
        ("Security measures: police set up road blocks.", "Change to group/activity"),
        ("Other: the ministry froze the assets of a militia leader.", "Other"),
        ("Update: police detained 12 men.", None),  # not a kind of event
        ("Police: 12 men were detained.", None),
        ("Arrests police detained 12 men.", None),  # no colon, no label
        ("", None),
    ],
)  # fmt: skip
def test_known_labels_code_the_event(text: str, sub_event: str | None) -> None:
    coded = opening_label(text)
    assert (coded.sub_event_type if coded else None) == sub_event


@pytest.mark.model
def test_a_label_makes_an_event_where_no_trigger_word_does(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Change to armed group: On 4 June 2022, forty Malian militiamen left their commander "
        "and joined the army in Gao."
    )
    (event,) = extractor.extract(article_from_text(text, published="2022-06-06")).events
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Change to group/activity",
    )
    assert str(event.event_date) == "2022-06-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the label codes the report: what later sentences tell without a day is that event
        ("Looting: On 3 May 2021, armed men attacked a prison near Gorongosa, freeing 48 "
         "prisoners. They also raided a drugstore and an agricultural store.", "2021-05-03"),
        # a label with only a span of days codes and dates the sentence after it
        ("Looting: 06 October - 07 October. Militiamen attacked and looted houses in villages "
         "near Kalemie.", "2021-10-06"),
    ],
)  # fmt: skip
def test_a_label_that_opens_the_report_codes_its_event(extractor, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    events = extractor.extract(article_from_text(text, published="2021-10-10")).events
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [
        ("Looting/property destruction", day)
    ]


@pytest.mark.model
def test_a_label_that_codes_no_violence_keeps_the_toll_told(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Detonation: on 8 March 2021, a bomb carried by militants went off early, killing 3 of "
        "them, in Kunduz."
    )
    (event,) = extractor.extract(article_from_text(text, published="2021-03-09")).events
    assert (event.sub_event_type, event.fatalities) == ("Disrupted weapons use", 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the label's words name the kind of event, not a side: no state forces here
        ("Movement of forces: On 2 June 2022, rebels gathered fighters near Bunia.",
         ("Opposition Rebels (Democratic Republic of the Congo)", "")),
        # the label's own colon ends it: the soldiers after it are still a side
        ("Change to armed group: On 2 June 2022, 12 soldiers deserted and joined the rebels "
         "near Bunia.", ("Military Forces of Democratic Republic of the Congo",
                         "Opposition Rebels (Democratic Republic of the Congo)")),
    ],
)  # fmt: skip
def test_a_label_names_no_side(extractor, text: str, sides: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    (event,) = extractor.extract(article_from_text(text, published="2022-06-06")).events
    assert (event.actor1, event.actor2) == sides
