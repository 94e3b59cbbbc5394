"""The account form's fields as data: name, words, kind, rule, error codes, how each is read
aloud. No Qt: the form page builds its inputs from it; a companion for the official site and
speech can walk the same rows.

A field the backend may require (meta's account_fields) is one FormField in FORM, plus the
English of its words (scripts/update_translations.py finds them here). The request body, the
form's layout, tab order, completeness, local checks, where the server's errors are shown,
what to have at hand (start page) and the training person's values all follow FORM.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .. import rules
from ..rules import QT_TRANSLATE_NOOP

CONTEXT = "AccountForm"  # the translation context of the words below

# Kinds of input (the UI has one input class per kind; TEXT is a plain line with the rule).
NIR, DATE, POSTAL_CODE, IBAN, PASSWORD, TEXT = (
    "nir", "date", "postal_code", "iban", "password", "text")

# How a value is read aloud (speech, a helper reading it back to the person).
DIGITS = "digits"  # digit by digit, in the groups it is written in
CHARACTERS = "characters"  # letter by letter and digit by digit (an IBAN)
AS_DATE = "date"  # as a date: "12 décembre 1984"
SECRET = "secret"  # never read aloud: only how many characters it has

Rule = Callable[[str, Mapping[str, str]], "str | None"]


class FormField:
    """One field of POST /v1/accounts that the person answers on the account form.

    A plain class, not a dataclass or a named tuple, and the rules reached through `rules.`
    when a value is checked: the start page's "what to have at hand" list reads this table
    before the first paint, where dataclasses and the rules' modules (re, datetime) cost
    about 20 M instructions, and a named tuple's code, compiled at run time, about 0.7 M
    (docs/performance.md)."""

    __slots__ = ("always", "codes", "fictitious", "group", "help", "kind", "label", "name",
                 "needs", "rule", "spoken")

    def __init__(self, name: str, kind: str, label: str, help: str = "",
                 rule: Rule | None = None, codes: tuple[str, ...] = (), spoken: str = DIGITS,
                 always: bool = False, needs: str = "", fictitious: bool = True,
                 group: str = "") -> None:
        self.name = name  # the API name, as in meta's account_fields and the request body
        self.kind = kind  # which input asks it (NIR, DATE, ... TEXT)
        self.label = label  # marked for translation (context CONTEXT)
        self.help = help
        # The rules/ check of the value, given every value of the form; None when the input
        # checks it against meta itself (the password policy). Returns a code of the
        # vocabulary.
        self.rule = rule
        self.codes = codes  # the server's codes about this field: shown at the field
        self.spoken = spoken
        self.always = always  # asked even when meta does not list it (the API requires it)
        self.needs = needs  # what to have at hand to answer it (start page), marked
        # A training person's record fills it (same name), when it has it.
        self.fictitious = fictitious
        # The group of questions it is asked in, where the form shows one group at a time
        # (a short screen, large text: GOV.UK's "one thing per page"); "" is a group of
        # its own.
        self.group = group

    def __repr__(self) -> str:
        return f"FormField({self.name!r}, {self.kind!r})"

    @property
    def group_key(self) -> str:
        return self.group or self.name


def _birth_date(value: str, values: Mapping[str, str]) -> str | None:
    return rules.check_birth_date(values.get("nir", ""), value)


FORM: tuple[FormField, ...] = (
    FormField(
        "nir", NIR,
        QT_TRANSLATE_NOOP("AccountForm", "Numéro de sécurité sociale (sur votre carte Vitale)"),
        QT_TRANSLATE_NOOP("AccountForm", "15 chiffres, par exemple 1 84 12 75 116 001 26"),
        rule=lambda value, _values: rules.check_nir(value),
        codes=("nir_invalid", "nir_temporary", "identity_not_found", "account_exists"),
        always=True, group="card",
        needs=QT_TRANSLATE_NOOP("AccountForm", "La carte Vitale, ou l'attestation de droits (le papier de l'Assurance Maladie avec votre numéro)")),
    FormField(
        "birth_date", DATE, QT_TRANSLATE_NOOP("AccountForm", "Date de naissance"),
        rule=_birth_date, spoken=AS_DATE, group="identity",
        codes=("birth_date_invalid", "birth_date_mismatch", "identity_mismatch")),
    FormField(
        "postal_code", POSTAL_CODE,
        QT_TRANSLATE_NOOP("AccountForm", "Code postal de votre domicile"),
        QT_TRANSLATE_NOOP("AccountForm", "5 chiffres, par exemple 75011"),
        rule=lambda value, _values: rules.check_postal_code(value),
        codes=("postal_code_invalid", "identity_mismatch"), group="identity"),
    FormField(
        "iban", IBAN,
        QT_TRANSLATE_NOOP("AccountForm", "IBAN : le numéro de votre compte en banque (sur votre RIB)"),
        QT_TRANSLATE_NOOP("AccountForm", "Il commence par FR76 pour une banque française"),
        rule=lambda value, _values: rules.check_iban(value), spoken=CHARACTERS,
        codes=("iban_invalid", "bank_details_mismatch"), group="bank",
        needs=QT_TRANSLATE_NOOP("AccountForm", "Un RIB : la feuille de votre banque avec votre IBAN")),
    FormField(
        "password", PASSWORD, QT_TRANSLATE_NOOP("AccountForm", "Mot de passe du compte ameli"),
        codes=("password_policy",), spoken=SECRET, always=True, fictitious=False,
        group="password"),
)

# Fields of POST /v1/accounts that other steps answer, and the step that asks each (a value
# of journey.flow.Step): an error about one of them leads back there.
ASKED_ELSEWHERE: dict[str, str] = {"email": "email_address", "email_proof": "email_address"}
# The codes about those fields (besides the vocabulary's own field-less ones).
ELSEWHERE_CODES: dict[str, str] = {
    "email_invalid": "email", "email_proof_invalid": "email_proof", "email_unavailable": "email"}


def asked(required: tuple[str, ...] | list[str] | frozenset[str]) -> list[FormField]:
    """The fields the form asks for this meta's account_fields, in the form's order."""
    return [field for field in FORM if field.always or field.name in required]


def groups(names: list[str] | tuple[str, ...]) -> list[list[str]]:
    """The asked fields `names` in their groups of questions, in the form's order (a group
    with no asked field is left out)."""
    out: dict[str, list[str]] = {}
    for field in FORM:
        if field.name in names:
            out.setdefault(field.group_key, []).append(field.name)
    return list(out.values())


def fields_about(code: str) -> list[str]:
    """The form's fields an error code is about, in the form's order (may be none)."""
    return [field.name for field in FORM if code in field.codes]


def training_values(person: object) -> dict[str, str]:
    """A fictitious person's values for the form's fields, as the form shows them (dates as
    YYYY-MM-DD); fields the record does not have are left for the person to type."""
    values = {}
    for field in FORM:
        value = getattr(person, field.name, None) if field.fictitious else None
        if value is not None and value != "":
            values[field.name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return values


def needed(required: tuple[str, ...] | list[str]) -> list[str]:
    """What to have at hand for this meta's form (untranslated words, without repeats)."""
    out: list[str] = []
    for field in asked(required):
        if field.needs and field.needs not in out:
            out.append(field.needs)
    return out
