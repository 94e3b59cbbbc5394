"""The task runner serves any owner: each cancels its own jobs, stale results are dropped
per owner, a bug in a callback is reported and reaches the owner, and the backend
connection runs on the same runner as the pages without being dropped with them."""

from __future__ import annotations

import threading

from aidant_app.actions import Action
from aidant_app.journey import HELPER, Step
from aidant_app.ui.tasks import TaskRunner

from .journey_steps import start
from .journey_support import click, wait_idle, wait_step


class _Owner:
    """Any owner: a page, the backend connection, an activity report, speech."""

    def __init__(self, name: str) -> None:
        self.name = name


def test_cancelling_an_owner_drops_only_its_own_results(qtbot, qapp):
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(4)  # two jobs wait on purpose; a third must not queue behind them
    runner = TaskRunner(pool=pool)
    page, report = _Owner("page"), _Owner("report")
    release = threading.Event()
    got: list[tuple[str, object]] = []

    def slow(value: object):
        return lambda: (release.wait(10), value)[1]

    assert runner.run(page, slow("for the page"), lambda r: got.append(("page", r)),
                      lambda e: got.append(("page error", e)), "send")
    report_value = {"days": 3}  # a typed result arrives as it was returned
    assert runner.run(report, slow(report_value), lambda r: got.append(("report", r)),
                      lambda e: got.append(("report error", e)), "send")
    runner.cancel(page)  # the person left the busy page
    assert not runner.is_running(page, "send") and runner.is_running(report, "send")
    assert runner.run(page, lambda: "again", lambda r: got.append(("page", r)),
                      lambda e: got.append(("page error", e)), "send")  # not blocked
    qtbot.waitUntil(lambda: ("page", "again") in got, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert runner.wait_for_done(5000)
    qtbot.wait(50)
    assert got == [("page", "again"), ("report", report_value)]
    assert got[1][1] is report_value and not runner.busy


def test_a_bug_in_on_done_is_reported_and_reaches_on_error(qtbot, qapp, capfd):
    runner = TaskRunner()
    owner = _Owner("report")
    errors: list[Exception] = []

    def on_done(result: str) -> None:
        raise LookupError(f"no line for {result}")

    assert runner.run(owner, lambda: "Jeanne Martin", on_done, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], LookupError)
    err = capfd.readouterr().err
    assert "LookupError" in err and "test_task_runner.py" in err and "Jeanne" not in err
    # The runner goes on working for that owner.
    got: list[str] = []
    assert runner.run(owner, lambda: "next", got.append, errors.append)
    qtbot.waitUntil(lambda: got == ["next"], timeout=5000)


def test_a_bug_in_on_error_never_reaches_qt(qtbot, qapp, capfd):
    runner = TaskRunner()
    owner = _Owner("speech")
    calls: list[str] = []

    def fails() -> str:
        raise ValueError("worker bug")

    def on_error(error: Exception) -> None:
        calls.append(type(error).__name__)
        raise RuntimeError("and a bug in the handler")

    assert runner.run(owner, fails, lambda r: None, on_error)
    qtbot.waitUntil(lambda: calls == ["ValueError"], timeout=5000)
    qtbot.wait(50)
    err = capfd.readouterr().err
    assert "ValueError" in err and "RuntimeError" in err
    assert calls == ["ValueError"]


class _Waits(Action[str]):
    key = "waits"

    def __init__(self, release: threading.Event) -> None:
        self.release = release

    def call(self, client) -> str:
        self.release.wait(10)
        return "late"


def test_leaving_a_busy_page_keeps_other_owners_jobs(qtbot, window):
    """The page's late answer is dropped; the backend connection's, on the same runner,
    still arrives."""
    start(qtbot, window, HELPER)
    click(qtbot, window.current_page.buttons["emailYes"])
    wait_step(qtbot, window, Step.EMAIL_ADDRESS)
    page, runner = window.current_page, window.ctx.runner
    release = threading.Event()
    page_got: list[object] = []
    assert page.start(_Waits(release), page_got.append, "Vérification…")
    backend = _Owner("backend connection")
    backend_got: list[str] = []
    assert runner.run(backend, lambda: (release.wait(10), "connected")[1],
                      backend_got.append, lambda e: backend_got.append("error"), "connect")
    assert page.busy
    window.jump_to(Step.EMAIL_QUESTION)  # the person is taken elsewhere while it runs
    assert not page.busy
    release.set()
    qtbot.waitUntil(lambda: backend_got == ["connected"], timeout=5000)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert page_got == []  # stale for the page: dropped
    assert window.current_page.step == Step.EMAIL_QUESTION and not window.current_page.busy


def test_the_backend_connection_runs_on_the_apps_runner(qtbot, app_ctx, training_server):
    """No runner of its own: its connect job is visible (and cancellable) on ctx.runner,
    and a page cancelling its jobs does not drop it."""
    from aidant_app.ui.backend import READY, BackendController

    app_ctx.client, app_ctx.meta, app_ctx.backend_url = None, None, ""
    backend = BackendController(app_ctx, url=training_server)
    assert not any(isinstance(c, TaskRunner) for c in backend.children())
    backend.start()
    assert app_ctx.runner.is_running(backend, "connect")
    app_ctx.runner.cancel(_Owner("a page"))  # another owner's cancel: no effect on it
    qtbot.waitUntil(lambda: backend.state == READY, timeout=15000)
    assert app_ctx.client is not None and app_ctx.meta is not None
    app_ctx.runner.wait_for_done(5000)
    backend.stop()


class _LateFact(_Waits):
    """Answers after the wipe with a fact about the person who was forgotten."""

    key = "late-fact"

    def record(self, journey, value: str) -> None:
        journey.facts.journey_code = "K7Q-4MZ-2WP"


def test_a_wipe_drops_every_answer_about_the_person_but_not_the_connection(qtbot, app_ctx):
    """Whoever asked (a page, a dialog), a use case's late answer neither reaches its owner
    nor writes into the next person's journey; the backend connection's answer arrives."""
    release = threading.Event()
    dialog, backend = _Owner("inbox dialog"), _Owner("backend connection")
    dialog_got: list[object] = []
    backend_got: list[str] = []
    assert app_ctx.controller.start(dialog, _LateFact(release), dialog_got.append)
    assert app_ctx.runner.run(backend, lambda: (release.wait(10), "connected")[1],
                              backend_got.append, lambda e: backend_got.append("error"))
    app_ctx.wipe()  # "Personne suivante"
    release.set()
    qtbot.waitUntil(lambda: backend_got == ["connected"], timeout=5000)
    assert app_ctx.runner.wait_for_done(5000)
    qtbot.wait(50)
    assert dialog_got == [] and app_ctx.journey.facts.journey_code == ""
    assert app_ctx.journey.is_empty()


class _Quick(Action[str]):
    key = "quick"

    def call(self, client) -> str:
        return "done"


def test_an_owner_is_not_kept_alive_once_its_use_case_ended(qtbot, app_ctx):
    """A closed dialog (and what it showed about the person) is not held by the runner or
    the controller after its answer came."""
    import gc
    import weakref

    owner = _Owner("inbox dialog")
    got: list[object] = []
    assert app_ctx.controller.start(owner, _Quick(), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    gone = weakref.ref(owner)
    del owner
    gc.collect()
    assert gone() is None
