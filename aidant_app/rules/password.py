"""Password rules: the backend's policy and the checks made against it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    """The password rules of the backend, as given by GET /v1/meta."""

    min_length: int
    max_length: int
    require_lower: bool
    require_upper: bool
    require_digit_or_special: bool
    allowed_specials: str
    digits_only: bool = False

    @classmethod
    def from_meta(cls, data: dict) -> PasswordPolicy:
        return cls(
            min_length=int(data["min_length"]),
            max_length=int(data["max_length"]),
            require_lower=bool(data.get("require_lower", False)),
            require_upper=bool(data.get("require_upper", False)),
            require_digit_or_special=bool(data.get("require_digit_or_special", False)),
            allowed_specials=str(data.get("allowed_specials", "")),
            digits_only=bool(data.get("digits_only", False)),
        )

    def to_meta(self) -> dict:
        return asdict(self)


CURRENT_POLICY = PasswordPolicy(
    min_length=8,
    max_length=50,
    require_lower=True,
    require_upper=True,
    require_digit_or_special=True,
    allowed_specials="?!$€£@&(-+_)=*%/<>,.;",
)

LEGACY_DIGITS_POLICY = PasswordPolicy(
    min_length=8,
    max_length=13,
    require_lower=False,
    require_upper=False,
    require_digit_or_special=False,
    allowed_specials="",
    digits_only=True,
)


def _is_ascii_letter_or_digit(char: str) -> bool:
    return char.isascii() and char.isalnum()


def password_rules(password: str, policy: PasswordPolicy) -> list[tuple[str, bool]]:
    """Each rule of the policy with whether the password meets it, in display order."""
    password = password or ""
    rules = [("length", policy.min_length <= len(password) <= policy.max_length)]
    if policy.digits_only:
        rules.append(("digits_only", bool(password) and password.isascii() and password.isdigit()))
        return rules
    if policy.require_lower:
        rules.append(("lower", any(c.isascii() and c.islower() for c in password)))
    if policy.require_upper:
        rules.append(("upper", any(c.isascii() and c.isupper() for c in password)))
    if policy.require_digit_or_special:
        rules.append(
            (
                "digit_or_special",
                any((c.isascii() and c.isdigit()) or c in policy.allowed_specials for c in password),
            )
        )
    allowed = all(_is_ascii_letter_or_digit(c) or c in policy.allowed_specials for c in password)
    rules.append(("allowed_characters", bool(password) and allowed))
    return rules


def check_password(password: str, policy: PasswordPolicy) -> str | None:
    if not password:
        return "password_empty"
    if all(met for _, met in password_rules(password, policy)):
        return None
    return "password_policy"
