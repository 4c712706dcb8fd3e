"""Word lists that several stages read, kept below all of them.

The actor dictionary (``data/actors.json``, with its sources) and the words toponym
recognition reads context from (locative words, place nouns, entity labels). ``geoparse``
reads the actor names too ("Wagner" the group is not the town), so they live here rather
than in ``events``.

Public API: :class:`ActorLexicon`, :class:`ActorRef`, :class:`GroupEntry`,
:func:`group_alias_at`; the word sets in :mod:`pipeline.lexicon.place_words`.
"""

from __future__ import annotations

from pipeline.lexicon.actor_dictionary import ActorLexicon, ActorRef, GroupEntry, group_alias_at

__all__ = ["ActorLexicon", "ActorRef", "GroupEntry", "group_alias_at"]
