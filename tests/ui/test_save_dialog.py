"""The memo's save dialog: in the person's Documents folder, and in their language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from aidant_app.ui import memo


@pytest.mark.parametrize(("language", "words", "not_words"), [
    ("fr", ("Voir dans", "Fichiers de type"), ("Look in", "Files of type")),
    ("en", ("Look in", "Files of type"), ("Voir dans", "Fichiers de type")),
])
def test_the_save_dialog_opens_in_documents_in_the_interface_language(
        qtbot, window, tmp_path, monkeypatch, language, words, not_words):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(tmp_path)  # the app's working folder: not where to save
    window.set_language(language)
    seen: dict = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen["folder"] = dialog.directory().absolutePath()
        labels = dialog.findChildren(QLabel)
        seen["labels"] = " ".join(label.text().replace("&", "") for label in labels)
        dialog.reject()

    QTimer.singleShot(50, look)
    called = []
    memo.ask_and_save(window, window.ctx.journey, window.ctx.meta, False, True,
                      window.ctx.runner, called.append)
    window.set_language("fr")
    assert seen["folder"] == str(home / "Documents")
    for word in words:
        assert word in seen["labels"], seen["labels"]
    for word in not_words:
        assert word not in seen["labels"], seen["labels"]
    assert called == []  # cancelled: nothing written, nothing said
