"""Windows and macOS details: exclusive port, child priority, private clipboard."""

from __future__ import annotations

import ctypes
import socket
import sys
import types

import pytest

from aidant_app import training_child
from aidant_app.server import workers


class _RecordingSocket:
    def __init__(self, *args) -> None:
        self.options: list[tuple[int, int, int]] = []

    def setsockopt(self, level, name, value) -> None:
        self.options.append((level, name, value))

    def bind(self, address) -> None:
        pass

    def listen(self, backlog) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_the_training_port_is_exclusive_on_windows(monkeypatch, platform: str) -> None:
    exclusive = -5  # socket.SO_EXCLUSIVEADDRUSE exists on Windows only
    monkeypatch.setattr(socket, "SO_EXCLUSIVEADDRUSE", exclusive, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(workers.socket, "socket", _RecordingSocket)
    sock = workers.listening_socket(socket.AF_INET, ("127.0.0.1", 0))
    names = {name for _level, name, _value in sock.options}
    if platform == "win32":
        # SO_REUSEADDR there lets another program bind the same port and take connections.
        assert exclusive in names and socket.SO_REUSEADDR not in names
    else:
        assert socket.SO_REUSEADDR in names and exclusive not in names


def test_the_training_child_runs_below_normal_priority_on_windows(monkeypatch) -> None:
    calls = []
    kernel32 = types.SimpleNamespace(GetCurrentProcess=lambda: "this process",
                                     SetPriorityClass=lambda h, c: calls.append((h, c)) or 1)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delattr("os.nice", raising=False)  # Windows' os has no nice()
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32),
                        raising=False)
    monkeypatch.delenv("AIDANT_BENCH_NO_CHILD_NICE", raising=False)
    training_child._yield_to_the_window()
    assert calls == [("this process", 0x4000)]  # BELOW_NORMAL_PRIORITY_CLASS


def test_copied_text_is_marked_out_of_clipboard_histories(qapp) -> None:
    from PySide6.QtGui import QGuiApplication

    from aidant_app.ui.desktop import copy_for_a_while

    copy_for_a_while("jean.martin@example.fr")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "jean.martin@example.fr"
    formats = set(data.formats())
    for windows_format in ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard",
                           "ExcludeClipboardContentFromMonitorProcessing"):
        [kind] = [f for f in formats if windows_format in f]
        assert bytes(data.data(kind)) == b"\0\0\0\0"
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    assert "org.nspasteboard.ConcealedType" in formats
    QGuiApplication.clipboard().clear()
