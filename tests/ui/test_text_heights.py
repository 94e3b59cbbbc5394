"""A paragraph whose words change takes the height of its new words: switching between the
recovery paths at 200 % left about 100 px of blank lines under shorter texts."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from aidant_app.journey import Step
from aidant_app.ui.widgets.text import Para, heading


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.wait(20)


def test_switching_recovery_paths_leaves_no_blank_space(qtbot, window):
    window.set_text_scale(200)
    window.ctx.journey.answers.recovery = None
    window.jump_to(Step.ACCOUNT_EXISTS_HELP)
    page = window.current_page
    first: dict[str, int] = {}
    for name in ("forgot_password", "forgot_address", "never_activated", "forgot_password",
                 "forgot_address", "never_activated"):
        page.buttons[name].click()
        _settle(qtbot)
        title = page.path_title
        # The title's lines, no more: a one-line title is one line high.
        assert title.height() <= title.heightForWidth(title.width()) + 2, name
        height = page.height()
        if name in first:
            # A line of text is 40 px or more at 200 %; a pixel or two moves with the focus.
            assert abs(height - first[name]) <= 4, (name, height, first[name])
        first.setdefault(name, height)
    assert first["forgot_address"] != first["forgot_password"]  # the steps differ


def test_a_paragraph_shrinks_to_its_new_words_at_the_same_width(qtbot):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    para = heading("shrinking")
    layout.addWidget(para)
    layout.addStretch(1)
    qtbot.addWidget(holder)
    holder.resize(300, 600)
    holder.show()
    para.setText("Un titre assez long pour prendre plusieurs lignes à cette largeur-là")
    _settle(qtbot)
    long_height = para.height()
    para.setText("Court")
    _settle(qtbot)
    assert para.height() < long_height
    assert para.height() <= para.heightForWidth(para.width()) + 2
    # And back: the longer words get their lines again, at the same width.
    para.setText("Un titre assez long pour prendre plusieurs lignes à cette largeur-là")
    _settle(qtbot)
    assert para.height() >= para.heightForWidth(para.width()) - 2
    assert para.height() == long_height
    assert isinstance(para, Para)


def test_a_paragraph_answers_its_height_as_a_fresh_one_would(qtbot, qapp):
    """Para remembers its height per width (the first window asked each paragraph some 20
    times): after new words, a larger text size, the error style's border and padding, or a
    minimum height kept from a narrow width, it answers what a paragraph built just now with
    the same words answers (never a height remembered from before)."""
    from aidant_app.ui import theme

    holder = QWidget()
    layout = QVBoxLayout(holder)
    para = Para("remembering")
    layout.addWidget(para)
    layout.addStretch(1)
    qtbot.addWidget(holder)
    holder.resize(640, 700)
    holder.show()
    widths = (160, 240, 420, 600)

    def check(when: str, widths: tuple[int, ...] = widths) -> None:
        _settle(qtbot)
        twin = Para("remembering")
        layout.addWidget(twin)  # the same parent: the same style sheet and font
        twin.setText(para.text())
        twin.ensurePolished()
        for width in widths:
            expected = max(twin.heightForWidth(width), para.minimumHeight())
            assert para.heightForWidth(width) == expected, (when, width)
        twin.deleteLater()

    para.setText("Ouvrez votre boîte mail et cherchez le message de l'Assurance Maladie.")
    check("first words")
    para.setText("Un texte plus long : ouvrez votre boîte mail, cherchez le message de "
                 "l'Assurance Maladie, puis cliquez sur le lien qu'il contient.")
    check("new words")
    try:
        theme.apply(qapp, 200, False)
        check("text at 200 %")
    finally:
        theme.apply(qapp, 100, False)
    check("text back at 100 %")
    para.setText("⚠ Ce code ne marche plus. Demandez un nouveau code, puis tapez-le ici.")
    check("the error style")
    holder.resize(200, 700)  # narrow: the paragraph keeps a tall minimum height
    # Widths first asked now: QLabel answers the tall minimum for them, not their height.
    check("narrow", widths + (300, 360, 480))
    holder.resize(640, 700)
    check("wide again", widths + (300, 360, 480))
