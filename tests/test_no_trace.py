"""Nothing about the person stays on disk: whole journeys in a fresh HOME, then every file scanned.

The app runs as `aidant-app` does (training server child, settings, keyring probe) in a
subprocess whose HOME, XDG folders, TMPDIR and runtime folder all point into one new folder.
Afterwards every file under it, Qt's settings included, is searched for each fictitious value
in UTF-8, UTF-16, base64 and URL-encoded forms. Only the memo the test asked for may hold
the address and the masked number; it never holds a password, a code or a token.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from aidant_app.ui.settings_store import ALLOWED_KEYS

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "support" / "no_trace_driver.py"

pytestmark = pytest.mark.timeout(420)


def _variants(value: str) -> set[str]:
    """The ways a value may be written: as typed, without separators, grouped."""
    forms = {value, value.strip()}
    compact = "".join(value.split())
    forms.add(compact)
    if compact.isalnum() and len(compact) == 15:  # a social security number
        forms.add(f"{compact[0]} {compact[1:3]} {compact[3:5]} {compact[5:7]} "
                  f"{compact[7:10]} {compact[10:13]} {compact[13:]}")
        forms.add(compact[:13])  # the login derived from it
    if len(compact) > 20 and compact[:2].isalpha():  # an IBAN, printed in groups of 4
        forms.add(" ".join(compact[i:i + 4] for i in range(0, len(compact), 4)))
    if len(value) == 10 and value[4] == "-" and value[7] == "-":  # an ISO birth date
        year, month, day = value.split("-")
        forms.update({f"{day}/{month}/{year}", f"{day}{month}{year}", f"{day}.{month}.{year}"})
    return {form for form in forms if len(form) >= 4}


def _encodings(text: str) -> set[bytes]:
    """UTF-8, UTF-16 (both byte orders), URL-encoded, and base64 at every alignment."""
    raw = text.encode("utf-8")
    found = {raw, text.encode("utf-16-le"), text.encode("utf-16-be"),
             urllib.parse.quote(text, safe="").encode(), urllib.parse.quote_plus(text).encode()}
    for shift in range(3):
        # Inside a longer base64 text the value's bytes may start at any offset modulo 3:
        # keep only the characters that do not depend on the neighbouring bytes.
        encoded = base64.b64encode(b"\0" * shift + raw)
        start = (shift * 4 + 2) // 3
        end = len(encoded) - (4 if (shift + len(raw)) % 3 else 0)
        if end - start >= 6:
            found.add(encoded[start:end])
        found.add(base64.urlsafe_b64encode(b"\0" * shift + raw)[start:end])
    return {item for item in found if len(item) >= 4}


def _needles(values: list[str]) -> dict[bytes, str]:
    needles = {}
    for index, value in enumerate(values):
        for form in _variants(value):
            for blob in _encodings(form) | _encodings(form.lower()):
                needles[blob] = f"value #{index}"  # never the value itself in a report
    return needles


def _hits(folder: Path, needles: dict[bytes, str], skip: set[Path]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink() or path in skip:
            continue
        data = path.read_bytes()
        for blob, label in needles.items():
            if blob in data:
                hits.append(f"{label} in {path.relative_to(folder)}")
    return hits


def _fresh_env(base: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                 "XDG_RUNTIME_DIR", "TMPDIR"):
        path = base / name.lower()
        path.mkdir(mode=0o700)
        env[name] = str(path)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1",
               AIDANT_SETTINGS_SCOPE="")  # the real settings location, inside the new HOME
    return env


@pytest.fixture(scope="module")
def journeys(tmp_path_factory) -> tuple[Path, dict, str]:
    base = tmp_path_factory.mktemp("fresh-computer")
    env = _fresh_env(base)
    # People often name a folder after themselves: Qt's file dialog must not remember it.
    memo = base / "home" / "Documents" / "Odile Testeuse" / "aide-memoire.pdf"
    memo.parent.mkdir(parents=True)
    result = subprocess.run([sys.executable, str(DRIVER), str(memo)], env=env, cwd=base / "home",
                            capture_output=True, text=True, timeout=400, check=False)
    line = next((line for line in result.stdout.splitlines()
                 if line.startswith("no-trace-report ")), None)
    assert line, f"the driver reported nothing:\n{result.stderr[-3000:]}"
    report = json.loads(line.split(" ", 1)[1])
    assert report["ok"], f"{report.get('error')}\n{report.get('where')}"
    return base, report, result.stderr


def test_every_journey_reached_what_the_person_should_see(journeys) -> None:
    _base, report, _stderr = journeys
    checks = report["checks"]
    assert checks["training"] and checks["home_done"]
    assert "autre compte ameli" in checks["email_taken_words"]
    errors = checks["account_errors"]
    assert set(errors) == {"has_account", "temporary_number", "bank_mismatch", "locked",
                           "identity_mismatch", "identity_not_found", "nir_key",
                           "terms_outdated"}
    for code, words in errors.items():
        assert words, f"no message for {code}"
    assert checks["all_errors_on_the_form"]
    assert "Impossible de joindre" in checks["backend_down_words"] and checks["typed_kept"]
    assert checks["visible_after_next_person"] == 0
    assert checks["exception_words"] and "gmail.com" not in checks["exception_words"]
    assert checks["alive_after_bug"] and checks["journey_had_data"] and checks["idle_wiped"]
    assert checks["recovery_memo_saved"] and checks["recovery_wiped"]


def test_no_value_of_the_person_in_any_file(journeys) -> None:
    base, report, _stderr = journeys
    memo = Path(report["memo"])
    assert memo.is_file(), "the memo the person asked for was not written"
    values = report["values"] + report["secrets"]
    assert len(values) > 20  # the journeys really typed and received values
    hits = _hits(base, _needles(values), skip={memo})  # the recovery memo is scanned too
    assert hits == []
    # Only the memos the person chose: no other PDF, no crash report, no stray temp file.
    steps_memo = memo.parent / "etapes-ameli.pdf"
    assert sorted(base.rglob("*.pdf")) == sorted([memo, steps_memo])


def test_the_activity_report_export_holds_nothing_of_the_journeys(journeys) -> None:
    """Two accompaniments recorded after a journey, exported where the helper chose: the
    file is there (the scan above covered it) and holds none of the person's values."""
    base, report, _stderr = journeys
    csv_path = Path(report["checks"]["report_csv"])
    assert report["checks"]["record_form_offered"] == 1  # after "Personne suivante"
    assert report["checks"]["report_rows"] == 2 and csv_path.is_file()
    assert base in csv_path.parents
    assert _hits(csv_path.parent, _needles(report["values"] + report["secrets"]),
                 skip={Path(report["memo"])}) == []


