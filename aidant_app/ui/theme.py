"""Look of the app: normal and high-contrast stylesheets, text size 100-200 %, visible focus.

Text reaches 4.5:1 against its background (7:1 in high contrast); the focus ring 3:1 against
what is on both sides of it. No single colour can do that beside both the window and a
filled (primary, chosen) button, so a focused filled button takes the window's colour
inside its ring (tests/ui/test_contrast.py measures the pixels drawn).
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir

BASE_POINT_SIZE = 14.0  # at 100 %: older eyes need more than the desktop's usual 9-10 pt
# Sizes are designed in points at 96 dpi (Windows, Linux). macOS counts 72 dpi, where the
# same points are 25 % fewer pixels: there every size is scaled up by 96/72. A desktop set
# above 96 dpi (a user's larger fonts) is obeyed as it is.
DESIGN_DPI = 96.0
MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 25
TOP_BAR_MAX_SCALE = 1.25  # the settings bar stops growing here: one row on a 1024 px screen


class Palette(SimpleNamespace):
    """The colours of one theme: window, text, muted, panel, border, button, button_text,
    primary, primary_text, focus, banner, banner_text, error, error_text, disabled_text, link.

    A plain namespace, not a dataclass: building a dataclass costs a few milliseconds, paid
    before the first window (scripts/bench_startup.py).
    """


NORMAL = Palette(
    window="#ffffff", text="#1a1a1a", muted="#3d3d3d", panel="#eef2f7", border="#5a6270",
    button="#f4f6f9", button_text="#1a1a1a", primary="#0b4f9c", primary_text="#ffffff",
    focus="#c2410c", banner="#fff4c2", banner_text="#1a1a1a", error="#fdecea",
    error_text="#8a0010", disabled_text="#6b6b6b", link="#0b4f9c",
)
HIGH_CONTRAST = Palette(
    window="#000000", text="#ffffff", muted="#ffffff", panel="#000000", border="#ffffff",
    button="#000000", button_text="#ffffff", primary="#ffff00", primary_text="#000000",
    focus="#00ffff", banner="#ffff00", banner_text="#000000", error="#000000",
    error_text="#ffff00", disabled_text="#b0b0b0", link="#ffff00",
)


def clamp_scale(percent: int) -> int:
    """Text size in percent, kept in 100..200 on the 25 % steps offered by A-/A+."""
    percent = max(MIN_SCALE, min(MAX_SCALE, int(percent)))
    return MIN_SCALE + round((percent - MIN_SCALE) / SCALE_STEP) * SCALE_STEP


def _style_image(name: str, high_contrast: bool) -> str:
    """resources/styles/<name> for the style sheet, its high-contrast twin (<stem>_hc)."""
    stem, _, suffix = name.rpartition(".")
    return (resources_dir() / "styles" / f"{stem}{'_hc' if high_contrast else ''}.{suffix}"
            ).as_posix()


def dpi_factor(logical_dpi: float) -> float:
    """How much point sizes grow on a screen counting `logical_dpi` (1 from 96 dpi up)."""
    return max(1.0, DESIGN_DPI / logical_dpi) if logical_dpi > 0 else 1.0


def _screen_dpi(app: QApplication) -> float:
    screen = app.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else DESIGN_DPI


def stylesheet(percent: int, high_contrast: bool, short: bool = False,
               dpi: float = DESIGN_DPI) -> str:
    """The whole application's stylesheet for this text size and contrast.

    short: the screen is short for this text size (1024x600 at 200 %): the shell around the
    page (top bar, step line, banner, the buttons under the page) keeps its text size but
    loses padding, so that the page itself keeps room to show a useful part of its text.
    """
    p = HIGH_CONTRAST if high_contrast else NORMAL
    # A tick drawn in the ticked box (a filled square alone is easy to misread).
    tick = _style_image("check.svg", high_contrast)
    s = clamp_scale(percent) / 100
    points = dpi_factor(dpi)  # text sizes only: pixel sizes (padding, heights) never change
    base, title, small = BASE_POINT_SIZE * s * points, 20 * s * points, 12.5 * s * points
    pad, height, indicator = round(8 * s), round(44 * s), round(22 * s)
    bar_scale = min(s, TOP_BAR_MAX_SCALE)
    bar, bar_height = BASE_POINT_SIZE * bar_scale * points, round((28 if short else 40) * bar_scale)
    focus = 4 if high_contrast else 3
    # A menu's arrow large enough to be seen as one (Fusion's, drawn in the sheet's box),
    # growing with the text. (The top bar's language menu is a button: ui/topbar.py.)
    arrow, arrow_box = round(11 * s), round(18 * s)
    # Arrows in the text's colour: under the sheet's box, Fusion drew 5 px ones that read as
    # stray marks. PNGs (each a 48 px triangle, drawn once), not SVGs: Qt loads its SVG
    # plugin for an SVG.
    down = _style_image("arrow_down.png", high_contrast)
    up = _style_image("arrow_up.png", high_contrast)
    # Hints (a QR code's caption, what a button is for) are told apart by their colour, in
    # the page's text size: easy-to-read rules (FALC) ask for 14 pt at least, and a smaller
    # size was one more font to load before the first paint. So is why "Continuer" is grey
    # (except on a short screen: _short_shell).
    sheet = f"""
