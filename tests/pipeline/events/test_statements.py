"""Statements, threats and meetings that are news of their own, and those that only source,
elaborate or locate another event. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import read_text


def _talk(extractor, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2022-05-04").events
    return sorted(e.category for e in events if e.category in ("statement/threat", "meeting/talks"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "talk"),
    [
        # a crowd's demands told after its march
        ("On 3 May 2022, farmers marched in Cotabato against land grabs. They demanded the "
         "mayor's resignation.", []),
        # the source of the report
        ("On 3 May 2022, 12 rebels were killed near Cotabato, according to an army "
         "statement.", []),
        # a threat someone suffered, by whom untold
        ("On 3 May 2022, gunmen shot a farmer near Cotabato. Witnesses were threatened "
         "afterwards.", []),
        # the same doers' words in their act
        ("On 3 May 2022, militants looted a clinic near Cotabato and warned the nurses against "
         "returning.", []),
        # a place that houses people, and a meeting only where violence struck
        ("On 3 May 2022, a church in Cotabato hosted 300 flood victims.", []),
        ("On 3 May 2022, a grenade went off at a cooperative's conference in Cotabato, wounding "
         "four.", []),
        # guards: a meeting held, and a threat made after the violence by another side
        ("On 3 May 2022, Turkey hosted Russian envoys in Ankara.", ["meeting/talks"]),
        ("On 3 May 2022, rebels killed five soldiers near Kidapawan, hours before the governor "
         "held talks with rebel leaders in Cotabato.", ["meeting/talks"]),
        ("On 3 May 2022, Syrian shelling killed five Turkish soldiers in Idlib, and Ankara "
         "vowed to retaliate.", ["statement/threat"]),
    ],
)  # fmt: skip
def test_words_are_an_event_only_as_news_of_their_own(extractor, text: str, talk) -> None:  # type: ignore[no-untyped-def]
    assert _talk(extractor, text) == talk
