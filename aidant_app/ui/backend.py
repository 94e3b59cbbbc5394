"""Connects the app to its backend: starts the training server child, loads meta, probes the vault."""

from __future__ import annotations

import logging
import os
import re
import sys

from PySide6.QtCore import QObject, QTimer, Signal

from ..actions import Connect, ProbeVault, RestoreToken
from ..actions.backend import warm_up_validators
from .context import AppContext

log = logging.getLogger(__name__)

_ADDRESS = re.compile(rb"http://127\.0\.0\.1:(\d+)")
START_TIMEOUT_MS = 30_000
CHILD_STOP_GRACE_MS = 1500  # after closing its input, then after terminate, before kill

CONNECTING, STARTING, READY, FAILED = "connecting", "starting", "ready", "failed"


# The app's own server when the person wants the real account (API 1.2 guided mode): live,
# so nothing fictitious; no account is made there and no mail leaves, so nothing is kept.
GUIDED_HOME = ["--mode", "live", "--account-creation", "guided", "--email-proof", "none"]


def training_command(guided_home: bool = False) -> tuple[str, list[str]]:
    """How to start the app's own server as a child: the frozen app re-runs itself.
    `guided_home`: the real account, in guided mode; otherwise the training server."""
    common = ["--port", "0", "--host", "127.0.0.1", "--exit-with-stdin"]
    if guided_home:
        common += GUIDED_HOME
    if getattr(sys, "frozen", False):
        return sys.executable, ["--serve-training", *common]
    return sys.executable, ["-m", "aidant_app.training_child", *common]


