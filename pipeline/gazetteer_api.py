"""The gazetteer interface the pipeline needs, as a Protocol (implemented by geodata.Gazetteer).

Tests can pass a small in-memory gazetteer that satisfies it.
"""

from __future__ import annotations

from typing import Protocol

from geodata.models import Candidate, Site

__all__ = ["GazetteerLike"]


class GazetteerLike(Protocol):
    """What recognition and resolution ask of a gazetteer."""

    @property
    def max_name_tokens(self) -> int:
        """Longest name in the index, in tokens."""
        ...

    def lookup(
        self, name: str, *, limit: int = 25, fuzzy: bool = False, villages: int | None = None
    ) -> list[Candidate]:
        """Ranked candidates for a name (``villages``: gap-filling villages after them)."""
        ...

    def has_key(self, key: str, *, villages: bool = True) -> bool:
        """Whether a folded name is in the index (of a place other than a gap-filling village,
        without ``villages``)."""
        ...

    def country(self, iso2: str) -> Candidate | None:
        """The country entry for an ISO code."""
        ...

    def country_for_demonym(self, word: str) -> str | None:
        """ISO code of the country a demonym or adjective belongs to."""
        ...

    def admin1_of(self, country: str, name: str) -> Candidate | None:
        """A first-level region of a country by name."""
        ...

    def region_capital(self, country: str, region: str) -> Candidate | None:
        """The capital of a first-level region, by the region's name."""
        ...

    def unit_regions(self, name: str) -> tuple[tuple[str, str], ...]:
        """``(ISO2, region)`` pairs of the first-level regions with a unit of that name."""
        ...

    def sites(self) -> tuple[Site, ...]:
        """The curated sites."""
        ...
