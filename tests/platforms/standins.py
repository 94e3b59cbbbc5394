"""Stand-ins for the system parts under keyring's real Windows and macOS backends: Windows'
Credential Manager (win32ctypes' win32cred) and macOS' Security framework (keyring's api)."""

from __future__ import annotations

import importlib
import sys
import threading
import types
from contextlib import contextmanager
from unittest import mock


class CredentialStore:
    """Windows' Credential Manager: generic credentials by target name, as CredWrite keeps
    them (the blob in UTF-16, as the real one hands it back)."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_SESSION, CRED_PERSIST_LOCAL_MACHINE, CRED_PERSIST_ENTERPRISE = 1, 2, 3

    def __init__(self) -> None:
        self.credentials: dict[str, dict] = {}
        store = self

        class error(Exception):
            def __init__(self, winerror: int, funcname: str, message: str) -> None:
                super().__init__(winerror, funcname, message)
                self.winerror, self.funcname = winerror, funcname

        self.pywintypes = types.SimpleNamespace(error=error)
        self.win32cred = types.SimpleNamespace(
            CRED_TYPE_GENERIC=1, CRED_PERSIST_SESSION=1, CRED_PERSIST_LOCAL_MACHINE=2,
            CRED_PERSIST_ENTERPRISE=3, __name__="win32cred",
            CredRead=store._read, CredWrite=store._write, CredDelete=store._delete)

    def _read(self, Type, TargetName):
        if TargetName not in self.credentials:
            raise self.pywintypes.error(1168, "CredRead", "Element not found.")
        found = dict(self.credentials[TargetName])
        found["CredentialBlob"] = found["CredentialBlob"].encode("utf-16")
        return found

    def _write(self, credential, flags):
        self.credentials[credential["TargetName"]] = dict(credential)

    def _delete(self, Type, TargetName):
        if self.credentials.pop(TargetName, None) is None:
            raise self.pywintypes.error(1168, "CredDelete", "Element not found.")


@contextmanager
def windows_credential_manager():
    """keyring's real keyring.backends.Windows, loaded over a stand-in credential store,
    with sys.platform "win32"; put back as it was afterwards."""
    store = CredentialStore()
    pywin32 = types.ModuleType("win32ctypes.pywin32")
    pywin32.pywintypes, pywin32.win32cred = store.pywintypes, store.win32cred
    modules = {"win32ctypes": types.ModuleType("win32ctypes"), "win32ctypes.pywin32": pywin32,
               "win32ctypes.pywin32.pywintypes": store.pywintypes,
               "win32ctypes.pywin32.win32cred": store.win32cred}
    import keyring.backends.Windows as backend

    with mock.patch.dict(sys.modules, modules), mock.patch.object(sys, "platform", "win32"):
        importlib.reload(backend)
        try:
            yield store
        finally:
            pass
    importlib.reload(backend)  # without the stand-ins: not viable again


class Keychain:
    """macOS' Keychain through keyring's `api` module. Items written by "another build" of
    the app (`foreign`) make a read wait for the person's answer to the system's prompt."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.foreign: set[tuple[str, str]] = set()
        self.answered = threading.Event()
        self.prompts = 0

        class Error(Exception):
            pass

        class NotFound(Error):
            pass

        class KeychainDenied(Error):
            pass

        self.api = types.SimpleNamespace(
            Error=Error, NotFound=NotFound, KeychainDenied=KeychainDenied,
            SecAuthFailure=Error, find_generic_password=self._find,
            set_generic_password=self._set, delete_generic_password=self._delete)

    def _ask(self, key) -> None:
        if key in self.foreign:
            self.prompts += 1
            self.answered.wait()  # "aidant wants to use your confidential information..."
            self.foreign.discard(key)  # "Always Allow"

    def _find(self, keychain, service, username, not_found_ok=False):
        key = (service, username)
        if key not in self.items:
            raise self.api.NotFound(-25300, "Item not found")
        self._ask(key)
        return self.items[key]

    def _set(self, keychain, service, username, password):
        self._ask((service, username))
        self.items[(service, username)] = password

    def _delete(self, keychain, service, username):
        if (service, username) not in self.items:
            raise self.api.NotFound(-25300, "Item not found")
        self._ask((service, username))
        del self.items[(service, username)]


@contextmanager
def macos_keychain():
    """keyring's real keyring.backends.macOS over a stand-in Keychain, on "Darwin"."""
    import keyring.backends.macOS as backend

    keychain = Keychain()
    with mock.patch.object(backend, "api", keychain.api, create=True), \
            mock.patch.object(backend.platform, "system", lambda: "Darwin"), \
            mock.patch.object(sys, "platform", "darwin"):
        yield keychain
