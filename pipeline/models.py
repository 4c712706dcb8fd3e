"""Frozen, typed records passed between pipeline stages (see DESIGN.md).

Coordinates are always stored as (lon, lat) in EPSG:4326.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from geodata.models import Candidate

__all__ = [
    "CATEGORIES",
    "CODED_ID_PREFIXES",
    "Article",
    "ArticleResult",
    "Candidate",
    "Event",
    "EventFilter",
    "FileSummary",
    "Mention",
    "Place",
    "RunReport",
    "RunWarning",
    "is_coded_row",
]

#: Our readable event categories, in the order the dashboard lists them.
CATEGORIES: tuple[str, ...] = (
    "armed clash",
    "attack",
    "abduction",
    "air/drone strike",
    "shelling",
    "explosion/IED",
    "casualties",
    "offensive",
    "territorial change",
    "troop deployment",
    "troop withdrawal",
    "base/post established",
    "encirclement/siege",
    "ceasefire/agreement",
    "meeting/talks",
    "statement/threat",
    "accusation",
    "protest",
    "arrest",
    "looting/destruction",
    "weapons seized",
    "security measure",
    "other",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``id`` is stable: the input's id, else a hash of the normalised text."""

    id: str
    text: str
    published: date | datetime | None = None
    title: str = ""
    url: str | None = None
    source: str = ""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym span in an article's text (``text == article.text[start:end]``).

    ``label`` is the recogniser's label (``GPE``, ``LOC``, ``FAC`` from spaCy, ``GAZ`` for a
    gazetteer match the model missed, ``SITE`` for a curated-site phrase); ``role`` is
    ``"literal"``, ``"metonymy"`` (a capital standing for its government: "Ankara said"),
    ``"associative"`` ("Ankara-backed"), ``"locality"`` (a town's name in a local-news use:
    "a Lebanon woman"), ``"embedded"`` (inside an organisation's name) or
    ``"demonym"`` (a country adjective, "Russian troops"; reported only by inclusive geoparsing).
    """

    article_id: str
    text: str
    start: int
    end: int
    sentence_index: int
    label: str
    role: str = "literal"


@dataclass(frozen=True, slots=True)
class Place:
    """A mention resolved to a gazetteer entry.

    ``precision`` follows ACLED's geo_precision: 1 a named place, 2 near or part of a place,
    3 a region (first-level region or country).
    """

    place_id: str
    name: str
    kind: str
    country: str
    admin1: str
    lon: float
    lat: float
    precision: int
    confidence: float
    mention: Mention


@dataclass(frozen=True, slots=True)
class Event:
    """One event read from one sentence of one article.

    ``time_precision``: 1 day, 2 week, 3 month or longer (ACLED). ``geo_precision``: 1 named
    place, 2 near or part of a place, 3 region. ``fatalities``/``wounded``/``troops`` are ``None``
    when the text gives no number. ``other_sources``: ids of other articles reporting the same
    event (set when reports are merged for reading, see :mod:`pipeline.events.duplicates`; not
    stored).
    ``evidence`` is ``article.text[evidence_start:evidence_end]``.
    """

    event_id: str
    article_id: str
    event_date: date | None
    event_date_end: date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    category: str
    actor1: str
    actor2: str
    inter1: int | None
    inter2: int | None
    fatalities: int | None
    troops: int | None
    places: tuple[Place, ...]
    geo_precision: int
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    notes: str = ""
    wounded: int | None = None
    other_sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RunWarning:
    """Something a user should know about one input: recorded, never silently dropped."""

    source: str
    message: str
    article_id: str = ""
    level: str = "warning"


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything extraction learned from one article."""

    article: Article
    places: tuple[Place, ...]
    events: tuple[Event, ...]
    warnings: tuple[RunWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The dashboard's and ``export``'s filters; empty tuples and ``None`` mean "no filter"."""

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    #: ``(west, south, east, north)`` in degrees: events with a place inside the box.
    box: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class FileSummary:
    """What a run did with one input file (the run report written next to the store)."""

    path: str
    read: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RunReport:
    """What a batch run did: counts plus every warning and failure, per input."""

    articles_read: int = 0
    articles_failed: int = 0
    events: int = 0
    warnings: tuple[RunWarning, ...] = field(default_factory=tuple)
    #: Articles left alone because the store already holds them unchanged.
    skipped: int = 0
    files: tuple[FileSummary, ...] = field(default_factory=tuple)

    @property
    def failures(self) -> tuple[RunWarning, ...]:
        """Warnings at level ``error``: inputs that could not be processed at all."""
        return tuple(w for w in self.warnings if w.level == "error")


#: Article ids of rows imported from coded datasets (ACLED, UCDP GED) start with these: each
#: such row is one event everywhere, never merged with another.
CODED_ID_PREFIXES = ("acled:", "ucdp:")


def is_coded_row(article_id: str) -> bool:
    """Whether an article id is a row of a coded dataset (ACLED, UCDP GED).

    Examples
    --------
    >>> is_coded_row("acled:SYR123"), is_coded_row("ucdp:5"), is_coded_row("000_f126")
    (True, True, False)
    """
    return article_id.startswith(CODED_ID_PREFIXES)