QWidget {{ font-size: {base:.1f}pt; color: {p.text}; }}
QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget, QStackedWidget {{
    background: {p.window};
}}
QLabel#pageTitle {{
    font-size: {title:.1f}pt; font-weight: bold; padding: 0 0 {pad}px 0; qproperty-indent: 0;
}}
QLabel[heading="true"] {{
    font-size: {base * 1.15:.1f}pt; font-weight: bold; padding: {round(10 * s)}px 0 0 0;
    qproperty-indent: 0;
}}
QLabel#stepLine {{ font-weight: bold; }}
QLabel[hint="true"] {{ color: {p.muted}; }}
QLabel {{ background: transparent; }}
QLabel#pageTitle {{ border: {focus}px solid transparent; }}
QLabel#pageTitle:focus, QLabel#errorArea:focus {{ border: {focus}px solid {p.focus}; }}
QLabel[fieldError="true"] {{ color: {p.error_text}; font-weight: bold; }}
QLabel:disabled {{ color: {p.disabled_text}; }}
a {{ color: {p.link}; }}
QWidget#topBar, QWidget#stepList {{ background: {p.panel}; }}
QWidget#stepList {{ border-right: 2px solid {p.border}; }}
QLabel#trainingBanner {{
    background: {p.banner}; color: {p.banner_text}; border: 2px solid {p.border};
    padding: {pad}px; font-weight: bold;
}}
QLabel#errorArea {{
    background: {p.error}; color: {p.error_text}; border: 3px solid {p.error_text};
    padding: {pad}px; font-weight: bold;
}}
QLabel#connectionArea {{ border: 2px solid {p.border}; padding: {pad}px; }}
QPushButton, QToolButton {{
    background: {p.button}; color: {p.button_text}; border: 2px solid {p.border};
    border-radius: 6px; padding: {pad}px {max(pad, 12)}px; min-height: {height - 2 * pad}px;
}}
QPushButton:checked, QPushButton[chosen="true"] {{
    background: {p.primary}; color: {p.primary_text};
}}
QPushButton#nextButton, QPushButton[primary="true"] {{
    background: {p.primary}; color: {p.primary_text}; border-color: {p.primary};
    font-weight: bold;
}}
QPushButton:disabled, QPushButton#nextButton:disabled, QPushButton[primary="true"]:disabled {{
    background: {p.window}; color: {p.disabled_text}; border: 2px dashed {p.disabled_text};
}}
QPushButton:focus, QToolButton:focus, QPushButton#nextButton:focus,
QPushButton[primary="true"]:focus {{
    border: {focus}px solid {p.focus}; outline: none;
}}
QPushButton#nextButton:focus, QPushButton[primary="true"]:focus, QPushButton:checked:focus,
QPushButton[chosen="true"]:focus {{
    background: {p.window}; color: {p.link};
}}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit, QListWidget {{
    background: {p.window}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 4px; padding: {pad // 2}px {pad}px; min-height: {height - pad}px;
    selection-background-color: {p.primary}; selection-color: {p.primary_text};
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QListWidget:focus {{ border: {focus}px solid {p.focus}; }}
QComboBox QAbstractItemView {{ background: {p.window}; color: {p.text}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ width: {arrow_box}px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QSpinBox::down-arrow {{
    image: url({down}); width: {arrow}px; height: {arrow}px;
}}
QSpinBox::up-arrow {{ image: url({up}); width: {arrow}px; height: {arrow}px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: {arrow_box}px; border: none; }}
QCheckBox, QRadioButton {{ spacing: {pad}px; padding: {pad // 2}px; border: {focus}px solid transparent; }}
QCheckBox:focus, QRadioButton:focus {{ border: {focus}px solid {p.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QCheckBox::indicator {{ border: 2px solid {p.border}; background: {p.window}; }}
QCheckBox::indicator:checked {{ image: url({tick}); border: 2px solid {p.border}; }}
QRadioButton::indicator {{ border: 2px solid {p.border}; border-radius: {indicator // 2}px;
    background: {p.window}; }}
QRadioButton::indicator:checked {{
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {p.primary},
        stop:0.5 {p.primary}, stop:0.6 {p.window}, stop:1 {p.window});
}}
QProgressBar {{ border: 2px solid {p.border}; min-height: {round(16 * s)}px; text-align: center; }}
QProgressBar::chunk {{ background: {p.primary}; }}
QScrollBar:vertical {{ background: {p.panel}; width: {round(18 * s)}px; margin: 0; border: none; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: {round(40 * s)}px;
    border-radius: {round(6 * s)}px; margin: 2px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QLabel#trainingBanner {{
    font-size: {min(max(base * 0.85, BASE_POINT_SIZE * points), bar):.1f}pt; padding: {round(6 * bar_scale)}px;
}}
QWidget#topBar QPushButton, QWidget#topBar QLabel {{
    font-size: {bar:.1f}pt; min-height: {bar_height}px; padding-top: 2px; padding-bottom: 2px;
}}
QWidget#topBar QPushButton#languageMenu {{ padding-left: {pad}px; padding-right: {pad}px; }}
QMenu#languageList {{ font-size: {bar:.1f}pt; }}
QPushButton#listenButton, QPushButton#repeatButton {{
    font-size: {bar:.1f}pt; min-height: 0px; padding: 0px 6px;
}}
QGroupBox {{ border: 2px solid {p.border}; margin-top: {round(base / points * 1.6)}px; padding: {pad}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {pad}px; font-weight: bold; }}
"""
    if short:
        sheet += _short_shell(s, bar, bar_scale, small)
    return sheet


def _short_shell(s: float, bar: float, bar_scale: float, small: float) -> str:
    """The shell's rules on a short screen (after the others: they win).

    Measured at 1024x600 and 200 %: the chrome took 430 of 600 px and the page 170. The
    step line is a reminder (the page has its own title): at the top bar's size. Buttons keep
    their text size, with less padding; the banner keeps its words, with less padding; why
    "Continuer" is grey is a little smaller (at the page's size, two lines of it at 200 %
    left the page 231 of 596 px).
    """
    pad = round(3 * s)
    # Never lower than a button at 100 % (44 px, border included): an easy target still.
    least = 44 - 2 * pad - 4
    return f"""
QLabel#stepLine {{ font-size: {bar:.1f}pt; }}
QLabel#nextReason {{ font-size: {small:.1f}pt; }}
QLabel#trainingBanner {{ padding: {round(2 * bar_scale)}px {round(6 * bar_scale)}px; }}
QWidget#buttonRow QPushButton {{ padding: {pad}px {round(8 * s)}px; min-height: {least}px; }}
"""


_current = {"percent": MIN_SCALE, "high_contrast": False}


def current_factor() -> float:
    """The text size applied last, as a factor (1.0 at 100 %)."""
    return _current["percent"] / 100


def current_palette() -> Palette:
    """The colours applied last (for text the style sheet does not reach: HTML messages)."""
    return HIGH_CONTRAST if _current["high_contrast"] else NORMAL


def qt_palette(p: Palette) -> QPalette:
    """The theme's colours for everything the style sheet does not reach: context menus,
    tooltips, native-looking parts. A dark system palette (Windows 11 or macOS in dark
    mode) would otherwise draw them dark under the sheet's dark text."""
    palette = QPalette()
    roles = QPalette.ColorRole
    pairs = {roles.Window: p.window, roles.WindowText: p.text, roles.Base: p.window,
             roles.AlternateBase: p.panel, roles.Text: p.text, roles.Button: p.button,
             roles.ButtonText: p.button_text, roles.Highlight: p.primary,
             roles.HighlightedText: p.primary_text, roles.ToolTipBase: p.window,
             roles.ToolTipText: p.text, roles.PlaceholderText: p.muted, roles.Link: p.link,
             roles.LinkVisited: p.link, roles.BrightText: p.error_text, roles.Light: p.window,
             roles.Midlight: p.panel, roles.Mid: p.border, roles.Dark: p.border,
             roles.Shadow: p.text}
    for role, colour in pairs.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.disabled_text))
    return palette


def _light_scheme(app: QApplication) -> None:
    """Ask the platform for its light look (Qt 6.8+): native menus and title bars follow.

    Set by name through the property (Qt calls setColorScheme): the first use of `Qt` in
    Python builds every enum of the Qt namespace (93 of them, about 100 M instructions),
    and this runs before the first window (docs/performance.md). Before Qt 6.8 the
    property is read-only and the call does nothing."""
    app.styleHints().setProperty("colorScheme", "Light")


def apply(app: QApplication, percent: int, high_contrast: bool, short: bool = False) -> None:
    """Apply text size, contrast and the theme's palette to the whole application at once
    (short: see stylesheet()).

    Setting the same font, palette or style sheet again is skipped: Qt would polish every
    widget again.
    """
    _current.update(percent=clamp_scale(percent), high_contrast=bool(high_contrast))
    dpi = _screen_dpi(app)
    palette = qt_palette(current_palette())
    if palette != app.palette():
        _light_scheme(app)
        app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(percent) / 100 * dpi_factor(dpi))
    if font != app.font():
        app.setFont(font)
    sheet = stylesheet(percent, high_contrast, short, dpi)
    if sheet != app.styleSheet():
        app.setStyleSheet(sheet)
