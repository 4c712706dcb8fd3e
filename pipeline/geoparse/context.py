"""What an article's other places say about one ambiguous name: nearby places and the
first-level regions the article is about (the second pass of resolution)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from geodata.geometry import great_circle_km, great_circle_km_many
from geodata.models import Candidate
from geodata.normalize import fold_name

__all__ = ["NEAR_KM", "ArticleContext"]

#: Places closer than this to the article's other places count as "in the same story".
NEAR_KM = 200.0

#: Namesakes of two names closer than this are one locality ("Athens" and "Henderson County"
#: in Texas, where the town is the county's seat).
TOGETHER_KM = 50.0


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """Points and regions of an article's first-pass answers, keyed by folded name."""

    points: tuple[tuple[str, float, float], ...] = ()
    regions: dict[tuple[str, str], float] = field(default_factory=dict)
    towns: frozenset[str] = frozenset()
    countries: dict[str, str] = field(default_factory=dict)
    spread: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    region_names: frozenset[tuple[str, str]] = frozenset()
    admin1s: dict[str, tuple[str, str]] = field(default_factory=dict)
    namesake_keys: tuple[str, ...] = ()
    namesake_lons: np.ndarray = field(default_factory=lambda: np.zeros(0))
    namesake_lats: np.ndarray = field(default_factory=lambda: np.zeros(0))
    home: tuple[str, str] | None = None

    @classmethod
    def from_choices(cls, choices: Iterable[tuple[str, Candidate]]) -> ArticleContext:
        """Build from ``(folded name, chosen candidate)`` pairs; countries say nothing here."""
        points = []
        towns = set()
        countries: dict[str, str] = {}
        admin1s: dict[str, tuple[str, str]] = {}
        votes: Counter[tuple[str, str]] = Counter()
        for key, candidate in choices:
            if candidate.kind == "country":
                continue
            points.append((key, candidate.lat, candidate.lon))
            countries[key] = candidate.country
            if candidate.kind in ("city", "site"):
                towns.add(key)
            if candidate.admin1:
                admin1s[key] = (candidate.country, fold_name(candidate.admin1))
                votes[admin1s[key]] += 1
        total = sum(votes.values())
        regions = {k: v / total for k, v in votes.items()} if total else {}
        return cls(tuple(points), regions, frozenset(towns), countries, admin1s=admin1s)

    def with_spread(
        self,
        candidates_for: Mapping[str, Sequence[Candidate]],
        focus: Mapping[str, float],
        units: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        home: tuple[str, str] | None = None,
    ) -> ArticleContext:
        """The same context, told which first-level regions each name *could* lie in, and the
        ``home`` region its outlet serves.

        A region where many of the article's names have a namesake is the story's locality
        even when the first pass chose famous namesakes elsewhere (Paris, Athens and
        Palestine all in one US state)."""
        names: dict[tuple[str, str], set[str]] = {}
        region_names: set[tuple[str, str]] = set()
        for key, found in candidates_for.items():
            exact = [c for c in found if c.score >= 0.95]
            # a region's own name ("Nevada") votes for itself, not for its country's towns
            # named after it
            regions = {c.country for c in exact if c.kind in ("country", "admin1")}
            region_names.update((key, iso2) for iso2 in regions)
            for candidate in exact:
                if candidate.admin1 and (
                    candidate.kind == "admin1" or candidate.country not in regions
                ):
                    names.setdefault((candidate.country, fold_name(candidate.admin1)), set()).add(
                        key
                    )
        for key, unit_in in (units or {}).items():
            # "Henry County" lies in one of the states that have one
            for iso2, region in unit_in:
                names.setdefault((iso2, fold_name(region)), set()).add(key)
        # a region counts only when the article names it ("Texas", "Tenn.") or its country is
        # the article's main one: namesakes alone would send "Damascus and Palmyra" to Virginia
        named = {
            (c.country, fold_name(c.admin1))
            for found in candidates_for.values()
            for c in found
            if c.kind == "admin1" and c.score >= 0.95
        }
        spread = {
            region: frozenset(keys)
            for region, keys in names.items()
            if len(keys) >= 2 and (region in named or focus.get(region[0], 0.0) >= 0.5)
        }
        local = [
            (key, c.lon, c.lat)
            for key, found in candidates_for.items()
            for c in found
            if c.score >= 0.95 and c.kind in ("city", "admin2", "site")
        ]
        return replace(
            self,
            spread=spread,
            region_names=frozenset(region_names),
            namesake_keys=tuple(key for key, _, _ in local),
            namesake_lons=np.array([lon for _, lon, _ in local], dtype=float),
            namesake_lats=np.array([lat for _, _, lat in local], dtype=float),
            home=home,
        )

    def together(self, candidate: Candidate, key: str, names: int) -> float:
        """Share of the article's other ``names`` with a namesake town or county within
        :data:`TOGETHER_KM` of the candidate: the names a story uses together lie together."""
        if names <= 1 or not self.namesake_keys or candidate.kind not in ("city", "admin2"):
            return 0.0
        near = (
            great_circle_km_many(
                candidate.lon, candidate.lat, self.namesake_lons, self.namesake_lats
            )
            <= TOGETHER_KM
        )
        keys = {self.namesake_keys[i] for i in np.flatnonzero(near)} - {key}
        return len(keys) / (names - 1)

    def beside(self, candidate: Candidate, key: str) -> bool:
        """Whether another name's first-pass town lies within :data:`TOGETHER_KM` of the
        candidate ("Lebanon" with "Zionsville" and "Boone County": the Indiana town)."""
        return any(
            k != key
            and k in self.towns
            and great_circle_km(candidate.lon, candidate.lat, lon, lat) <= TOGETHER_KM
            for k, lat, lon in self.points
        )

    def coverage(self, candidate: Candidate, key: str, names: int) -> float:
        """Share of the article's other ``names`` that have a namesake in the candidate's
        first-level region."""
        if not candidate.admin1 or names <= 1:
            return 0.0
        if (key, candidate.country) in self.region_names and candidate.kind != "admin1":
            return 0.0
        keys = self.spread.get((candidate.country, fold_name(candidate.admin1)), frozenset())
        return len(keys - {key}) / (names - 1)

    def proximity(self, candidate: Candidate, key: str) -> float:
        """Share of the article's other places within :data:`NEAR_KM` of the candidate."""
        others = [(lat, lon) for k, lat, lon in self.points if k != key]
        if not others:
            return 0.0
        near = sum(
            great_circle_km(candidate.lon, candidate.lat, lon, lat) <= NEAR_KM
            for lat, lon in others
        )
        return near / len(others)

    def centre(self) -> tuple[float, float] | None:
        """(lat, lon) median of the article's first-pass places; ``None`` without any, or when
        fewer than two thirds of them lie within :data:`NEAR_KM` of it (no single locality)."""
        if not self.points:
            return None
        lats = sorted(lat for _, lat, _ in self.points)
        lons = sorted(lon for _, _, lon in self.points)
        lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
        near = sum(great_circle_km(lon, lat, b, a) <= NEAR_KM for _, a, b in self.points)
        return (lat, lon) if near * 3 >= len(self.points) * 2 else None

    def at_home(self, candidate: Candidate) -> bool:
        """Whether the candidate lies in the region the article's outlet serves (``home``,
        ``(ISO2, region)``; see :func:`pipeline.geoparse.outlet.home_region`)."""
        return (
            self.home is not None
            and candidate.kind in ("city", "admin2", "admin1", "site")
            and candidate.country == self.home[0]
            and fold_name(candidate.admin1) == fold_name(self.home[1])
        )

    def other_region(self, candidate: Candidate) -> bool:
        """Whether the candidate is a first-level region of the outlet's country other than
        the one it serves ("California" for a Kentucky paper)."""
        return (
            self.home is not None
            and candidate.kind == "admin1"
            and candidate.score >= 0.95
            and candidate.country == self.home[0]
            and not self.at_home(candidate)
        )

    def region_share(self, candidate: Candidate) -> float:
        """Share of the article's places in the candidate's first-level region."""
        if not candidate.admin1:
            return 0.0
        return self.regions.get((candidate.country, fold_name(candidate.admin1)), 0.0)

    def locality(self, within: Iterable[tuple[str, str]] = ()) -> tuple[float, float] | None:
        """(lat, lon) of the article's main locality: the median of the densest cluster of its
        towns (regions only when it names no town); ties go to the earliest place.

        ``within``: only places in these ``(ISO2, region)`` first-level regions count, when
        any of the article's places lies in one."""
        allowed = {(iso2, fold_name(region)) for iso2, region in within}
        kinds = self._kinds()
        if allowed and any(self.admin1s.get(key) in allowed for key, *_ in kinds):
            kinds = [k for k in kinds if self.admin1s.get(k[0]) in allowed]
        points = [(lat, lon) for _, lat, lon, local in kinds if local] or [
            (lat, lon) for _, lat, lon, _ in kinds
        ]
        if not points:
            return None
        clusters = [
            [(a, b) for a, b in points if great_circle_km(lon, lat, b, a) <= NEAR_KM]
            for lat, lon in points
        ]
        densest = max(clusters, key=len)
        lats = sorted(lat for lat, _ in densest)
        lons = sorted(lon for _, lon in densest)
        return lats[len(lats) // 2], lons[len(lons) // 2]

    def _kinds(self) -> list[tuple[str, float, float, bool]]:
        return [(key, lat, lon, key in self.towns) for key, lat, lon in self.points]

    def country_near(self, lat: float, lon: float) -> str:
        """ISO code of the article's place nearest to (lat, lon); empty without places."""
        if not self.points:
            return ""
        key = min(self.points, key=lambda p: great_circle_km(lon, lat, p[2], p[1]))[0]
        return self.countries.get(key, "")
