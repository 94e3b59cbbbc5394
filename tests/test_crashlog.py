"""Uncaught exceptions print where they happened, never their message."""

import os
import subprocess
import sys
import textwrap

FICTITIOUS_IBAN = "FR7630006000011234567890189"


def test_an_uncaught_exception_prints_no_message():
    code = textwrap.dedent(f"""
        from aidant_app import crashlog
        crashlog.install()
        def check(value):
            raise ValueError("bad IBAN " + value)
        check("{FICTITIOUS_IBAN}")
    """)
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True,
                            timeout=60)
    assert result.returncode != 0
    assert "ValueError" in result.stderr
    assert "in check" in result.stderr
    assert FICTITIOUS_IBAN not in result.stderr
    assert FICTITIOUS_IBAN[4:12] not in result.stderr


def test_an_exception_in_a_worker_thread_prints_no_message():
    code = textwrap.dedent(f"""
        import threading
        from aidant_app import crashlog
        crashlog.install()
        def work():
            raise KeyError("{FICTITIOUS_IBAN}")
        t = threading.Thread(target=work); t.start(); t.join()
    """)
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True,
                            timeout=60)
    assert "KeyError" in result.stderr
    assert FICTITIOUS_IBAN not in result.stderr


def test_an_exception_in_a_qt_slot_prints_no_message():
    code = textwrap.dedent(f"""
        from aidant_app import crashlog
        crashlog.install()
        from PySide6.QtCore import QCoreApplication, QTimer
        app = QCoreApplication([])
        def slot():
            raise ValueError("{FICTITIOUS_IBAN}")
        QTimer.singleShot(0, slot)
        QTimer.singleShot(100, app.quit)
        app.exec()
    """)
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "ValueError" in result.stderr and "in slot" in result.stderr
    assert FICTITIOUS_IBAN not in result.stderr
