"""The first start on the page: the map (of an empty store) at once, then the seed articles read
under a status box that names each step as it starts; the page is then drawn again with their
events, the status box kept for that one run.

On a fresh machine the wait is the place index's build (tens of seconds): the reader sees the
map and what is happening meanwhile, not a blank page.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard import bootstrap, cache
from pipeline.config import Settings
from pipeline.store.eventstore import EventStore

__all__ = ["FirstStart", "note_empty_store", "seed_store", "seeds_pending", "show_last_start"]

#: Session key of the last first start's record, shown once on the run after it.
RECORD_KEY = "_first_start"
#: Session key set once a session has tried to seed: seeds that give no events are not read
#: again and again.
TRIED_KEY = "_first_start_tried"


@dataclass(frozen=True, slots=True)
class FirstStart:
    """What a first start said: its steps and warnings, its final label and state."""

    label: str
    state: str
    lines: tuple[str, ...]


def seeds_pending(settings: Settings, store: EventStore) -> bool:
    """Whether the store is empty and ``seeds/`` holds articles to fill it with."""
    if st.session_state.get(TRIED_KEY):
        return False
    return store.is_empty() and bool(bootstrap.seed_paths(settings.seeds_dir))


def note_empty_store(settings: Settings, store: EventStore) -> None:
    """Say so when the store is empty and there is nothing to seed it with."""
    if store.is_empty() and not bootstrap.seed_paths(settings.seeds_dir):
        st.info(f"The event store is empty and {settings.seeds_dir} holds no articles.")


def show_last_start() -> None:
    """The status box of the first start that just ended, on the run that shows its events."""
    record: FirstStart | None = st.session_state.pop(RECORD_KEY, None)
    if record is None:
        return
    with st.status(record.label, state=record.state, expanded=record.state == "error"):  # type: ignore[arg-type]
        for line in record.lines:
            st.write(line)


def seed_store(settings: Settings, store: EventStore) -> None:
    """Ingest ``seeds/`` into the empty store, each step named as it starts, with a progress
    bar; the record is kept for :func:`show_last_start`. Does nothing when another session
    filled the store meanwhile."""
    with cache.get_ingest_lock(settings.db_url):
        paths = bootstrap.seed_paths(settings.seeds_dir)
        if not store.is_empty() or not paths:
            return
        st.session_state[TRIED_KEY] = True
        steps = bootstrap.first_start_steps(
            index_built=cache.gazetteer_built(settings.cache_dir), articles=len(paths)
        )
        lines = list(steps)
        with st.status(steps[0], expanded=True) as status:
            st.write(steps[0])
            gazetteer = cache.get_gazetteer(settings.cache_dir)
            status.update(label=steps[1])
            st.write(steps[1])
            nlp = cache.get_nlp(settings.model)
            status.update(label=steps[2])
            st.write(steps[2])
            bar = st.progress(0.0, text=f"0/{len(paths)}")

            def on_progress(done: int, total: int, name: str) -> None:
                bar.progress(
                    bootstrap.progress_fraction(done, total), text=f"{done}/{total} {name}"
                )

            report = bootstrap.ingest_seeds(
                store, paths, nlp=nlp, gazetteer=gazetteer, on_progress=on_progress
            )
            lines += [f"{w.level}: {w.source}: {w.message}" for w in report.warnings]
            record = FirstStart(
                label=f"Seeded: {report.articles_read} article(s), {report.events} event(s), "
                f"{report.articles_failed} failed",
                state="error" if report.articles_failed else "complete",
                lines=tuple(lines),
            )
            status.update(label=record.label, state="complete")
    st.session_state[RECORD_KEY] = record
