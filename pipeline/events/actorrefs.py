"""Settle the actors found in one sentence: organisations the dictionary does not know, members
of a named group, and forces named without a country of their own."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.events.groupnames import inter_of_name, state_unit
from pipeline.events.kinds import off_duty
from pipeline.events.orgplaces import names_a_place
from pipeline.events.triggers import TRIGGERS
from pipeline.gazetteer_api import GazetteerLike
from pipeline.lexicon.actor_dictionary import ActorRef
from pipeline.lexicon.place_words import envoy_of
from pipeline.nlp.entities import entities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "MEMBER_NOUNS",
    "drop_unplaced",
    "members_of_groups",
    "political_opposition",
    "told_men",
    "with_unknown_groups",
]


def with_unknown_groups(
    refs: list[ActorRef], sent: Span, gazetteer: GazetteerLike
) -> list[ActorRef]:
    """An organisation the dictionary does not know that does or suffers the event ("The MNDAA
    took control of Lashio") is an actor under its own name, with no inter code."""
    taken = {i for r in refs for i in range(r.start, r.end)}
    extra = []
    for ent in [*entities(sent), *_acronyms(sent)]:
        if ent.label_ != "ORG" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        short = len(ent.text) == 2  # (a two-letter acronym is a place only by its exact name)
        if (
            any(c.score >= 0.95 for c in gazetteer.lookup(ent.text, limit=1))
            if short
            else gazetteer.has_key(fold_name(ent.text), villages=False)
        ):
            continue  # "recaptured Saraqib": the model's ORG is a place ("AA" is none)
        parts = [part.strip() for part in ent.text.split(",")]
        if len(parts) > 1 and any(
            gazetteer.has_key(fold_name(part), villages=False) for part in parts if part
        ):
            continue  # "in Koro (Dinangou, Mopti)": places listed, which the model ran on
        if fold_name(ent.text) in _WEAPON_NAMES:
            continue  # "shot an RPG at a tank": a weapon, not a group
        if off_duty(ent):
            continue  # "an off-duty Arbaki militiaman": a civilian in ACLED's coding
        root = ent.root
        # ("police and cadres of X": the parse may hang "of X" on the first of the pair)
        members = MEMBER_NOUNS | {"militant", "rebel"}
        of_members = (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and (
                root.head.head.lemma_.lower() in members
                or (root.head.i > 0 and root.doc[root.head.i - 1].lemma_.lower() in members)
            )
        )
        # "an NPA arms cache", "suspected BIFF members": the group's men or stores
        # (an acronym the model reads as an adjective too: "FRPI elements")
        group_of = (root.dep_ == "compound" or (root.dep_ == "amod" and ent.text.isupper())) and (
            root.head.lemma_.lower() in _GROUP_THINGS or _doing_members(root.head)
        )
        # ("UPC men": "men" alone was read as people; "BIFF militants": as generic militants)
        men = next((r for r in refs if r.head == root.head.i), None) if group_of else None
        if men is not None and not (men.kind == "generic" or root.head.lemma_.lower() == "man"):
            group_of = False
        if not of_members and names_a_place(ent):
            continue  # "killed 2 civilians in Igbo-Igana", "stormed Mathemba Secondary School"
        side = root
        while side.dep_ == "conj" and side.head.i != side.i:
            side = side.head  # "Myanmar military and AA clashed": a side named with another
        if (
            of_members
            or group_of
            or (side.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and _near_trigger(side))
        ):
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            if "(" in name and ")" not in name:
                # the model's cut inside brackets: "Chhatra League (BCL" is the league, "Squad
                # (Densus 88" (the end of a longer name) the acronym in the brackets, "Militia
                # (Sheka" the militia
                before, inside = (part.strip() for part in name.split("(", 1))
                acronym = inside[:1].isupper() and (
                    inside.split()[0].isupper() or any(c.isdigit() for c in inside)
                )
                name = inside if len(before.split()) == 1 and acronym else before
            if state_unit(name):  # "the Federal Police": the state's forces, in its country
                extra.append(ActorRef("military", "", "", None, root.i, ent.start, ent.end, name))
                continue
            # the men's code stays the group's ("BIFF militants" are militants, 2; "UPC men"
            # are no civilians, so no code)
            # (or its name's words tell it: "X Liberation Army", "the Y sect")
            told = f"{name} {root.head.text}" if group_of else name
            inter = men.inter if men is not None and men.inter != 7 else inter_of_name(told)
            # (the men's noun is where the parse tells what the group did or suffered)
            head, end = (men.head, max(ent.end, men.end)) if men is not None else (root.i, ent.end)
            extra.append(ActorRef("group", "", name, inter, head, ent.start, end, ent.text))
            if men is not None:
                # "attacked by UPC men", "BIFF militants": the group's men, not of their own
                refs = [r for r in refs if r.head != root.head.i]
    return sorted([*refs, *extra], key=lambda r: r.start)


#: What an armed group's name qualifies: its men, hideouts and arms ("an NPA arms cache").
_GROUP_THINGS = frozenset(
    {"militant", "rebel", "insurgent", "fighter", "commander", "gunman", "element", "hideout",
     "cache", "stronghold", "position", "training", "arm", "arms", "weapon", "sect", "militia",
     "militiaman"}
)  # fmt: skip
#: Weapons and devices the model takes for organisations ("no GPS position available").
_WEAPON_NAMES = frozenset(
    {"rpg", "rpgs", "ied", "ieds", "vbied", "rcied", "pbied", "svbied", "manpads", "atgm",
     "ak-47", "gps", "uav", "uavs"}
)  # fmt: skip


def _acronyms(sent: Span) -> list[Span]:
    """Acronyms the model tags as nothing ("clashed between TPNPB and the army"), read as
    organisations: a capitalised word of three to eight letters outside any entity, or of two
    named with another side ("the army and AA clashed")."""
    from spacy.tokens import Span

    found, doc, i = [], sent.doc, sent.start
    while i < sent.end:
        token, end = doc[i], i + 1
        # ("NDC-R elements": an acronym with a hyphenated part is one name)
        while end + 1 < sent.end and doc[end].text == "-" and _capital_word(doc[end + 1]):
            end += 2
        if (
            all(t.ent_iob_ == "O" for t in doc[i:end])
            and _capital_word(token)
            and (
                end > i + 1
                or 3 <= len(token.text) <= 8
                or (len(token.text) == 2 and token.dep_ == "conj")
            )
            and doc[end - 1].pos_ in ("PROPN", "NOUN")
        ):
            found.append(Span(doc, i, end, label="ORG"))
        i = end
    return found


def _capital_word(token: Token) -> bool:
    return token.is_upper and token.is_alpha


def _doing_members(noun: Token) -> bool:
    """ "NPA members and troops clashed", "an IED planted by suspected BIFF members", "attacked
    by UPC men": members of a group the dictionary does not know who do the act (members
    harmed or arrested may be a party's)."""
    if noun.lemma_.lower() not in ("member", "cadre", "man"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "between" or noun.head.dep_ == "agent"
    return noun.dep_ == "nsubj"


def _near_trigger(token: Token) -> bool:
    """The token's verb (or the verb of its preposition) is an event word, or has one as its
    subject ("clashes broke out between X and Y")."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    if head.dep_ == "dobj" and f"{head.head.lemma_.lower()} fire" in TRIGGERS:
        return True  # "exchanged gunfire with X"
    if head.lemma_.lower() == "exchange" and any(
        t.dep_ == "compound" and t.lemma_.lower() in ("gunfire", "fire") for t in head.children
    ):
        return True  # "gunfire exchanges with X"
    return head.lemma_.lower() in TRIGGERS or any(
        t.lemma_.lower() in TRIGGERS or f"{head.lemma_.lower()} {t.lemma_.lower()}" in TRIGGERS
        for t in head.children
        if t.dep_ in ("xcomp", "dobj") or (t.dep_ == "nsubj" and token.head.lower_ == "between")
    )  # ("The Somaliland Police Forces opened fire")


#: Forces that are people or posts (not weapons): without a country they are the event
#: country's own.
def drop_unplaced(refs: list[ActorRef], doc: Doc) -> list[ActorRef]:
    """ "Turkey sent 5,000 troops": forces without a country of their own belong to a state the
    sentence names; only when it names none are they the event country's ("troops repelled the
    assault", "militants killed a soldier")."""
    named_state = any(
        r.country
        for r in refs
        if r.kind in ("state", "military", "government")
        and not envoy_of(doc[r.head])  # "outside the Ivory Coast embassy", "Kenya's embassy"
    )
    settled = {"forces": "military", "rulers": "government"}
    return [
        replace(r, kind=settled[r.kind]) if r.kind in settled else r
        for r in refs
        if r.kind not in settled or not named_state
    ]


_BARE_MEMBERS = frozenset({"militants", "fighters", "insurgents", "jihadists", "gunmen"})


def members_of_groups(refs: list[ActorRef], doc: Doc) -> list[ActorRef]:
    """ "two fighters of the PKK-affiliated YBS": the group, not generic fighters; and generic
    rebels in a sentence that names an armed group are that group's."""
    groups = [r for r in refs if r.kind == "group"]
    armed_group = any(g.inter == 2 for g in groups)
    out = []
    for ref in refs:
        if ref.kind == "generic" and _faction_of_named(ref, doc):
            continue  # "two factions of the students' league": not rebels
        if ref.kind == "generic" and armed_group and fold_name(ref.surface) in _BARE_MEMBERS:
            continue  # "al-Shabaab assault ... killing 12 militants": the militants are its own
        if ref.kind == "generic" and any(
            doc[g.head].i in {t.i for t in doc[ref.head].subtree} and g.head != ref.head
            for g in groups
        ):
            continue
        out.append(ref)
    # "an armed group composed of 20 people": the group's men, no civilians
    return [
        ref
        for ref in out
        if not (
            ref.inter == 7
            and any(
                other.inter in (1, 2, 3, 8) and _made_of(doc[ref.head], doc[other.head])
                for other in out
            )
        )
    ]


_MADE_OF = frozenset({"compose", "consist", "comprise", "make"})


def _made_of(member: Token, body: Token) -> bool:
    """Whether ``member`` tells what ``body`` is made of: "an armed group of 20 people", "a
    group composed of more than 20 people" (not a clause's object: "gunmen who killed five
    people")."""
    current = member
    for _ in range(4):
        if current.dep_ not in ("pobj", "prep", "acl") or current.head.i == current.i:
            return False
        if current.dep_ == "acl" and current.lemma_ not in _MADE_OF:
            return False
        current = current.head
        if current.i == body.i:
            return True
    return False


#: Who a faction is of when it is no armed group: "youth factions", "party factions".
_UNARMED_FACTIONS = frozenset(
    {"youth", "student", "party", "union", "political", "labour", "labor", "trade", "market"}
)


def _faction_of_named(ref: ActorRef, doc: Doc) -> bool:
    """ "factions of X" names X's factions, whatever X is, and "youth factions" or "party
    factions" are no armed men; only bare "factions" are rebels."""
    if fold_name(ref.surface) not in ("factions", "faction"):
        return False
    if any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _UNARMED_FACTIONS
        for c in doc[ref.head].children
    ):
        return True
    after = doc[ref.end : ref.end + 3]
    return (
        len(after) >= 2
        and after[0].lower_ == "of"
        and any(t.pos_ == "PROPN" or t.lemma_.lower() in _UNARMED_FACTIONS for t in after[1:])
    )  # "factions of the X party", "two factions of students"


MEMBER_NOUNS = frozenset(
    {
        "fighter",
        "member",
        "commander",
        "leader",
        "unit",
        "cell",
        "force",
        "gunman",
        "operative",
        "militant",
        "mercenary",
        "element",
        "combatant",
        "troop",
        "soldier",
        "peacekeeper",
        "cadre",
    }
)


#: What the political opposition has: "an opposition party", "a supporter of the opposition".
_POLITICAL = frozenset(
    {"party", "supporter", "leader", "member", "politician", "candidate", "activist", "mp",
     "lawmaker", "figure", "coalition", "rally", "camp", "lawyer", "senator", "deputy",
     "official", "councillor", "councilor", "spokesman", "spokesperson", "office",
     "headquarters", "newspaper", "parliamentarian", "legislator"}
)  # fmt: skip


#: Where "the opposition" sits at a table, not in the field.
_TALKS = frozenset({"negotiation", "talk", "dialogue", "election", "vote", "deal", "consultation"})


def political_opposition(span: Span) -> bool:
    """ "the opposition" of a party or its supporters is no armed opposition."""
    if span.text.lower() != "opposition":
        return False
    token = span[0]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.lemma_.lower() in _POLITICAL:
        return True
    if any(a.lemma_.lower() in _TALKS for a in token.ancestors):
        return True  # "negotiations between the government and opposition"
    return (
        token.head.lower_ == "of" and token.head.head.lemma_.lower() in _POLITICAL
    ) or token.head.lemma_.lower() in _POLITICAL


#: Armed men a report names by their group first and then by the noun alone.
_ARMED_MEN = frozenset(
    {"militant", "insurgent", "rebel", "fighter", "jihadist", "gunman", "extremist", "islamist"}
)


def told_men(
    refs: list[ActorRef], named: dict[str, ActorRef], doc: Doc, *, unclaimed: bool = False
) -> list[ActorRef]:
    """Generic armed men told of after a group's men were named are the group's ("ASWJ
    insurgents attacked the village. Insurgents looted goods": ASWJ looted).

    Parameters
    ----------
    refs : list of ActorRef
        One sentence's actors, in text order.
    named : dict
        The men named so far in the article, by the noun's lemma: read, and updated with this
        sentence's groups named by their men ("NPA militants").
    doc : spacy.tokens.Doc
        The parsed article.
    unclaimed : bool
        Whether the report says no group claimed the act (see
        :func:`pipeline.events.attribution.no_claim`): its generic armed men ("militants") are
        an unidentified armed group.
    """
    out = []
    for ref in refs:
        noun = doc[ref.end - 1].lemma_.lower()
        bare = all(c.dep_ == "det" for c in doc[ref.head].lefts)
        if ref.kind == "generic" and noun in named and bare:
            group = named[noun]  # ("the militants", "insurgents"; not "unidentified militants")
            ref = replace(ref, kind=group.kind, name=group.name, inter=group.inter)
        elif unclaimed and ref.kind == "generic" and noun in _ARMED_MEN and ref.inter == 2:
            ref = replace(ref, name="Unidentified Armed Group ({country})", inter=3)
        elif ref.kind == "group" and ref.inter is not None:
            men = doc[ref.head]  # ("Islamic State militants", "TKR militants": the men's noun)
            if men.lemma_.lower() in _ARMED_MEN and men.i < ref.end:
                named[men.lemma_.lower()] = ref
        out.append(ref)
    return out
