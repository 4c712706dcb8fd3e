"""The actor dictionary (``pipeline/lexicon/data/actors.json``) and the record of an actor found
in a sentence, plus the word-level clues to a state ("Turkish", "Ankara", not "Russia-backed")
and the dictionary's aliases matched in a parsed sentence."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.errors import ConfigError
from pipeline.gazetteer_api import GazetteerLike

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ASSOCIATION_WORDS",
    "DEFAULT_LEXICON",
    "REGIME",
    "ActorLexicon",
    "ActorRef",
    "GroupEntry",
    "alias_match",
    "country_of_word",
    "group_alias_at",
    "is_associated",
    "state_body",
]

#: Name of the dictionary entry for "the regime", "government forces": a state's own military.
REGIME = "{regime}"
DEFAULT_LEXICON = Path(__file__).with_name("data") / "actors.json"


@dataclass(frozen=True, slots=True)
class GroupEntry:
    """A named non-state group or organisation, or a generic one (``{country}`` in its name)."""

    name: str
    inter: int
    country: str
    aliases: tuple[str, ...]
    side: str = ""
    #: A named group with branches in many countries, named after the event's country as ACLED
    #: does ("Islamic State (Iraq)"); unlike a generic entry, it is one group.
    affiliates: bool = False
    #: The countries the group fights in, where they are several (JNIM: Mali, Burkina Faso,
    #: Niger, ...): its home then says nothing of where an event is.
    areas: tuple[str, ...] = ()

    @property
    def generic(self) -> bool:
        """Whether the entry names a kind of actor ("Civilians (<country>)"), not a group."""
        return "{country}" in self.name and not self.affiliates


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
    #: First words of every alias (folded): a token outside it starts no alias.
    first_words: frozenset[str] = field(default=frozenset(), repr=False)

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
                GroupEntry(
                    g["name"],
                    int(g["inter"]),
                    g.get("country", ""),
                    tuple(g["aliases"]),
                    g.get("side", ""),
                    bool(g.get("affiliates", False)),
                    tuple(g.get("areas", ())),
                )
                for g in [*raw["groups"], *raw["generic"]]
            )
            state = raw["state"]
            # people and forces known by a name of their own ("Erdogan", "FAMa") stand for a body
            persons = {
                fold_name(k): p["actor"]
                for p in [*raw["persons"], *raw.get("forces", ())]
                for k in p["keys"]
            }
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
            first_words=frozenset(key.split()[0] for key in index if key),
        )

    def with_country_names(self, gazetteer: GazetteerLike) -> ActorLexicon:
        """The dictionary with each group alias that opens with its country's demonym also
        under the country's name: "Syria Democratic Forces" for "Syrian Democratic Forces",
        as some sources write it.

        Parameters
        ----------
        gazetteer : GazetteerLike
            Where demonyms and countries' names are read.

        Returns
        -------
        ActorLexicon
            A new dictionary (this one when no alias has such a variant); applying it again
            adds nothing.
        """
        extra: dict[str, GroupEntry] = {}
        for key, entry in self.alias_index.items():
            first, _, rest = key.partition(" ")
            iso2 = gazetteer.country_for_demonym(first) if rest else None
            country = gazetteer.country(iso2) if iso2 and iso2 == entry.country else None
            name = fold_name(country.name) if country is not None else ""
            # (not a name holding the demonym: "Palestinian Territory")
            variant = f"{name} {rest}" if name and first not in name.split() else ""
            if variant and variant not in self.alias_index:
                extra[variant] = entry
        if not extra:
            return self
        return replace(
            self,
            alias_index={**self.alias_index, **extra},
            first_words=self.first_words | {key.split()[0] for key in extra},
            max_alias_tokens=max(self.max_alias_tokens, *(len(k.split()) + 2 for k in extra)),
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor found in a sentence, before it is named for a particular event.

    ``kind``: ``state`` (a country acting: military or government by the event's kind),
    ``military`` and ``government`` (explicit), ``group`` (named), ``generic`` (rebels,
    civilians: named after the event's country); ``forces`` and ``rulers`` (soldiers, "the
    authorities", of no country named: the event country's military or government once
    :func:`pipeline.events.actorrefs.drop_unplaced` has settled them). ``head`` is the token
    index the parse relations are read from; ``start``/``end`` the token span.
    """

    kind: str
    country: str
    name: str
    inter: int | None
    head: int
    start: int
    end: int
    surface: str


