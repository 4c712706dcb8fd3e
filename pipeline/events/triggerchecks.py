"""Checks that make a trigger word an event of its category in its sentence: a base is set
up, a force is moved, a place (not a thing) is taken, an agreement is made, strikes come from
the air, a visit is to officials."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "PROTESTERS", "WEAPON_NOUNS", "acted_on", "addresses_officials", "agreement_made",
    "air_context", "anti_riot", "by_crowd", "crowd_gathers", "in_grievance",
    "measure_declared", "moves_force", "objects_base", "own_clause", "refers_back",
    "seizes_weapons", "takes_property", "takes_territory", "takes_vessel", "thrown_key"
]  # fmt: skip

_AIR_WORDS = frozenset(
    {
        "warplane",
        "jet",
        "aircraft",
        "helicopter",
        "drone",
        "air",
        "airstrike",
        "plane",
        "bomber",
        "airforce",
        "aerial",
        "glide",
        "barrel",
    }
)
_BASE_NOUNS = frozenset(
    {"post", "outpost", "base", "point", "checkpoint", "position", "headquarters", "camp"}
)


_AGREEING = frozenset(
    {
        "agree",
        "sign",
        "reach",
        "broker",
        "announce",
        "declare",
        "conclude",
        "strike",
        "seal",
        "negotiate",
        "mediate",
        "implement",
        "accept",
        "approve",
        "finalize",
        "finalise",
        "renew",
        "extend",
    }
)
_IN_FORCE = frozenset({"take", "begin", "start", "come", "enter", "hold", "go"})


def agreement_made(token: Token) -> bool:
    """A ceasefire or deal that is made or takes effect here, not one merely referred to
    ("breaching the agreement", "violating the ceasefire")."""
    if any(c.dep_ in ("acl", "amod", "relcl") and c.lemma_ in _AGREEING for c in token.children):
        return True
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_ in _AGREEING:
        return True
    return token.dep_ == "nsubj" and head.lemma_ in _IN_FORCE


def objects_base(token: Token) -> bool:
    return any(t.lemma_.lower() in _BASE_NOUNS for t in token.subtree if t.i != token.i)


def moves_force(token: Token) -> bool:
    force_words = {
        "troop",
        "soldier",
        "force",
        "reinforcement",
        "convoy",
        "tank",
        "unit",
        "personnel",
        "vehicle",
        "fighter",
        "army",
        "battalion",
        "brigade",
        "commando",
        "police",
        "policeman",
        "guard",
        "marine",
        "paratrooper",
        "militia",
        "militiaman",
        "mercenary",
        "warship",
        "jet",
        "helicopter",
    }
    words = [t for t in token.subtree if t.i != token.i]
    # "army units began deploying": the mover is the subject of the verb it completes
    verb = token.head if token.dep_ in ("xcomp", "ccomp", "conj") else token
    words += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in force_words for w in words for t in w.subtree)


#: Objects that make "seized"/"captured" a change of territory, not a confiscation.
_TERRITORY_NOUNS = frozenset(
    {"town", "village", "city", "area", "district", "neighbourhood", "neighborhood", "hill",
     "position", "base", "airport", "airbase", "territory", "control", "region", "province",
     "outpost", "post", "checkpoint", "road", "highway", "crossing", "dam", "bridge", "front",
     "headquarters", "camp", "strip", "locality", "settlement", "hamlet", "kilometre",
     "kilometer", "km"}
)  # fmt: skip


def takes_territory(token: Token) -> bool:
    """ "seized the town", "captured Kunduz", "took control": a place is taken; "seized
    explosives" or "captured three fighters" is not a change of territory."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "five weapons seized by the assailants": no ground; "the localities seized from the army"
    objects = objects or _qualified(token)
    if not objects and token.pos_ == "NOUN":
        # "the capture of 2 militants", "the capture of Kunduz"
        # ("the killing, injury or capture of 2 militants": the "of" the nouns share)
        nouns = [token, *token.conjuncts]
        objects = [o for n in nouns for p in n.children if p.lower_ == "of" for o in p.children]
    if not objects:
        # "captured and killed a fighter": the object the verbs share
        objects = [c for v in token.conjuncts for c in v.children if c.dep_ == "dobj"]
    if not objects:
        return True  # "the town was retaken", "X fell": let the place decide
    for obj in objects:
        if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _TERRITORY_NOUNS:
            return True
        if obj.pos_ == "PROPN" and obj.ent_type_ != "NORP":
            return True  # the small model often calls a town a PERSON or an ORG
    return False


def air_context(sent: Span) -> bool:
    return any(t.lemma_.lower() in _AIR_WORDS for t in sent)


