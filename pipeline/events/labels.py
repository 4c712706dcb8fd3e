"""A report that opens with its kind of event as a label ("Looting: ...", "Arrests: ...",
"Movement of forces: ..."), as ACLED's notes of strategic developments do: the label codes the
event of that sentence, and makes one when no trigger word does ("Change to armed group: 25
soldiers switched sides and joined the rebels").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.events.dates import DateSpan, resolve_date

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Span

__all__ = ["LabelCoding", "after_label", "label_day", "opening_label"]


@dataclass(frozen=True, slots=True)
class LabelCoding:
    """Our category and ACLED's event type and sub-event type that a label names."""

    category: str
    event_type: str
    sub_event_type: str


_SD = "Strategic developments"
_LABELS: dict[str, LabelCoding] = {
    "looting": LabelCoding("looting/destruction", _SD, "Looting/property destruction"),
    "property destruction": LabelCoding("looting/destruction", _SD, "Looting/property destruction"),
    "looting/property destruction": LabelCoding(
        "looting/destruction", _SD, "Looting/property destruction"
    ),
    "arrests": LabelCoding("arrest", _SD, "Arrests"),
    "arrest": LabelCoding("arrest", _SD, "Arrests"),
    "change to armed group": LabelCoding("other", _SD, "Change to group/activity"),
    "change to group/activity": LabelCoding("other", _SD, "Change to group/activity"),
    "change to group": LabelCoding("other", _SD, "Change to group/activity"),
    "movement of forces": LabelCoding("troop deployment", _SD, "Change to group/activity"),
    "non-violent activity": LabelCoding("other", _SD, "Other"),
    "non-violent transfer of territory": LabelCoding(
        "territorial change", _SD, "Non-violent transfer of territory"
    ),
    "headquarters or base established": LabelCoding(
        "base/post established", _SD, "Headquarters or base established"
    ),
    "agreement": LabelCoding("ceasefire/agreement", _SD, "Agreement"),
    "disrupted weapons use": LabelCoding("weapons seized", _SD, "Disrupted weapons use"),
    "weapons seizure": LabelCoding("weapons seized", _SD, "Disrupted weapons use"),
    "defusal": LabelCoding("weapons seized", _SD, "Disrupted weapons use"),
    "detonation": LabelCoding("other", _SD, "Disrupted weapons use"),
    "security measures": LabelCoding("security measure", _SD, "Change to group/activity"),
    "security measure": LabelCoding("security measure", _SD, "Change to group/activity"),
    "recruitment": LabelCoding("other", _SD, "Change to group/activity"),
    "coup/military takeover": LabelCoding("other", _SD, "Other"),
    "coup": LabelCoding("other", _SD, "Other"),
    "displacement": LabelCoding("other", _SD, "Other"),
    "other": LabelCoding("other", _SD, "Other"),
    "land seizure": LabelCoding("looting/destruction", _SD, "Looting/property destruction"),
    "strikes": LabelCoding("protest", "Protests", "Peaceful protest"),
    "strike": LabelCoding("protest", "Protests", "Peaceful protest"),
}
_OPENING = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /-]{2,40}?)\s*:\s+\S")


def opening_label(sentence: str) -> LabelCoding | None:
    """The coding named by a label that opens the sentence, if it is one of the known kinds.

    Examples
    --------
    >>> opening_label("Property destruction: On 3 May, gunmen burnt five houses.").sub_event_type
    'Looting/property destruction'
    >>> opening_label("Movement of forces: 300 soldiers were deployed.").category
    'troop deployment'
    >>> opening_label("Note: the army said so.") is None
    True
    """
    match = _OPENING.match(sentence)
    if match is None:
        return None
    return _LABELS.get(match.group("label").strip().lower())


def after_label(sent: Span) -> int:
    """The index of the sentence's first token after a known label that opens it (its words
    name a kind of event, not an actor: the "forces" of "Movement of forces: ..."), else its
    start."""
    if opening_label(sent.text) is None:
        return sent.start
    return next((t.i + 1 for t in sent if t.text == ":"), sent.start)


_DATE_GLUE = frozenset({"or", "and", "to", "between", "around", "on", "from", "until", "(", ")"})


def label_day(sent: Span, published: date | None) -> DateSpan | None:
    """The day of a labelled sentence that holds nothing but its label and a day or span of
    days ("Looting: 06 October - 07 October.": its first day); ``None`` for any other."""
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None:
        return None
    rest = [t for t in sent.doc[colon + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not rest or not all(
        t.ent_type_ in ("DATE", "TIME") or t.like_num or t.lower_ in _DATE_GLUE for t in rest
    ):
        return None
    day = resolve_date(sent.doc[colon + 1 : sent.end].text, published)
    return day if day is not None and day.precision == 1 else None
