"""Read events from a parsed, geoparsed article: one pass over its sentences.

Each sentence's trigger words are grouped into events (violent words into one event named by
ACLED's precedence, other kinds one event each), checked for negation and modality, then given
actors, counts, a date and places by the focused modules next to this one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from pipeline.events.actorrefs import told_men
from pipeline.events.actors import (
    ActorLexicon,
    ActorRef,
    canonical_actor,
    find_actors,
    person_bodies,
)
from pipeline.events.aliasrefs import settled_homonyms
from pipeline.events.assembly import (
    force_on_protest,
    inherited_date,
    merge_within_article,
    same_crowd,
    stepped_in,
    turned_violent,
    without_fight,
)
from pipeline.events.attribution import no_claim, with_claimants
from pipeline.events.background import retold
from pipeline.events.casting import cast_actors
from pipeline.events.coded import with_coded_toll
from pipeline.events.coding import UNIDENTIFIED, code_event, intervened
from pipeline.events.counts import SentenceCounts, read_counts
from pipeline.events.crowds import crowd_violence
from pipeline.events.dates import DateSpan
from pipeline.events.deathcauses import kills_told, without_causes
from pipeline.events.drafts import Draft, drafts_of
from pipeline.events.event_dates import choose_date, dateline_of, opening_date
from pipeline.events.labels import LabelCoding, label_day, opening_label
from pipeline.events.parts import Act, part_of_told, parts_of
from pipeline.events.place import (
    PlaceChoice,
    at_regional_capital,
    choose_places,
    focus_place,
    site_set,
)
from pipeline.events.raids import raids_told_on
from pipeline.events.reportday import dated_by_report, report_day, told_without_a_day
from pipeline.events.tolls import is_violent, toll_target, with_toll
from pipeline.events.triggers import VIOLENT_PRECEDENCE
from pipeline.events.victims import finders, found_dead, killed_in_parse
from pipeline.gazetteer_api import GazetteerLike
from pipeline.models import Article, Event, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["EventContext", "extract_events"]


@dataclass(frozen=True, slots=True)
class EventContext:
    """Collaborators event extraction needs, passed in (never loaded here)."""

    gazetteer: GazetteerLike
    lexicon: ActorLexicon


def _event_id(article_id: str, sentence: int, category: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{sentence}|{category}".encode()).hexdigest()
    return f"ev-{digest[:16]}"


#: Violence done by one side to another: its co-doers are one actor.
_TALK = frozenset({"meeting/talks", "statement/threat", "accusation"})


def _dead(counts: SentenceCounts, sent: Span) -> int | None:
    """The sentence's dead: the count patterns' number, or the parse's sum of its victims when
    that is more ("4 policemen and 1 commando were killed": 5, not 4)."""
    parsed = killed_in_parse(sent)
    if counts.killed is None:
        return parsed
    return max(counts.killed.value, parsed or 0)


def _confidence(draft: Draft, actors: int, fallback_place: bool, dated: bool) -> float:
    score = 0.55 + 0.1 * min(actors, 2) + (0.1 if dated else 0.0)
    score -= 0.2 if fallback_place else 0.0
    score -= 0.1 if draft.threat else 0.0
    return round(max(0.05, min(0.95, score)), 2)


@dataclass(slots=True)
class _ArticleState:
    previous_date: DateSpan | None = None
    previous_sites: tuple[Place, ...] = ()
    #: The last event's category and the date it was read with (from the text or inherited).
    last_event: tuple[str, DateSpan] | None = None
    dateline: DateSpan | None = None  # a sentence that is only a date ("22 August.")
    opening: DateSpan | None = None  # the day the last sentence opening with one gave


def extract_events(
    doc: Doc,
    article: Article,
    places: Sequence[Place],
    context: EventContext,
    *,
    country: Place | None = None,
) -> tuple[Event, ...]:
    """All events of one article, in text order, duplicates within the article merged.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The article text parsed by the model.
    article : Article
        Its metadata (id, publication date).
    places : sequence of Place
        The article's resolved toponyms.
    context : EventContext
        Gazetteer and actor dictionary.
    country : Place, optional
        The article's country, the place of last resort for an article that names no town or
        region (an event there is still an event, at precision 3).
    """
    value = article.published
    published = value.date() if isinstance(value, datetime) else value
    # (an acronym of a group and of another country's forces, "SNA": the report's country says)
    countries = {p.country for p in (*places, *([country] if country else []))}
    bodies = settled_homonyms(
        person_bodies(doc, context.lexicon, context.gazetteer), context.lexicon, countries
    )
    men: dict[str, ActorRef] = {}  # groups named by their men ("NPA militants")
    unclaimed = no_claim(article.text)
    fallback = focus_place(places) or country
    state = _ArticleState()
    events: list[Event] = []
    last_violent = -2
    last_protest = -3
    carried: LabelCoding | None = None
    labelled: int | None = None  # the event of a label that opens the report
    for index, sent in enumerate(doc.sents):
        label = opening_label(sent.text) or carried
        drafts = drafts_of(sent, after_protest=last_protest >= index - 2)
        # "Looting: 06 October - 07 October." codes (and dates) the sentence after it
        day = label_day(sent, published) if label is not None and not drafts else None
        carried, state.dateline = (label, day) if day else (None, state.dateline)
        if label is not None and carried is None:
            # the label codes the sentence's event; it makes one when no trigger word does
            first = drafts[0].triggers if drafts else (sent.root.i,)
            drafts = [Draft(label.category, first, False, label)]
        state.opening = opening_date(sent, published) or state.opening
        if events and last_violent in (index, index - 1):
            # "... regained control over the town. No confrontation was reported."
            events[-1] = without_fight(events[-1], sent.text)
        # "They erected barricades and burned tyres": the protest turned into a riot, and the
        # sentence's violence without a day of its own is the riot's
        rioted = (
            bool(events) and last_protest in (index - 1, index - 2) and crowd_violence(sent.text)
        )
        if rioted:
            events[-1] = turned_violent(events[-1], sent.start_char, sent.text)
        rioted = rioted and events[-1].event_type == "Riots"
        last_protest = index if rioted else last_protest  # the crowd's story goes on
        if not drafts:
            state.dateline = dateline_of(sent, published) or state.dateline
            if events and last_protest >= index - 2 and intervened(sent.text):
                events[-1] = stepped_in(events[-1], sent.start_char, sent.text)
            continue
        sentence_places = [p for p in places if p.mention.sentence_index == index]
        found = find_actors(sent, context.lexicon, context.gazetteer, bodies)
        refs = told_men(found, men, doc, unclaimed=unclaimed)
        counts = read_counts(
            without_causes(sent),
            troops_possible=any(
                d.category in ("troop deployment", "troop withdrawal") for d in drafts
            ),
        )
        acts: list[Act] = []  # the sentence's events and the words that tell them
        for draft in drafts:
            event = _build(
                doc,
                sent,
                index,
                draft,
                article,
                published,
                sentence_places,
                refs,
                counts,
                fallback,
                state,
                context,
            )
            if event is None:
                continue
            event = same_crowd(event, events, last_protest >= index - 2, bool(sentence_places))
            if rioted and "no date in the sentence" in event.notes:
                events[-1] = with_toll(events[-1], event)  # the riot's, with its toll
                continue
            # force used on a protest or a riot first: it is the crowd's event, with its toll
            if (joined := force_on_protest(event, events, index, last_protest)) is not None:
                events[-1] = joined
                continue
            if labelled is not None and "no date in the sentence" in event.notes:
                # a report opened by its kind ("Looting: ...") tells of that one event
                events[labelled] = with_toll(events[labelled], event)
                continue
            if events and retold(doc[draft.triggers[0]], event, UNIDENTIFIED):
                continue  # "The attacks are believed to be related to ...": told before
            drafted = "found dead" if found_dead(doc[draft.triggers[0]]) else draft.category
            if (at := toll_target(event, events, index, last_violent, drafted)) is not None:
                events[at] = with_toll(events[at], event)
                continue
            if draft.label is not None and not events:
                labelled = 0
            words = tuple(doc[i] for i in draft.triggers)
            if part_of_told(
                event,
                words,
                acts,
                sentence_places,
                index=index,
                last_violent=last_violent,
                told=events,
            ):
                continue  # "... and arrested two others", "before retreating": part of it
            made = parts_of(event, words, acts, sentence_places)
            events = [e for e in events if e not in made]  # "arrested five after clashes"
            acts.append((event, words))
            events.append(without_fight(event, sent.text))
            if event.event_type in ("Protests", "Riots"):
                last_protest = index
            if is_violent(event):
                last_violent = index
    sents = list(doc.sents)
    events = with_claimants(
        events,
        doc,
        lambda i: find_actors(sents[i], context.lexicon, context.gazetteer, bodies),
        lambda ref, event: canonical_actor(
            ref,
            military=True,
            event_country=event.places[0].country if event.places else "",
            gazetteer=context.gazetteer,
        ),
    )
    told = with_coded_toll(merge_within_article(raids_told_on(events)), article.text)
    if not any(told_without_a_day(e) for e in told):
        return told  # (the report's one day is read only for events that lack their own)
    # (after merging: a day given to events without one must not merge them)
    return dated_by_report(told, report_day(doc, published))


def _build(
    doc: Doc,
    sent: Span,
    index: int,
    draft: Draft,
    article: Article,
    published: date | None,
    sentence_places: list[Place],
    refs: list[ActorRef],
    counts: SentenceCounts,
    fallback: Place | None,
    state: _ArticleState,
    context: EventContext,
) -> Event | None:
    trigger = doc[draft.triggers[0]]
    when = choose_date(
        sent,
        [doc[i] for i in draft.triggers],
        draft.category,
        published,
        state.previous_date,
        inherited=(
            inherited_date(draft.category, state.last_event) or state.dateline or state.opening
        ),
    )
    if when.span is not None and when.from_text:
        state.previous_date = when.span
    on = when.span.start if when.span else None
    sites = site_set(
        sent,
        context.gazetteer.sites(),
        sentence_places,
        context.gazetteer,
        on,
        state.previous_sites,
        article_id=article.id,
        sentence_index=index,
    )
    if sites:
        state.previous_sites = sites
    where = choose_places(trigger, sent, sentence_places, sites, fallback)
    if not where.places:
        if draft.category in _TALK:
            return None  # words said nowhere we know are no event to list
        # an event is kept though the report names no place we know: listed, not mapped
        where = PlaceChoice((), 3, "no place found: not on the map")
    where = replace(
        where, places=tuple(at_regional_capital(p, context.gazetteer) for p in where.places)
    )
    country = where.places[0].country if where.places else ""
    found_by = finders(trigger)  # "police found the body of a man": not the killers
    refs = [r for r in refs if r.head not in found_by]
    actors = cast_actors(doc, refs, draft.category, draft.triggers, country, context.gazetteer)
    entry = context.gazetteer.country(country) if country else None
    # a report's label may code a death toll as no violence ("Detonation: ... killing 4")
    violent = draft.category in VIOLENT_PRECEDENCE or draft.label is not None
    fatalities = _dead(counts, sent) if violent else None
    coded = code_event(
        draft.category,
        draft.label,
        trigger,
        sent.text,
        actors,
        entry.name if entry else None,
        killed=bool(fatalities),
    )
    if coded.event_type == "Riots" and not violent and kills_told(sent):
        # a protest the sentence tells turned violent ("demonstrated and clashed with police
        # who killed one person"): a riot's toll is its own
        violent, fatalities = True, _dead(counts, sent)
    category = coded.category
    troops = (
        counts.troops.value
        if draft.category in ("troop deployment", "troop withdrawal") and counts.troops
        else None
    )
    notes = [n for n in (when.note, where.note) if n]
    if draft.threat:
        notes.append("threat or conditional: reported, not carried out")
    for label, count in (
        ("killed", counts.killed if violent else None),
        ("wounded", counts.wounded if violent else None),
        ("troops", counts.troops if troops is not None else None),
    ):
        if count is not None and count.note:
            notes.append(f"{label} {count.note}: low bound")
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    evidence = sent.text.strip()
    if when.span is not None and (when.from_text or when.inherited):
        state.last_event = (category, when.span)
    return Event(
        event_id=_event_id(article.id, index, draft.category),
        article_id=article.id,
        event_date=when.span.start if when.span else None,
        event_date_end=when.span.end if when.span else None,
        time_precision=when.span.precision if when.span else 3,
        event_type=coded.event_type,
        sub_event_type=coded.sub_event_type,
        category=category,
        actor1=coded.actor1,
        actor2=coded.actor2,
        inter1=coded.inter1,
        inter2=coded.inter2,
        fatalities=fatalities,
        wounded=counts.wounded.value if violent and counts.wounded else None,
        troops=troops,
        places=where.places,
        geo_precision=where.precision,
        evidence=evidence,
        evidence_start=start,
        evidence_end=start + len(evidence),
        confidence=_confidence(
            draft, len(actors), "main place" in where.note or not where.places, when.from_text
        ),
        notes="; ".join(notes),
    )
