"""Validation rules shared by the app and the server: pure functions, no Qt, no HTTP.

Each check returns None when the value is fine, or a stable snake_case code; the words
shown to the person live in the UI. Import the names from here: `from aidant_app import rules`.
"""

# Each name is imported from its module when first used: the journey and the language list
# are imported before the first window, and the rules' modules (re, datetime, dataclasses)
# would cost it 20-40 ms there (scripts/bench_startup.py).
import importlib


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without Qt (lupdate reads the name); Qt
    translates it where it is shown. The one marker of the Qt-free code (the vocabulary,
    the field data, the languages), here because this package is loaded anyway."""
    return text


_MODULES = {
    "check_email_syntax": "email",
    "normalise_email": "email",
    "check_iban": "iban",
    "check_rib": "iban",
    "normalise_iban": "iban",
    "rib_key": "iban",
    "NIR_LENGTH": "identity",
    "check_birth_date": "identity",
    "check_nir": "identity",
    "check_postal_code": "identity",
    "group_nir": "identity",
    "mask_nir": "identity",
    "nir_login": "identity",
    "nir_month_known": "identity",
    "normalise_nir": "identity",
    "parse_date": "identity",
    "CURRENT_POLICY": "password",
    "LEGACY_DIGITS_POLICY": "password",
    "PasswordPolicy": "password",
    "check_password": "password",
    "password_rules": "password",
}

__all__ = list(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