def addresses_officials(token: Token) -> bool:
    official = {
        "minister",
        "ministers",
        "counterpart",
        "counterparts",
        "leader",
        "leaders",
        "official",
        "officials",
        "president",
        "delegation",
        "envoy",
        "ally",
        "allies",
    }
    return any(t.lower_ in official for t in token.subtree if t.i != token.i)


#: Words for weapons (singular lemmas): what is seized or found when weapons use is disrupted
#: ("seized an arms cache").
WEAPON_NOUNS = frozenset(
    {
        "weapon", "arm", "ammunition", "explosive", "rifle", "gun", "cache", "ied", "bomb",
        "grenade", "mine", "landmine", "munition", "launcher", "rocket", "missile", "drone",
        "firearm", "pistol", "bullet", "detonator", "vbied", "rcied", "uxo", "ordnance",
    }
)  # fmt: skip
_FINDING = frozenset(
    {"seize", "recover", "retrieve", "confiscate", "find", "discover", "uncover", "capture"}
)
#: What is stolen, not taken as ground: "seized 150 heads of livestock", "seized an ambulance".
_PROPERTY = frozenset(
    {
        "livestock", "cattle", "cow", "goat", "sheep", "camel", "herd", "head", "animal",
        "vehicle", "car", "truck", "lorry", "motorbike", "motorcycle", "ambulance", "money",
        "cash", "goods", "food", "phone", "property", "belongings", "valuables", "crop",
        "harvest", "merchandise", "fuel", "aid", "supplies",
    }
)  # fmt: skip


def takes_property(token: Token) -> bool:
    """ "gunmen seized 150 heads of livestock", "fighters seized an ambulance from health
    workers": a theft (ACLED's looting), not ground taken."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "seized almost all of the livestock": what the share is of
    objects += [
        g
        for o in objects
        if o.lemma_.lower() in _SHARES
        for p in o.children
        for g in p.children
        if p.lower_ == "of"
    ]
    return any(o.lemma_.lower() in _PROPERTY for o in objects)


_SHARES = frozenset({"all", "most", "some", "part", "much", "many", "half", "rest", "dozens"})


_VESSELS = frozenset({"ship", "vessel", "boat", "tanker", "tug", "dhow", "trawler", "yacht"})


def takes_vessel(token: Token) -> bool:
    """ "pirates seized a cargo ship": a hijacking, its crew held (ACLED's abduction)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _VESSELS for o in objects)


_DECLARING = frozenset({"declare", "impose", "extend", "introduce", "announce", "order", "lift"})


def measure_declared(token: Token) -> bool:
    """ "the government extended the state of emergency", "a curfew was imposed": a measure
    the authorities took (ACLED's change to group/activity), not one named in passing."""
    noun = token
    if token.lower_ == "emergency":  # "the state of emergency"
        if token.head.lower_ != "of" or token.head.head.lower_ != "state":
            return False
        noun = token.head.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _DECLARING


#: Verbs that take a weapon out of use ("defused an IED", "disposed a bomb", "neutralised a
#: mine", "cleared IEDs", "destroyed IEDs"), beside those that find one.
_DISARMING = frozenset(
    {"defuse", "intercept", "dismantle", "remove", "hand", "dispose", "neutralize", "neutralise",
     "clear", "destroy"}
)  # fmt: skip


def acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its objects, else the object the verbs joined to it share
    ("discovered and removed RCIEDs", "attacked and looted the residence")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or _qualified(verb)
    return objects or [c for v in verb.conjuncts for c in v.children if c.dep_ == "dobj"]


def _qualified(verb: Token) -> list[Token]:
    """The noun a participle qualifies, which it acts on: "five weapons seized by the
    assailants", "1041 weapons seized from militias"."""
    head = verb.head
    return [head] if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") else []


def seizes_weapons(token: Token) -> bool:
    """ "seized an arms cache", "recovered rifles and a grenade launcher", "defused an IED",
    "intercepted two drones": weapons use disrupted (ACLED's ``Disrupted weapons use``)."""
    lemma = token.lemma_.lower()
    if lemma not in _FINDING | _DISARMING:
        return False
    objects = acted_on(token)
    if any(o.lemma_.lower() in ("body", "corpse") for o in objects):
        return False  # "three bodies with bullet wounds were found": the dead, not arms
    # "RCIEDs", "VBIEDs": kinds of IED named by their initials
    words = {t.lemma_.lower().removesuffix("s") for o in objects for t in o.subtree}
    if lemma == "dispose" and not objects:  # "disposed of a bomb"
        objects = [o for p in token.children if p.lower_ == "of" for o in p.children]
        words = {t.lemma_.lower().removesuffix("s") for o in objects for t in o.subtree}
    if token.pos_ == "VERB" and token.tag_ != "VBN" and not words & WEAPON_NOUNS:
        # the parse gave an active verb's object to a later word ("disposed a bomb planted by
        # the party's cadres", the bomb read as the subject of "led"): the noun right after it
        after = [t for t in token.doc[token.i + 1 : token.i + 4] if t.pos_ not in ("DET", "ADJ")]
        # (not the subject of an act a verb of finding tells: "found rockets had hit homes";
        # "found IEDs had been planted" still finds the IEDs)
        told = (
            lemma in _FINDING
            and bool(after)
            and after[0].dep_ == "nsubj"
            and after[0].head.dep_ in ("ccomp", "xcomp")
        )
        if after and after[0].pos_ == "NOUN" and after[0].dep_ != "compound" and not told:
            words.add(after[0].lemma_.lower())
    return bool(words & WEAPON_NOUNS) or (lemma == "defuse" and bool(objects))


#: People who gather or march to protest, not troops on the move.
_CROWD_NOUNS = frozenset(
    {
        "crowd", "protester", "protestor", "demonstrator", "activist", "resident", "people",
        "student", "worker", "supporter", "member", "citizen", "villager", "youth", "woman",
        "teacher", "trader", "farmer", "employee", "hundred", "thousand", "dozen", "group", "local",
        "family", "relative", "doctor", "nurse", "lawyer", "driver", "vendor", "participant",
        "journalist", "athlete", "pensioner", "retiree", "miner", "parent", "mother", "mob",
        "staff", "union", "unionist", "consumer", "seller", "motorist", "opposition", "rioter",
    }
)  # fmt: skip


def crowd_gathers(token: Token) -> bool:
    """ "hundreds of residents gathered", "students marched", "a march was held": people, not
    troops, who gather or march."""
    if token.pos_ == "NOUN":
        return True  # "a march", "a gathering"
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in _CROWD_NOUNS for s in subjects for t in (s, *s.children))


