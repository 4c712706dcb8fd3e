"""The loaded gazetteer: ranked name lookup, countries, demonyms, regions and sites."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from geodata.build import build_index, fingerprint_of
from geodata.capitals import capitals_by_region, read_capitals
from geodata.errors import GazetteerLoadError
from geodata.index import GazetteerIndex, index_file_name, read_index
from geodata.models import Candidate, Site
from geodata.normalize import REGION_WORDS, fold_name, translit_key
from geodata.records import Source
from geodata.search import Searcher
from geodata.units import unit_regions

__all__ = ["Gazetteer"]

_log = logging.getLogger(__name__)


class Gazetteer:
    """Offline place-name index with ranked lookup.

    Build or load it with :meth:`load`; the constructor takes an already read index.

    Parameters
    ----------
    index : GazetteerIndex
        A compiled index.
    """

    def __init__(self, index: GazetteerIndex) -> None:
        self._index = index
        self._search = Searcher(index)
        self._capitals: dict[tuple[str, str], Candidate] | None = None

    @classmethod
    def load(
        cls,
        cache_dir: Path,
        *,
        progress: bool = False,
        sources: Sequence[Source] | None = None,
    ) -> Gazetteer:
        """Load the compiled index from ``cache_dir``, building it first if missing or stale.

        The index file is named after a fingerprint of the format version and every source's
        fingerprint (package versions, curated file hashes, imported dumps), so changed inputs
        mean a new file name and a rebuild; older index files in ``cache_dir`` are removed.

        Parameters
        ----------
        cache_dir : Path
            Directory for the index file (created if needed).
        progress : bool
            Show tqdm progress bars while building.
        sources : sequence of Source, optional
            Inputs; default :func:`geodata.sources.default_sources` (plus dumps in ``cache_dir``).

        Returns
        -------
        Gazetteer
            The loaded gazetteer.

        Raises
        ------
        GazetteerBuildError
            If a build was needed and failed.
        """
        from geodata.sources import default_sources

        cache_dir = Path(cache_dir)
        chosen = tuple(sources) if sources is not None else default_sources(cache_dir)
        fingerprint = fingerprint_of(f"{s.name}={s.fingerprint}" for s in chosen)
        path = cache_dir / index_file_name(fingerprint)
        if path.exists():
            try:
                return cls(read_index(path, fingerprint))
            except GazetteerLoadError as err:
                _log.warning("rebuilding gazetteer: %s", err)
        read = [s.read() for s in tqdm(chosen, desc="reading sources", disable=not progress)]
        build_index(read, path, fingerprint=fingerprint, progress=progress)
        for old in cache_dir.glob("gazetteer-v*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
        return cls(read_index(path, fingerprint))

    @property
    def max_name_tokens(self) -> int:
        """Most words in any indexed name key (for scanning text n-grams)."""
        return self._index.max_name_tokens

    @property
    def fingerprint(self) -> str:
        """Fingerprint of the inputs the loaded index was built from."""
        return self._index.fingerprint

    @property
    def index(self) -> GazetteerIndex:
        """The compiled index itself, read-only (the map's town labels read its columns)."""
        return self._index

    def __len__(self) -> int:
        return len(self._index.place_ids)

    def lookup(
        self, name: str, *, limit: int = 25, fuzzy: bool = False, villages: int | None = None
    ) -> list[Candidate]:
        """Return ranked candidates for a place name.

        Exact folded-key matches come first (score 1.0 for a preferred or country name, 0.9 for
        an alternate name), then transliteration-key matches (0.8). With ``fuzzy=True`` and no
        such match, rapidfuzz ratios over keys of similar length give ``0.8 * ratio / 100``.
        Equal scores are ordered country, capital or city >= 1M, region, city, site, then by
        population. Upper-case codes (``US``, ``UK``) match only when the query is upper case.
        Gap-filling villages (:func:`geodata.models.gap_filling`) come after every other match,
        in the same order among themselves: hamlets sharing a name must not crowd a town known
        by it as an alternate name out of the ``limit``.

        Parameters
        ----------
        name : str
            The name as written; anything that is not a non-blank ``str`` gives ``[]``.
        limit : int
            Most candidates returned.
        fuzzy : bool
            Fall back to fuzzy matching.
        villages : int, optional
            Return up to ``limit`` other matches and, after them, up to this many gap-filling
            villages (a name some sixty villages of a country share); by default the villages
            only fill what ``limit`` leaves.

        Returns
        -------
        list of Candidate
            Best first; empty when nothing matches.

        Examples
        --------
        With a loaded gazetteer ``gaz`` (tested in ``tests/geodata/test_gazetteer.py``)::

            gaz.lookup("Syria")[0].place_id  # 'country:SY'
            gaz.lookup("")                   # []
        """
        return self._search.lookup(name, limit=limit, fuzzy=fuzzy, villages=villages)

    def has_key(self, key: str, *, villages: bool = True) -> bool:
        """Tell whether a :func:`fold_name` key may have exact or transliteration matches.

        A cheap superset test for scanning text: ``lookup`` stays the authority (an upper-case
        code such as ``us`` passes here but matches only when written ``US``).

        Parameters
        ----------
        key : str
            A key already folded with :func:`~geodata.normalize.fold_name`.
        villages : bool
            Count the places of the gap-filling source, Who's On First (see
            :func:`geodata.models.gap_filling`). Without them the answer says whether the word
            names a town, region or country GeoNames and the registries know: the source's
            hamlets and districts are named after peoples, creeds and common words ("Fulani",
            "Borana", "Office"), which the word may be instead.

        Returns
        -------
        bool
            True when ``key`` or its transliteration key is indexed (for such a place).
        """
        if not isinstance(key, str) or not key:
            return False
        if not villages:
            return self._search.has_place(key)
        return key in self._index.keys or translit_key(key) in self._index.translit

    def get(self, place_id: str) -> Candidate | None:
        """Return the place with this id (score 1.0), or ``None``."""
        return self._search.get(place_id)

    def country(self, iso2: str) -> Candidate | None:
        """Return the country with ISO 3166-1 alpha-2 code ``iso2`` (any case), or ``None``."""
        if not isinstance(iso2, str):
            return None
        return self.get(f"country:{iso2.strip().upper()}")

    def country_for_demonym(self, word: str) -> str | None:
        """Return the ISO2 code a demonym refers to (``"Syrians"`` -> ``"SY"``), or ``None``.

        Parameters
        ----------
        word : str
            A demonym, singular or plural, any case.

        Returns
        -------
        str or None
            ISO 3166-1 alpha-2 code.
        """
        if not isinstance(word, str):
            return None
        return self._index.demonyms.get(fold_name(word))

    def admin1_of(self, country: str, name: str) -> Candidate | None:
        """Find a first-level region of ``country`` by name (``("SY", "Idlib")``).

        Words such as "Governorate" or "Province" are ignored, and transliteration variants
        match ("Hamah" finds Hama); other-language names do not ("Halab" is not Aleppo).

        Parameters
        ----------
        country : str
            ISO2 code.
        name : str
            Region name.

        Returns
        -------
        Candidate or None
            The best-matching region, or ``None``.
        """
        if not isinstance(country, str) or not isinstance(name, str):
            return None
        words = [w for w in fold_name(name).split(" ") if w not in REGION_WORDS]
        for query in (name, " ".join(words)):
            for cand in self._search.lookup(query, limit=200, fuzzy=False):
                if cand.kind == "admin1" and cand.country == country.upper():
                    return cand
        return None

    def region_capital(self, country: str, region: str) -> Candidate | None:
        """Return the capital of a first-level region (``("IQ", "Al Anbar")`` -> Ramadi), as
        Natural Earth lists it (see :mod:`geodata.capitals`), or ``None``.

        Parameters
        ----------
        country : str
            ISO2 code.
        region : str
            The region's name as the gazetteer gives it.
        """
        if not isinstance(country, str) or not isinstance(region, str):
            return None
        if self._capitals is None:  # read on first use, not at load
            self._capitals = capitals_by_region(
                read_capitals(), self.get, self.lookup, self.admin1_of
            )
        return self._capitals.get((country.upper(), fold_name(region)))

    def unit_regions(self, name: str) -> tuple[tuple[str, str], ...]:
        """First-level regions that have a second-level unit called ``name`` ("Henry County");
        see :func:`geodata.units.unit_regions`."""
        return unit_regions(name)

    def sites(self) -> tuple[Site, ...]:
        """Return the curated sites."""
        return self._index.sites

    def nearest(
        self,
        lon: float,
        lat: float,
        *,
        kind: str | None = None,
        max_km: float = 50.0,
    ) -> Candidate | None:
        """Return the nearest place within ``max_km``, optionally of one kind.

        Parameters
        ----------
        lon, lat : float
            WGS84 degrees.
        kind : str, optional
            Restrict to one of :data:`~geodata.models.KINDS`.
        max_km : float
            Search radius.

        Returns
        -------
        Candidate or None
            Score ``1 - distance / max_km``; ``None`` if nothing is that close.
        """
        return self._search.nearest(lon, lat, kind=kind, max_km=max_km)
