"""What punctuation says about place names: containers, and names the text puts inside a
region where the gazetteer has none of them. Small literal mentions and candidates."""

from __future__ import annotations

from dataclasses import replace

from geodata.models import Candidate
from pipeline.geoparse.structure import first_container, in_other_region, names_unknown_inside
from pipeline.models import Mention


def _mentions(text: str, names: list[str]) -> list[Mention]:
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        found.append(Mention("a", name, start, start + len(name), 0, "GPE"))
        at = start + len(name)
    return found


def _town(name: str, country: str, kind: str = "city", score: float = 1.0) -> Candidate:
    return Candidate(f"t:{name}:{country}", name, kind, country, "", 0.0, 0.0, 0, score, "")


def test_a_name_told_again_in_brackets_is_no_container_of_itself() -> None:
    text = "in Kora (Kora Dam, Vale)"
    mentions = _mentions(text, ["Kora", "Kora", "Vale"])
    first = {"kora": (_town("Kora", "ML"), 0.9), "vale": (_town("Vale", "TD", "admin1"), 0.9)}
    containers = {0: 1, 1: 2}
    assert first_container(0, containers, mentions, first)[0].name == "Vale"


def test_a_village_unknown_in_its_region_has_no_namesake_answer() -> None:
    text = "in Tara (Tara, Vale) and in Lune, Vale"
    mentions = _mentions(text, ["Tara", "Tara", "Vale", "Lune", "Vale"])
    candidates = {
        "tara": [_town("Tara", "FR")],
        "vale": [_town("Vale", "TD", "admin1"), _town("Vale", "PT", score=0.8)],
        "lune": [_town("Lune", "FR")],
    }
    # the bracket puts Tara in Chad's Vale; "Lune, Vale" may be a list and says nothing
    assert names_unknown_inside(mentions, text, candidates, 0.85) == {"tara"}
    candidates["tara"].append(_town("Tara", "TD"))
    assert names_unknown_inside(mentions, text, candidates, 0.85) == set()


def test_names_listed_before_a_bracket_lie_inside_it_too() -> None:
    text = "in Kora and Tara (Tara, Vale), and in Lune or Sefa, Vale"
    mentions = _mentions(text, ["Kora", "Tara", "Tara", "Vale", "Lune", "Sefa", "Vale"])
    candidates = {
        "kora": [_town("Kora", "SY", score=0.9)],
        "tara": [_town("Tara", "TD")],
        "vale": [_town("Vale", "TD", "admin1")],
        "lune": [_town("Lune", "FR")],
        "sefa": [_town("Sefa", "FR")],
    }
    # the bracket after "Kora and Tara" puts both in Chad's Vale: Kora of Syria is not it;
    # a list before a bare comma says nothing ("Lune or Sefa, Vale")
    assert names_unknown_inside(mentions, text, candidates, 0.85) == {"kora"}
    # ... also where the second name is none the model tagged ("Mira")
    text = "in Kora and Mira (Tara, Vale)"
    mentions = _mentions(text, ["Kora", "Tara", "Vale"])
    assert names_unknown_inside(mentions, text, candidates, 0.85) == {"kora"}
    # guards: a town known by its own name and sizeable, and a bracket of one name, say
    # nothing of the names listed before it
    sizeable = {**candidates, "kora": [replace(_town("Kora", "SY"), population=150_000)]}
    assert names_unknown_inside(mentions, text, sizeable, 0.85) == set()
    text = "in Kora and Mira (Vale)"
    assert names_unknown_inside(_mentions(text, ["Kora", "Vale"]), text, candidates, 0.85) == set()


def _placed(name: str, admin1: str, kind: str, lon: float) -> Candidate:
    return Candidate(f"t:{name}", name, kind, "AF", admin1, lon, 34.0, 0, 1.0, "")


def test_a_town_in_another_region_than_the_text_names_is_not_meant() -> None:
    regions = {
        "Vale": _placed("Vale", "Vale", "admin1", 69.0),
        "Dorn": _placed("Dorn", "Dorn", "admin1", 62.0),
    }

    def region_of(country: str, name: str) -> Candidate | None:
        return regions.get(name)

    vale = regions["Vale"]
    far = _placed("Kara", "Dorn", "city", 62.0)  # about 640 km west of Vale
    near = _placed("Kara", "Dorn", "city", 69.5)  # the same region by name, 46 km away
    unknown = _placed("Kara", "Lune", "city", 62.0)  # a region the lookup cannot find
    assert in_other_region(far, vale, region_of)
    assert not in_other_region(near, vale, region_of)
    assert not in_other_region(unknown, vale, region_of)
    assert not in_other_region(_placed("Kara", "Vale", "city", 62.0), vale, region_of)
    # a region carved out of the one named keeps its name with a qualifier ("Vale Tengah")
    regions["Vale Tengah"] = _placed("Vale Tengah", "Vale Tengah", "admin1", 62.0)
    assert not in_other_region(_placed("Kara", "Vale Tengah", "city", 62.0), vale, region_of)
    # ... but regions named by directions alone are two ("Nord" and "Centre-Nord")
    regions["Nord"] = _placed("Nord", "Nord", "admin1", 69.0)
    regions["Centre Nord"] = _placed("Centre Nord", "Centre Nord", "admin1", 62.0)
    town = _placed("Kara", "Centre Nord", "city", 62.0)
    assert in_other_region(town, regions["Nord"], region_of)


def test_a_container_abroad_from_its_own_container_is_a_lookalike() -> None:
    # "Tara (Lune, Tara, Vale)": Lune is a region of France, Tara and Vale lie in Chad
    text = "in Tara (Lune, Tara, Vale)"
    mentions = _mentions(text, ["Tara", "Lune", "Tara", "Vale"])
    first = {
        "tara": (_town("Tara", "TD"), 0.9),
        "lune": (_town("Lune", "FR", "admin1"), 0.9),
        "vale": (_town("Vale", "TD", "admin1"), 0.9),
    }
    containers = {0: 1, 1: 2, 2: 3}
    assert first_container(0, containers, mentions, first)[0].name == "Vale"
    assert first_container(0, {0: 1, 1: 0}, mentions, first)[0].name == "Lune"  # (a loop ends)
    candidates = {
        "tara": [_town("Tara", "TD")],
        "lune": [_town("Lune", "FR", "admin1")],
        "vale": [_town("Vale", "TD", "admin1")],
    }
    assert names_unknown_inside(mentions, text, candidates, 0.85) == set()
    # guard: with no region out of it to say otherwise, the region abroad still speaks
    del candidates["vale"]
    assert names_unknown_inside(mentions, text, candidates, 0.85) == {"tara"}


def test_a_unit_inside_a_district_known_as_its_seat_town_has_no_namesake_answer() -> None:
    # the text calls Dorn a district or regency; the gazetteer knows only Dorn, a town of Chad:
    # a unit inside it with namesakes only abroad is one the gazetteer lacks
    for text in ("in Tara rural municipality (Dorn district)", "in Tara village, Dorn regency"):
        mentions = _mentions(text, ["Tara", "Dorn"])
        candidates = {"tara": [_town("Tara", "FR")], "dorn": [_town("Dorn", "TD")]}
        assert names_unknown_inside(mentions, text, candidates, 0.85) == {"tara"}
    # guard: a town not called a district may be a list's next name ("in Tara, Dorn")
    text = "in Tara, Dorn"
    mentions = _mentions(text, ["Tara", "Dorn"])
    candidates = {"tara": [_town("Tara", "FR")], "dorn": [_town("Dorn", "TD")]}
    assert names_unknown_inside(mentions, text, candidates, 0.85) == set()
