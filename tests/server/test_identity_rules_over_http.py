"""API 1.1 validation over HTTP: non-permanent numbers, impossible months, ASCII only,
strict dates, and the French RIB key inside an FR IBAN (the rules live in aidant_app/rules)."""

from __future__ import annotations

from stdnum import iban as stdnum_iban
from stdnum.fr import nir as stdnum_nir

from tests.server.client import Api, problem


def _nir(first13: str) -> str:
    return first13 + stdnum_nir.calc_check_digits(first13)


def _refused(api: Api, body: dict, field: str, code: str) -> dict:
    answer = problem(api.create_account(body), 422, code)
    assert {"field": field, "code": code} in answer["errors"], answer
    return answer


def test_numbers_that_are_not_permanent_say_so_and_point_to_36_46(api: Api) -> None:
    person = api.people("ready")[0]
    rest = person["nir"].replace(" ", "")[1:13]
    for first in "3478":
        answer = _refused(
            api, api.account_body(person, nir=_nir(first + rest)), "nir", "nir_temporary"
        )
        assert "36 46" in answer["detail"]


def test_impossible_months_and_foreign_characters_are_invalid_numbers(api: Api) -> None:
    person = api.people("ready")[0]
    number = person["nir"].replace(" ", "")
    year = number[1:3]
    for month in ("00", "13", "19", "21", "29", "43", "49"):
        body = api.account_body(person, nir=_nir(f"1{year}{month}{number[5:13]}"))
        _refused(api, body, "nir", "nir_invalid")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number)  # １８４...
    arabic_indic = "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in number)
    for typed in (full_width, arabic_indic, f"{number[:3]}_{number[3:]}", f"{number[:3]}/{number[3:]}"):
        _refused(api, api.account_body(person, nir=typed), "nir", "nir_invalid")


def test_separators_people_type_and_lower_case_corsica_are_accepted(api: Api) -> None:
    corsican = next(p for p in api.people("ready") if "2A" in p["nir"] or "2B" in p["nir"])
    number = corsican["nir"].replace(" ", "").lower()
    dotted = ".".join([number[:1], number[1:3], number[3:5], number[5:7], number[7:10],
                       number[10:13], number[13:]])
    created = api.create_account(api.account_body(corsican, nir=dotted))
    assert created.status_code == 201, created.text


def test_a_french_iban_with_a_wrong_rib_key_is_invalid(api: Api) -> None:
    person = api.people("ready")[0]
    iban = person["iban"].replace(" ", "")
    bban = iban[4:-2] + f"{(int(iban[-2:]) + 1) % 97:02d}"  # another RIB key
    wrong = "FR" + stdnum_iban.calc_check_digits("FR00" + bban) + bban
    assert stdnum_iban.is_valid(wrong)  # the IBAN's own checksum is right
    _refused(api, api.account_body(person, iban=wrong), "iban", "iban_invalid")


def test_birth_dates_are_yyyy_mm_dd_only(api: Api) -> None:
    person = api.people("ready")[0]
    y, m, d = person["birth_date"].split("-")
    for typed in (f"{y}{m}{d}", f"{y}-W48-6", f"{d}/{m}/{y}", f"{y}-{m}-{d}T00:00", "１９８４-１２-０１"):
        _refused(api, api.account_body(person, birth_date=typed), "birth_date", "birth_date_invalid")
    postal = person["postal_code"]
    for typed in ("".join(chr(0x0660 + int(c)) for c in postal), postal[:4]):
        _refused(api, api.account_body(person, postal_code=typed), "postal_code",
                 "postal_code_invalid")
