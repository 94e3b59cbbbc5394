"""Tests of the other field rules: birth date, postal code, IBAN, e-mail, password policy."""

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
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
    nir_login,
    parse_date,
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
    for month in ("20", "30", "42", "50", "99"):
        assert check_birth_date(f"1 84 {month} 75 116 001 00", "1984-07-14", TODAY) is None


@pytest.mark.parametrize("typed", [
    "19841203",  # ISO basic form: fromisoformat reads it
    "1984-W48-6",  # ISO week date
    "1984W486",
    "1984-338",  # ordinal date
    "1984-12-03T00:00",
    " 1984-12-03", "1984-12-03 ", "1984-12-3", "84-12-03", "03/12/1984", "1984/12/03",
    "\u0661\u0669\u0668\u0664-\u0661\u0662-\u0660\u0663",  # Arabic-Indic digits
    "\uff11\uff19\uff18\uff14-\uff11\uff12-\uff10\uff13",  # full-width digits
    "",
])
def test_birth_dates_are_yyyy_mm_dd_only(typed):
    assert parse_date(typed) is None
    assert check_birth_date(NIR, typed, TODAY) == "birth_date_invalid"


@settings(max_examples=300)
@given(st.text(alphabet="0123456789-WT: /\u0660\uff10", max_size=12))
def test_a_date_read_from_text_is_exactly_its_iso_form(text):
    date = parse_date(text)
    assert date is None or date.isoformat() == text


def test_postal_codes():
    for good in ("75011", "20000", "97400", "01000", "98000"):
        assert check_postal_code(good) is None, good
    for bad in ("", "7501", "750111", "00100", "96000", "99000", "ABCDE", "75 011"):
        assert check_postal_code(bad) == "postal_code_invalid", bad


@pytest.mark.parametrize("typed", [
    "\u0667\u0665\u0660\u0661\u0661",  # Arabic-Indic 75011
    "\u06f7\u06f5\u06f0\u06f1\u06f1",  # Eastern Arabic
    "\uff17\uff15\uff10\uff11\uff11",  # full-width
    "750\u0661\u0661", "75\u00b911",  # one foreign digit; superscript one
])
def test_postal_codes_are_ascii_digits_only(typed):
    assert check_postal_code(typed) == "postal_code_invalid"


@settings(max_examples=300)
@given(st.text(max_size=8))
def test_an_accepted_postal_code_is_five_ascii_digits(text):
    if check_postal_code(text) is None:
        assert re.fullmatch(r"[0-9]{5}", text.strip(" "), re.ASCII)


def iban_of(country: str, bban: str) -> str:
    """An IBAN with the right ISO 13616 check digits, whatever its national key."""
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


def test_iban_checksum_and_spacing():
    body = "30006000011234567890189"
    iban = iban_of("FR", body)
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert check_iban(spaced) is None
    assert check_iban(iban[:-1] + str((int(iban[-1]) + 1) % 10)) == "iban_invalid"
    assert check_iban("") == "iban_invalid"


def test_a_french_iban_with_a_wrong_rib_key_is_refused():
    good = "FR1420041010050500013M02606"  # the usual published example, letter included
    assert check_iban(good) is None
    wrong_key = iban_of("FR", "20041010050500013M026" + "07")
    assert stdnum_iban.is_valid(wrong_key)  # the IBAN's own check digits are right
    assert check_iban(wrong_key) == "iban_invalid"
    assert check_iban(iban_of("MC", "11222000010123456789031")) == "iban_invalid"
    assert check_iban(iban_of("MC", "11222000010123456789030")) is None


rib_bban = st.tuples(
    st.text(alphabet="0123456789", min_size=10, max_size=10),
    st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=11, max_size=11),
    st.integers(0, 99),
).map(lambda parts: f"{parts[0]}{parts[1]}{parts[2]:02d}")


@settings(max_examples=400)
@given(st.sampled_from(["FR", "MC"]), rib_bban)
def test_the_rib_key_agrees_with_schwifty(country, bban):
    # schwifty (a maintained IBAN library, test dependency only) is the reference.
    iban = iban_of(country, bban)
    try:
        IBAN(iban, validate_bban=True)
        expected = None
    except SchwiftyException:
        expected = "iban_invalid"
    assert check_iban(iban) == expected


@settings(max_examples=100)
@given(rib_bban)
def test_a_foreign_iban_is_not_held_to_the_french_key(bban):
    # A German account number is all digits (18): only the IBAN checksum applies.
    digits = re.sub(r"[^0-9]", "0", bban)[:18]
    assert check_iban(iban_of("DE", digits)) is None


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


def test_a_masked_login_shows_only_its_last_three_digits():
    masked = mask_nir(nir_login(NIR))
    assert masked == "• •• •• •• ••• 001"
    assert mask_nir(NIR) == "• •• •• •• ••• ••1 26"  # the whole number: its last 3


@settings(max_examples=200)
@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_a_masked_login_never_shows_the_birth_year_month_or_place(login):
    shown = [c for c in mask_nir(login) if c != " "]
    assert len(shown) == 13
    assert shown[:10] == ["•"] * 10
    assert "".join(shown[10:]) == login[10:]


@settings(max_examples=300)
@given(st.text(), st.text())
def test_no_rule_raises_on_any_input(a, b):
    check_birth_date(a, b)
    check_postal_code(a)
    check_iban(a)
    check_email_syntax(a)
    password_rules(a, CURRENT_POLICY)
    password_rules(a, LEGACY_DIGITS_POLICY)
