"""Query side of the index: ranked exact, transliteration and fuzzy matching; nearest place."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from geodata.build import TIER_ALT, TIER_CODE, priority_of
from geodata.geometry import great_circle_km_many
from geodata.index import GazetteerIndex, Postings
from geodata.models import GAP_FILLING_PREFIX, Candidate, gap_filling
from geodata.normalize import COMPASS_WORDS, cut_short, fold_name, translit_key

__all__ = ["MAX_QUERY_CHARS", "TRANSLIT_SCORE", "Searcher"]

#: Longer queries are not place names; they return no candidates.
MAX_QUERY_CHARS = 200
_FUZZY_MIN_LEN = 4
_FUZZY_CUTOFF = 75.0
_SCORES = {0: 1.0, TIER_ALT: 0.9, TIER_CODE: 1.0}
#: Keys whose :meth:`Searcher.has_place` answer is kept.
_KNOWN_CACHE = 200_000
#: A transliteration key's match; fuzzy matches are scaled below it.
TRANSLIT_SCORE = 0.8


def _iter(postings: Postings | None) -> Iterable[int]:
    if postings is None:
        return ()
    return (postings,) if isinstance(postings, int) else postings


class Searcher:
    """Turns index rows into :class:`Candidate` objects and ranks them."""

    def __init__(self, index: GazetteerIndex) -> None:
        self._ix = index
        # Python lists: element access is ~10x faster than numpy scalar indexing.
        self._lon: list[float] = index.lon.tolist()
        self._lat: list[float] = index.lat.tolist()
        self._pop: list[int] = index.population.tolist()
        self._kind = [index.kind_table[i] for i in index.kinds.tolist()]
        self._country = [index.country_table[i] for i in index.countries.tolist()]
        self._admin1: list[int] = index.admin1.tolist()
        self._feature: list[int] = index.features.tolist()
        self._by_id: dict[str, int] | None = None
        self._by_length: dict[tuple[str, int], list[str]] | None = None
        self._near_length: dict[tuple[str, int], list[str]] = {}
        self._known: dict[str, bool] = {}

    def candidate(self, idx: int, score: float) -> Candidate:
        """Build the candidate for row ``idx``."""
        ix = self._ix
        return Candidate(
            place_id=ix.place_ids[idx],
            name=ix.names[idx],
            kind=self._kind[idx],
            country=self._country[idx],
            admin1=ix.admin1_table[self._admin1[idx]],
            lon=self._lon[idx],
            lat=self._lat[idx],
            population=self._pop[idx],
            score=score,
            feature_code=ix.feature_table[self._feature[idx]],
        )

    def has_place(self, key: str) -> bool:
        """Whether a folded key, or its transliteration key, names a place of a source other
        than the gap-filling one; see :meth:`geodata.gazetteer.Gazetteer.has_key`."""
        known = self._known.get(key)
        if known is None:
            codes = [
                *_iter(self._ix.keys.get(key)),
                *_iter(self._ix.translit.get(translit_key(key))),
            ]
            known = any(
                not self._ix.place_ids[code >> 2].startswith(GAP_FILLING_PREFIX) for code in codes
            )
            if len(self._known) < _KNOWN_CACHE:
                self._known[key] = known
        return known

    def lookup(
        self, name: object, *, limit: int, fuzzy: bool, villages: int | None = None
    ) -> list[Candidate]:
        """Ranked candidates; see :meth:`geodata.gazetteer.Gazetteer.lookup`."""
        if not isinstance(name, str) or limit <= 0 or len(name) > MAX_QUERY_CHARS:
            return []
        key = fold_name(name)
        if not key:
            return []
        upper = any(c.isalpha() for c in name) and not any(c.islower() for c in name)
        # a gap-filling village comes after every other match: a name that thousands of
        # hamlets share ("Kut") must not crowd out the town known by it as an alternate or
        # transliterated name (Al-Kut)
        out: list[Candidate] = []
        hamlets: list[Candidate] = []
        most = limit if villages is None else villages
        seen: set[int] = set()
        for code in _iter(self._ix.keys.get(key)):
            idx, tier = code >> 2, code & 3
            if tier == TIER_CODE and not upper:
                continue
            seen.add(idx)
            self._keep(idx, _SCORES[tier], out, hamlets, most)
            if len(out) >= limit:
                return out if villages is None else out + hamlets
        # a name cut off after its article ("Cite El") is no transliteration of a shorter one
        translit = () if cut_short(key) else _iter(self._ix.translit.get(translit_key(key)))
        for code in translit:
            idx = code >> 2
            if idx not in seen:
                seen.add(idx)
                self._keep(idx, TRANSLIT_SCORE, out, hamlets, most)
                if len(out) >= limit:
                    return out if villages is None else out + hamlets
        out.extend(hamlets[: most if villages is not None else limit - len(out)])
        if fuzzy and not out:
            return self._fuzzy(key, limit)
        return out

    def _keep(
        self,
        idx: int,
        score: float,
        out: list[Candidate],
        villages: list[Candidate],
        limit: int,
    ) -> None:
        if not gap_filling(self._ix.place_ids[idx], self._pop[idx]):
            out.append(self.candidate(idx, score))
        elif len(villages) < limit:
            villages.append(self.candidate(idx, score))

    def _fuzzy(self, key: str, limit: int) -> list[Candidate]:
        if len(key) < _FUZZY_MIN_LEN:
            return []
        if self._by_length is None:
            # Buckets by (first letter, length): a spelling variant keeps its first letter
            # ("Idleb", "Idlib"), and comparing against one bucket is ~20x cheaper.
            by_length: dict[tuple[str, int], list[str]] = defaultdict(list)
            for k in self._ix.keys:
                if len(k) >= _FUZZY_MIN_LEN:
                    by_length[(k[0], len(k))].append(k)
            self._by_length = dict(by_length)
        choices = self._near_length.get((key[0], len(key)))
        if choices is None:  # the keys of about the same length, gathered once per length
            spread = max(1, len(key) // 5)
            choices = [
                k
                for n in range(len(key) - spread, len(key) + spread + 1)
                for k in self._by_length.get((key[0], n), ())
            ]
            self._near_length[(key[0], len(key))] = choices
        matches = process.extract(
            key, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=_FUZZY_CUTOFF
        )
        scored: dict[int, float] = {}
        for match, ratio, _ in matches:
            if not _alike_past_compass(key, match):
                continue
            for code in _iter(self._ix.keys.get(match)):
                idx, tier = code >> 2, code & 3
                if tier != TIER_CODE:
                    scored[idx] = max(
                        scored.get(idx, 0.0), round(ratio / 100.0 * TRANSLIT_SCORE, 4)
                    )
        ranked = sorted(
            scored.items(),
            key=lambda item: (
                -item[1],
                priority_of(self._kind[item[0]], "", self._pop[item[0]]),
                -self._pop[item[0]],
            ),
        )
        return [self.candidate(idx, score) for idx, score in ranked[:limit]]

    def get(self, place_id: object) -> Candidate | None:
        """The candidate with this id (score 1.0), or ``None``."""
        if not isinstance(place_id, str):
            return None
        if self._by_id is None:
            self._by_id = {pid: i for i, pid in enumerate(self._ix.place_ids)}
        idx = self._by_id.get(place_id)
        return None if idx is None else self.candidate(idx, 1.0)

    def nearest(
        self, lon: float, lat: float, *, kind: str | None, max_km: float
    ) -> Candidate | None:
        """Nearest place within ``max_km`` (haversine), score ``1 - km / max_km``."""
        ix = self._ix
        if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0) or max_km <= 0:
            return None
        km = great_circle_km_many(lon, lat, ix.lon, ix.lat)
        if kind is not None:
            if kind not in ix.kind_table:
                return None
            km = np.where(ix.kinds == ix.kind_table.index(kind), km, np.inf)
        idx = int(np.argmin(km))
        if not km[idx] <= max_km:
            return None
        return self.candidate(idx, round(1.0 - float(km[idx]) / max_km, 4))


def _alike_past_compass(key: str, match: str) -> bool:
    """Whether two names that open with the same compass word are alike in the rest too:
    "North Shewa" is no misspelling of "North Sea", "East Darfur" may be one of "East Darfor".

    Examples
    --------
    >>> _alike_past_compass("north shewa", "north sea")
    False
    >>> _alike_past_compass("east darfor", "east darfur")
    True
    >>> _alike_past_compass("idleb", "idlib")
    True
    """
    first, _, rest = key.partition(" ")
    other_first, _, other_rest = match.partition(" ")
    if first != other_first or first not in COMPASS_WORDS or not rest or not other_rest:
        return True
    if len(rest) <= _SHORT_REST:  # one letter off in "kivo" is "kivu"
        return Levenshtein.distance(rest, other_rest) <= 1
    return fuzz.ratio(rest, other_rest) >= _REST_CUTOFF


#: How alike the rest of two names must be past a shared compass word (a short rest's one
#: letter weighs more).
_REST_CUTOFF = 80.0
#: A rest this short is alike when one letter is off.
_SHORT_REST = 5
