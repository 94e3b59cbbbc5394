"""Tests of the other field rules: birth date, postal code, IBAN, e-mail, password policy."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from aidant_app.rules import (
    CURRENT_POLICY,
    LEGACY_DIGITS_POLICY,
    PasswordPolicy,
    check_birth_date,
    check_email_syntax,
    check_iban,
    check_password,
    check_postal_code,
    mask_nir,
    password_rules,
)

NIR = "1 84 12 75 116 001 26"  # key computed: 97 - 1841275116001 % 97 = 26
TODAY = dt.date(2026, 11, 26)


def test_birth_date_must_match_year_and_month_of_the_number():
    assert check_birth_date(NIR, "1984-12-03", TODAY) is None
    assert check_birth_date(NIR, "1985-12-03", TODAY) == "birth_date_mismatch"
    assert check_birth_date(NIR, "1984-11-03", TODAY) == "birth_date_mismatch"
    assert check_birth_date(NIR, "2027-01-01", TODAY) == "birth_date_invalid"
    assert check_birth_date(NIR, "1984-02-30", TODAY) == "birth_date_invalid"


def test_unknown_month_in_the_number_accepts_any_month():
    assert check_birth_date("1 84 20 75 116 001 00", "1984-07-14", TODAY) is None
    assert check_birth_date("1 84 42 75 116 001 00", "1984-01-14", TODAY) is None


def test_postal_codes():
    for good in ("75011", "20000", "97400", "01000", "98000"):
        assert check_postal_code(good) is None, good
    for bad in ("", "7501", "750111", "00100", "96000", "99000", "ABCDE"):
        assert check_postal_code(bad) == "postal_code_invalid", bad


def test_iban_checksum_and_spacing():
    body = "30006000011234567890189"
    iban = "FR" + stdnum_iban.calc_check_digits("FR00" + body) + body
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert check_iban(spaced) is None
    assert check_iban(iban[:-1] + str((int(iban[-1]) + 1) % 10)) == "iban_invalid"
    assert check_iban("") == "iban_invalid"


def test_email_syntax():
    assert check_email_syntax("  camille.martin@gmail.com ") is None
    for bad in ("", "camille", "camille@", "@gmail.com", "camille@@gmail.com", "a b@gmail.com"):
        assert check_email_syntax(bad) == "email_invalid", bad


def test_password_checklist_names_each_unmet_rule():
    rules = dict(password_rules("abcdefgh", CURRENT_POLICY))
    assert rules == {
        "length": True, "lower": True, "upper": False,
        "digit_or_special": False, "allowed_characters": True,
    }
    assert check_password("Abcdefg!", CURRENT_POLICY) is None
    assert check_password("Abc!", CURRENT_POLICY) == "password_policy"
    assert check_password("Abcdefg#", CURRENT_POLICY) == "password_policy"  # '#' not allowed
    assert check_password("", CURRENT_POLICY) == "password_empty"


def test_legacy_policy_is_digits_only_8_to_13():
    assert check_password("12345678", LEGACY_DIGITS_POLICY) is None
    assert check_password("1234567", LEGACY_DIGITS_POLICY) == "password_policy"
    assert check_password("12345678901234", LEGACY_DIGITS_POLICY) == "password_policy"
    assert check_password("1234567a", LEGACY_DIGITS_POLICY) == "password_policy"


def test_policy_round_trips_through_meta():
    assert PasswordPolicy.from_meta(CURRENT_POLICY.to_meta()) == CURRENT_POLICY


def test_mask_keeps_only_sex_year_and_month():
    masked = mask_nir(NIR)
    assert masked.startswith("1 84 12 ")
    assert "75" not in masked and "26" not in masked


@settings(max_examples=300)
@given(st.text(), st.text())
def test_no_rule_raises_on_any_input(a, b):
    check_birth_date(a, b)
    check_postal_code(a)
    check_iban(a)
    check_email_syntax(a)
    password_rules(a, CURRENT_POLICY)
    password_rules(a, LEGACY_DIGITS_POLICY)
