"""A dictionary alias found in a sentence, as an actor: a named group with its men's noun, a
group's police ("Asayish police"), civilians who bear arms, and an acronym two bodies share
("SNA": Syria's National Army, or Somalia's), told apart by the countries of the report's
places."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from geodata.normalize import fold_name
from pipeline.events.actorrefs import MEMBER_NOUNS
from pipeline.events.kinds import off_duty, political_wing
from pipeline.lexicon.actor_dictionary import (
    REGIME,
    ActorLexicon,
    ActorRef,
    GroupEntry,
    alias_match,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["alias_ref", "settled_homonyms"]

#: Words after "X police" that name the same men: "Asayish Police forces".
_POLICE_MEN = frozenset({"force", "forces", "officers", "officer", "personnel", "men"})


def alias_ref(
    doc: Doc,
    i: int,
    matched: tuple[int, GroupEntry],
    limit: int,
    lexicon: ActorLexicon,
    bodies: Mapping[str, ActorRef],
) -> tuple[int, ActorRef | None]:
    """The actor a dictionary alias from token ``i`` names, and the token after it.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed report.
    i : int
        The alias's first token.
    matched : tuple of (int, GroupEntry)
        What :func:`~pipeline.lexicon.actor_dictionary.alias_match` found there.
    limit : int
        The end of the sentence.
    lexicon : ActorLexicon
        The actor dictionary.
    bodies : mapping of str to ActorRef
        The report's people and known forces (:func:`pipeline.events.persons.person_bodies`),
        after :func:`settled_homonyms`.

    Returns
    -------
    tuple of (int, ActorRef or None)
        The end token, and the actor (``None``: "an off-duty fighter" is no armed actor).
    """
    end, entry = matched
    regime = entry.name == REGIME
    kind = "military" if regime else "generic" if entry.generic else "group"
    if kind == "group":
        end = _members_noun_end(doc, end, limit, lexicon)
    span = doc[i:end]
    force = _homonym_force(doc[i : matched[0]], entry, bodies) if kind == "group" else None
    if force is not None:
        return end, ActorRef(force.kind, force.country, "", None, span.root.i, i, end, span.text)
    if kind == "group" and end < limit and doc[end].lower_ == "police":
        # "Asayish police", "the Hisbah police": a police force of the event's country
        last = end + 2 if end + 1 < limit and doc[end + 1].lower_ in _POLICE_MEN else end + 1
        police = doc[i:last]  # ("Asayish Police forces": one force)
        return last, ActorRef("military", "", "", None, police.root.i, i, last, police.text)
    name = "" if regime else entry.name
    inter = entry.inter
    if inter not in (5, 6, 7) and (off_duty(span) or political_wing(span)):
        return end, None  # "an off-duty Asayish fighter": a civilian in ACLED's coding
    if inter == 7 and any(c.lower_ == "armed" for c in span.root.children):
        # "three men, armed with pangas": unknown armed men, not civilians
        name, inter = "Unidentified Armed Group ({country})", 3
    return end, ActorRef(kind, "", name, inter, span.root.i, i, end, span.text)


def _members_noun_end(doc: Doc, end: int, limit: int, lexicon: ActorLexicon) -> int:
    """ "SDF fighters", "Islamic State militants": a generic noun right after a named group
    names its members, not a second actor; the group's span takes it in."""
    following = alias_match(doc, end, limit, lexicon) if end < limit else None
    if following and "{country}" in following[1].name:
        return following[0]
    if end < limit and doc[end].lemma_.lower() in MEMBER_NOUNS:
        return end + 1
    return end


def _homonym_force(
    alias: Span, entry: GroupEntry, bodies: Mapping[str, ActorRef]
) -> ActorRef | None:
    """The forces of another country than the group's that ``bodies`` keeps for the alias."""
    force = bodies.get(fold_name(alias.text))
    if (
        not alias.text.isupper()
        or force is None
        or force.kind not in ("military", "government")
        or not entry.country
        or force.country in ("", entry.country)
    ):
        return None
    return force


def settled_homonyms(
    bodies: Mapping[str, ActorRef], lexicon: ActorLexicon, countries: Collection[str]
) -> dict[str, ActorRef]:
    """``bodies`` without the forces whose acronym a group of another country shares ("SNA"),
    unless the report's ``countries`` (of its places) hold the forces' and not the group's.

    Examples
    --------
    >>> from pipeline.lexicon.actor_dictionary import ActorLexicon
    >>> lexicon = ActorLexicon.load()
    >>> force = ActorRef("military", "SO", "", None, -1, -1, -1, "sna")
    >>> sorted(settled_homonyms({"sna": force}, lexicon, {"SO"})), settled_homonyms(
    ...     {"sna": force}, lexicon, {"SY", "SO"})
    (['sna'], {})
    """
    settled = dict(bodies)
    for key, force in bodies.items():
        entry = lexicon.alias_index.get(key)
        if (
            entry is not None
            and entry.country
            and force.country not in ("", entry.country)
            and not (force.country in countries and entry.country not in countries)
        ):
            del settled[key]
    return settled
