"""Report assembly on texts we wrote: later sentences take the date of the event they
elaborate, a year that names a thing is no event's date, "as reported on" dates the event, and
a report that names no town is still read, at its country with precision 3."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.assembly import inherited_date
from pipeline.events.dates import DateSpan
from pipeline.models import ArticleResult, Event
from pipeline.sources.textfiles import article_from_text

DAY = DateSpan(date(2021, 5, 3), None, 1)


@pytest.mark.parametrize(
    ("category", "last", "inherits"),
    [
        ("shelling", ("armed clash", DAY), True),  # violence elaborating violence
        ("casualties", ("attack", DAY), True),
        ("casualties", ("statement/threat", DAY), True),  # "claimed an ambush ... one killed"
        ("protest", ("protest", DAY), True),  # the same kind of event
        ("meeting/talks", ("armed clash", DAY), False),  # news of its own day
        ("armed clash", ("statement/threat", DAY), False),
        ("armed clash", ("armed clash", DateSpan(date(2021, 5, 1), date(2021, 5, 7), 2)), False),
        ("armed clash", None, False),
    ],
)
def test_which_sentences_inherit_a_date(
    category: str, last: tuple[str, DateSpan] | None, inherits: bool
) -> None:
    assert (inherited_date(category, last) is not None) is inherits


def events_of(extractor, text: str, published: str = "2021-06-10") -> ArticleResult:  # type: ignore[no-untyped-def]
    return extractor.extract(article_from_text(text, published=published))


def violent(result: ArticleResult) -> list[Event]:
    return [e for e in result.events if e.event_type != "Strategic developments"]


@pytest.mark.model
def test_an_elaborating_sentence_keeps_the_reports_date(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2021, militants attacked an army post near Kidal. "
        "The clashes were accompanied by heavy shelling of the town."
    )
    dates = {e.event_date for e in violent(events_of(extractor, text))}
    assert dates == {date(2021, 5, 3)}  # never the publication day, 10 June


@pytest.mark.model
def test_a_new_kind_of_event_without_a_date_is_not_given_an_old_one(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Government troops clashed with rebels near Goma on 3 May 2021. "
        "The foreign ministers of Kenya and Uganda met in Nairobi to discuss the crisis."
    )
    result = events_of(extractor, text)
    meeting = [e for e in result.events if e.category == "meeting/talks"]
    assert meeting and meeting[0].event_date == date(2021, 6, 10)


@pytest.mark.model
def test_a_year_naming_a_thing_is_not_the_events_date(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia accused Ukraine of breaching the 2015 Minsk agreement in Donetsk, officials said."
    )
    dates = {e.event_date for e in events_of(extractor, text).events}
    assert dates and all(d is not None and d.year == 2021 for d in dates)


@pytest.mark.model
def test_a_day_qualifying_the_events_own_noun_dates_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Sunday attack on an army post near Kidal, Mali, killed five soldiers."
    events = violent(events_of(extractor, text, "2021-05-12"))
    assert events and events[0].event_date == date(2021, 5, 9)


@pytest.mark.model
def test_as_reported_on_dates_the_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "As reported on 1 March 2021, gunmen killed two farmers in Zamfara state, Nigeria."
    events = violent(events_of(extractor, text, "2021-03-05"))
    assert events and events[0].event_date == date(2021, 3, 1)


@pytest.mark.model
def test_a_report_without_a_town_is_placed_at_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, unidentified gunmen shot dead two Nigerian policemen at a checkpoint."
    result = events_of(extractor, text)
    (event,) = violent(result)
    assert event.places[0].kind == "country" and event.places[0].country == "NG"
    assert event.geo_precision == 3 and event.fatalities == 2
    assert any("placed at the country" in w.message for w in result.warnings)


@pytest.mark.model
def test_an_event_of_a_report_with_no_place_is_kept_unmapped(extractor) -> None:  # type: ignore[no-untyped-def]
    result = events_of(extractor, "Gunmen killed two farmers on Monday.")
    (event,) = result.events
    assert event.places == () and event.geo_precision == 3
    assert "not on the map" in event.notes and event.fatalities == 2
    assert event.event_type == "Violence against civilians"
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group", "Civilians")
    assert any("listed but not mapped" in w.message for w in result.warnings)


@pytest.mark.model
def test_a_dateline_dates_the_sentences_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "4 June. In Kismayo, hundreds of traders demonstrated against new market taxes."
    events = events_of(extractor, text).events
    assert events and {e.event_date for e in events} == {date(2021, 6, 4)}


@pytest.mark.model
def test_what_a_protest_is_about_is_no_event_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 May 2021, hundreds of students protested in Kano after police killed a trader."
    (event,) = events_of(extractor, text).events
    assert (event.category, event.event_type) == ("protest", "Protests")
    assert event.sub_event_type == "Peaceful protest" and event.fatalities is None


@pytest.mark.model
def test_a_report_opening_with_its_day_dates_the_sentences_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 11 May 2021, soldiers dismantled a militant camp near Kidal. "
        "Two soldiers were wounded when a mine exploded."
    )
    events = events_of(extractor, text).events
    assert events and {e.event_date for e in events} == {date(2021, 5, 11)}


@pytest.mark.model
def test_a_weekday_opening_a_sentence_dates_only_that_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, rebels attacked Goma. Troops were sent to Bukavu."
    events = {e.category: e for e in events_of(extractor, text).events}
    assert events["attack"].event_date == date(2021, 6, 7)
    assert events["troop deployment"].event_date == date(2021, 6, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1", "inter1"),
    [
        ("On 2 June 2020, Fulani herders attacked farmers in Benue, killing 4 people.",
         "Fulani Ethnic Militia (Nigeria)", 4),
        ("On 3 May 2021, a village militia killed two farmers in Zamfara.",
         "Unidentified Communal Militia (Nigeria)", 4),
        ("On 4 May 2021, unknown individuals burned two houses in Kaduna.",
         "Unidentified Armed Group (Nigeria)", 3),
    ],
)  # fmt: skip
def test_communities_armed_men_and_unnamed_doers(
    extractor, text: str, actor1: str, inter1: int
) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.inter1) == (actor1, inter1)
    assert event.actor2.startswith("Civilians") and event.inter2 == 7


@pytest.mark.model
def test_a_protest_with_barricades_is_a_violent_demonstration(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 5 May 2021, demonstrations in Nairobi turned violent as youths set up barricades."
    event = events_of(extractor, text).events[0]
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 == "Rioters (Kenya)" and event.inter1 == 5


@pytest.mark.model
def test_force_used_on_a_protest_is_the_protests_not_an_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 15 June 2021, hundreds of traders demonstrated in Mombasa against new taxes. "
        "The police fired live rounds to disperse them. Two demonstrators were killed."
    )
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.sub_event_type) == (
        "Protests",
        "Excessive force against protesters",
    )
    assert event.fatalities == 2 and event.event_date == date(2021, 6, 15)


@pytest.mark.model
def test_a_dispersed_protest_is_a_protest_with_intervention(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 7 June 2021, students demonstrated in Kisumu. Police fired tear gas at them."
    (event,) = events_of(extractor, text).events
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor2, event.inter2) == ("Police Forces of Kenya", 1)


@pytest.mark.model
def test_violence_told_on_without_its_own_day_or_place_joins_its_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 June 2021, gunmen attacked a village near Gao. "
        "The attackers also burned houses and killed three farmers."
    )
    events = [e for e in events_of(extractor, text).events if e.category != "looting/destruction"]
    assert len(events) == 1 and events[0].fatalities == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 7 June 2021, soldiers defused an IED found near Gao.", "Disrupted weapons use"),
        ("Property destruction: On 7 June 2021, soldiers destroyed a militant boat near Gao. "
         "Means of attack unspecified.", "Looting/property destruction"),
        ("On 7 June 2021, traders marched in Mombasa, demanding the release of arrested "
         "colleagues.", "Peaceful protest"),
    ],
)  # fmt: skip
def test_words_that_name_no_event_of_their_own(extractor, text: str, sub_event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = events_of(extractor, text).events
    assert [e.sub_event_type for e in events] == [sub_event_type]


@pytest.mark.model
def test_a_group_the_dictionary_lacks_fighting_state_forces_is_a_rebel_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 30 September 2020, Indonesian police clashed with the Papua Freedom Army near Sugapa."
    )
    (event,) = events_of(extractor, text).events
    assert (event.actor1, event.inter1) == ("Police Forces of Indonesia", 1)
    assert (event.actor2, event.inter2) == ("Papua Freedom Army", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 5 June 2021, residents demonstrated in Kisumu against insecurity. Clashes ensued, "
        "leaving five people injured.",
        "On 5 June 2021, hundreds of protesters marched in Kisumu, throwing stones at the police.",
        "On 5 June 2021, a man was killed in a skirmish between protesters and police in Kisumu.",
    ],
)
def test_a_protest_that_turns_violent_is_a_violent_demonstration(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert (event.actor1, event.inter1) == ("Rioters (Kenya)", 5)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("On 12 May 2021, soldiers and Wagner forces killed 12 people near Mopti.",
         ("Military Forces of Mali", "Civilians (Mali)")),
        # a national army known by its acronym, sharing one noun with foreign forces
        ("On 12 May 2021, a FAMa and Wagner patrol killed a herder near Mopti.",
         ("Military Forces of Mali", "Civilians (Mali)")),
        # three doers in a list, the model reading the second as an apposition of the first
        ("On 20 January 2023, FAMa, Wagner, and Dan Na Ambassagou attacked the village of "
         "Sari near Mopti.", ("Military Forces of Mali", "Civilians (Mali)")),
        ("On 3 June 2022, FARDC soldiers clashed with M23 rebels near Rutshuru.",
         ("Military Forces of Democratic Republic of the Congo", "M23: March 23 Movement")),
        ("On 12 May 2021, shelling and clashes between regime forces and rebels hit Aleppo.",
         ("Military Forces of Syria", "Opposition Rebels (Syria)")),
    ],
)  # fmt: skip
def test_doers_named_together_are_one_side_and_sides_between_are_two(
    extractor, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    event = events_of(extractor, text).events[0]
    assert (event.actor1, event.actor2) == pair


@pytest.mark.model
def test_an_operation_that_kills_civilians_is_an_attack_on_them(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 February 2024, as part of an operation, Wagner mercenaries killed two civilians "
        "in the village of Sari near Mopti."
    )
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert (event.actor1, event.actor2, event.fatalities) == ("Wagner Group", "Civilians (Mali)", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        (
            "On 9 March 2021, traders held a demonstration in Kisumu against market fees. "
            "The police arrested four of them.",
            "Protests",
            "Protest with intervention",
        ),
        # the crowd's violence in between goes on with its story
        (
            "On 9 March 2021, traders held a demonstration in Kisumu against market fees. "
            "They threw stones and burned tyres. The police intervened and arrested four.",
            "Riots",
            "Violent demonstration",
        ),
    ],
)
def test_arrests_at_a_protest_are_its_intervention_not_an_event_of_their_own(  # type: ignore[no-untyped-def]
    extractor, text: str, event_type: str, sub_event_type: str
) -> None:
    (event,) = events_of(extractor, text).events
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert event.actor2 == "Police Forces of Kenya" and event.inter2 == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a raid on a village, then what was taken or burned in it, nobody harmed: one looting
        (
            "On 7 May 2021, insurgents attacked Naleque village near Mocimboa da Praia. They "
            "looted goods and burnt 40 houses. When the insurgents raided the village, the "
            "people had already fled.",
            [("Strategic developments", "Looting/property destruction")],
        ),
        # places of a plural in "-es" ("churches") as well
        (
            "On 7 May 2021, insurgents attacked churches near Mocimboa da Praia. They looted "
            "goods and burnt the benches.",
            [("Strategic developments", "Looting/property destruction")],
        ),
        # people killed in it: the attack
        (
            "On 7 May 2021, insurgents attacked Naleque village near Mocimboa da Praia. They "
            "killed two men and burnt 40 houses.",
            [("Violence against civilians", "Attack")],
        ),
        # an attack the words say came earlier is no event of this sentence
        (
            "On 7 May 2021, militiamen burned down houses near Mocimboa da Praia following an "
            "earlier attack on their settlement.",
            [("Strategic developments", "Looting/property destruction")],
        ),
    ],
)
def test_a_raid_is_coded_by_what_was_done_in_it(
    extractor, text: str, kinds: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    events = events_of(extractor, text).events
    assert [(e.event_type, e.sub_event_type) for e in events] == kinds


@pytest.mark.model
def test_an_event_named_again_with_nothing_new_is_no_new_event(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 May 2021, armed men looted shops and burned stalls in Kasese market. The attacks "
        "are thought to be linked to a dispute over market fees."
    )
    events = events_of(extractor, text).events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
