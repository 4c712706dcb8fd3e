"""The actor dictionary file: groups with the countries they fight in, and the shipped file's
groups that fight in several."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.lexicon.actor_dictionary import ActorLexicon

_STATE = {"military": ["army"], "government": ["government"], "regime_words": ["regime"]}


def test_a_groups_areas_are_read_and_default_to_none(tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    groups = [
        {"name": "Dorn Front", "inter": 2, "country": "ML", "areas": ["ML", "BF"],
         "aliases": ["dorn front"]},
        {"name": "Vale Army", "inter": 2, "country": "NE", "aliases": ["vale army"]},
    ]  # fmt: skip
    path.write_text(
        json.dumps({"groups": groups, "generic": [], "state": _STATE, "persons": []}),
        encoding="utf-8",
    )
    lexicon = ActorLexicon.load(path)
    assert {g.name: g.areas for g in lexicon.groups} == {
        "Dorn Front": ("ML", "BF"), "Vale Army": ()
    }  # fmt: skip


def test_the_shipped_groups_that_fight_abroad_list_their_home_among_their_areas() -> None:
    lexicon = ActorLexicon.load()
    roaming = {g.name: g for g in lexicon.groups if g.areas}
    assert "JNIM: Group for the Support of Islam and Muslims" in roaming
    assert all(g.country in g.areas and len(g.areas) > 1 for g in roaming.values())
