"""The QProcess that runs the training server child (started by app.py or the controller)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment

from ..training_child import command


def new_training_process(parent: QObject | None = None, start: bool = False) -> QProcess:
    """A QProcess set up to run the training server child; started at once if `start`."""
    proc = QProcess(parent)
    env = QProcessEnvironment.systemEnvironment()
    env.insert("PYTHONUNBUFFERED", "1")  # the address line must arrive at once
    proc.setProcessEnvironment(env)
    if start:
        proc.start(*command())
    return proc
