"""Where an article is, from words that name no place: nationalities ("Afghan soldiers"), a
nation's own bodies ("the Nepal Army") and the homes of the armed groups it names ("ADF" is
Congolese), each with how well it points there.

Such words help the geoparser choose among namesakes, and place an article's events at its
country when it names no town or region. Not every one places an event: the nationality of
strikes from afar or of hired men ("Russian warplanes", "Russian mercenaries") and the home of
a group that fights in several countries ("JNIM") say where the men come from, not where they
are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.events.bodies import NATIONAL_BODIES, countries_in_bodies
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import ActorLexicon, group_alias_at, state_body
from pipeline.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ARMED_TIER", "country_evidence", "evidence_tier", "places_nothing"]

#: The tier of words naming armed men other than a country's own forces (see
#: :func:`evidence_tier`).
ARMED_TIER = 2


def country_evidence(
    doc: Doc, gazetteer: GazetteerLike, lexicon: ActorLexicon
) -> list[tuple[str, Mention]]:
    """Countries the article's words point to without naming a place: demonyms ("Afghan
    soldiers"), nations' own bodies and the home countries of the armed groups it names, each
    with its words (labelled ``NORP`` for a nationality, ``ORG`` for a force or group)."""
    found: list[tuple[str, Mention]] = []
    for ent in doc.ents:
        # (the model tags some demonyms as places: "a convoy of the Nigerien army")
        if (
            ent.label_ in ("NORP", "GPE")
            and (iso2 := gazetteer.country_for_demonym(ent.text))
            and not _maker(doc, ent.start, ent.end)
        ):
            found.append((iso2, _words(doc, ent.start, ent.end, "NORP")))
    # the head words of the organisations the model tags: a nationality in a nation's own
    # body ("the Nepali Congress", "the Congolese National Police") counts, not one naming
    # a group by where it came from ("the Ugandan ADF")
    bodies = {
        i: e.root.lower_ for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)
    }
    untagged: list[tuple[str, Mention]] = []
    named: list[tuple[str, Mention]] = []
    for token in doc:
        text = token.text
        capital = text[:1].isupper()
        # demonyms the model tags as nothing ("a Burkinabe army vehicle") or as a person of
        # one word before a noun ("Nigerien army barracks"; not "Inspector Swiss said")
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        lone_person = (
            token.ent_type_ == "PERSON"
            and token.ent_iob_ == "B"
            and after is not None
            and after.ent_iob_ != "I"
            and after.pos_ in ("NOUN", "ADJ")
            and after.is_lower
        )
        if (
            capital
            and (not token.ent_type_ or lone_person or bodies.get(token.i) in NATIONAL_BODIES)
            and token.pos_ in ("ADJ", "PROPN")
            and (iso2 := gazetteer.country_for_demonym(text))
            and not _maker(doc, token.i, token.i + 1)
        ):
            untagged.append((iso2, _words(doc, token.i, token.i + 1, "NORP")))
        # a country's own forces known by their acronym ("FARDC", "FAMa") serve mostly at
        # home, whatever part of speech the model gives the acronym
        if capital and any(c.isupper() for c in text[1:]):
            body = state_body(lexicon.persons.get(fold_name(text), ""))
            if body is not None and body[0] == "military":
                named.append((body[1], _words(doc, token.i, token.i + 1, "ORG")))
        if token.pos_ != "PROPN" and not token.is_upper:
            continue
        group = group_alias_at(doc, token.i, lexicon)
        if group is not None and group.country and "{" not in group.name:
            named.append((group.country, _words(doc, token.i, token.i + 1, "ORG")))
    found.extend(untagged)
    # a country named in a nation's own body ("the Nepal Army", "the Communist Party of
    # Nepal") as its nationality there counts
    found.extend(
        (iso2, _words(doc, words.start, words.end, "NORP"))
        for iso2, words in countries_in_bodies(doc, gazetteer)
    )
    found.extend(named)
    return found


def evidence_tier(doc: Doc, words: Mention, lexicon: ActorLexicon) -> int:
    """How well words point to where an article is: 0 no armed men ("Malian villagers"),
    1 a country's own forces (by their acronym, or its army, soldiers or police by its
    nationality), :data:`ARMED_TIER` other armed men."""
    if not _armed_words(doc, words):
        return 0
    body = state_body(lexicon.persons.get(fold_name(words.text), ""))
    if body is not None and body[0] == "military":
        return 1
    # a country's army, soldiers or police by its demonym serve mostly at home ("the
    # Nigerien army's convoy"); its troops, forces and jets go abroad as often
    return 1 if words.label == "NORP" and _home_force(doc, words) else ARMED_TIER


#: What a nationality qualifies that strikes from afar or works abroad: "Russian warplanes",
#: "Turkish shelling", "Russian mercenaries", "a Chinese mining company" (not troops or forces,
#: who serve at home as often as abroad, nor a navy).
_FROM_AFAR = frozenset(
    {"mercenaries", "mercenary", "company", "jets", "warplanes", "aircraft", "drones",
     "airstrikes", "airstrike", "strikes", "raids", "helicopters", "artillery", "missiles",
     "rockets", "bombardment", "shelling", "planes", "bombers"}
)  # fmt: skip


def places_nothing(doc: Doc, words: Mention, lexicon: ActorLexicon) -> bool:
    """Whether words say where armed men come from rather than where they are: a nationality
    of strikes from afar or of hired men ("Russian warplanes", "Turkish shelling", "Russian
    mercenaries"), or a group that fights in several countries ("JNIM", "ISWAP")."""
    if words.label == "NORP":
        return bool(_qualified(doc, words) & _FROM_AFAR) and not _home_force(doc, words)
    span = doc.char_span(words.start, words.end, alignment_mode="expand")
    group = None if span is None else group_alias_at(doc, span.start, lexicon)
    return group is not None and len(group.areas) > 1


def _words(doc: Doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    sentence = next((i for i, sent in enumerate(doc.sents) if sent.start <= start < sent.end), 0)
    return Mention("", span.text, span.start_char, span.end_char, sentence, label)


_ARMED_NOUNS = frozenset(
    {
        "forces", "force", "troops", "soldiers", "army", "military", "mercenaries", "fighters",
        "militants", "militia", "militias", "jets", "warplanes", "aircraft", "drones", "police",
        "gunmen", "rebels", "group", "company", "airstrikes", "airstrike", "strikes", "strike",
        "raids", "raid", "helicopters", "artillery", "missiles", "rockets", "bombardment",
        "shelling", "navy", "planes", "bombers",
    }
)  # fmt: skip


def _armed_words(doc: Doc, words: Mention) -> bool:
    """Whether a demonym or group name is (or qualifies) armed men or their weapons: "Russian
    mercenaries", "Wagner", "French forces", "Russian airstrikes"."""
    if words.label == "ORG":
        return True
    return bool(_qualified(doc, words) & _ARMED_NOUNS)


def _qualified(doc: Doc, words: Mention) -> set[str]:
    """The words and their heads (lower case): what a nationality qualifies."""
    span = doc.char_span(words.start, words.end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    return {t.head.lower_ for t in tokens} | {t.lower_ for t in tokens}


#: Words that make a nationality a product's maker's: "Russian-made pistols", "a drone of
#: Iranian manufacture", "rifles of Chinese origin".
_MADE = frozenset(
    {"made", "built", "manufactured", "produced", "supplied", "designed", "manufacture",
     "make", "origin"}
)  # fmt: skip


def _maker(doc: Doc, start: int, end: int) -> bool:
    """Whether the nationality at tokens ``start:end`` names who made a thing, which says
    nothing of where the report is."""
    after = [t.lower_ for t in doc[end : end + 2]]
    if after[:1] == ["-"]:
        return after[1:2] != [] and after[1] in _MADE  # "Russian-made"
    # "Russian made pistols", "of Chinese origin", not "Nigerians made up most of the dead"
    last = doc[end - 1]
    return last.dep_ not in ("nsubj", "nsubjpass") and (
        bool(after[:1] and after[0] in _MADE) or last.head.lower_ in _MADE
    )


#: The men of a country's own forces, who serve mostly at home (and its regime's or
#: government's: "the Syrian regime forces", "Syrian government warplanes").
_HOME_FORCES = frozenset(
    {"army", "military", "soldier", "soldiers", "police", "policemen", "policeman",
     "gendarmerie", "gendarmes", "gendarme", "regime", "government"}
)  # fmt: skip


def _home_force(doc: Doc, words: Mention) -> bool:
    """Whether a demonym names a country's army, soldiers or police ("Nigerien army", "a
    Malian soldier"): the word after it or its head."""
    span = doc.char_span(words.start, words.end, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in _HOME_FORCES or any(t.head.lower_ in _HOME_FORCES for t in span)
