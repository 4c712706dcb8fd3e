"""What a list of place names says about each of them: "Oregon, Utah and Washington" are names
of one kind (the states, not the capital; "Moscow, Kiev, Minsk and Riga" the capitals, not
namesake towns)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from geodata.models import Candidate
from geodata.normalize import fold_name
from pipeline.models import Mention

__all__ = ["CAPITALS", "peer_kinds", "peer_signature"]

#: The peer kind of national capitals, of any country ("Moscow, Kiev, Minsk and Riga").
CAPITALS = "capital"
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s*")


def peer_signature(candidate: Candidate) -> tuple[str, str]:
    """What a list's members share: ``("capital", "")`` for national capitals, else the
    ``(kind, country)``."""
    if candidate.feature_code == "PPLC":
        return (CAPITALS, "")
    return (candidate.kind, candidate.country)


def peer_kinds(
    mentions: Sequence[Mention], text: str, first: Mapping[str, tuple[Candidate, float] | None]
) -> dict[int, tuple[str, str]]:
    """For a mention in a list of names ("Oregon and Washington", "Utah, Idaho and
    Washington"), the ``(kind, country)`` that at least two thirds of the others were first
    resolved to (see :func:`peer_signature`): its peers say which sense is meant (the state,
    not the capital; the capital, not a namesake town)."""
    groups: list[list[int]] = []
    for i, mention in enumerate(mentions):
        if i and _LIST_GLUE.fullmatch(text[mentions[i - 1].end : mention.start]):
            groups[-1].append(i)
        else:
            groups.append([i])
    hints: dict[int, tuple[str, str]] = {}
    for group in (g for g in groups if len(g) >= 2):
        for i in group:
            kinds = Counter(
                peer_signature(choice[0])
                for j in group
                if j != i and (choice := first.get(fold_name(mentions[j].text))) is not None
            )
            if not kinds:
                continue
            kind, count = kinds.most_common(1)[0]
            # a list of regions, countries or capitals says what a name in it is; a list of
            # towns does not make a state's name a town ("New York City and Florida")
            if kind[0] in ("admin1", "country", CAPITALS) and count * 3 >= (len(group) - 1) * 2:
                hints[i] = kind
    return hints
