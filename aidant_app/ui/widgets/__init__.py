"""The generic widget kit: widgets any page or dialog may use, with no use case behind them.

Pages write `from .. import widgets` and `widgets.Para(...)`. Each name loads its own module
on first use, so the start page (the first window) pays only for the widgets it shows.
The kit never imports pages, nor opens a browser or touches the clipboard (ui/desktop.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Countdown": "countdown",
    "Details": "details",
    "fold": "details",
    "Field": "fields",
    "SizedEdit": "fields",
    "left_to_right": "fields",
    "sensitive_hints": "fields",
    "button": "buttons",
    "button_column": "buttons",
    "enter_presses": "buttons",
    "wrapped_list": "lists",
    "row": "layout",
    "scroll_body": "layout",
    "tab_chain": "layout",
    "PasswordBox": "password_box",
    "SecretEdit": "secret_edit",
    "bullet_lines": "signs",
    "chosen_text": "signs",
    "error_text": "signs",
    "numbered_lines": "signs",
    "phone_lines": "signs",
    "warning_lines": "signs",
    "QrCode": "qr",
    "Para": "text",
    "heading": "text",
    "hint": "text",
    "set_text": "text",
    "WrapCheck": "wrapcheck",
    "FlowRow": "wrapping",
    "WrapButton": "wrapping",
}

__all__ = [
    "Countdown",
    "Details",
    "Field",
    "FlowRow",
    "Para",
    "PasswordBox",
    "QrCode",
    "SecretEdit",
    "SizedEdit",
    "WrapButton",
    "WrapCheck",
    "bullet_lines",
    "button",
    "button_column",
    "chosen_text",
    "enter_presses",
    "error_text",
    "fold",
    "heading",
    "hint",
    "left_to_right",
    "numbered_lines",
    "phone_lines",
    "row",
    "scroll_body",
    "sensitive_hints",
    "set_text",
    "tab_chain",
    "warning_lines",
    "wrapped_list",
]

if TYPE_CHECKING:
    from .buttons import button, button_column, enter_presses
    from .countdown import Countdown
    from .details import Details, fold
    from .fields import Field, SizedEdit, left_to_right, sensitive_hints
    from .layout import row, scroll_body, tab_chain
    from .lists import wrapped_list
    from .password_box import PasswordBox
    from .qr import QrCode
    from .secret_edit import SecretEdit
    from .signs import (
        bullet_lines,
        chosen_text,
        error_text,
        numbered_lines,
        phone_lines,
        warning_lines,
    )
    from .text import Para, heading, hint, set_text
    from .wrapcheck import WrapCheck
    from .wrapping import FlowRow, WrapButton


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
