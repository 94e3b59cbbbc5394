"""Words for codes, in the interface language: the vocabulary's words (rules/codes.py) and its
button labels translated, the keyring's reasons, and the sentences that take a number."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..journey import NextAction
from ..rules import bidi
from ..rules.codes import GENERIC_LABEL, GENERIC_WORDS, RETRY, VOCABULARY, next_for

_CTX = "errors"


@dataclass(frozen=True)
class Message:
    """What to tell the person, what the next button says (may be empty), and what it does."""

    text: str
    action_label: str
    action: NextAction = NextAction.NONE


# code -> (words, button label), both marked in rules/codes.py under the context "errors".
_TABLE: dict[str, tuple[str, str]] = {c.name: (c.words, c.label) for c in VOCABULARY.values()}
_GENERIC = (GENERIC_WORDS, GENERIC_LABEL)

# The keyring (vault.py reason codes): why the helper's connection cannot be kept.
_KEYRING: dict[str, str] = {
    "probing": QT_TRANSLATE_NOOP("errors", "Recherche du trousseau de l'ordinateur…"),
    "no_keyring": QT_TRANSLATE_NOOP("errors", "Cet ordinateur n'a pas de trousseau sécurisé : vous devrez vous reconnecter à chaque fois."),
    "locked": QT_TRANSLATE_NOOP("errors", "Le trousseau de cet ordinateur est verrouillé : vous devrez vous reconnecter à chaque fois. Pour garder la connexion, déverrouillez le trousseau. Pour cela, ouvrez votre session avec votre mot de passe. Ensuite, redémarrez l'application."),
    "timeout": QT_TRANSLATE_NOOP("errors", "Le trousseau de cet ordinateur ne répond pas : vous devrez vous reconnecter à chaque fois."),
    "insecure_backend": QT_TRANSLATE_NOOP("errors", "Cet ordinateur garde les mots de passe sans protection : l'application refuse de s'en servir. Vous devrez vous reconnecter à chaque fois."),
    "probe_failed": QT_TRANSLATE_NOOP("errors", "Le trousseau de cet ordinateur ne marche pas correctement : vous devrez vous reconnecter à chaque fois."),
}

# Extra sentences that depend on parameters; each is a full sentence, translated as a whole.
# A code's sentence followed by one more: each pair is one template a translator sees whole.
_ATTEMPTS_ONE = QT_TRANSLATE_NOOP("errors", "{message} Il vous reste 1 essai.")
_ATTEMPTS_MANY = QT_TRANSLATE_NOOP("errors", "{message} Il vous reste {n} essais.")
_WAIT_SECOND = QT_TRANSLATE_NOOP("errors", "{message} Vous pourrez réessayer dans 1 seconde.")
_WAIT_SECONDS = QT_TRANSLATE_NOOP("errors", "{message} Vous pourrez réessayer dans {n} secondes.")
_WAIT_MINUTE = QT_TRANSLATE_NOOP("errors", "{message} Vous pourrez réessayer dans 1 minute.")
_WAIT_MINUTES = QT_TRANSLATE_NOOP("errors", "{message} Vous pourrez réessayer dans {n} minutes.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def known_codes() -> frozenset[str]:
    """Every code that has its own words: the vocabulary's."""
    return frozenset(_TABLE)


def then_wait(message: str, seconds: float) -> str:
    """`message`, then 'You can try again in …' with a rounded-up delay, in words a person
    can act on."""
    seconds = max(1, math.ceil(seconds))
    if seconds == 1:
        return bidi.fill(_tr(_WAIT_SECOND), message=message)
    if seconds < 60:
        return bidi.fill(_tr(_WAIT_SECONDS), message=message, n=seconds)
    minutes = math.ceil(seconds / 60)
    if minutes == 1:
        return bidi.fill(_tr(_WAIT_MINUTE), message=message)
    return bidi.fill(_tr(_WAIT_MINUTES), message=message, n=minutes)


def describe(code: str, **params: object) -> Message:
    """Plain words and a next action for a code; unknown codes get a calm generic message.

    params: attempts_left (code_mismatch), retry_after (seconds, for waits), detail (the
    server's own French sentence, used only for codes this table does not know).
    """
    text, label = _TABLE.get(code, _GENERIC)
    words = _tr(text)
    if code not in _TABLE and isinstance(params.get("detail"), str) and params["detail"]:
        # API.md: `detail` is plain French, safe to show; better than our generic sentence.
        words = str(params["detail"])
    attempts = params.get("attempts_left")
    if code == "code_mismatch" and isinstance(attempts, int):
        if attempts == 1:
            words = bidi.fill(_tr(_ATTEMPTS_ONE), message=words)
        else:
            words = bidi.fill(_tr(_ATTEMPTS_MANY), message=words, n=attempts)
    retry_after = params.get("retry_after")
    if isinstance(retry_after, (int, float)) and retry_after > 0:
        words = then_wait(words, float(retry_after))
    return Message(words, _tr(label), next_for(code))


def describe_error(exc: BaseException) -> Message:
    """Words for anything a background call raised; never a traceback or a raw value."""
    code = getattr(exc, "code", None)
    if not isinstance(code, str) or not code:
        return describe("unknown")
    return describe(
        code,
        attempts_left=getattr(exc, "attempts_left", None),
        retry_after=getattr(exc, "retry_after", None),
        detail=getattr(exc, "detail", None),
    )


def describe_failure(outcome) -> Message:
    """Words for a Failed outcome of a use case (aidant_app.actions)."""
    return describe(outcome.code, attempts_left=outcome.attempts_left,
                    retry_after=outcome.retry_after, detail=outcome.detail)


def keyring_words(code: str | None) -> str:
    """Why the helper's connection cannot be kept (vault.py's reason code); "" when it can."""
    if not code:
        return ""
    return _tr(_KEYRING.get(code, _KEYRING["probe_failed"]))


def field_message(code: str) -> str:
    """Only the sentence, for a message shown under a field."""
    return describe(code).text


def retry_label() -> str:
    """ "Réessayer", in the interface language (for a page retranslated while it offers it)."""
    return _tr(RETRY)


def offers_retry(failure) -> bool:
    """Network trouble or a hiccup: the same call again may work (not a rate limit)."""
    if failure is None:
        return False
    code = getattr(failure, "code", "")
    if hasattr(failure, "transient"):
        return bool(failure.transient) and code != "rate_limited" or code in (
            "unexpected", "backend_changed")
    return bool(getattr(failure, "retryable", False)) and code != "rate_limited"


def offer_retry(page, failure, default: str = "") -> bool:
    """After network trouble the page's Next button says "Réessayer" (pressing it sends the
    same request again); otherwise, or with None, it says `default` again. `failure` is a
    Failed outcome (or an ApiError)."""
    retry = offers_retry(failure)
    page.retrying = retry
    page.next_label = retry_label() if retry else default
    page.completeChanged.emit()
    return retry
