"""The one door to the operating system's keyring: platform backends only, probed, time-bounded."""

from __future__ import annotations

import configparser
import logging
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

PROBE_NAME = "__aidant_probe__"
# macOS asks the person before an app reads a Keychain item that another build of it wrote
# (after an update of an unsigned or ad-hoc signed app): the read waits for their answer.
# Calls after the probe run on worker threads, so a long wait freezes nothing; the probe's
# own items are this build's and never ask.
KEYCHAIN_PROMPT_SECONDS = 120.0

# Why the vault cannot keep a secret, as stable codes; the words are the UI's
# (ui/errors.py, translated) and the self-test prints the code.
REASON_CODES = frozenset({
    "no_keyring",  # no platform keyring on this computer
    "locked",  # a keyring runs but is locked, or was never unlocked (its prompt cannot show)
    "timeout",  # the keyring does not answer
    "insecure_backend",  # keyring's configuration asks for a backend that is not a platform one
    "probe_failed",  # the keyring answered but did not keep and give back the probe value
})

# (module, class) per platform, in order of preference. Constructed explicitly so that
# neither PYTHON_KEYRING_BACKEND nor keyringrc.cfg can route secrets to a plaintext file,
# and so that frozen apps (which lose keyring's entry points) still find them.
_LINUX_BACKENDS = [
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
]
_PLATFORM_BACKENDS: dict[str, list[tuple[str, str]]] = {
    "win32": [("keyring.backends.Windows", "WinVaultKeyring")],
    "darwin": [("keyring.backends.macOS", "Keyring")],
}
_ALL_PLATFORM_NAMES = {
    f"{module}.{name}"
    for pairs in [*_PLATFORM_BACKENDS.values(), _LINUX_BACKENDS]
    for module, name in pairs
}


def platform_backends(platform: str | None = None) -> list[tuple[str, str]]:
    """Return the (module, class) keyring backends this vault may use on `platform`
    (this system's when None, read at each call)."""
    return _PLATFORM_BACKENDS.get(platform or sys.platform, _LINUX_BACKENDS)


def _backend_class(module: str, name: str) -> Any:
    """Import one platform backend class.

    Literal imports rather than importlib, so that PyInstaller sees and bundles every backend
    (a frozen app loses the entry points through which keyring normally finds them).
    """
    if module == "keyring.backends.SecretService":
        from keyring.backends import SecretService as backend_module
    elif module == "keyring.backends.kwallet":
        from keyring.backends import kwallet as backend_module
    elif module == "keyring.backends.Windows":
        from keyring.backends import Windows as backend_module
    elif module == "keyring.backends.macOS":
        from keyring.backends import macOS as backend_module
    else:
        raise ImportError(f"not a platform keyring backend: {module}")
    return getattr(backend_module, name)


def _replace(kr: Any, service: str, name: str, value: str) -> None:
    """Forget the old value, then keep the new one. Windows' backend, finding a value under
    the service, would move it aside ("name@service") instead, where a replaced token stays
    on the computer for good."""
    from keyring.errors import PasswordDeleteError

    try:
        kr.delete_password(service, name)
    except PasswordDeleteError:
        pass  # nothing kept yet
    kr.set_password(service, name, value)


class _Timeout(Exception):
    """A keyring call did not return within its time budget."""


class _NotViable(Exception):
    """A platform backend is absent or not usable here (not an error of the keyring)."""


def _bounded(fn: Callable[[], Any], timeout: float) -> Any:
    """Run `fn` in a daemon thread and wait at most `timeout` seconds for it.

    Keyring calls can block forever (an invisible unlock prompt, a D-Bus peer that never
    answers); a daemon thread left behind is the price of never freezing the caller.
    """
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller below
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="aidant-vault-call", daemon=True).start()
    if not done.wait(max(timeout, 0.0)):
        raise _Timeout
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during (keyring wraps D-Bus errors)."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen and len(seen) < 10:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _reason_code_for(exc: BaseException) -> str:
    """Map an exception raised by a keyring call to a stable reason code."""
    if isinstance(exc, _Timeout):
        return "timeout"
    for link in _chain(exc):
        name = type(link).__name__
        # KeyringLocked: a locked collection. PromptDismissedException: the daemon runs but
        # was never unlocked (no login keyring yet), and the prompt that would create or
        # unlock it cannot show (no display, or nobody to answer it).
        if "locked" in name.lower() or name == "PromptDismissedException":
            return "locked"
    return "probe_failed"


def configured_backend_name() -> str | None:
    """Return the backend that keyring's own configuration asks for, if any (never loaded)."""
    name = os.environ.get("PYTHON_KEYRING_BACKEND", "").strip()
    if name:
        return name
    try:
        from keyring.util import platform_

        path = platform_.config_root() / "keyringrc.cfg"
        if not path.is_file():
            return None
        config = configparser.RawConfigParser()
        config.read(path, encoding="utf-8")
        return config.get("backend", "default-keyring", fallback="").strip() or None
    except Exception:  # noqa: BLE001 - a broken config file only affects the wording
        return None


