"""Which date does an event have? The date words attached to its trigger, resolved against
the publication date; not the date of the report about it, not a deadline."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pipeline.events.dates import (
    DateSpan,
    bracketed_day,
    dateline_date,
    leading_date,
    only_day_in,
    resolve_date,
)
from pipeline.events.dayspans import day_range
from pipeline.nlp.entities import entities
from pipeline.nlp.syntax import governs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["PUBLICATION_NOTE", "DateChoice", "choose_date", "dateline_of", "opening_date"]

#: The note of an event dated by its article's publication, having no day in its sentence.
PUBLICATION_NOTE = "no date in the sentence: publication date"

_REPORT_LEMMAS = frozenset(
    {
        "report",
        "say",
        "tell",
        "announce",
        "add",
        "state",
        "claim",
        "confirm",
        "write",
        "publish",
        "quote",
    }
)
_DEADLINE_WORDS = frozenset({"by", "until", "before", "within"})
#: Nouns naming an event: a date qualifying one dates the event ("the 3 May ambush").
_EVENT_NOUNS = frozenset(
    {
        "attack", "ambush", "clash", "raid", "strike", "airstrike", "bombing", "explosion",
        "blast", "offensive", "battle", "fighting", "assault", "shelling", "killing",
        "massacre", "protest", "demonstration", "riot", "operation", "incident", "abduction",
        "kidnapping", "arrest",
    }
)  # fmt: skip
_MONTH_WORDS = frozenset(
    m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept")
)
_ANAPHORIC = ("the same day", "that day", "the same time", "later that day")
_SPEECH = frozenset({"statement/threat", "accusation", "meeting/talks", "ceasefire/agreement"})


@dataclass(frozen=True, slots=True)
class DateChoice:
    """An event's date span with ACLED's precision and a note on where it came from."""

    span: DateSpan | None
    note: str = ""
    from_text: bool = False
    #: Taken from the event this sentence elaborates (see ``choose_date``'s ``inherited``).
    inherited: bool = False


def _verb_of(token: Token) -> Token:
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _attached_to(ent: Span, triggers: Sequence[Token]) -> bool:
    for trigger in triggers:
        verb = _verb_of(ent.root)
        if _in_subtree(ent, trigger) or verb.i == trigger.i:
            return True
        if any(a.i == verb.i for a in trigger.ancestors):
            return True  # "On Wednesday, X said they had sent a message"
    return False


def _below(ent: Span, trigger: Token) -> bool:
    """Anywhere under the trigger: "accused X of supporting Y on 18 February" dates the saying."""
    return any(a.i == trigger.i for a in ent.root.ancestors)


def _with_day(ent: Span) -> Span:
    """ "on 5 August 2024" or "on 26 Aug 2019" where the model's DATE is only "August 2024" or
    "2019": take the day and month back."""
    doc = ent.doc
    start = ent.start
    while start > max(0, ent.start - 4):
        before = doc[start - 1]
        day = before.text.isdigit() and 1 <= int(before.text) <= 31
        if not (day or before.lower_.rstrip(".") in _MONTH_WORDS or before.text in ("-", "of")):
            break
        start -= 1
    return doc[start : ent.end] if start < ent.start else ent


def _modifies_noun(ent: Span, triggers: Sequence[Token]) -> bool:
    """A year or date that qualifies another noun names a thing, not the event's day: "the
    2018 Astana agreement" (but "the Sunday attack" and "Friday's attack" date the attack)."""
    root = ent.root
    head = root.head
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("on", "reported"):
        return False  # "attacked on May 23 media personnel": the parse hung the day on a noun
    return (
        root.dep_ in ("compound", "amod", "nummod", "nmod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.i >= ent.end
        and head.ent_type_ not in ("DATE", "TIME")
        and all(head.i != t.i for t in triggers)
        and head.lemma_.lower() not in _EVENT_NOUNS
    )


#: Words that open a phrase on what came before the event: "after the massacre ...".
_BEFORE_WORDS = frozenset({"after", "following", "since"})
#: Times of day "after" may open ("After dark two days ago, ..."): no earlier thing.
_TIMES_OF_DAY = frozenset({"dark", "nightfall", "midnight", "noon", "dawn", "sunset", "sunrise"})


def _earlier_thing(ent: Span, triggers: Sequence[Token]) -> bool:
    """A day counted back from the report ("a few days ago", "earlier this year") in a phrase
    on an earlier thing ("After the massacre a few days ago, the SDF took the district", "the
    second attack since earlier this year") or in a participle's clause on a thing ("against a
    bill passed three days ago"): that thing's day, not the event's."""
    low = ent.text.lower().rstrip(" .")
    if not (low.endswith("ago") or low.startswith("earlier this")):
        return False
    doc, marks = ent.doc, {t.i for t in triggers}
    start = ent.start
    while start > ent.sent.start and doc[start - 1].text not in ",;:" and start - 1 not in marks:
        start -= 1  # the phrase it closes, back to a comma or the event's word
    # (whichever way the parse hangs "After the massacre a few days ago, ...")
    for word in doc[start : ent.start]:
        following = doc[word.i + 1] if word.i + 1 < len(doc) else word
        if word.lower_ in _BEFORE_WORDS and following.lower_ not in _TIMES_OF_DAY:
            return True
    head = ent.root
    while head.head.i != head.i and all(head.i != t.i for t in triggers):
        if head.lower_ in _BEFORE_WORDS and head.dep_ in ("prep", "mark"):
            return True
        if head.dep_ == "acl" and head.head.pos_ == "NOUN":
            return True  # "a bill passed three days ago": the bill's day
        head = head.head
    return False


def _as_reported(ent: Span) -> bool:
    """ "As reported on 1 March 2020, ...", "reported on 3 May": the report's date stands for
    the event's, as ACLED writes when the day itself is not known."""
    doc = ent.doc
    before = " ".join(t.lower_ for t in doc[max(0, ent.start - 3) : ent.start])
    return before.endswith(("reported on", "reported on or around", "reported in"))


def _in_subtree(ent: Span, trigger: Token) -> bool:
    return governs(trigger, ent.root)


def _dates_other_noun(ent: Span, main: Token) -> bool:
    """The date hangs on a noun other than the event's main word: "a protest against the
    visit of officials last week", "responded with airstrikes to the attacks from 1 to 3
    May": it dates that other thing, which a date of the clause itself outranks."""
    head = ent.root.head
    while (head.pos_ == "ADP" or head.ent_type_ == "DATE") and head.head.i != head.i:
        head = head.head  # ("September 17th (or 18th) 2017": the year is the day's)
    return head.i != main.i and head.pos_ in ("NOUN", "PROPN")


def dateline_of(sent: Span, published: date | None) -> DateSpan | None:
    """The day a sentence that tells no event gives the sentences after it that give none:
    a sentence that is nothing but a date ("22 August.", "On 3 May 2020:"), as reports open
    with one, or the one day a sentence that sets the scene names ("Last Friday troops spotted
    a truck.", "A pylon came under sabotage on Saturday [23 May].")."""
    days = day_range(sent.text, published)
    if days is not None:  # "Between 08 - 15 April.": a span of days, all the sentence says
        rest = (sent.text[: days[0]] + sent.text[days[1] :]).lower().split()
        if all(w.strip(".,:;") in ("", "between", "from", "on", "the") for w in rest):
            return days[2]
    dates = [e for e in entities(sent) if e.label_ == "DATE"]
    words = [t for t in sent if not t.is_punct and t.lower_ not in ("on", "the")]
    if len(dates) != 1 or any(not (dates[0].start <= t.i < dates[0].end) for t in words):
        # "26 October." with "26" left untagged
        return dateline_date(sent.text, published) or _scene_day(sent.text, dates, published)
    return _one_day(resolve_date(dates[0].text, published))


def _one_day(span: DateSpan | None) -> DateSpan | None:
    """``span`` if it is a single day, else ``None``."""
    return span if span is not None and span.precision == 1 and span.end is None else None


def _scene_day(text: str, dates: Sequence[Span], published: date | None) -> DateSpan | None:
    """The one day a sentence names, if it names one and no other date."""
    bracketed = bracketed_day(text, published)
    if bracketed is not None:
        return bracketed
    spans = [resolve_date(d.text, published) for d in dates]
    days = {(s.start, s.end, s.precision) for s in spans if s is not None}
    return _one_day(spans[0]) if len(days) == 1 else None


#: Words that may stand before a date opening a report ("As reported on", "On or around").
_OPENERS = frozenset(
    {"on", "as", "reported", "around", "or", "about", "the", "night", "morning", "evening",
     "afternoon", "of", "early", "late", "by", "before", "since", "assumed", "between"}
)  # fmt: skip


def opening_date(sent: Span, published: date | None) -> DateSpan | None:
    """The day a sentence opens with when written out with its number ("On 3 May 2021, ...",
    "Looting: As reported on 1 March, ..."): the day the report is about, which the sentences
    after it that give none share. Weekdays and "yesterday" date only their own sentence.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("On 3 May 2021, gunmen attacked a post.")
    >>> doc.ents = [doc.char_span(3, 13, label="DATE")]
    >>> opening_date(doc[:], None).start
    datetime.date(2021, 5, 3)
    """
    lead = leading_date(sent.text, published)
    if lead is not None:
        return _one_day(lead)
    for ent in entities(sent):
        if ent.label_ != "DATE" or not any(c.isdigit() for c in ent.text):
            continue
        before = [t for t in sent.doc[sent.start : ent.start] if not t.is_punct or t.text == ":"]
        colon = max((i for i, t in enumerate(before) if t.text == ":"), default=-1)
        if all(t.lower_ in _OPENERS for t in before[colon + 1 :]):
            span = _one_day(resolve_date(ent.text, published))
            if span is not None:
                return span
        break
    return None


def _untagged(sent: Span) -> str:
    """The sentence with the dates the model tagged blanked out (they were weighed above),
    except a day in brackets ("yesterday (24 July)", "Saturday [23 May]")."""
    text = list(sent.text)
    for ent in entities(sent):
        before = sent.doc[ent.start - 1].text if ent.start > 0 else ""
        if ent.label_ in ("DATE", "TIME") and before not in ("(", "["):
            for i in range(ent.start_char - sent.start_char, ent.end_char - sent.start_char):
                text[i] = " "
    return "".join(text)


def choose_date(
    sent: Span,
    triggers: Sequence[Token],
    category: str,
    published: date | None,
    previous: DateSpan | None,
    *,
    inherited: DateSpan | None = None,
) -> DateChoice:
    """Pick and resolve the date of the event signalled by ``trigger``.

    Parameters
    ----------
    sent : spacy.tokens.Span
        The trigger's sentence.
    triggers : sequence of spacy.tokens.Token
        The event's words, the main one first.
    category : str
        Event category: statements take the date of the saying.
    published : date or None
        The article's publication date.
    previous : DateSpan or None
        The last date resolved in the article, for "on the same day".
    inherited : DateSpan or None
        The date of the event this sentence elaborates, taken when the sentence gives none
        (see :func:`pipeline.events.assembly.inherited_date`); else the publication date.
    """
    # the model may end the sentence before the bracket: "... said Friday" | "[29 May]."
    # (or before a bracket: "in Al-Buhayrah" | "[north of Cairo] early Saturday [23 May].")
    after = sent.doc[sent.end : sent.end + 60]  # (the doc's whole text is costly to build)
    tail = (sent[-1].whitespace_ + after.text)[:60].split(". ")[0]
    bracketed = bracketed_day(sent.text + tail, published)
    if bracketed is not None:  # "yesterday (24 July)", "Saturday [23 May]": the day made plain
        return DateChoice(bracketed, bracketed.note, from_text=True)
    candidates: list[tuple[int, DateSpan, str]] = []
    elsewhere: list[DateSpan] = []  # days the parse ties to another clause
    # "between 21 and 23 July": the model's date entities cut a span of days in pieces
    days = day_range(sent.text, published)
    notes: list[str] = []
    report_day: DateSpan | None = None
    for found in entities(sent):
        if found.label_ not in ("DATE", "TIME"):
            continue
        ent = _with_day(found)
        lower = ent.text.lower()
        before = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        planned = ent.start > 1 and sent.doc[ent.start - 2].lemma_ in ("schedule", "plan", "set")
        if before in _DEADLINE_WORDS or (before == "for" and planned):
            # "by 3 May", "the elections scheduled for August 22": no day of the event
            notes.append(f"deadline '{before} {ent.text}'")
            continue
        if any(word in lower for word in _ANAPHORIC) and previous is not None:
            span: DateSpan | None = DateSpan(
                previous.start, previous.end, previous.precision, f"'{ent.text}' = previous date"
            )
        else:
            span = resolve_date(ent.text, published)
        at = ent.start_char - sent.start_char, ent.end_char - sent.start_char
        if days is not None and days[0] < at[1] and at[0] < days[1]:
            span = days[2]
        if span is None:
            continue
        if _modifies_noun(ent, triggers):
            notes.append(f"'{ent.text}' names a thing, not the event's day")
            continue
        if _earlier_thing(ent, triggers):
            notes.append(f"'{ent.text}' dates what came before, not the event")
            continue
        if _as_reported(ent):
            # ACLED's "As reported on 1 March 2020, ...": the event's date, as the report gives
            candidates.append((0, span, f"{span.note}; as reported"))
            continue
        if not _attached_to(ent, triggers) and not (
            category in _SPEECH and any(_below(ent, t) for t in triggers)
        ):
            elsewhere.append(span)
            continue  # it dates another clause ("agreed on January 12")
        verb = _verb_of(ent.root)
        inside = any(_in_subtree(ent, t) for t in triggers)
        reported = verb.lemma_ in _REPORT_LEMMAS and all(verb.i != t.i for t in triggers)
        if reported and category not in _SPEECH and not inside:
            notes.append(f"'{ent.text}' dates the report, not the event")
            report_day = report_day or span
            continue
        rank = 0 if inside else 1
        if inside and _dates_other_noun(ent, triggers[0]):
            rank = 2
        candidates.append((rank, span, span.note))
    if candidates:
        candidates.sort(key=lambda c: c[0])
        _, span, note = candidates[0]
        return DateChoice(span, "; ".join([note, *notes]), from_text=True)
    if category not in _SPEECH and len(elsewhere) == 1 and elsewhere[0].precision == 1:
        # "defused a bomb planted in Pallotar on 8 November 2017": an act's sentence with one
        # day tells the act's day, wherever the parse hangs it
        only = elsewhere[0]
        return DateChoice(
            only, "; ".join([f"{only.note}; the sentence's one day", *notes]), from_text=True
        )
    opening = leading_date(sent.text, published)
    if opening is not None:  # a date the model did not tag, opening the sentence
        return DateChoice(opening, "; ".join([opening.note, *notes]), from_text=True)
    stray = only_day_in(_untagged(sent), published)
    if stray is not None:  # "on 20/03", "yesterday (24 July)": the sentence's one day
        return DateChoice(stray, "; ".join([stray.note, *notes]), from_text=True)
    if inherited is not None:
        taken = DateSpan(
            inherited.start,
            inherited.end,
            inherited.precision,
            "no date in the sentence: the date of the event it elaborates",
        )
        return DateChoice(taken, "; ".join([taken.note, *notes]), inherited=True)
    if report_day is not None and report_day.precision == 1:
        # ACLED dates an event told without its day by its report
        taken = DateSpan(report_day.start, None, 1, "no date of its own: the report's day")
        return DateChoice(taken, "; ".join([taken.note, *notes]))
    if published is not None:
        fallback = DateSpan(published, None, 2, PUBLICATION_NOTE)
        return DateChoice(fallback, "; ".join([fallback.note, *notes]))
    return DateChoice(None, "; ".join(["no date in the text and no publication date", *notes]))
