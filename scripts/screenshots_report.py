"""Screenshots of the activity report (issue 20): the recording form, the figures, the export.

    xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb python scripts/screenshots_report.py

A helper of the training server records a few fictitious accompaniments first. PNG files go
to docs/screenshots/<width>x<height>/report_*.png, at 100 % and 200 % text (big_report_*).
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from screenshots import Shooter

from tests.support.server import server_process


def seed(client) -> None:
    from aidant_app.actions.report import AccompanimentRecord
    from aidant_app.server.population import HELPER_LOGIN, HELPER_PASSWORD

    client.sign_in(HELPER_LOGIN, HELPER_PASSWORD)
    today = dt.date.today()
    examples = [
        (0, 45, ("email", "sante")), (1, 30, ("email",)), (3, 60, ("email", "sante")),
        (8, 90, ("aide_aux_demarches_administratives", "social_sante", "sante")),
        (9, 30, ("email", "sante")), (15, 120, ("email", "sante", "securite_numerique")),
        (17, 45, ("sante",)),
    ]
    for days_ago, minutes, themes in examples:
        record = AccompanimentRecord(date=today - dt.timedelta(days=days_ago),
                                     duration_minutes=minutes, place="lieu_activite",
                                     themes=themes, equipment=("ordinateur",))
        client.record_accompaniment(record, str(uuid.uuid4()))


def shoot(shooter: Shooter, prefix: str) -> None:
    from aidant_app.ui.report_dialog import ActivityDialog
    from aidant_app.ui.report_form import RecordDialog

    form = RecordDialog(shooter.ctx, shooter.window, after_journey=True)
    form.show()
    next(b for b in form.duration.buttons() if b.property("value") == 45).click()
    form.place.buttons()[0].click()
    shooter.save(f"{prefix}report_1_record_form", form)
    form.done(0)
    activity = ActivityDialog(shooter.ctx, shooter.window)
    activity.show()
    activity.load()
    for _ in range(40):  # the figures come from the server off the GUI thread
        if activity.report is not None:
            break
        shooter.wait(250)
    shooter.save(f"{prefix}report_2_figures", activity)
    dialog = QFileDialog(activity, "Exporter l'activité", "activite.csv",
                         "Tableur CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    shooter.save(f"{prefix}report_3_export_dialog", dialog)
    dialog.done(0)
    activity.done(0)


def main() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    screen = app.primaryScreen().availableGeometry()
    out = ROOT / "docs" / "screenshots" / f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    with server_process("--host", "127.0.0.1") as server:
        shooter = Shooter(out, server.base_url)
        seed(shooter.client)
        shooter.ctx.set_helper("Démo")
        for scale, prefix in ((100, ""), (200, "big_")):
            shooter.window.set_text_scale(scale)
            shoot(shooter, prefix)
        shooter.window.close()
        shooter.ctx.runner.wait_for_done(5000)
        QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
