"""Find who acts in a sentence and give them canonical, ACLED-style names.

The dictionary is data (``pipeline/data/actors.json``, with its sources); the rules here derive
state actors from the gazetteer's countries and demonyms ("Turkish troops" -> Military Forces of
Turkey), map people to the body they act for (from their titles in the article: "Turkish Defense
Minister Hulusi Akar", "X, the leader of the Y Party"), and read capitals used as actors
("Ankara and Moscow agreed") as governments.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.errors import ConfigError
from pipeline.gazetteer_api import GazetteerLike
from pipeline.triggers import TRIGGERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ActorLexicon",
    "ActorRef",
    "canonical_actor",
    "find_actors",
    "person_bodies",
]

#: Name of the dictionary entry for "the regime", "government forces": a state's own military.
REGIME = "{regime}"
DEFAULT_LEXICON = Path(__file__).with_name("data") / "actors.json"
_MILITARY_TITLES = (
    "defense minister",
    "defence minister",
    "chief of staff",
    "commander",
    "general",
    "army chief",
    "military spokesman",
)
_TITLE_WORDS = frozenset(
    {
        "president",
        "minister",
        "leader",
        "commander",
        "spokesman",
        "spokeswoman",
        "general",
        "chief",
        "envoy",
        "ambassador",
        "king",
        "emir",
        "premier",
        "chancellor",
        "head",
        "chairman",
        "secretary",
    }
)


@dataclass(frozen=True, slots=True)
class GroupEntry:
    """A named non-state group or organisation, or a generic one (``{country}`` in its name)."""

    name: str
    inter: int
    country: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """The actor dictionary, loaded once at an entry point."""

    groups: tuple[GroupEntry, ...]
    military_nouns: frozenset[str]
    government_nouns: frozenset[str]
    regime_words: frozenset[str]
    persons: Mapping[str, str]
    alias_index: Mapping[str, GroupEntry] = field(repr=False)
    max_alias_tokens: int = 6

    @classmethod
    def load(cls, path: Path | None = None) -> ActorLexicon:
        """Read the dictionary file (default: the packaged ``data/actors.json``).

        Raises
        ------
        ConfigError
            When the file is missing or malformed.
        """
        source = path or DEFAULT_LEXICON
        try:
            raw = json.loads(source.read_text(encoding="utf-8"))
            groups = tuple(
                GroupEntry(g["name"], int(g["inter"]), g.get("country", ""), tuple(g["aliases"]))
                for g in [*raw["groups"], *raw["generic"]]
            )
            state = raw["state"]
            persons = {fold_name(k): p["actor"] for p in raw["persons"] for k in p["keys"]}
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise ConfigError(f"actor dictionary {source} is unreadable: {err}") from err
        regime = GroupEntry(REGIME, 1, "", tuple(state["regime_words"]))
        index = {fold_name(alias): g for g in (*groups, regime) for alias in g.aliases}
        longest = max((len(alias.split()) for alias in index), default=1)
        return cls(
            groups=groups,
            military_nouns=frozenset(state["military"]),
            government_nouns=frozenset(state["government"]),
            regime_words=frozenset(fold_name(w) for w in state["regime_words"]),
            persons=persons,
            alias_index=index,
            max_alias_tokens=longest + 2,
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor found in a sentence, before it is named for a particular event.

    ``kind``: ``state`` (a country acting: military or government by the event's kind),
    ``military`` and ``government`` (explicit), ``group`` (named), ``generic`` (rebels,
    civilians: named after the event's country). ``head`` is the token index the parse
    relations are read from; ``start``/``end`` the token span.
    """

    kind: str
    country: str
    name: str
    inter: int | None
    head: int
    start: int
    end: int
    surface: str


_ASSOCIATION = frozenset(
    {
        "backed",
        "led",
        "based",
        "allied",
        "aligned",
        "supported",
        "held",
        "controlled",
        "sponsored",
        "funded",
        "trained",
        "armed",
    }
)
_PLACE_PREPS = frozenset(
    {
        "in",
        "of",
        "near",
        "at",
        "from",
        "into",
        "across",
        "inside",
        "throughout",
        "around",
        "outside",
        "to",
        "towards",
        "toward",
    }
)


def _associated(token: Token) -> bool:
    """ "Russia" in "Russia-backed forces": a patron, not the actor."""
    doc = token.doc
    i = token.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _ASSOCIATION


def _country_of_word(token: Token, gazetteer: GazetteerLike) -> str | None:
    if _associated(token):
        return None
    text = token.text
    demonym = gazetteer.country_for_demonym(text)
    if demonym:
        return demonym
    if not text[:1].isupper():
        return None
    found = gazetteer.lookup(text, limit=3)
    if found and found[0].score >= 0.95:
        top = found[0]
        if top.kind == "country" or top.feature_code == "PPLC":
            return top.country
    return None