class BackendController(QObject):
    """Owns the link to the backend. Its calls run on the app's task runner under its own
    name: a page left or a wipe never drops them, and another backend drops only them."""

    state_changed = Signal(str)

    def __init__(self, ctx: AppContext, url: str = "", ca_bundle: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.url = url  # "" means: start the training server
        self.guided_home = False  # the app's own server runs in guided mode (real account)
        ctx.own_server = not url
        ctx.purpose_chosen.connect(self.set_guided_home)
        self.ca_bundle = ca_bundle
        self.state = CONNECTING
        self.error_code = ""
        self.process = None  # a QProcess while the training server child runs
        self._adopted = None  # a child app.py started before the window (adopt_child)
        self._retiring: list = []  # children told to stop, not yet finished
        self._stdout = b""
        self._stderr_tail = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._fail("training_server_failed"))

    # --- public -----------------------------------------------------------------------------

    @property
    def uses_training_server(self) -> bool:
        return not self.url

    def start(self) -> None:
        """Connect (starting the training server first when no backend is configured)."""
        self.error_code = ""
        # The keyring is touched only when needed: a kept sign-in to restore. Otherwise the
        # helper's "Garder la connexion" asks for it, saying first what the system's own
        # window is (ui/helper_signin.py); home mode never touches it.
        settings = self.ctx.settings
        kept = bool(settings.get("helper_token_kept")) if settings is not None else False
        if kept and self.ctx.vault is None and not self.ctx.runner.is_running(self, "vault"):
            self.ctx.runner.run(self, lambda: ProbeVault().run().value, self._vault_ready,
                             self._vault_failed, "vault")
        if self.url:
            self._connect(self.url)
        elif self.process is not None and self.ctx.backend_url:
            self._connect(self.ctx.backend_url)
        else:
            self._start_child()

    def set_backend(self, url: str, ca_bundle: str) -> None:
        """Use another backend (settings dialog): the helper signs in again there."""
        if url == self.url and ca_bundle == self.ca_bundle and self.state == READY:
            return
        self.url, self.ca_bundle = url, ca_bundle
        self.ctx.own_server = not url
        self.ctx.helper_name, self.ctx.helper_token_saved = "", False  # no signal: no client yet
        # A call still waiting for the old backend must neither block the new connection
        # (same key) nor deliver its answer.
        self.ctx.runner.cancel(self)
        self._drop_client()
        if url:
            self.stop_child()
        self.start()

    def set_guided_home(self, guided: bool) -> None:
        """The person chose the real account (guided mode) or practice, on the app's own
        server: run the matching child instead of the one running. A configured backend
        is the centre's choice and stays."""
        if self.url or guided == self.guided_home:
            return
        self.guided_home = guided
        self.ctx.runner.cancel(self)
        self._drop_client()
        self.ctx.backend_url = ""
        self.stop_child()
        pending, self._adopted = self._adopted, None
        if pending is not None:  # started early for practice, never taken: let it end
            pending.setParent(self)
            pending.closeWriteChannel()  # the child exits when its standard input closes
        self.start()

    def adopt_child(self, proc) -> None:
        """Use a training child already started (app.py starts it before building the
        window when there are two cores): the next start() takes it instead of a new one."""
        self._adopted = proc

    def child_pid(self) -> int:
        return int(self.process.processId()) if self.process is not None else 0

    def stop(self) -> None:
        """App exit: drop the client, stop the child and wait for every child to be gone."""
        self._drop_client()
        self.stop_child(wait=True)

    def stop_child(self, wait: bool = False) -> None:
        """Stop the training server child: it exits by itself once its standard input closes.

        Without `wait` (another backend chosen in Réglages, a restart) it finishes in the
        background, with terminate then kill as fallbacks, so the window never freezes
        while it shuts down. App exit waits, so that nothing is left running.
        """
        proc, self.process = self.process, None
        self._timer.stop()
        if proc is not None:
            for signal in (proc.readyReadStandardOutput, proc.readyReadStandardError,
                           proc.errorOccurred, proc.finished):
                signal.disconnect()
            self._retiring.append(proc)
            proc.finished.connect(lambda *_, p=proc: self._retired(p))
            from PySide6.QtCore import QProcess

            if proc.state() == QProcess.ProcessState.NotRunning:
                self._retired(proc)
            else:
                proc.closeWriteChannel()
                # Cancelled with the process object once it has finished and been deleted.
                QTimer.singleShot(CHILD_STOP_GRACE_MS, proc, proc.terminate)
                QTimer.singleShot(2 * CHILD_STOP_GRACE_MS, proc, proc.kill)
        if wait:
            for retiring in list(self._retiring):
                if not retiring.waitForFinished(CHILD_STOP_GRACE_MS):
                    retiring.terminate()
                    if not retiring.waitForFinished(CHILD_STOP_GRACE_MS):
                        retiring.kill()
                        retiring.waitForFinished(1000)
                self._retired(retiring)

    def _retired(self, proc) -> None:
        if any(proc is p for p in self._retiring):
            self._retiring = [p for p in self._retiring if p is not proc]
            proc.deleteLater()

    # --- training server child --------------------------------------------------------------

    def _start_child(self) -> None:
        self.stop_child()
        self._set_state(STARTING)
        self._stdout = self._stderr_tail = b""
        # Imported here: the process classes are not needed before the first window.
        from PySide6.QtCore import QProcess

        proc, self._adopted = self._adopted, None
        adopted = proc is not None
        if adopted:
            proc.setParent(self)
        else:
            from .training_process import new_training_process

            proc = new_training_process(self)
        proc.readyReadStandardOutput.connect(self._read_stdout)
        proc.readyReadStandardError.connect(self._read_stderr)
        proc.errorOccurred.connect(lambda _e: self._fail(self._child_lost_code()))
        proc.finished.connect(self._child_finished)
        self.process = proc
        self._timer.start(START_TIMEOUT_MS)
        if not adopted:
            proc.start(*training_command(self.guided_home))
        elif proc.state() == QProcess.ProcessState.NotRunning:
            self._child_finished(proc.exitCode(), None)  # it failed before we took it
        else:
            self._read_stdout()  # what it said before its signals were connected
            self._read_stderr()

    def _read_stdout(self) -> None:
        if self.process is None:
            return
        data = bytes(self.process.readAllStandardOutput())
        if self.ctx.backend_url and self.state != STARTING:
            return  # the server's later output is not needed
        self._stdout = (self._stdout + data)[-4096:]
        match = _ADDRESS.search(self._stdout)
        if match and self.state == STARTING:
            self._timer.stop()
            self._connect(f"http://127.0.0.1:{int(match.group(1))}")

    def _read_stderr(self) -> None:
        # Read it so the pipe never fills and blocks the server; keep a tail for the log.
        if self.process is not None:
            data = bytes(self.process.readAllStandardError())
            self._stderr_tail = (self._stderr_tail + data)[-2048:]

    def _child_finished(self, code: int, _status) -> None:
        log.warning("training server stopped (exit %s)", code)
        if os.environ.get("AIDANT_DEBUG_CHILD"):
            sys.stderr.write(self._stderr_tail.decode("utf-8", "replace"))
        proc, self.process = self.process, None
        if proc is not None:
            proc.deleteLater()
        self.ctx.backend_url = ""
        self._fail(self._child_lost_code())

    def _child_lost_code(self) -> str:
        """Stopped after it had been running is not "could not start" (ui/statusareas.py)."""
        stopped = self.state == READY or self.error_code == "training_server_stopped"
        return "training_server_stopped" if stopped else "training_server_failed"

    # --- client and meta --------------------------------------------------------------------

    def _connect(self, url: str) -> None:
        self._set_state(CONNECTING)
        # Same backend again (retry): keep the client, and with it a signed-in helper.
        same = self.ctx.client if self.ctx.backend_url == url else None
        action = Connect(url, self.ca_bundle, same)
        self.ctx.runner.run(self, action.run, lambda o: self._connected(url, o),
                         self._connect_failed, "connect")

    def _connected(self, url: str, outcome) -> None:
        if not outcome.ok:
            self._fail(outcome.code)
            return
        client, meta = outcome.value.client, outcome.value.meta
        if not self.ctx.runner.is_running(self, "warm-up"):
            # After meta, not before it: the service is ready ~150 ms sooner, and these
            # imports are done while the person reads the start page.
            self.ctx.runner.run(self, warm_up_validators, lambda _r: None,
                             self._warm_up_failed, "warm-up")
        old = self.ctx.client
        if old is not None and old is not client:
            self._drop_client(close_only=old)
        self.ctx.client, self.ctx.backend_url = client, url
        self.ctx.ca_bundle = self.ca_bundle or None
        self._set_state(READY)
        self.ctx.backend_changed.emit()
        self.ctx.set_meta(meta)
        self._maybe_restore_token()

    def _warm_up_failed(self, _error: Exception) -> None:
        log.warning("warming up the validators failed (crash output has why)")

    def _connect_failed(self, error: Exception) -> None:
        # A bug while connecting (the crash output has it): the person can retry.
        self._fail(getattr(error, "code", "") or "unexpected")

    def _fail(self, code: str) -> None:
        self._timer.stop()
        self.error_code = code
        self._set_state(FAILED)
        self.ctx.backend_failed.emit(code)

    def _drop_client(self, close_only=None) -> None:
        client = close_only if close_only is not None else self.ctx.client
        if close_only is None:
            self.ctx.client, self.ctx.meta = None, None
        if client is not None:
            try:
                client.close()
            except Exception:  # closing sockets must not stop the app
                log.debug("closing the old client failed", exc_info=True)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # --- vault ------------------------------------------------------------------------------

    def _vault_failed(self, _error: Exception) -> None:
        # A bug in the probe (crash output written): memory-only, said like no keyring.
        from ..vault import Vault

        self.ctx.set_vault(Vault.unavailable("probe_failed"))

    def _vault_ready(self, vault) -> None:
        self.ctx.set_vault(vault)
        self._maybe_restore_token()

    def _maybe_restore_token(self) -> None:
        ctx = self.ctx
        if ctx.vault is None or ctx.client is None or not ctx.vault.available:
            return
        if ctx.client.has_token or self.ctx.runner.is_running(self, "token"):
            return
        client, action = ctx.client, RestoreToken(ctx.vault)
        self.ctx.runner.run(self, lambda: action.run(client), self._token_restored,
                         self._token_failed, "token")

    def _token_failed(self, _error: Exception) -> None:
        log.warning("restoring the helper's token failed (crash output has why)")

    def _token_restored(self, outcome) -> None:
        if not outcome.ok:
            log.info("the kept helper token could not be checked: %s", outcome.code)
        elif outcome.value:
            self.ctx.set_helper(self.ctx.helper_name, saved=True)
