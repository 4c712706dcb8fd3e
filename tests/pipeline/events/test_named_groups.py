"""Groups the dictionary does not know, named by their men ("TKR militants"): the group is the
actor, with the men's code, and the same men told of again later are the group's; a toll on a
day and at a place of its own is an event of its own. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event, read_text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "On 4 March 2021, suspected TKR militants ambushed a police patrol near Mueda, "
            "killing two officers.",
            (("TKR", 2), ("Police Forces of Mozambique", 1)),
        ),
        (
            "On 4 March 2021, suspected TKR militants shot dead three farmers near Mueda.",
            (("TKR", 2), ("Civilians (Mozambique)", 7)),
        ),
        # a group's "elements", the model's adjective or an acronym with a hyphenated part
        (
            "On 4 March 2021, soldiers clashed with TKR elements near Mueda.",
            (("Military Forces of Mozambique", 1), ("TKR", 2)),
        ),
        (
            "On 4 March 2021, soldiers clashed with TKR-B elements near Mueda.",
            (("Military Forces of Mozambique", 1), ("TKR-B", 2)),
        ),
    ],
)
def test_a_group_named_by_its_men_is_the_actor(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    actors: tuple[tuple[str, int], tuple[str, int]],
) -> None:
    event = first_event(extractor, text, "2021-03-05", violent=True)
    assert ((event.actor1, event.inter1), (event.actor2, event.inter2)) == actors


@pytest.mark.model
def test_a_devices_acronym_is_no_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "A RCIED targeted TKR fighters near Mueda on 4 March 2021."
    event = first_event(extractor, text, "2021-03-05", violent=True)
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Mozambique)", 3)


@pytest.mark.model
def test_the_same_men_told_of_again_are_the_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 March 2021, TKR insurgents attacked Lunga village near Mueda. The insurgents "
        "burned 30 houses and looted shops. No casualties were reported."
    )
    events = read_text(extractor, text, "2021-03-05").events
    assert [e.actor1 for e in events] == ["TKR"]
    assert events[0].sub_event_type == "Looting/property destruction"


@pytest.mark.model
def test_unidentified_men_are_not_the_named_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 March 2021, TKR militants attacked an army post near Mueda. On 6 March 2021, "
        "unidentified militants killed a trader in Mocimboa da Praia."
    )
    events = read_text(extractor, text, "2021-03-07").events
    assert [(e.actor1, str(e.event_date)) for e in events] == [
        ("TKR", "2021-03-04"),
        ("Unidentified Armed Group (Mozambique)", "2021-03-06"),
    ]
    assert (events[1].event_type, events[1].fatalities) == ("Violence against civilians", 1)


@pytest.mark.model
def test_a_later_death_of_the_victim_stays_the_attacks_toll(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 9 May 2022, soldiers beat a street vendor in Garissa town. He was taken to a "
        "hospital, where he died on 11 May 2022."
    )
    events = read_text(extractor, text, "2022-05-12").events
    assert [(str(e.event_date), e.fatalities) for e in events] == [("2022-05-09", 1)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2020, police exchanged fire with an armed group near Birgunj.",
        "On 2 May 2020, a constable was shot at a checkpoint set up by an armed group near "
        "Birgunj.",
    ],
)
def test_an_armed_group_unnamed_is_an_unidentified_armed_group(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2020-05-03", violent=True)
    assert event.event_type == "Battles"
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == {
        ("Unidentified Armed Group (Nepal)", 3),
        ("Police Forces of Nepal", 1),
    }


@pytest.mark.model
def test_a_groups_name_the_model_cut_inside_its_brackets_is_whole(extractor) -> None:  # type: ignore[no-untyped-def]
    # the model's organisation ends inside the brackets of the acronym after the name
    text = "On 20 May 2023, police arrested two members of Chhatra League (BCL) in Feni town."
    event = first_event(extractor, text, "2023-05-21")
    assert event.actor2 == "Chhatra League"
    # guard: a one-word name is kept before a bracketed word that is no acronym
    text = "On 20 May 2023, the Mai-Mai (Yakutumba) attacked Kilo village near Uvira."
    event = first_event(extractor, text, "2023-05-21")
    assert "Yakutumba" not in (event.actor1, event.actor2)


@pytest.mark.model
def test_a_label_naming_a_change_to_an_armed_group_is_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Change to armed group: On 3 May 2020, 12 militiamen joined the Taliban in Khost."
    event = first_event(extractor, text, "2020-05-04")
    assert event.sub_event_type == "Change to group/activity"
    assert "Unidentified Armed Group (Afghanistan)" not in (event.actor1, event.actor2)


def _parsed(vocab, words, heads, deps, org):  # type: ignore[no-untyped-def]
    """A sentence with the parse given (the model's parse of such a text varies)."""
    from spacy.tokens import Doc, Span

    lemmas = [{"took": "take", "fought": "fight", "Rebels": "rebel"}.get(w, w) for w in words]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    doc.ents = [Span(doc, org[0], org[1], label="ORG")]
    return doc


@pytest.mark.model
@pytest.mark.parametrize(
    ("verb", "heads", "deps", "group"),
    [
        # "of" on "took", "control" its object: the organisation is the ground taken
        ("took", [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], False),
        ("took", [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], False),
        # fought alongside: a side
        ("fought", [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "advmod", "prep", "pobj", "punct"], True),
    ],
)
def test_the_ground_taken_control_of_is_no_group(  # type: ignore[no-untyped-def]
    nlp, gazetteer, verb: str, heads: list[int], deps: list[str], group: bool
) -> None:
    from pipeline.events.actorrefs import with_unknown_groups

    took = verb == "took"
    words = [
        "Rebels",
        verb,
        "control" if took else "together",
        "of" if took else "with",
        "Zorvak",
        ".",
    ]
    doc = _parsed(nlp.vocab, words, heads, deps, (4, 5))
    refs = with_unknown_groups([], doc[:], gazetteer)
    assert bool(refs) is group


@pytest.mark.model
@pytest.mark.parametrize(("end", "group"), [(7, False), (5, True)])
def test_an_organisation_run_over_listed_places_is_no_group(  # type: ignore[no-untyped-def]
    nlp, gazetteer, end: int, group: bool
) -> None:
    from pipeline.events.actorrefs import with_unknown_groups

    # "... with Zorvak, Mopti": the model's organisation runs over a known region's name
    words = ["Rebels", "fought", "together", "with", "Zorvak", ",", "Mopti", "."]
    heads = [1, 1, 1, 1, 3, 4, 4, 1]
    deps = ["nsubj", "ROOT", "advmod", "prep", "pobj", "punct", "conj", "punct"]
    doc = _parsed(nlp.vocab, words, heads, deps, (4, end))
    assert bool(with_unknown_groups([], doc[:], gazetteer)) is group


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # hijackers, like pirates and kidnappers, are unidentified armed men
        (
            "On 3 May 2021, hijackers took control of a cargo ship off Eyl.",
            {("Unidentified Armed Group (Somalia)", 3), ("", None)},
        ),
        # "security operatives" are the state's forces ("operatives" alone may be anyone's)
        (
            "On 3 May 2021, security operatives exchanged fire with gunmen in Gombi, killing "
            "two of the gunmen.",
            {("Military Forces of Nigeria", 1), ("Unidentified Armed Group (Nigeria)", 3)},
        ),
        # an acronym of a device is no group
        (
            "On 3 May 2021, ISWAP militants attacked a group of herders near Baga (no GPS "
            "position available). 4 people were killed.",
            {("Islamic State West Africa Province", 2), ("", None)},
        ),
    ],
)
def test_unnamed_men_and_forces_by_their_common_names(  # type: ignore[no-untyped-def]
    extractor, text: str, actors: set[tuple[str, int | None]]
) -> None:
    event = first_event(extractor, text, "2021-05-04")
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == actors


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # "SNA" in a Somali report is Somalia's army; in a Syrian one the Syrian National Army
        ("A roadside bomb targeted SNA soldiers near Afgoye on 4 March 2021.",
         "Unidentified Armed Group (Somalia)"),
        ("On 4 March 2021, SNA soldiers clashed with Al Shabaab militants near Afgoye.",
         "Military Forces of Somalia"),
        ("On 4 March 2021, SNA fighters clashed with YPG fighters near Tal Rifaat.",
         "SNA: Syrian National Army"),
    ],
)  # fmt: skip
def test_an_acronym_two_bodies_share_is_the_one_of_the_reports_country(
    extractor,  # type: ignore[no-untyped-def]
    text: str,
    actor1: str,
) -> None:
    event = first_event(extractor, text, "2021-03-05", violent=True)
    sides = {event.actor1: event.inter1, event.actor2: event.inter2}
    assert event.actor1 == actor1
    assert ("Military Forces of Somalia" in sides) == ("Afgoye" in text)


