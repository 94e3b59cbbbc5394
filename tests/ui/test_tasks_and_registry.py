"""The background-call door (ui/tasks.py) and the page registry, on their own."""

from __future__ import annotations

import threading

import pytest

from aidant_app.journey import Step
from aidant_app.ui import registry
from aidant_app.ui.tasks import TaskRunner


def test_dedupe_holds_only_until_the_owner_cancels(qtbot, qapp):
    runner = TaskRunner()
    owner, release = object(), threading.Event()
    results: list[str] = []
    assert runner.run(owner, lambda: (release.wait(10), "old")[1], results.append,
                      lambda e: None, "connect")
    refused: list[str] = []
    runner.refused.connect(lambda _o, key: refused.append(key))
    assert not runner.run(owner, lambda: "twice", results.append, lambda e: None, "connect")
    assert refused == ["connect"]  # a double click: refused, and said
    runner.cancel(owner)  # a wipe, a page left, another backend
    assert runner.run(owner, lambda: "new", results.append, lambda e: None, "connect")
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    release.set()
    assert runner.wait_for_done(5000)
    qtbot.wait(100)
    assert results == ["new"]  # the cancelled job's answer was dropped


def test_a_page_module_that_fails_to_import_is_an_error_not_a_stand_in(tmp_path, monkeypatch,
                                                                      app_ctx):
    (tmp_path / "broken_page_for_test.py").write_text(
        "raise RuntimeError('a bug at import')\n", encoding="utf-8")
    monkeypatch.setattr(registry.pages_package, "__path__",
                        [*registry.pages_package.__path__, str(tmp_path)])
    monkeypatch.setitem(registry.PAGE_MODULES, Step.DONE, ("broken_page_for_test", "DonePage"))
    with pytest.raises(RuntimeError, match="a bug at import"):
        registry.PageRegistry().create(Step.DONE, app_ctx)