#: "X-backed", "X-held": words that make X a patron or controller, not the actor or the place.
ASSOCIATION_WORDS = frozenset(
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


def is_associated(token: Token) -> bool:
    """ "Russia" in "Russia-backed forces": a patron, not the actor."""
    doc = token.doc
    i = token.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in ASSOCIATION_WORDS


def country_of_word(token: Token, gazetteer: GazetteerLike) -> str | None:
    if is_associated(token):
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


#: People and households a place name can qualify in local news ("a Lebanon woman", "the
#: Jordan couple"): a country would take its demonym ("a Lebanese woman"), so the name is a
#: town's.
RESIDENT_NOUNS = frozenset(
    {
        "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident",
        "residents", "native", "couple", "family", "mother", "father", "son", "daughter",
        "student", "students", "homeowner", "driver", "motorist",
    }
)  # fmt: skip

#: A town's own institutions named after it in local news ("the Dublin City Council", "Athens
#: Police Department", "the Jordan middle school", "Paris firefighters"): pairs of the first
#: two words after the name (``""`` for any second word). A country's would take its demonym
#: or "national", so the name is a town's.
TOWN_INSTITUTIONS = frozenset(
    {
        ("city", "council"), ("city", "manager"), ("city", "hall"), ("city", "commission"),
        ("city", "schools"), ("city", "clerk"), ("city", "administrator"),
        ("city", "officials"), ("town", "council"), ("town", "board"), ("town", "hall"),
        ("town", "manager"), ("village", "board"), ("village", "council"),
        ("township", ""), ("police", "department"), ("police", "chief"),
        ("fire", "department"), ("fire", "chief"), ("public", "library"),
        ("public", "schools"), ("high", "school"), ("middle", "school"),
        ("elementary", "school"), ("junior", "high"), ("school", "board"),
        ("school", "district"), ("board", "of"), ("mayor", ""), ("selectmen", ""),
        ("aldermen", ""), ("councilman", ""), ("councilwoman", ""), ("firefighters", ""),
        ("policemen", ""), ("council", "members"),
    }
)  # fmt: skip

#: Capitalised words before "of Name" that make it a town's institution ("the City of
#: Oxford", "Town of Groton"); "the town of Tal Afar" is a plain place.
TOWN_OF_WORDS = frozenset({"City", "Town", "Village", "Township", "Borough"})

#: Street words before ", Name" in an address ("400 S. Locust St., Lebanon").
STREET_WORDS = frozenset(
    {"st.", "st", "street", "ave.", "ave", "avenue", "road", "rd.", "rd", "drive", "dr.",
     "lane", "ln.", "blvd.", "boulevard", "pike", "highway", "hwy."}
)  # fmt: skip

#: Compass and position words a writer puts before a place ("North Texas", "Northeast
#: Georgia", "South L.A."): the place is the rest, unless the whole is a name itself
#: ("North Carolina", "South Sudan", "West Bank").
DIRECTION_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "central", "upstate", "downstate", "downtown",
    }
)  # fmt: skip

#: Continents and oceans: with a compass word before them they make a region's own name
#: ("North Africa", "Central America", "South Pacific"), not a direction within them.
MACRO_REGIONS = frozenset(
    {"africa", "america", "americas", "asia", "europe", "oceania", "antarctica", "arctic",
     "pacific", "atlantic", "mediterranean", "caribbean", "balkans", "caucasus"}
)  # fmt: skip


def state_body(template: str) -> tuple[str, str] | None:
    """The kind and country of a state's body a dictionary entry names by template ("Military
    Forces of {ML}" -> ``("military", "ML")``, "Government of {TR}" -> ``("government",
    "TR")``); ``None`` for a group's own name.

    Examples
    --------
    >>> state_body("Police Forces of {PH}"), state_body("Wagner Group")
    (('military', 'PH'), None)
    """
    if "{" not in template:
        return None
    iso2 = template[template.index("{") + 1 : template.index("}")]
    return ("military" if template.startswith(("Military", "Police")) else "government"), iso2


def group_alias_at(doc: Doc, i: int, lexicon: ActorLexicon) -> GroupEntry | None:
    """The dictionary group whose alias starts at token ``i`` ("ADF", "Islamic State"), if any."""
    found = alias_match(doc, i, len(doc), lexicon)
    return found[1] if found else None


def alias_match(
    doc: Doc, i: int, limit: int, lexicon: ActorLexicon
) -> tuple[int, GroupEntry] | None:
    """The end token and the group of the longest dictionary alias starting at token ``i``
    and ending by ``limit``; acronyms of three letters or fewer only in capitals."""
    first = fold_name(doc[i].text).split()
    if not first or first[0] not in lexicon.first_words:
        return None
    for j in range(min(limit, i + lexicon.max_alias_tokens), i, -1):
        span = doc[i:j]
        entry = lexicon.alias_index.get(fold_name(span.text))
        if entry is None:
            continue
        if len(span.text) <= 3 and not span.text.isupper():
            continue  # "is", "un": only the acronym counts
        return j, entry
    return None