@pytest.mark.model
def test_a_group_named_with_its_countrys_name_for_its_demonym_is_the_group(extractor) -> None:  # type: ignore[no-untyped-def]
    # some sources write a group's nationality as its country's name
    text = (
        "On 4 March 2021, fighters of the Syria Democratic Forces shelled an IS position "
        "near Hajin."
    )
    event = first_event(extractor, text, "2021-03-05", violent=True)
    assert (event.actor1, event.inter1) == ("SDF: Syrian Democratic Forces", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a name in words that an attack is done to is a village, not the group attacked
        (
            "On 13 March 2019, presumed ISWAP militants attacked Zorvak near Diffa, six soldiers "
            "were killed.",
            {("Islamic State West Africa Province", 2), ("Military Forces of Niger", 1)},
        ),
        # a name with an organisation's or armed men's word stays the group attacked
        (
            "On 13 March 2019, soldiers attacked Zande Vigilantes near Yambio.",
            {("Military Forces of South Sudan", 1), ("Zande Vigilantes", 3)},
        ),
        (
            "On 13 March 2019, soldiers attacked the Zorvak Liberation Front near Diffa.",
            {("Military Forces of Niger", 1), ("Zorvak Liberation Front", 2)},
        ),
    ],
)
def test_a_village_attacked_is_no_group(extractor, text: str, sides: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2019-03-14")
    assert {(event.actor1, event.inter1), (event.actor2, event.inter2)} == sides