def _state_country(token: Token, gazetteer: GazetteerLike) -> str | None:
    """The country a state noun ("troops", "ministry") belongs to, from its modifiers."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            for word in (child, *child.children):
                country = _country_of_word(word, gazetteer)
                if country:
                    return country
    if token.i > 0:
        country = _country_of_word(token.doc[token.i - 1], gazetteer)
        if country:
            return country
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    country = _country_of_word(obj, gazetteer) or _state_country(obj, gazetteer)
                    if country:
                        return country
    return None


def person_bodies(doc: Doc, lexicon: ActorLexicon, gazetteer: GazetteerLike) -> dict[str, ActorRef]:
    """Map people named in the article (full name and surname, folded) to the body they act for.

    Reads titles in the article ("Turkish Defense Minister Hulusi Akar", "Turkey's President
    X", "X, the leader of the Y Party (YP)"), then the dictionary's known people.
    """
    bodies: dict[str, ActorRef] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        ref = _titled_body(ent, gazetteer) or _appositive_body(ent)
        if ref is None:
            continue
        bodies.setdefault(fold_name(ent.text), ref)
        bodies.setdefault(fold_name(ent[-1].text), ref)
    for key, template in lexicon.persons.items():
        if key not in bodies and "{" in template:
            iso2 = template[template.index("{") + 1 : template.index("}")]
            kind = "military" if template.startswith("Military") else "government"
            bodies[key] = ActorRef(kind, iso2, "", None, -1, -1, -1, key)
        elif key not in bodies:
            entry = lexicon.alias_index.get(fold_name(template))
            inter = entry.inter if entry else None
            bodies[key] = ActorRef(
                "group", entry.country if entry else "", template, inter, -1, -1, -1, key
            )
    return bodies


def _titled_body(ent: Span, gazetteer: GazetteerLike) -> ActorRef | None:
    doc = ent.doc
    left = doc[max(ent.sent.start, ent.start - 5) : ent.start]
    title = " ".join(t.lower_ for t in left)
    if not any(word in _TITLE_WORDS for word in title.split()):
        return None
    country = None
    for token in left:
        country = _country_of_word(token, gazetteer) or country
    if country is None:
        return None
    kind = "military" if any(t in title for t in _MILITARY_TITLES) else "government"
    return ActorRef(kind, country, "", None, ent.root.i, ent.start, ent.end, ent.text)


def _appositive_body(ent: Span) -> ActorRef | None:
    doc = ent.doc
    for token in ent.root.children:
        if token.dep_ != "appos" or token.lemma_ not in _TITLE_WORDS:
            continue
        for org in doc.ents:
            if org.label_ == "ORG" and token.i < org.start <= token.i + 8:
                name = org.text.removeprefix("the ").removeprefix("The ")
                after = doc[org.end : org.end + 3].text
                if after.startswith("(") and ")" in after:
                    name = f"{name} {after[: after.index(')') + 1]}"
                return ActorRef("group", "", name, 3, ent.root.i, ent.start, ent.end, ent.text)
    return None


def _alias_match(
    doc: Doc, i: int, limit: int, lexicon: ActorLexicon
) -> tuple[int, GroupEntry] | None:
    for j in range(min(limit, i + lexicon.max_alias_tokens), i, -1):
        span = doc[i:j]
        entry = lexicon.alias_index.get(fold_name(span.text))
        if entry is None:
            continue
        if len(span.text) <= 3 and not span.text.isupper():
            continue  # "is", "un": only the acronym counts
        return j, entry
    return None


def find_actors(
    sent: Span,
    lexicon: ActorLexicon,
    gazetteer: GazetteerLike,
    bodies: Mapping[str, ActorRef],
) -> list[ActorRef]:
    """Actors named in one sentence, in text order, without overlaps."""
    doc = sent.doc
    found: list[ActorRef] = []
    i = sent.start
    while i < sent.end:
        token = doc[i]
        matched = _alias_match(doc, i, sent.end, lexicon)
        if matched:
            end, entry = matched
            span = doc[i:end]
            regime = entry.name == REGIME
            kind = "military" if regime else "generic" if "{country}" in entry.name else "group"
            name = "" if regime else entry.name
            found.append(ActorRef(kind, "", name, entry.inter, span.root.i, i, end, span.text))
            i = end
            continue
        ref = (
            _state_ref(token, lexicon, gazetteer)
            or _person_ref(token, bodies)
            or _adjective_ref(token, gazetteer)
        )
        if ref is not None:
            found.append(ref)
            i = ref.end
            continue
        i += 1
    return _attach_countries(found, lexicon, gazetteer, doc)


def _state_ref(token: Token, lexicon: ActorLexicon, gazetteer: GazetteerLike) -> ActorRef | None:
    lower = token.lower_
    doc = token.doc
    if token.pos_ == "NOUN" and token.lemma_.lower() in (
        lexicon.military_nouns | lexicon.government_nouns
    ):
        lower = token.lemma_.lower()
    if lower in lexicon.military_nouns or lower in lexicon.government_nouns:
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        country = _state_country(token, gazetteer)
        if country is None:
            return None
        pair = f"{doc[token.i - 1].lower_} {lower}" if token.i > 0 else lower
        military = lower in lexicon.military_nouns and pair not in lexicon.government_nouns
        if pair in lexicon.military_nouns:
            military = True
        kind = "military" if military else "government"
        return ActorRef(kind, country, "", None, token.i, token.i, token.i + 1, token.text)
    if token.ent_type_ == "GPE" and token.ent_iob_ == "B":
        ent = next(e for e in doc.ents if e.start == token.i)
        if _associated(ent[-1]) or _in_place_phrase(ent.root):
            return None
        top = gazetteer.lookup(ent.text, limit=1)
        if (
            top
            and top[0].score >= 0.95
            and (top[0].kind == "country" or (top[0].feature_code == "PPLC" and _acts(ent)))
        ):
            kind = "state" if top[0].kind == "country" else "government"
            return ActorRef(
                kind, top[0].country, "", None, ent.root.i, ent.start, ent.end, ent.text
            )
    return None


def _in_place_phrase(token: Token) -> bool:
    """ "the north-west of Syria", "in Turkey": a country named as a place, not acting."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in _PLACE_PREPS:
        return False
    # "the ministers of Turkey and Iran" names states; "the north-west of Syria" a place
    owner = token.head.head
    return not (
        token.head.lower_ == "of"
        and owner.pos_ == "NOUN"
        and owner.lemma_.lower()
        in {
            "minister",
            "ministry",
            "government",
            "force",
            "army",
            "troop",
            "leader",
            "president",
            "official",
            "delegation",
            "military",
            "soldier",
            "foreign",
            "envoy",
            "representative",
        }
    )


def _adjective_ref(token: Token, gazetteer: GazetteerLike) -> ActorRef | None:
    """A demonym on an event noun: "Syrian attacks", "Russian strikes"."""
    if token.dep_ not in ("amod", "compound") or token.head.lemma_.lower() not in TRIGGERS:
        return None
    iso2 = gazetteer.country_for_demonym(token.text)
    if not iso2:
        return None
    return ActorRef("state", iso2, "", None, token.i, token.i, token.i + 1, token.text)


def _acts(ent: Span) -> bool:
    """A capital used as an actor: subject of a verb, or "between X and Y"."""
    root = ent.root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "agent"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("between", "by", "with"):
        return True
    return bool(root.i + 2 < len(ent.doc) and ent.doc[root.i + 1].text == "-")


def _person_ref(token: Token, bodies: Mapping[str, ActorRef]) -> ActorRef | None:
    """A person the article or the dictionary ties to a body, by full name or surname (the
    model may tag a surname as a place: "Bahceli held Russia responsible")."""
    if not token.text[:1].isupper():
        return None
    doc = token.doc
    span = doc[token.i : token.i + 1]
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
        span = next(e for e in doc.ents if e.start == token.i)
    elif token.ent_iob_ == "I":
        return None
    body = bodies.get(fold_name(span.text)) or bodies.get(fold_name(span[-1].text))
    if body is None:
        return None
    return ActorRef(
        body.kind, body.country, body.name, body.inter, span.root.i, span.start, span.end, span.text
    )


def _attach_countries(
    refs: list[ActorRef], lexicon: ActorLexicon, gazetteer: GazetteerLike, doc: Doc
) -> list[ActorRef]:
    """Give regime words their state from a modifier ("the Syrian regime")."""
    out = []
    for ref in refs:
        if ref.kind == "military" and not ref.country:
            country = _state_country(doc[ref.head], gazetteer)
            ref = ActorRef(
                ref.kind,
                country or "",
                ref.name if not country else "",
                ref.inter,
                ref.head,
                ref.start,
                ref.end,
                ref.surface,
            )
        out.append(ref)
    return out


def canonical_actor(
    ref: ActorRef, *, military: bool, event_country: str, gazetteer: GazetteerLike
) -> tuple[str, int | None]:
    """Name an actor for one event, with its inter code relative to the event's country.

    Parameters
    ----------
    ref : ActorRef
        As found in the sentence.
    military : bool
        Whether the event is a use or movement of force (a bare country acting then means its
        military, otherwise its government).
    event_country : str
        ISO code of where the event happened; a state acting outside its own country is
        coded 8 (external forces), as ACLED does.
    """
    country = ref.country or (event_country if ref.kind == "military" else "")
    if ref.kind in ("state", "military", "government") and country:
        entry = gazetteer.country(country)
        label = entry.name if entry else country
        is_military = ref.kind == "military" or (ref.kind == "state" and military)
        name = f"{'Military Forces' if is_military else 'Government'} of {label}"
        inter = 1 if not event_country or country == event_country else 8
        return name, inter
    if ref.kind == "generic":
        entry = gazetteer.country(event_country) if event_country else None
        name = (
            ref.name.replace("{country}", entry.name)
            if entry
            else ref.name.replace(" ({country})", "")
        )
        return name, ref.inter
    return ref.name or ref.surface, ref.inter
