"""The time slider: step through the selected dates one day at a time, or play them.

While playing, a fragment that reruns every second moves the day on and reruns the page; the
next day is handed over in ``_next_day`` because a widget's value cannot be set after the
widget is drawn in the same run.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["PLAY_SECONDS", "next_day", "time_slider"]

#: Seconds each day is shown while playing.
PLAY_SECONDS = 1.5


def next_day(day: date, last: date) -> date | None:
    """The day after ``day``, or ``None`` once ``last`` is reached.

    Examples
    --------
    >>> next_day(date(2020, 2, 28), date(2020, 3, 1))
    datetime.date(2020, 2, 29)
    >>> next_day(date(2020, 3, 1), date(2020, 3, 1)) is None
    True
    """
    return None if day >= last else day + timedelta(days=1)


def time_slider(first: date, last: date) -> date | None:
    """Sidebar controls; the day to show, or ``None`` when not stepping through days."""
    import streamlit as st

    state = st.session_state
    if "_next_day" in state:
        state["day"] = state.pop("_next_day")
    if not st.sidebar.toggle("Step through days", key="stepping"):
        state["playing"] = False
        return None
    if first >= last:
        return first
    if not isinstance(state.get("day"), date) or not first <= state["day"] <= last:
        state["day"] = first
    day: date = st.sidebar.slider(
        "Day", min_value=first, max_value=last, key="day", format="YYYY-MM-DD"
    )
    playing = bool(state.get("playing"))
    if st.sidebar.button("Pause" if playing else "Play day by day", key="play"):
        state["playing"] = not playing
        st.rerun()
    if playing:
        _advance(day, last)
    return day


def _advance(day: date, last: date) -> None:
    import streamlit as st

    state = st.session_state
    page_run = state.get("_page_run", 0) + 1  # this full run of the page
    state["_page_run"] = page_run

    @st.fragment(run_every=PLAY_SECONDS)
    def tick() -> None:
        # The fragment also runs inside every full run (a widget change, the page itself);
        # only its own timed runs, after the page run that set it up, move the day on.
        if state.get("_ticked_run") != page_run:
            state["_ticked_run"] = page_run
            return
        following = next_day(day, last)
        if following is None:
            state["playing"] = False
        else:
            state["_next_day"] = following
        st.rerun()

    tick()
