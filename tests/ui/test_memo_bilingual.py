"""A memo printed in another language carries its French too, line by line, for a clerk.

Read as a reader would (pdftotext), from the real Done page's "save" button.
"""

from __future__ import annotations

from aidant_app.ui.i18n import Translations
from aidant_app.ui.memo import bilingual_lines
from aidant_app.ui.pages.done import DonePage

from .pages_support import show_page
from .test_memo_privacy import _pending_person, _save_memo


def test_an_english_memo_has_the_french_under_each_line(qtbot, qapp, app_ctx, tmp_path,
                                                        monkeypatch):
    _pending_person(app_ctx, 5)
    translations = Translations(qapp)
    try:
        translations.switch("en")
        lines = bilingual_lines(app_ctx.journey, app_ctx.meta)
        assert lines[0].french == "Aide-mémoire : mon compte ameli"
        assert lines[0].text != lines[0].french
        worded = [line for line in lines if line.text.strip(" _•0123456789")]
        # Every line with words has its French, except the ones that are the same
        # in both: the two values (the address, the resume code).
        assert sum(1 for line in worded if line.french) >= len(worded) - 2
        page = show_page(qtbot, app_ctx, DonePage)
        text = " ".join(_save_memo(qtbot, page, tmp_path / "memo.pdf", monkeypatch).split())
        assert "Aide-mémoire : mon compte ameli" in text
        assert lines[0].text in text
        assert "Je garde cette feuille chez moi" in text
    finally:
        translations.switch("fr")


def test_a_french_memo_is_french_only(app_ctx):
    _pending_person(app_ctx, 6)
    assert all(not line.french for line in bilingual_lines(app_ctx.journey, app_ctx.meta))
