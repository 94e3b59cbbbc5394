"""What every page shares: the journey, the backend's meta, the controller, background calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..journey import Flow, JourneyState
from .controller import JourneyController
from .tasks import TaskRunner

if TYPE_CHECKING:  # imported lazily at run time: requests must not slow the first window
    from ..api.meta import Meta
    from ..vault import Vault
    from .settings_store import SettingsStore


class AppContext(QObject):
    """The journey, the backend's typed meta and the link to the backend, for the pages.

    Pages read `journey` and `meta` and ask `controller` to run use cases; only the
    backend controller (ui/backend.py) sets `client`, `meta` and `vault`. Signals are
    emitted on the GUI thread.
    """

    meta_changed = Signal()  # meta (re)loaded: pages rebuild forms and rules from it
    backend_changed = Signal()  # a new backend address or client
    backend_failed = Signal(str)  # the backend could not be reached: an ApiError code
    helper_changed = Signal()  # helper signed in or out
    wiped = Signal()  # everything about the person was forgotten
    # The start page's choice with the app's own server (no backend configured): True to
    # create the real account (guided mode, no mail sent), False to practise (training).
    purpose_chosen = Signal(bool)

    # Every field the context has. A page that parked something about the person in a new
    # attribute here would keep it past "Personne suivante" (wipe() forgets the journey and
    # the flow, not unknown attributes): setting any other name raises at once.
    _FIELDS = frozenset({
        "journey", "flow", "runner", "controller", "meta", "client", "vault", "backend_url",
        "ca_bundle", "helper_name", "helper_token_saved", "settings", "own_server",
    })  # fmt: skip

    def __setattr__(self, name: str, value: Any) -> None:
        # Dunder names are Python's and PySide's own: connecting a button to ctx.wipe makes
        # PySide store __METAOBJECT__ here, and refusing it broke "Recommencer" ("Slot
        # 'AppContext::' not found").
        if name not in self._FIELDS and not (name.startswith("__") and name.endswith("__")):
            raise AttributeError(f"AppContext has no field {name!r} (see AppContext._FIELDS)")
        super().__setattr__(name, value)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journey = JourneyState()
        self.flow = Flow(self.journey)
        self.runner = TaskRunner(self)
        self.controller = JourneyController(self)
        self.meta: Meta | None = None
        self.client: Any = None  # an AidantClient; pages never call it (ui/controller.py)
        self.vault: Vault | None = None
        self.backend_url: str = ""
        self.ca_bundle: str | None = None
        self.helper_name: str = ""  # display name of the signed-in helper, not the person's
        self.helper_token_saved: bool = False
        self.settings: SettingsStore | None = None  # preferences (allowlisted keys only)
        # No backend configured: the app runs the reference server as its child, and the
        # start page asks whether the person wants the real account or to practise.
        self.own_server: bool = False

    @property
    def training(self) -> bool:
        return bool(self.meta and self.meta.training)

    @property
    def helper_signed_in(self) -> bool:
        return bool(self.client and getattr(self.client, "has_token", False))

    def set_helper(self, name: str = "", saved: bool = False) -> None:
        """The helper signed in (display name, token kept in the keyring?) or out ("")."""
        self.helper_name, self.helper_token_saved = name, saved
        self.helper_changed.emit()

    def set_vault(self, vault: Vault) -> None:
        """The keyring probe's answer: the sign-in form says whether it can remember."""
        self.vault = vault
        self.helper_changed.emit()

    def set_meta(self, meta: Meta) -> None:
        """New rules from the backend (GET /v1/meta): pages rebuild from them."""
        self.meta = meta
        # Guided mode (API 1.2) changes the journey's branches: the journey keeps it as a fact.
        self.journey.record_service(meta.is_guided, not meta.mails_codes)
        self.meta_changed.emit()

    def wipe(self) -> None:
        """Forget the person: journey and flow history. On `wiped`, pages clear and drop
        their pending results, and so does the controller for every use case it runs."""
        self.flow.reset()
        if self.meta is not None:  # the service is not the person: guided mode stays
            self.journey.record_service(self.meta.is_guided, not self.meta.mails_codes)
        self.wiped.emit()
