"""Actors named by what they are rather than by name: a community's armed men ("Fulani
herders", ACLED's identity militias) and the things of armed forces that stand for them as
targets ("a military base", "an Afghan military tank")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "CIVILIAN_NOUNS",
    "PERSONNEL",
    "by_force",
    "force_thing",
    "foreign_group_ref",
    "held_by_others",
    "militia_ref",
    "off_duty",
    "out_of_service",
    "political_wing",
    "tied_to_forces",
]


#: Things of armed forces that stand for them as targets ("a military base", "an army APC").
_FORCE_THINGS = frozenset(
    {"base", "post", "tank", "apc", "vehicle", "convoy", "camp", "position", "barracks",
     "patrol", "helicopter", "plane", "ship", "vessel", "agent", "station", "compound", "officer",
     "personnel", "commander", "unit", "truck", "detachment", "outpost", "watchpost", "garrison",
     "checkpoint", "point", "member", "man", "guard"}
)  # fmt: skip
_FORCE_MODIFIERS = frozenset(
    {"military", "army", "police", "security", "naval", "navy", "gendarmerie", "customs"}
)
#: Forces nouns that are the event country's forces when no state is named ("jihadists killed a
#: soldier").
PERSONNEL = frozenset(
    {"soldier", "troop", "army", "force", "serviceman", "personnel", "police", "policeman", "guard",
     "gendarme", "gendarmerie", "detachment", "garrison", "outpost", "checkpoint", "officer",
     "military", "commando", "agent", "apc", "constable", "security operatives",
     *(f"{land} {ranger}" for land in ("park", "forest", "wildlife", "game")
       for ranger in ("ranger", "rangers"))}
)  # fmt: skip
#: Where an adjective stands as a noun ("members of the military", "the military fired").
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "conj", "appos"})
#: Posts that stand for the forces who man them with no word of whose they are.
_MANNED = frozenset({"checkpoint", "check"})


def held_by_others(token: Token) -> bool:
    """A post the text says someone set up or holds ("a checkpoint set up by an armed group"):
    theirs, not the state's forces."""
    return token.lemma_.lower() in _MANNED and any(
        g.dep_ == "agent" for c in token.children if c.dep_ == "acl" for g in c.children
    )


def force_thing(token: Token) -> ActorRef | None:
    """ "a military base", "an Afghan military supply truck", "a police post", "a check point",
    "military members": the forces they are; and "the military" the model tagged an adjective
    ("three members of the military")."""
    if token.lower_ == "military" and token.pos_ == "ADJ" and token.dep_ in _NOUN_DEPS:
        return ActorRef("forces", "", "", None, token.i, token.i, token.i + 1, token.text)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _FORCE_THINGS:
        return None
    words = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
    # "an Afghan military supply truck": the force word may modify the thing's first noun
    words += [g for c in words if c.dep_ == "compound" for g in c.children if g.i < c.i]
    force = next((c for c in words if c.lower_ in _FORCE_MODIFIERS), None)
    if force is None and (token.lower_ in _MANNED or any(c.lower_ in _MANNED for c in words)):
        force = None if held_by_others(token) else token
    if force is None:
        return None
    start = min((c.i for c in words), default=token.i)
    surface = token.doc[start : token.i + 1].text
    return ActorRef("forces", "", "", None, token.i, start, token.i + 1, surface)


#: Nouns for the armed men of a community ("Fulani herders", "Dinka militia").
_COMMUNITY_ARMED = frozenset(
    {"militia", "militias", "militiaman", "militiamen", "herder", "herdsman", "herdsmen",
     "pastoralist", "clan", "clansman", "clansmen", "herdman", "herdmen"}
)  # fmt: skip  # ("Militias" capitalised: the model's lemma keeps the plural)


#: Herders are a community's armed men only as doers.
_HERDING = frozenset({"herder", "herdsman", "herdsmen", "pastoralist", "herdman", "herdmen"})


