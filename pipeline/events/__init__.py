"""Stage 4, events: who did what to whom, where, when and how many, sentence by sentence.

Trigger words and ACLED's coding of each kind (:mod:`triggers`, :mod:`triggerchecks`);
negation, modality and threats (:mod:`modality`); actors with canonical names
(:mod:`actors`, :mod:`actorrefs`, :mod:`persons`) ordered as agent and target
(:mod:`roles`); counts (:mod:`numbers`, :mod:`counts`); dates (:mod:`dates`,
:mod:`event_dates`); the event's place (:mod:`place`); one pass over an article
(:mod:`sentences`); reports of one event by several articles (:mod:`duplicates`). The
:class:`Extractor` (:mod:`extract`) runs geoparse and this stage on an article.

Public API: :class:`Extractor`, :func:`extract_events`, :class:`EventContext`,
:func:`merge_reports`, :func:`same_event`.
"""

from __future__ import annotations

from pipeline.events.duplicates import merge_reports, same_event
from pipeline.events.extract import Extractor
from pipeline.events.sentences import EventContext, extract_events

__all__ = ["EventContext", "Extractor", "extract_events", "merge_reports", "same_event"]
