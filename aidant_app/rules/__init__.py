"""Validation rules shared by the app and the server: pure functions, no Qt, no HTTP.

Each check returns None when the value is fine, or a stable snake_case code; the words
shown to the person live in the UI. Import the names from here: `from aidant_app import rules`.
"""

from .email import check_email_syntax, normalise_email
from .iban import check_iban, check_rib, normalise_iban, rib_key
from .identity import (
    NIR_LENGTH,
    check_birth_date,
    check_nir,
    check_postal_code,
    group_nir,
    mask_nir,
    nir_login,
    nir_month_known,
    normalise_nir,
    parse_date,
)
from .password import (
    CURRENT_POLICY,
    LEGACY_DIGITS_POLICY,
    PasswordPolicy,
    check_password,
    password_rules,
)

__all__ = [
    "CURRENT_POLICY",
    "LEGACY_DIGITS_POLICY",
    "NIR_LENGTH",
    "PasswordPolicy",
    "check_birth_date",
    "check_email_syntax",
    "check_iban",
    "check_nir",
    "check_password",
    "check_postal_code",
    "check_rib",
    "group_nir",
    "mask_nir",
    "nir_login",
    "nir_month_known",
    "normalise_email",
    "normalise_iban",
    "normalise_nir",
    "parse_date",
    "password_rules",
    "rib_key",
]
