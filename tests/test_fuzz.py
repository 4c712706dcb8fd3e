"""Property-based tests (hypothesis) over ingest, geocoding, extraction, store and export: for
any text, metadata and file bytes, nothing raises outside the error hierarchy, offsets stay
inside the text, coordinates are valid, evidence is a substring of its article, and exports
round-trip. A fixed budget here; ``benchmarks/fuzz.py`` runs a longer one."""

from __future__ import annotations

import csv
import io
import json
import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import AtlasError
from pipeline.export.geojson import validate_feature_collection
from pipeline.export.writers import to_csv, to_geojson
from pipeline.frame import events_to_geodataframe
from pipeline.sources.ingest import read_articles
from pipeline.sources.textfiles import article_from_text
from pipeline.store.eventstore import EventStore

#: Examples per property: 40 in CI; ``ATLAS_FUZZ_EXAMPLES`` raises it (``benchmarks/fuzz.py``).
EXAMPLES = int(os.environ.get("ATLAS_FUZZ_EXAMPLES", "40"))
BUDGET = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

#: Words that make the extractor work: places, actors, triggers, numbers, dates.
WORDS = [
    "Idlib", "Saraqib", "Kharkiv", "Goma", "Brussels", "Turkish", "Syrian", "Russian", "troops",
    "shelled", "killed", "attacked", "clashed", "withdrew", "deployed", "ceasefire", "met",
    "warned", "near", "in", "on", "Monday", "February", "2020", "12", "five", "civilians",
    "rebels", "HTS", "Wagner", "said", ".", ",", "\u200b", "\u202e", "إدلب", "😀", "<script>",
    "=SUM(A1)", "\x00", "\n\n",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)


@BUDGET
@given(text=texts, published=st.one_of(st.none(), st.text(max_size=12), st.dates()))
def test_any_text_and_date_become_an_article_or_a_clear_error(text: str, published: object) -> None:
    try:
        article = article_from_text(text, published=published)
    except AtlasError:
        return
    assert article.text.strip() and article.id


@BUDGET
@given(raw=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".rss"]))
def test_any_file_bytes_are_read_or_reported(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(raw)
    read = read_articles([path])
    assert read.articles or read.warnings  # something was read, or the report says why


@BUDGET
@given(name=st.text(max_size=80))
def test_any_name_looks_up_to_valid_places(gazetteer, name: str) -> None:  # type: ignore[no-untyped-def]
    for candidate in gazetteer.lookup(name, limit=5, fuzzy=True):
        assert -180 <= candidate.lon <= 180 and -90 <= candidate.lat <= 90


@BUDGET
@given(text=texts)
def test_extraction_keeps_its_invariants_and_exports_round_trip(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    try:
        article = article_from_text(text, published="2020-02-13")
    except AtlasError:
        return
    result = extractor.extract(article)
    for place in result.places:
        assert article.text[place.mention.start : place.mention.end] == place.mention.text
        assert math.isfinite(place.lon) and -180 <= place.lon <= 180 and -90 <= place.lat <= 90
    for event in result.events:
        assert article.text[event.evidence_start : event.evidence_end] == event.evidence
        assert 0 <= event.confidence <= 1
        # an event is mapped, or says it could not be
        assert event.places or "not on the map" in event.notes
    frame = events_to_geodataframe(list(result.events), {article.id: article})
    geojson = to_geojson(frame)
    assert validate_feature_collection(geojson) == []
    assert len(json.loads(geojson)["features"]) == len(frame)
    rows = list(csv.DictReader(io.StringIO(to_csv(frame))))
    assert len(rows) == len(frame)
    texts_only = [v for r in rows for v in r.values() if v and not _is_number(v)]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in texts_only)  # formulas neutralised


@settings(
    max_examples=max(15, EXAMPLES // 3), deadline=None, suppress_health_check=list(HealthCheck)
)
@given(text=st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join))
def test_the_store_gives_back_what_it_was_given(
    extractor, tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:  # type: ignore[no-untyped-def]
    try:
        article = article_from_text(text, published="2020-02-13")
    except AtlasError:
        return
    result = extractor.extract(article)
    db = tmp_path_factory.mktemp("fuzz-store") / "atlas.sqlite"
    with EventStore.open(db) as store:
        store.save(result)
        store.save(result)  # idempotent
        by_id = sorted(store.events(), key=lambda e: e.event_id)
        assert by_id == sorted(result.events, key=lambda e: e.event_id)
        assert store.article(article.id) == article


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True
