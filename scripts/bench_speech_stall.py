#!/usr/bin/env python3
"""Longest GUI-thread stall while reading aloud (a benchmark, not a test).

    python scripts/bench_speech_stall.py [--sentences 60] [--language fr] [--sound-card]

A 5 ms heartbeat (QTimer on the GUI thread) runs while ui/speech.Speaker reads sentences
with the system's engine, is stopped in the middle, repeats one sentence and reads again;
a stall is the largest gap between two ticks minus the period. Over 50 ms (the budget of
ARCHITECTURE.md) the script exits 1. By default espeak-ng writes WAV files to a temporary
folder (as the tests do); --sound-card speaks for real.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BUDGET_MS = 50
HEARTBEAT_MS = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=60)
    parser.add_argument("--language", default="fr")
    parser.add_argument("--sound-card", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.sound_card:
        os.environ["AIDANT_SPEECH_WAV_DIR"] = tempfile.mkdtemp(prefix="aidant-speech-")

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from aidant_app.ui import speech
    from aidant_app.ui.tasks import TaskRunner

    app = QApplication([])
    ctx = SimpleNamespace(runner=TaskRunner())
    speaker = speech.Speaker(ctx)
    if not speaker.engine.available:
        print("no speech program on this computer")
        return 2
    clock, gaps, last = QElapsedTimer(), [], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0] - HEARTBEAT_MS)
        last[0] = now

    beat = QTimer()
    beat.timeout.connect(tick)
    beat.start(HEARTBEAT_MS)
    sentences = [f"Voici la phrase numéro {n}. Elle dit une chose simple." for n in
                 range(args.sentences)]
    plan = [(0.0, lambda: speaker.read(sentences, args.language)),
            (1.0, speaker.stop), (1.2, speaker.repeat),
            (1.6, lambda: speaker.read(sentences, args.language))]
    for delay, action in plan:
        QTimer.singleShot(int(delay * 1000), action)
    started = time.monotonic()

    def finished() -> None:
        if time.monotonic() - started > 2.0 and speaker.state == speech.IDLE:
            app.quit()

    check = QTimer()
    check.timeout.connect(finished)
    check.start(50)
    QTimer.singleShot(300_000, app.quit)
    app.exec()
    ctx.runner.wait_for_done(10_000)
    said = len(speaker.engine.sent)
    worst = max(gaps[1:] or [0])
    print(f"sentences said: {said}; ticks: {len(gaps)}; longest GUI stall: {worst} ms "
          f"(budget {BUDGET_MS} ms)")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
