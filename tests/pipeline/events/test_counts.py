"""Counts in digits and words, with approximations kept as a low bound."""

from __future__ import annotations

import pytest

from pipeline.events.counts import read_counts
from pipeline.events.numbers import parse_count


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("14", 14, False),
        ("fourteen", 14, False),
        ("some 5,000", 5000, True),
        ("at least 3", 3, True),
        ("more than a dozen", 12, True),
        ("dozens", 12, True),
        ("hundreds", 100, True),
        ("twenty-one", 21, False),
        ("two hundred", 200, False),
        ("1.5 million", 1_500_000, False),
        ("several", 3, True),
        ("no fewer than 20", 20, True),
        ("not less than 12", 12, True),
        ("a minimum of 4", 4, True),
    ],
)
def test_parse_count(text: str, value: int, approximate: bool) -> None:
    count = parse_count(text)
    assert count is not None
    assert (count.value, count.approximate) == (value, approximate)


@pytest.mark.parametrize("text", ["", "   ", "many", "the", "five-star", "🙂"])
def test_not_a_count(text: str) -> None:
    assert parse_count(text) is None


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded", "troops"),
    [
        ("14 Turkish soldiers were killed over the past two weeks.", 14, None, None),
        ("A shell hit the market, killing three civilians and wounding 11 others.", 3, 11, None),
        ("At least 12 people were killed and 30 injured in the blast.", 12, 30, None),
        ("The death toll rose to 27 on Sunday.", 27, None, None),
        ("A soldier was killed in the ambush.", 1, None, None),
        ("Dozens of fighters were killed.", 12, None, None),
        ("No one was killed in the attack.", 0, None, None),
        ("Ankara sent some 5,000 additional troops to the province.", None, None, 5000),
        ("The army deployed 300 soldiers to the border town.", None, None, 300),
        ("Talks resumed in Geneva.", None, None, None),
        # a month's year is no count of the dead
        ("Veterans of the October 2019 uprising mourned those killed.", None, None, None),
        ("Gunmen raided the villages, killing between 50 and 100.", 50, None, None),
        ("Bandits stormed the market, killing 5 and injuring 20.", 5, 20, None),
        # the list's last item has its own verb: the wounded
        ("Troops stormed a hideout killing 2 rebels and 3 others were wounded.", 2, 3, None),
        ("The guards shot dead one assailant.", 1, None, None),
        ("Gunmen on a motorbike shot dead a marabout near the market.", 1, None, None),
        ("Raiders killed a shopkeeper in his store.", 1, None, None),
        ("Militiamen burned two women alive.", 2, None, None),
        ("A truck struck an IED, leaving one person lightly wounded.", None, 1, None),
        ("The attack left 5 soldiers dead.", 5, None, None),
        # the number after "by" counts the killers
        ("A policeman was shot and killed by three men.", 1, None, None),
        ("A rocket hit a house, leaving four people, including children, dead.", 4, None, None),
        ("Six guards - including a warden - were killed in the riot.", 6, None, None),
        ("Two farmers — among them a village elder — were killed.", 2, None, None),
        # an aside on who was among the dead with no commas round it, up to the verb
        ("Nine rebels including a commander and two medics were killed.", 9, None, None),
        # guard: the aside stops at its own verb; another group's toll follows it
        ("Six people including a nurse were hurt and three were killed.", 3, 6, None),
        ("Gunmen raided 3 villages including Dagu where 2 people were killed.", 2, None, None),
        ("Troops freed 30 hostages including a boy whose father was killed.", 1, None, None),
        # a low bound said the other way round; the dead told as a noun's
        ("Jets struck a rebel camp, killing no fewer than 20.", 20, None, None),
        ("The clash resulted in the death of 1 and injury of two others.", 1, None, None),
        ("The fighting led to the deaths of three soldiers.", 3, None, None),
        ("Protesters marked the death of 2019's victims.", None, None, None),
        # deaths of no known number: 3, as ACLED codes "several"
        ("An unknown number of militants were killed in the airstrike.", 3, None, None),
        # acts done to the victims before they were killed
        ("A trader was abducted, beaten and killed near the market.", 1, None, None),
        ("Four herders were seized and killed by the raiders.", 4, None, None),
        # the doer of acts told one after another counts nobody: the dead are its object
        ("A soldier stabbed and killed two traders.", 2, None, None),
        ("Five people were injured and two killed.", 2, 5, None),
        # two words for the same deaths are not a chain of acts (a day's toll, its part)
        ("120 were killed on Sunday; 29 were martyred and killed in shelling.", 120, None, None),
    ],
)
def test_read_counts(
    sentence: str, killed: int | None, wounded: int | None, troops: int | None
) -> None:
    counts = read_counts(sentence, troops_possible=True)
    assert (counts.killed.value if counts.killed else None) == killed
    assert (counts.wounded.value if counts.wounded else None) == wounded
    assert (counts.troops.value if counts.troops else None) == troops


