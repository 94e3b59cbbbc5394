"""The start-up baseline: a three-page QWizard that imports nothing but PySide6.

Run by scripts/bench_startup.py and scripts/bench_outside.py beside the app, started the same
way. It reports its first page's paint in the app's format (app.py, AIDANT_STARTUP_PROBE), so
both are measured alike; it imports no module of this project, of the benchmark, or of the
standard library beyond what the interpreter has loaded at start (sys, os and time are), so
that the app is compared with a truly bare wizard (before, the benchmark's own module and
its imports ran first and made the baseline slower by 10-20 ms).
"""

import os
import sys
import time


def _phase(name: str) -> None:
    """AIDANT_STARTUP_PROBE=exit-at-<name> ends here, as in app.py (bench_startup.py --phases)."""
    if os.environ.get("AIDANT_STARTUP_PROBE") == f"exit-at-{name}":
        os._exit(0)


_phase("start")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

_phase("qt")


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    app = QApplication([sys.argv[0]])
    _phase("qapplication")
    wizard = QWizard()
    wizard.setWindowTitle("Bare wizard")
    for number in range(1, 4):
        page = QWizardPage()
        page.setTitle(f"Page {number}")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"Question {number}"))
        layout.addWidget(QLineEdit())
        wizard.addPage(page)
    wizard.resize(1100, 760)
    _phase("window")
    done = []

    def report() -> None:
        # The app's line, written by hand: json is not imported here.
        wall, cpu, rss = time.time(), time.process_time(), _rss_kb()
        print(f'aidant-first-paint {{"wall": {wall!r}, "cpu": {cpu!r}, "rss_kb": {rss}}}',
              flush=True)
        if os.environ.get("AIDANT_STARTUP_PROBE") == "exit":
            os._exit(0)  # as app.py: nothing after the paint is counted
        app.quit()  # "quit" and "ready" alike: the wizard has no backend to wait for

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # Qt override
            if event.type() == QEvent.Type.Paint and not done:
                done.append(True)
                QTimer.singleShot(0, report)
            return False

    first_paint = FirstPaint()
    wizard.page(wizard.startId()).installEventFilter(first_paint)
    wizard.show()
    _phase("show")
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