def militia_ref(token: Token, gazetteer: GazetteerLike) -> ActorRef | None:
    """A community's armed men, ACLED's identity militias (inter code 4): a people's name
    ("Fulani herders", "an armed Nuer clan") is an ethnic militia, a place's name ("Kafanchan
    militiamen") a communal one, a creed's ("an Islamist militia") a political militia
    (inter code 3). A nation's name is not
    ("Afghan militia" is no ethnic group)."""
    if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "ADJ", "NOUN", "PRON"):
        return None
    if token.is_upper and len(token.text) > 1:
        return None  # an acronym is an organisation's ("ZRF militias"), not a people's
    if token.pos_ == "PRON" and token.is_stop:
        return None  # a pronoun ("They", "Those militiamen"); not a people the model took for
        # one ("Twa militiamen")
    doc = token.doc
    end = token.i + 1
    if end < len(doc) and doc[end].lower_ in ("pastoral", "armed", "ethnic", "local", "village"):
        end += 1
    shared = _shared_noun(doc, end)  # "Tiv and Jukun militias": the Tiv's militia too
    if shared is not None:
        end = shared
    elif end >= len(doc) or doc[end].lemma_.lower() not in _COMMUNITY_ARMED:
        return None
    herding = doc[end]
    role = herding.head if herding.dep_ == "compound" else herding  # "Fulani pastoralist men"
    if herding.lemma_.lower() in _HERDING and role.dep_ not in ("nsubj", "conj", "compound"):
        return None  # "shot two Fulani herders": herders harmed are civilians, not a militia
    if gazetteer.country_for_demonym(token.text) or gazetteer.country(token.text.upper()):
        return None
    span = doc[token.i : token.i + 1] if shared is not None else doc[token.i : end + 1]
    if token.lower_.endswith("ist") and herding.lemma_.lower() in ("militia", "militiaman"):
        # "an Islamist militia": a creed's militia is a political one (ACLED's inter code 3)
        name = f"{token.text} Militia ({{country}})"
        return ActorRef("generic", "", name, 3, end, token.i, end + 1, span.text)
    # (a people's name is also a hamlet's somewhere: "Fulani" names no town)
    kind = "Communal" if gazetteer.has_key(fold_name(token.text), villages=False) else "Ethnic"
    name = f"{token.text} {kind} Militia ({{country}})"
    if shared is not None:  # (the first name of two is its own actor: its own word is its head)
        return ActorRef("generic", "", name, 4, token.i, token.i, token.i + 1, span.text)
    return ActorRef("generic", "", name, 4, end, token.i, end + 1, span.text)


def foreign_group_ref(token: Token, gazetteer: GazetteerLike) -> ActorRef | None:
    """An unnamed armed group a nation's name marks ("an Indian armed group", "armed Chadian
    groups"): an Unidentified Armed Group of that country, as ACLED codes it, wherever it
    acts."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i == 0 or token.i + 2 > len(doc):
        return None
    if doc[token.i + 1].lower_ == "armed" and token.i + 2 < len(doc):
        start, noun = token.i, doc[token.i + 2]  # "an Indian armed group"
    elif doc[token.i - 1].lower_ == "armed":
        start, noun = token.i - 1, doc[token.i + 1]  # "an armed Indian group"
    else:
        return None
    iso2 = gazetteer.country_for_demonym(token.text)
    if noun.lemma_.lower() != "group" or not iso2:
        return None
    span = doc[start : noun.i + 1]
    name = "Unidentified Armed Group ({country})"
    return ActorRef("generic", iso2, name, 3, noun.i, start, noun.i + 1, span.text)


def _shared_noun(doc: Doc, after: int) -> int | None:
    """The index of the community's noun a name shares with the next name ("Tiv and Jukun
    militias", "Gadbursi and Issa clansmen"), or ``None``."""
    if after + 2 >= len(doc) or doc[after].lower_ not in ("and", "&"):
        return None
    other, noun = doc[after + 1], doc[after + 2]
    if not other.text[:1].isupper() or noun.lemma_.lower() not in _COMMUNITY_ARMED:
        return None
    return noun.i


#: People who are no armed men: the victims of violence against civilians, the detained of an
#: arrest ("a teacher was shot", "police arrested 31 activists").
CIVILIAN_NOUNS = frozenset(
    {
        "civilian", "man", "woman", "boy", "girl", "child", "baby", "person", "people",
        "resident", "villager", "inhabitant", "local", "farmer", "herder", "pastoralist",
        "shepherd", "fisherman", "trader", "vendor", "merchant", "shopkeeper", "businessman",
        "driver", "passenger", "worker", "labourer", "laborer", "miner", "teacher", "student",
        "pupil", "doctor", "nurse", "journalist", "reporter", "activist", "preacher", "imam",
        "priest", "pastor", "cleric", "elder", "chief", "official", "councillor", "councilor",
        "leader", "member", "supporter", "candidate", "politician", "lawyer", "judge", "youth",
        "family", "relative", "wife", "husband", "son", "daughter", "brother", "sister",
        "father", "mother", "refugee", "migrant", "voter", "worshipper", "pilgrim",
        "tourist", "employee", "staff", "volunteer", "individual", "suspect",
        "thief", "robber", "dealer", "smuggler", "sailor", "musician", "artist", "spy",
        "informant", "hunter", "idp", "idps", "mourner", "teenager", "mayor", "captain",
        "crew", "guide", "director", "owner", "chairman", "engineer", "missionary", "traveller",
        "traveler", "motorist", "pedestrian", "customer", "patient", "detainee", "prisoner",
        "hostage", "herdsman", "cadre",
    }
)  # fmt: skip


#: Words that make soldiers or police civilians in ACLED's coding ("a former soldier", "an
#: off-duty police officer", "a retired general").
_OUT_OF_SERVICE = re.compile(
    r"\b(?:former|retired|ex-|demobili[sz]ed|veteran|unarmed)\s+(?:\w+\s+){0,2}$"
    r"|^(?:\w+\s+)?\W*\(?(?:off[- ]duty|(?:\w+\s+)?unarmed)\b"
    r"|\boff[- ]duty\s+(?:\w+\s+){0,2}$"
    # unarmed trades named with a forces word: "media personnel", "an aid convoy"
    r"|\b(?:media|medical|health|hospital|humanitarian|aid|civilian)\s+$",
    re.I,
)


