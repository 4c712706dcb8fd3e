"""A minimal Streamlit session client for ``benchmarks/load.py``: the browser's side of the
websocket protocol (protobuf ``BackMsg`` out, ``ForwardMsg`` in), with no rendering.

It keeps the values of the widgets it changed and sends them with every rerun, as the
browser does; widgets it never touched keep their server-side values.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

SHOWN = re.compile(r"([\d,]+) events? shown of ([\d,]+)")


@dataclass
class Widgets:
    """What the session learnt of the page: widget ids and choices, by label."""

    ids: dict[str, str] = field(default_factory=dict)
    options: dict[str, list[str]] = field(default_factory=dict)
    date_bounds: tuple[date, date] = (date.min, date.max)

    def read(self, element: Any) -> None:
        kind = element.WhichOneof("type")
        if kind == "multiselect":
            self.ids[element.multiselect.label] = element.multiselect.id
            self.options[element.multiselect.label] = list(element.multiselect.options)
        elif kind == "date_input":
            proto = element.date_input
            self.ids[proto.label] = proto.id
            self.date_bounds = (date.fromisoformat(proto.min), date.fromisoformat(proto.max))


@dataclass(frozen=True)
class Run:
    """One answered rerun: seconds from request to ``script_finished``, and the caption."""

    seconds: float
    caption: str

    @property
    def shown(self) -> int | None:
        found = SHOWN.search(self.caption)
        return int(found.group(1).replace(",", "")) if found else None

    @property
    def total(self) -> int | None:
        found = SHOWN.search(self.caption)
        return int(found.group(2).replace(",", "")) if found else None


class Session:
    """One dashboard session over ``/_stcore/stream``; use as an async context manager."""

    def __init__(self, url: str, timeout: float) -> None:
        self.url = url
        self.timeout = timeout
        self.widgets = Widgets()
        self._values: dict[str, Any] = {}
        self._socket: Any = None

    async def __aenter__(self) -> Session:
        self._socket = await websockets.connect(
            self.url, subprotocols=["streamlit"], max_size=None, open_timeout=self.timeout
        )
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._socket.close()

    async def rerun(self, change: dict[str, object] | None = None) -> Run:
        """Send the widget values (``change`` by widget label on top of earlier ones) and wait
        for the run to finish."""
        for label, value in (change or {}).items():
            self._values[self.widgets.ids[label]] = value
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        for widget_id, value in self._values.items():
            state = msg.rerun_script.widget_states.widgets.add()
            state.id = widget_id
            if value and isinstance(value[0], int):  # type: ignore[index]
                value = [date.fromordinal(v).isoformat() for v in value]  # type: ignore[union-attr]
            elif value and isinstance(value[0], date):  # type: ignore[index]
                value = [v.isoformat() for v in value]  # type: ignore[union-attr]
            state.string_array_value.data.extend(value)  # type: ignore[arg-type]
        start = time.perf_counter()
        await self._socket.send(msg.SerializeToString())
        caption = await asyncio.wait_for(self._until_finished(), self.timeout)
        return Run(time.perf_counter() - start, caption)

    async def _until_finished(self) -> str:
        caption = ""
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(await self._socket.recv())
            kind = fwd.WhichOneof("type")
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                self.widgets.read(element)
                if element.WhichOneof("type") == "markdown" and SHOWN.search(element.markdown.body):
                    caption = element.markdown.body
            elif kind == "script_finished":
                if fwd.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue
                return caption
