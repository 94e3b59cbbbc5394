"""The memo on Windows and macOS laptops: no recent-files trace in helper mode, a synced
folder said before the file goes there, a font every system has."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from aidant_app.journey.state import HELPER, HOME
from aidant_app.ui import memo
from aidant_app.ui.places import synced_service


@pytest.mark.parametrize("path, environ, service", [
    (r"C:\Users\jmartin\OneDrive\Documents\aide.pdf", {}, "OneDrive"),
    (r"C:\Users\jmartin\OneDrive - Mairie de Lille\Documents\aide.pdf", {}, "OneDrive"),
    ("/Users/jmartin/Library/Mobile Documents/com~apple~CloudDocs/Documents/aide.pdf", {},
     "iCloud"),
    ("/Users/jmartin/Library/CloudStorage/OneDrive-Personal/aide.pdf", {}, "OneDrive"),
    ("/Users/jmartin/Library/CloudStorage/GoogleDrive-j.martin@example.fr/My Drive/a.pdf", {},
     "Google Drive"),
    ("/home/jmartin/Dropbox/aide.pdf", {}, "Dropbox"),
    (r"D:\Sync\Docs\aide.pdf", {"OneDrive": r"D:\Sync"}, None),  # see below: POSIX paths
    ("/home/jmartin/Documents/aide.pdf", {}, None),
    ("/home/jmartin/Documents/onedrive-notes.pdf", {}, None),  # a file name is not a folder
])
def test_synced_folders_are_recognised(path, environ, service) -> None:
    assert synced_service(path, environ) == service


def test_the_onedrive_variable_names_a_folder_of_any_name(tmp_path: Path) -> None:
    root = tmp_path / "Cloud perso"
    (root / "Docs").mkdir(parents=True)
    assert synced_service(str(root / "Docs" / "aide.pdf"), {"OneDrive": str(root)}) == \
        "OneDrive"
    assert synced_service(str(tmp_path / "aide.pdf"), {"OneDrive": str(root)}) is None


def _home(tmp_path: Path, monkeypatch) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def _answer(steps: list) -> None:
    """Play `steps` on the modal dialogs as they open: each takes the dialog and acts."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not steps or not isinstance(dialog, steps[0][0]):
            QTimer.singleShot(30, look)
            return
        _kind, act = steps.pop(0)
        act(dialog)
        if steps:
            QTimer.singleShot(30, look)

    QTimer.singleShot(30, look)


@pytest.mark.parametrize("mode, native_allowed", [(HELPER, False), (HOME, True)])
def test_helper_mode_uses_qts_own_dialog(qtbot, window, tmp_path, monkeypatch, mode,
                                         native_allowed) -> None:
    _home(tmp_path, monkeypatch)
    window.ctx.journey.answers.mode = mode
    seen = {}

    def cancel(dialog) -> None:
        seen["own"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.reject()

    _answer([(QFileDialog, cancel)])
    memo.ask_and_save(window, window.ctx.journey, window.ctx.meta, False, True,
                      window.ctx.runner, lambda saved: None)
    assert seen["own"] is (not native_allowed)


def test_a_synced_folder_is_said_and_another_can_be_chosen(qtbot, window, tmp_path,
                                                           monkeypatch) -> None:
    home = _home(tmp_path, monkeypatch)
    synced = home / "OneDrive" / "Documents"
    synced.mkdir(parents=True)
    window.ctx.journey.answers.mode = HELPER
    said, results = [], []

    def choose(folder: Path):
        def act(dialog) -> None:
            dialog.selectFile(str(folder / "aide-memoire-ameli.pdf"))
            dialog.accept()
        return act

    def other_folder(box) -> None:
        said.append(box.text())
        [other] = [b for b in box.buttons() if "autre" in b.text() or "another" in b.text()]
        other.click()

    _answer([(QFileDialog, choose(synced)), (QMessageBox, other_folder),
             (QFileDialog, choose(home / "Documents"))])
    memo.ask_and_save(window, window.ctx.journey, window.ctx.meta, False, True,
                      window.ctx.runner, results.append)
    qtbot.waitUntil(lambda: results != [], timeout=10_000)
    assert results == [True]
    assert len(said) == 1 and "OneDrive" in said[0]
    assert not list(synced.iterdir())  # nothing went to the synced folder
    assert (home / "Documents" / "aide-memoire-ameli.pdf").is_file()


def test_the_memo_font_falls_back_to_a_sans_font_the_system_has(qapp) -> None:
    font = QFont(memo._MEMO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    assert len(memo._MEMO_FAMILIES) > 1
    assert "Segoe UI" in memo._MEMO_FAMILIES and "Helvetica" in memo._MEMO_FAMILIES
    assert QFontInfo(font).family() in QFontDatabase.families()