#: Off duty or unarmed, before or after the words that name an armed side ("an off-duty
#: Asayish fighter", "FACA soldiers (assumedly unarmed)", "an officer who was unarmed").
#: Away from duty: "a police officer on his way home", "a soldier at his house", "a
#: constable as he stepped out of his home".
_AWAY = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:on (?:his|her|their) way (?:home|back home|to work)|"
    r"(?:at|outside|in front of) (?:his|her|their) (?:home|house|residence)|"
    # "a constable as he stepped out of his home", "a soldier while he was going home"
    r"(?:as|when|while) (?:he|she|they) (?:was |were )?(?:came|coming|stepped|stepping|"
    r"walked|walking|left|leaving|returned|returning|went|going)(?: out of| back to| back| to|"
    r" from)?(?: (?:his|her|their))? (?:home|house|residence)|"
    # "a sergeant travelling alone on the highway", "a gendarme in his private car"
    r"(?:who (?:was|were) )?travel+ing alone|"
    r"(?:while )?in (?:his|her|their) (?:own|personal|private) (?:\w+ )?(?:car|vehicle))\b",
    re.I,
)
_OFF_DUTY_BEFORE = re.compile(
    r"\b(?:off[- ]duty|unarmed)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}$", re.I
)
_OFF_DUTY_AFTER = re.compile(
    r"^(?:(?!and\b|or\b|nor\b)[\w-]+\s+)?"
    r"(?:\(\s*(?:\w+\s+)?|,?\s*(?:who (?:was|were)|while) (?:\w+\s+)?)"
    r"(?:off[- ]duty|unarmed)\b",
    re.I,
)


def out_of_service(token: Token) -> bool:
    """Whether a forces noun names someone out of service, a civilian in ACLED's coding
    ("a former soldier", "a retired police officer", "a police officer (off-duty)", "unarmed
    soldiers", "soldiers (assumedly unarmed)", "an off-duty Kenyan police officer", "a police
    officer on his way home"), or an unarmed trade ("media personnel")."""
    doc = token.doc
    # six words back: "off-duty" is three tokens
    before = doc[max(0, token.i - 6) : token.i].text + " "
    after = doc[token.i + 1 : token.i + 6].text
    return bool(
        _OUT_OF_SERVICE.search(before)
        or _OUT_OF_SERVICE.match(after)
        or _OFF_DUTY_AFTER.match(after)  # "an officer who was unarmed"
        or _AWAY.match(doc[token.i + 1 : token.i + 9].text)
    )


def off_duty(span: Span) -> bool:
    """Whether the words around an armed side's name say its men were off duty or unarmed:
    civilians in ACLED's coding, whoever they serve (a named group keeps its name when it
    is only "former": ACLED codes ex-rebels as their group).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("An off-duty Asayish fighter was shot. FACA and unarmed men were shot.")
    >>> off_duty(doc[4:5]), off_duty(doc[9:10])
    (True, False)
    >>> off_duty(nlp("FACA soldiers (assumedly unarmed) were beaten.")[0:1])
    True
    >>> off_duty(nlp("Rebels shot unarmed civilians and FACA soldiers.")[5:6])
    False
    """
    doc = span.doc
    before = doc[max(0, span.start - 6) : span.start].text + " "
    after = doc[span.end : span.end + 6].text
    return bool(_OFF_DUTY_BEFORE.search(before) or _OFF_DUTY_AFTER.match(after))


def political_wing(span: Span) -> bool:
    """ "a member of the political wing of the Arakan Army": no armed man of the group."""
    head = span.root.head
    return (
        span.root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() == "wing"
        and any(c.lower_ in ("political", "civilian") for c in head.head.children)
    )


def by_force(token: Token) -> bool:
    """ "entered the building by force", "excessive force": force as a manner, not forces
    (these take a determiner, an owner or a name: "the force", "a joint force")."""
    return token.lower_ == "force" and not any(
        c.dep_ in ("det", "poss", "compound", "nummod") for c in token.children
    )


#: People whose tie to the forces makes them no forces ("the son of a soldier", "a spy for
#: the army"): civilians in ACLED's coding.
_TIED = frozenset(
    {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "child",
     "relative", "family", "widow", "spy", "informant", "informer", "collaborator"}
)  # fmt: skip


def tied_to_forces(token: Token) -> bool:
    """Whether a forces noun only says whose kin or spy someone is ("the son of a soldier",
    "accused spies of the army"), or whose own guard ("a commander and his guard")."""
    head = token.head
    if token.lemma_.lower() == "guard" and any(
        c.dep_ == "poss" and c.ent_type_ not in ("GPE", "NORP") for c in token.children
    ):
        return True
    if token.dep_ != "pobj" or head.lower_ not in ("of", "for"):
        return False
    owner = head.head
    # "unarmed officers of the presidential guard": the unit of men out of service
    return owner.lemma_.lower() in _TIED or (
        owner.lemma_.lower() in PERSONNEL and owner.pos_ == "NOUN" and out_of_service(owner)
    )
