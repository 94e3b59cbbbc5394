"""The system's own speech, driven by subprocess: espeak-ng, speech-dispatcher, say, SAPI.

No Qt and no PySide6-Addons (QtTextToSpeech needs tens of MB more): each platform already
has a speech program. `speak()` blocks until the sentence is said or `stop()` is called:
ui/speech.py runs it on the background runner, never on the GUI thread.

The text goes to the program on its standard input, never on its command line (other
users of the computer can read command lines). `AIDANT_SPEECH_WAV_DIR`, a test-only
setting, makes espeak-ng write each sentence to a numbered WAV file there instead of
the sound card.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from ..rules.languages import language as language_row

WAV_DIR_VARIABLE = "AIDANT_SPEECH_WAV_DIR"  # test-only: espeak-ng writes WAV files there
TIMEOUT_S = 120  # one sentence; a stuck engine is stopped rather than waited for

# Windows: the speech API (SAPI, System.Speech) through PowerShell, which every Windows
# has; the language's two letters come as an argument, the text on standard input.
_SAPI = ("Add-Type -AssemblyName System.Speech;"
         "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
         "$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and "
         "$_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $args[0] } | Select-Object -First 1;"
         "if (-not $v) { exit 3 };"
         "if ($args[1] -eq 'check') { exit 0 };"
         "$s.SelectVoice($v.VoiceInfo.Name); $s.Speak([Console]::In.ReadToEnd())")


class SpeechEngine:
    """One speech program of this computer; `speak` and `stop` from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        # Raised by each stop(): a job started before it, not yet speaking, never will.
        self.generation = 0
        self._voices: dict[str, bool] = {}
        self.sent: list[tuple[str, str]] = []  # (language, text) said: what tests check
        self._wav_count = 0
        self.kind = self._find()

    @staticmethod
    def _find() -> str:
        if sys.platform == "win32":
            return "sapi" if shutil.which("powershell") else ""
        if sys.platform == "darwin":
            return "say" if shutil.which("say") else ""
        if shutil.which("espeak-ng"):
            return "espeak-ng"
        return "spd-say" if shutil.which("spd-say") else ""

    @property
    def available(self) -> bool:
        return bool(self.kind)

    def has_voice(self, code: str) -> bool:
        """Whether this computer can speak `code` (asked once per language; may take a
        few tens of milliseconds: call it off the GUI thread)."""
        if code not in self._voices:
            self._voices[code] = self._ask_voice(code)
        return self._voices[code]

    def _ask_voice(self, code: str) -> bool:
        row = language_row(code)
        try:
            if self.kind == "espeak-ng":
                if not row.voice:
                    return False
                out = subprocess.run(["espeak-ng", f"--voices={row.voice}"], check=False,
                                     capture_output=True,
                                     text=True, timeout=10).stdout
                # Columns: Pty Language Age/Gender VoiceName File ...; MBROLA voices ("mb/")
                # need another program: not counted.
                rows = [line.split() for line in out.splitlines()[1:]]
                return any((cells[1] == row.voice or cells[1].startswith(f"{row.voice}-"))
                           and not cells[4].startswith("mb/")
                           for cells in rows if len(cells) >= 5)
            if self.kind == "spd-say":
                return bool(row.voice)  # speech-dispatcher speaks through espeak-ng's voices
            if self.kind == "say":
                out = subprocess.run(["say", "-v", "?"], check=False, capture_output=True,
                                     text=True, timeout=10).stdout
                return bool(row.say_voice) and self._say_voice(out, row.say_voice) != ""
            if self.kind == "sapi":
                two = code.split("_")[0]
                answer = subprocess.run(["powershell", "-NoProfile", "-Command", _SAPI, two,
                                         "check"], check=False, capture_output=True, timeout=20)
                return answer.returncode == 0
        except (OSError, subprocess.SubprocessError):
            return False
        return False

    @staticmethod
    def _say_voice(listing: str, prefix: str) -> str:
        """The first voice of `say -v ?` whose language starts with `prefix` ("" if none)."""
        for line in listing.splitlines():
            head = line.split("#")[0].split()
            if len(head) >= 2 and head[-1].split("_")[0] == prefix:
                return " ".join(head[:-1])
        return ""

    def _command(self, code: str) -> list[str]:
        row = language_row(code)
        if self.kind == "espeak-ng":
            command = ["espeak-ng", "-v", row.voice, "--stdin"]
            wav_dir = os.environ.get(WAV_DIR_VARIABLE)
            if wav_dir:
                self._wav_count += 1
                command += ["-w", str(Path(wav_dir) / f"{self._wav_count:04d}.wav")]
            return command
        if self.kind == "spd-say":
            return ["spd-say", "-l", row.voice, "-w", "-e"]
        if self.kind == "say":
            out = subprocess.run(["say", "-v", "?"], check=False, capture_output=True, text=True,
                                 timeout=10).stdout
            return ["say", "-v", self._say_voice(out, row.say_voice), "-f", "-"]
        return ["powershell", "-NoProfile", "-Command", _SAPI, code.split("_")[0], "speak"]

    def speak(self, text: str, code: str, generation: int | None = None) -> bool:
        """Say `text` in language `code`; False when stopped (or the engine failed).
        `generation`: the engine's generation when the caller decided to speak; a stop()
        since then cancels this sentence."""
        if not self.kind or not text.strip():
            return False
        with self._lock:
            if generation is not None and generation != self.generation:
                return False
            generation = self.generation
            self.sent.append((code, text))
            self._process = subprocess.Popen(
                self._command(code), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
            process = self._process
        try:
            process.communicate(text, timeout=TIMEOUT_S)
        except (subprocess.TimeoutExpired, OSError, ValueError):
            process.kill()
            process.wait()
        with self._lock:
            if self._process is process:
                self._process = None
            return process.returncode == 0 and generation == self.generation

    def stop(self) -> None:
        """Stop at once (from the GUI thread: only signals the program, never waits)."""
        with self._lock:
            self.generation += 1
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()
