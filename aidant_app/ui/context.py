"""What every page shares: the journey, the backend's meta, the API client, background calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..journey import Flow, JourneyState
from .tasks import TaskRunner

if TYPE_CHECKING:  # imported lazily at run time: requests must not slow the first window
    from ..api.client import AidantClient
    from ..vault import Vault
    from .settings_store import SettingsStore


class AppContext(QObject):
    """The controller the pages read from. It owns state; pages only render it.

    Signals are emitted on the GUI thread.
    """

    meta_changed = Signal()  # meta (re)loaded: pages rebuild forms and rules from it
    backend_changed = Signal()  # a new backend address or client
    backend_failed = Signal(str)  # the backend could not be reached: an ApiError code
    helper_changed = Signal()  # helper signed in or out
    wiped = Signal()  # everything about the person was forgotten
    # A new e-mail code was sent from the code page: address, verification id, resend time
    # (ISO or ""). Back restores the journey of an earlier step, with the older id; the
    # pages that sent the first code keep the newest one, so going forward again uses it.
    code_resent = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journey = JourneyState()
        self.flow = Flow(self.journey)
        self.runner = TaskRunner(self)
        self.meta: dict[str, Any] | None = None
        self.client: AidantClient | None = None
        self.vault: Vault | None = None
        self.backend_url: str = ""
        self.ca_bundle: str | None = None
        self.helper_name: str = ""  # display name of the signed-in helper, not the person's
        self.helper_token_saved: bool = False
        self.settings: SettingsStore | None = None  # preferences (allowlisted keys only)

    @property
    def training(self) -> bool:
        return bool(self.meta and self.meta.get("mode") == "training")

    @property
    def helper_signed_in(self) -> bool:
        return bool(self.client and getattr(self.client, "has_token", False))

    def wipe(self) -> None:
        """Forget the person: journey, flow history, pending results; pages clear on `wiped`."""
        self.runner.invalidate()
        self.flow.reset()
        self.wiped.emit()