def test_troops_only_when_the_sentence_moves_troops() -> None:
    counts = read_counts("Some 5,000 troops are stationed there.", troops_possible=False)
    assert counts.troops is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 3 May 2021, 4 policemen and 1 police commando were killed in Tillaberi.", 5),
        ("On 3 May 2021, gunmen abducted and killed a herder near Tillaberi.", 1),
        ("On 3 May 2021, militants killed 3 and injured 5 in Tillaberi.", 3),
        ("On 3 May 2021, gunmen killed livestock in Tillaberi.", None),
        ("On 3 May 2021, gunmen attacked Tillaberi, resulting in the death of 4 civilians.", 4),
        ("On 3 May 2021, the bodies of 18 villagers were found in Tillaberi after an attack.", 18),
        # the parse gave the verb a second subject, a thing told before a comma: not a victim
        ("On 3 May 2021, a store containing grenades detonated at the Forest Guard Post in "
         "Tillaberi, one ranger and a watchman were killed in the blast.", 2),
        # guard: two victims joined by "and" that the parse gave the verb apart both count
        ("On 3 May 2021, a herder and ex-soldier was shot dead in Tillaberi.", 1),
        # a toll the parse gave the verb as a second subject is no one of the dead
        ("On 3 May 2021, the highest weekly death toll in Tillaberi since March, more than 40 "
         "people were killed in raids.", 40),
        # guards: people in a list the parse split into subjects still count
        ("On 3 May 2021, a colonel, his driver and two guards were killed in an ambush near "
         "Tillaberi.", 4),
        ("On 3 May 2021, a colonel leading the patrol, his driver and two guards were killed "
         "in an ambush near Tillaberi.", 4),
        ("On 3 May 2021, 40 soldiers of the army, their allied militiamen and two rebels were "
         "killed near Tillaberi.", 42),
    ],
)  # fmt: skip
def test_the_dead_are_read_from_the_parse_when_patterns_fall_short(
    extractor, text: str, dead: int | None
) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    events = extractor.extract(article_from_text(text, published="2021-05-04")).events
    assert events and events[0].fatalities == dead


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a range counts its lower bound, as ACLED codes it
        ("On 6 March 2021, 5 militants and 2-4 policemen were killed during clashes in "
         "Kunduz city.", 7),
        # a later sentence that tells of more dead adds to the toll
        ("On 19 March 2021, 2 policemen were killed in an ambush by militants in Kunduz city. "
         "Local officials said 6 militants were also killed.", 8),
        # the dead of the other side, the first toll told by "killing"
        ("On 19 March 2021, rebels raided a police post in Kunduz city, killing 3 policemen. "
         "Twelve rebels were later killed in the fighting.", 15),
    ],
)  # fmt: skip
def test_tolls_that_add_up(extractor, text: str, dead: int) -> None:  # type: ignore[no-untyped-def]
    from pipeline.sources.textfiles import article_from_text

    event = extractor.extract(article_from_text(text, published="2021-03-20")).events[0]
    assert event.fatalities == dead