def test_memo_holds_no_password_code_or_token(journeys) -> None:
    _base, report, _stderr = journeys
    memo = Path(report["memo"])
    hits = _hits(memo.parent, _needles(report["secrets"]), skip=set())
    assert hits == []
    tool = shutil.which("pdftotext")  # poppler-utils, installed by .ci/run
    assert tool, "pdftotext is needed to read the memo as a person would"
    # QPdfWriter compresses its text: read it as a person would.
    text = subprocess.run([tool, str(memo), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())
    assert report["checks"]["memo_address"] in flat  # the reading works: the address is there
    for secret in report["secrets"]:
        assert "".join(secret.split()) not in flat


def test_settings_hold_only_allowed_keys(journeys) -> None:
    base, _report, _stderr = journeys
    from PySide6.QtCore import QSettings

    files = [p for p in (base / "xdg_config_home").rglob("*") if p.is_file()]
    assert files, "the app kept no preference at all (usage mode is expected)"
    for path in files:
        if path.suffix in (".ini", ".conf"):
            settings = QSettings(str(path), QSettings.Format.IniFormat)
            keys = set(settings.allKeys())
            if path.parent.name == "Aidant":
                assert keys <= ALLOWED_KEYS, keys - ALLOWED_KEYS


def test_keyring_holds_the_token_only_when_asked_and_never_after_sign_out(journeys) -> None:
    _base, report, _stderr = journeys
    checks = report["checks"]
    assert checks["vault_untouched_at_start"]  # asked only when a sign-in is to be kept
    assert checks["token_kept_without_ticking"] is False
    assert checks["token_after_first_sign_out"] is False
    if checks["vault_available"]:
        assert checks["token_kept_when_ticked"] and checks["kept_token_is_the_session"]
        assert checks["token_after_sign_out"] is False
    else:
        assert checks["remember_disabled_without_keyring"]


def test_encodings_catch_what_they_should() -> None:
    """The scan itself: a value hidden in each encoding is found, an unrelated one is not."""
    value = "jeanne.fictive@example.org"
    needles = _needles([value])
    hidden = [value.encode("utf-16-le"), b"x=" + urllib.parse.quote(value).encode(),
              b"{" + base64.b64encode(b"ab" + value.encode()) + b"}"]
    for blob in hidden:
        assert any(needle in blob for needle in needles), blob
    assert not any(needle in base64.b64encode(b"autre.personne@example.org")
                   for needle in needles)
