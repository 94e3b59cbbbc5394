"""A deadline for request headers (API 1.2): a client that trickles its headers is cut off.

uvicorn waits for headers for ever once their first byte has arrived (its keep-alive
timeout only covers an idle connection), so a few hundred sockets sending one header byte
now and then hold the server's connections. This protocol gives every request's headers
HEADER_SECONDS from the moment the connection opens or the previous answer ends; a request
whose headers are complete is then served without any deadline of ours.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0
PROTOCOL = "aidant_app.server.slow_clients:HeaderDeadlineProtocol"  # for uvicorn's `http=`


class HeaderDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus the header deadline."""

    header_seconds = HEADER_SECONDS
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:  # a request's headers are complete
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request's headers get the same time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        waiting_for_headers = self.cycle is None or self.cycle.response_complete
        if waiting_for_headers and not self.transport.is_closing():
            self.transport.close()
