"""The one place where every error code becomes plain French words and a next action."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "errors"

# Next-action kinds, so a page can wire the button without knowing the words.
RETRY = "retry"  # the same call again (network trouble, server hiccup)
FIX = "fix"  # correct what was typed
WAIT = "wait"  # wait, then try again
CALL = "call"  # phone the health insurance (36 46)
EMAIL = "email"  # go back to the e-mail address step
RESEND = "resend"  # ask for a new code or link
RELOAD = "reload"  # the backend changed its rules: reload them
HELP = "help"  # read the help for that case
NONE = ""


@dataclass(frozen=True)
class Message:
    """What to tell the person and what the next button says (may be empty)."""

    text: str
    action_label: str
    action: str = NONE


# Action labels, marked for lupdate and translated when used.
_A_RETRY = QT_TRANSLATE_NOOP("errors", "Réessayer")
_A_FIX = QT_TRANSLATE_NOOP("errors", "Corriger")
_A_EMAIL = QT_TRANSLATE_NOOP("errors", "Changer d'adresse e-mail")
_A_CALL = QT_TRANSLATE_NOOP("errors", "Voir le numéro à appeler")
_A_WAIT = QT_TRANSLATE_NOOP("errors", "Réessayer plus tard")
_A_NEW_CODE = QT_TRANSLATE_NOOP("errors", "Recevoir un nouveau code")
_A_NEW_LINK = QT_TRANSLATE_NOOP("errors", "Recevoir un nouveau lien")
_A_RELOAD = QT_TRANSLATE_NOOP("errors", "Relire les conditions")
_A_HELP = QT_TRANSLATE_NOOP("errors", "Voir l'aide")
_A_SETTINGS = QT_TRANSLATE_NOOP("errors", "Ouvrir les réglages")
_A_SIGN_IN = QT_TRANSLATE_NOOP("errors", "Se reconnecter")
_A_OTHER_ADDRESS = QT_TRANSLATE_NOOP("errors", "Choisir une autre adresse")
_A_CONTINUE = QT_TRANSLATE_NOOP("errors", "Continuer")

# code -> (message, action label, action kind). Messages: short sentences, "vous", no jargon.
_TABLE: dict[str, tuple[str, str, str]] = {
    # --- what the person typed (rules/) -----------------------------------
    "nir_empty": (QT_TRANSLATE_NOOP("errors", "Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale."), _A_FIX, FIX),
    "nir_incomplete": (QT_TRANSLATE_NOOP("errors", "Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers)."), _A_FIX, FIX),
    "nir_too_long": (QT_TRANSLATE_NOOP("errors", "Le numéro est trop long. Il a 15 chiffres, clé comprise."), _A_FIX, FIX),
    "nir_characters": (QT_TRANSLATE_NOOP("errors", "Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse)."), _A_FIX, FIX),
    "nir_key": (QT_TRANSLATE_NOOP("errors", "Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers."), _A_FIX, FIX),
    "nir_temporary": (QT_TRANSLATE_NOOP("errors", "Ce numéro commence par 7 ou 8 : c'est un numéro provisoire. Il ne permet pas d'ouvrir un compte ameli. Appelez le 36 46 pour savoir quand vous aurez votre numéro définitif."), _A_CALL, CALL),
    "nir_invalid": (QT_TRANSLATE_NOOP("errors", "Ce numéro n'est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale."), _A_FIX, FIX),
    "birth_date_invalid": (QT_TRANSLATE_NOOP("errors", "Cette date n'existe pas. Écrivez le jour, le mois et l'année en chiffres."), _A_FIX, FIX),
    "birth_date_mismatch": (QT_TRANSLATE_NOOP("errors", "La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l'année et le mois de naissance. Vérifiez les deux."), _A_FIX, FIX),
    "postal_code_invalid": (QT_TRANSLATE_NOOP("errors", "Le code postal a 5 chiffres, par exemple 75011."), _A_FIX, FIX),
    "iban_invalid": (QT_TRANSLATE_NOOP("errors", "L'IBAN n'est pas juste. Recopiez-le depuis le RIB (relevé d'identité bancaire), il commence par FR pour une banque française."), _A_FIX, FIX),
    "email_invalid": (QT_TRANSLATE_NOOP("errors", "Cette adresse e-mail n'est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace."), _A_FIX, FIX),
    "password_policy": (QT_TRANSLATE_NOOP("errors", "Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir."), _A_FIX, FIX),
    "password_empty": (QT_TRANSLATE_NOOP("errors", "Choisissez un mot de passe."), _A_FIX, FIX),
    # --- the API (API.md) ---------------------------------------------------------------
    "malformed_json": (QT_TRANSLATE_NOOP("errors", "Le service n'a pas compris la demande. Réessayez. Si cela recommence, demandez de l'aide."), _A_RETRY, RETRY),
    "invalid_request": (QT_TRANSLATE_NOOP("errors", "Une information manque ou est mal écrite. Vérifiez les champs indiqués."), _A_FIX, FIX),
    "field_invalid": (QT_TRANSLATE_NOOP("errors", "Cette information manque ou est mal écrite. Vérifiez-la."), _A_FIX, FIX),
    "form_outdated": (QT_TRANSLATE_NOOP("errors", "Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé."), _A_RETRY, RETRY),
    "not_found": (QT_TRANSLATE_NOOP("errors", "Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape."), _A_RETRY, RETRY),
    "method_not_allowed": (QT_TRANSLATE_NOOP("errors", "Cette action n'est pas possible ici. Demandez de l'aide."), _A_HELP, HELP),
    "rate_limited": (QT_TRANSLATE_NOOP("errors", "Trop de demandes en peu de temps. Attendez un peu, puis réessayez."), _A_WAIT, WAIT),
    "unauthenticated": (QT_TRANSLATE_NOOP("errors", "La connexion de l'aidant a pris fin. Reconnectez-vous."), _A_SIGN_IN, FIX),
    "bad_credentials": (QT_TRANSLATE_NOOP("errors", "L'identifiant ou le mot de passe n'est pas le bon. Vérifiez les majuscules."), _A_FIX, FIX),
    "code_mismatch": (QT_TRANSLATE_NOOP("errors", "Ce code n'est pas le bon. Recopiez les chiffres du dernier message reçu."), _A_FIX, FIX),
    "too_many_attempts": (QT_TRANSLATE_NOOP("errors", "Trop d'essais. Par sécurité, il faut attendre avant de réessayer."), _A_WAIT, WAIT),
    "code_expired": (QT_TRANSLATE_NOOP("errors", "Ce code n'est plus valable : il est trop ancien. Demandez un nouveau code."), _A_NEW_CODE, RESEND),
    "email_proof_invalid": (QT_TRANSLATE_NOOP("errors", "La vérification de l'adresse e-mail est trop ancienne. Il faut recevoir un nouveau code."), _A_EMAIL, EMAIL),
    "terms_outdated": (QT_TRANSLATE_NOOP("errors", "Les conditions d'utilisation ont changé. Relisez-les et acceptez-les de nouveau."), _A_RELOAD, RELOAD),
    "identity_not_found": (QT_TRANSLATE_NOOP("errors", "L'Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S'il est juste, appelez le 36 46."), _A_CALL, CALL),
    "identity_mismatch": (QT_TRANSLATE_NOOP("errors", "La date de naissance ou le code postal n'est pas celui que connaît l'Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle."), _A_FIX, FIX),
    "bank_details_mismatch": (QT_TRANSLATE_NOOP("errors", "Cet IBAN n'est pas celui que connaît l'Assurance Maladie. Prenez le RIB du compte où vous recevez vos remboursements."), _A_FIX, FIX),
    "email_unavailable": (QT_TRANSLATE_NOOP("errors", "Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse."), _A_EMAIL, EMAIL),
    "account_exists": (QT_TRANSLATE_NOOP("errors", "Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l'aide pour retrouver l'accès."), _A_HELP, HELP),
    "already_active": (QT_TRANSLATE_NOOP("errors", "Votre compte est déjà activé. Il n'y a plus rien à faire ici."), _A_CONTINUE, NONE),
    "link_expired": (QT_TRANSLATE_NOOP("errors", "Ce lien n'est plus valable : il est trop ancien. Demandez un nouveau lien."), _A_NEW_LINK, RESEND),
    "link_used": (QT_TRANSLATE_NOOP("errors", "Ce lien a déjà servi. Votre compte est sans doute déjà activé."), _A_CONTINUE, NONE),
    "link_superseded": (QT_TRANSLATE_NOOP("errors", "Ce lien a été remplacé par un plus récent. Ouvrez le dernier message reçu."), _A_NEW_LINK, RESEND),
    "link_unknown": (QT_TRANSLATE_NOOP("errors", "Ce lien n'est pas reconnu. Copiez le lien en entier depuis le message."), _A_FIX, FIX),
    "journey_unknown": (QT_TRANSLATE_NOOP("errors", "Ce code de démarche ou cette date de naissance ne correspond pas. Vérifiez les deux sur l'aide-mémoire."), _A_FIX, FIX),
    "address_taken": (QT_TRANSLATE_NOOP("errors", "Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre."), _A_OTHER_ADDRESS, FIX),
    "address_invalid": (QT_TRANSLATE_NOOP("errors", "Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets."), _A_FIX, FIX),
    "idempotency_key_required": (QT_TRANSLATE_NOOP("errors", "La demande n'a pas pu être envoyée correctement. Réessayez."), _A_RETRY, RETRY),
    "idempotency_key_invalid": (QT_TRANSLATE_NOOP("errors", "La demande n'a pas pu être envoyée correctement. Réessayez."), _A_RETRY, RETRY),
    "idempotency_key_reused": (QT_TRANSLATE_NOOP("errors", "Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau."), _A_RETRY, RETRY),
    "internal_error": (QT_TRANSLATE_NOOP("errors", "Le service a eu un problème. Ce n'est pas de votre faute. Réessayez dans un moment."), _A_RETRY, RETRY),
    # --- the network and the client (aidant_app/api/errors.py) ---------------------------
    "backend_unreachable": (QT_TRANSLATE_NOOP("errors", "Impossible de joindre le service. Vérifiez que l'ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé."), _A_RETRY, RETRY),
    "backend_timeout": (QT_TRANSLATE_NOOP("errors", "Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé."), _A_RETRY, RETRY),
    "backend_unavailable": (QT_TRANSLATE_NOOP("errors", "Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé."), _A_RETRY, RETRY),
    "server_error": (QT_TRANSLATE_NOOP("errors", "Le service a eu un problème. Ce n'est pas de votre faute. Réessayez dans un moment."), _A_RETRY, RETRY),
    "bad_response": (QT_TRANSLATE_NOOP("errors", "La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l'aide."), _A_RETRY, RETRY),
    "tls_error": (QT_TRANSLATE_NOOP("errors", "La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s'occupe des ordinateurs."), _A_SETTINGS, FIX),
    "insecure_url": (QT_TRANSLATE_NOOP("errors", "L'adresse du service n'est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages."), _A_SETTINGS, FIX),
    "invalid_url": (QT_TRANSLATE_NOOP("errors", "L'adresse du service n'est pas valable. Corrigez-la dans les réglages."), _A_SETTINGS, FIX),
    "ca_bundle_invalid": (QT_TRANSLATE_NOOP("errors", "Le fichier de certificats choisi dans les réglages est introuvable."), _A_SETTINGS, FIX),
}

_GENERIC = (
    QT_TRANSLATE_NOOP("errors", "Quelque chose n'a pas marché. Ce n'est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé."),
    _A_RETRY,
    RETRY,
)

# Extra sentences that depend on parameters; each is a full sentence, translated as a whole.
_ATTEMPTS_ONE = QT_TRANSLATE_NOOP("errors", "Il vous reste 1 essai.")
_ATTEMPTS_MANY = QT_TRANSLATE_NOOP("errors", "Il vous reste {n} essais.")
_WAIT_SECONDS = QT_TRANSLATE_NOOP("errors", "Vous pourrez réessayer dans {n} secondes.")
_WAIT_MINUTE = QT_TRANSLATE_NOOP("errors", "Vous pourrez réessayer dans 1 minute.")
_WAIT_MINUTES = QT_TRANSLATE_NOOP("errors", "Vous pourrez réessayer dans {n} minutes.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def known_codes() -> frozenset[str]:
    """Every code that has its own words (for tests)."""
    return frozenset(_TABLE)


def wait_sentence(seconds: float) -> str:
    """'You can try again in …' with a rounded-up delay, in words a person can act on."""
    seconds = max(1, math.ceil(seconds))
    if seconds < 60:
        return _tr(_WAIT_SECONDS).format(n=seconds)
    minutes = math.ceil(seconds / 60)
    return _tr(_WAIT_MINUTE) if minutes == 1 else _tr(_WAIT_MINUTES).format(n=minutes)


def describe(code: str, **params: object) -> Message:
    """Plain words and a next action for a code; unknown codes get a calm generic message.

    params: attempts_left (code_mismatch), retry_after (seconds, for waits), detail (the
    server's own French sentence, used only for codes this table does not know).
    """
    text, label, action = _TABLE.get(code, _GENERIC)
    words = _tr(text)
    if code not in _TABLE and isinstance(params.get("detail"), str) and params["detail"]:
        # API.md: `detail` is plain French, safe to show; better than our generic sentence.
        words = str(params["detail"])
    attempts = params.get("attempts_left")
    if code == "code_mismatch" and isinstance(attempts, int):
        extra = _tr(_ATTEMPTS_ONE) if attempts == 1 else _tr(_ATTEMPTS_MANY).format(n=attempts)
        words = f"{words} {extra}"
    retry_after = params.get("retry_after")
    if isinstance(retry_after, (int, float)) and retry_after > 0:
        words = f"{words} {wait_sentence(float(retry_after))}"
    return Message(words, _tr(label), action)


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


def field_message(code: str) -> str:
    """Only the sentence, for a message shown under a field."""
    return describe(code).text


def retry_label() -> str:
    """ "Réessayer", in the interface language (for a page retranslated while it offers it)."""
    return _tr(_A_RETRY)


def offer_retry(page, error: BaseException | None, default: str = "") -> bool:
    """After network trouble the page's Next button says "Réessayer" (pressing it sends the
    same request again); otherwise, or with error None, it says `default` again."""
    retry = bool(getattr(error, "retryable", False)) and getattr(error, "code", "") != "rate_limited"
    page.retrying = retry
    page.next_label = retry_label() if retry else default
    page.completeChanged.emit()
    return retry