#: Thrown at people or buildings: explosives make it an explosion, anything else an attack.
_THROWN_EXPLOSIVES = frozenset(
    {"grenade", "explosive", "bomb", "molotov", "cocktail", "ied", "petrol", "firebomb"}
)


def thrown_key(token: Token) -> str | None:
    """ "threw a grenade at a police station" (an explosion), "hurled stones at a helicopter",
    "threw bleach at a nurse" (an attack); ``None`` when nothing is thrown at anyone."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ in ("amod", "acl"):
        # "a crowd hurled stones at ...", parsed as "hurled stones"; "grenades being thrown"
        objects = [token.head]
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    aimed = any(
        c.dep_ == "prep" and c.lower_ in ("at", "into", "on")
        for w in (token, *objects)
        for c in w.children
    )
    # an explosive thrown is coded by its weapon (a grenade); anything thrown at someone hurts
    return "throw stone" if objects and (aimed or words & _THROWN_EXPLOSIVES) else None


def anti_riot(token: Token) -> bool:
    """Whether the word is the end of "anti-riot"."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "anti"


def own_clause(verb: Token) -> set[Token]:
    """The verb's subtree without the verbs joined to it and theirs."""
    joined = {t for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
    return set(verb.subtree) - joined


def refers_back(token: Token) -> bool:
    """ "the clash", "this attack": an event word that names an event told before."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
        for c in token.children
    )


#: Words that open what a protest is about: "against the invasion", "urging a stop to the
#: fighting", "in solidarity with those killed".
_GRIEVANCE_WORDS = frozenset(
    {"against", "following", "over", "after", "about", "solidarity", "urge", "call", "demand",
     "support", "condemn", "denounce", "reject", "oppose", "mark", "protest", "demonstrate",
     "justice", "grave", "anniversary"}
)  # fmt: skip


def in_grievance(token: Token) -> bool:
    """Whether a violent word only tells what a protest is about ("protested against the
    invasion of Ukraine", "marched to the grave of a journalist who was killed in 1998", "in
    solidarity with those killed", its "with" hung on the verb)."""
    return any(
        a.lower_ in _GRIEVANCE_WORDS
        or a.lemma_.lower() in _GRIEVANCE_WORDS
        or (a.lower_ == "with" and a.i > 0 and a.doc[a.i - 1].lower_ == "solidarity")
        for a in token.ancestors
    )


#: Those who protest, by the words a report calls them.
PROTESTERS = frozenset({"protester", "protestor", "demonstrator"})
_PROTESTING = PROTESTERS | {"marcher", "striker"}


def by_crowd(token: Token) -> bool:
    """Whether protesters say or demand it ("The protesters demanded ..."): the protest's
    demands, no statement of its own."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _PROTESTING for c in token.children)