class Vault:
    """Keeps a few named secrets in the OS keyring, or says in plain words why it cannot."""

    def __init__(self, service: str = "aidant", timeout: float = 3.0) -> None:
        self.service = service
        self.timeout = timeout
        self._lock = threading.Lock()
        self._probed = False
        self._keyring: Any = None
        self._backend_name: str | None = None
        self._reason_code: str | None = None

    # -- state ------------------------------------------------------------------------

    @property
    def probed(self) -> bool:
        """True once the availability probe has run (reading `available` runs it)."""
        return self._probed

    @property
    def available(self) -> bool:
        """True when secrets can be kept in a platform keyring (probes on first use)."""
        self._ensure_probed()
        return self._keyring is not None

    @property
    def reason_code(self) -> str | None:
        """Stable code of why the vault is unavailable, None when it is available."""
        self._ensure_probed()
        return self._reason_code

    @property
    def backend_name(self) -> str | None:
        """Dotted name of the keyring backend in use (for the self-test), None when none."""
        self._ensure_probed()
        return self._backend_name if self._keyring is not None else None

    @classmethod
    def unavailable(cls, code: str) -> Vault:
        """A vault that is known not to work (memory-only mode), e.g. after a failed probe."""
        vault = cls()
        vault._probed, vault._reason_code = True, code
        return vault

    # -- probing ----------------------------------------------------------------------

    def _ensure_probed(self) -> None:
        if not self._probed:
            self.probe()

    def probe(self, force: bool = False) -> bool:
        """Find a usable platform keyring by writing, reading back and deleting a probe.

        Bounded by `timeout` seconds in total; returns `available`.
        """
        with self._lock:
            if self._probed and not force:
                return self._keyring is not None
            self._keyring, self._backend_name, self._reason_code = None, None, None
            deadline = time.monotonic() + self.timeout
            worst: str | None = None
            for module, name in platform_backends():
                try:
                    kr = _bounded(
                        lambda m=module, n=name: self._probe_backend(m, n),
                        deadline - time.monotonic(),
                    )
                except _NotViable:
                    continue
                except Exception as exc:  # noqa: BLE001 - any keyring failure means "no"
                    worst = _reason_code_for(exc)
                    log.info("keyring %s.%s unusable: %s", module, name, worst)
                    if worst == "timeout":
                        break
                    continue
                self._keyring, self._backend_name = kr, f"{module}.{name}"
                break
            if self._keyring is None:
                self._reason_code = worst or self._no_backend_code()
                log.info("vault unavailable: %s", self._reason_code)
            else:
                log.info("vault uses %s", self._backend_name)
            self._probed = True
            return self._keyring is not None

    @staticmethod
    def _no_backend_code() -> str:
        configured = configured_backend_name()
        if configured and configured not in _ALL_PLATFORM_NAMES:
            return "insecure_backend"
        return "no_keyring"

    def _probe_backend(self, module: str, name: str) -> Any:
        """Construct one platform backend and prove it keeps and forgets a random value."""
        try:
            cls = _backend_class(module, name)
            priority = cls.priority  # raises when the backend is not viable here
        except Exception as exc:  # absent library, no daemon, wrong OS
            raise _NotViable from exc
        if not priority or priority <= 0:
            raise _NotViable
        kr = cls()
        if hasattr(kr, "appid"):
            kr.appid = "Aidant"  # what keyring managers (Seahorse, KWallet) show as the owner
        if hasattr(type(kr), "persist"):
            # Windows: kept on this computer only. The default (enterprise) copies the
            # credential into a domain user's roaming profile, onto other computers.
            kr.persist = "local machine"
        value = secrets.token_urlsafe(24)
        _replace(kr, self.service, PROBE_NAME, value)
        try:
            read_back = kr.get_password(self.service, PROBE_NAME)
        finally:
            kr.delete_password(self.service, PROBE_NAME)
        if read_back != value or kr.get_password(self.service, PROBE_NAME) is not None:
            raise RuntimeError("keyring probe did not round-trip")
        return kr

    def _fail(self, exc: BaseException) -> None:
        """A keyring call failed after a good probe: stop using the keyring."""
        with self._lock:
            self._keyring, self._backend_name = None, None
            self._reason_code = _reason_code_for(exc)
            self._probed = True
        log.info("vault became unavailable: %s", self._reason_code)

    # -- use --------------------------------------------------------------------------

    def _call_timeout(self) -> float:
        """The bound of a call after the probe: on macOS it may wait for the person's answer
        to the Keychain's prompt; timing out there would turn the keyring off while the
        prompt is still up, and the kept sign-in would seem lost."""
        if sys.platform == "darwin":
            return max(self.timeout, KEYCHAIN_PROMPT_SECONDS)
        return self.timeout

    def store(self, name: str, value: str) -> bool:
        """Keep `value` under `name`; False (nothing written) when the vault is unavailable."""
        kr = self._keyring if self.available else None
        if kr is None:
            return False
        try:
            _bounded(lambda: _replace(kr, self.service, name, value), self._call_timeout())
        except Exception as exc:  # noqa: BLE001 - the caller keeps the value in memory
            self._fail(exc)
            return False
        return True

    def load(self, name: str) -> str | None:
        """Return the value kept under `name`, or None (also when unavailable)."""
        kr = self._keyring if self.available else None
        if kr is None:
            return None
        try:
            return _bounded(lambda: kr.get_password(self.service, name), self._call_timeout())
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return None

    def delete(self, name: str) -> None:
        """Forget the value kept under `name`; nothing to forget is not an error."""
        kr = self._keyring if self.available else None
        if kr is None:
            return
        try:
            _bounded(lambda: kr.delete_password(self.service, name), self._call_timeout())
        except Exception as exc:  # noqa: BLE001
            from keyring.errors import PasswordDeleteError

            if not isinstance(exc, PasswordDeleteError):
                self._fail(exc)
