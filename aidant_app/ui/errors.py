"""The one table of words: every code (API, rules, keyring) as plain French, with the label
of its next action. What to do next comes from actions.next_for (one vocabulary)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..actions import next_for
from ..journey import NextAction

_CTX = "errors"


@dataclass(frozen=True)
class Message:
    """What to tell the person, what the next button says (may be empty), and what it does."""

    text: str
    action_label: str
    action: NextAction = NextAction.NONE


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
_A_RESTART = QT_TRANSLATE_NOOP("errors", "Recommencer")
_A_AMELI = QT_TRANSLATE_NOOP("errors", "Ouvrir le site ameli.fr")

# code -> (message, action label). Messages: short sentences, "vous", no jargon.
_TABLE: dict[str, tuple[str, str]] = {
    # --- what the person typed (rules/) -----------------------------------
    "nir_empty": (QT_TRANSLATE_NOOP("errors", "Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale."), _A_FIX),
    "nir_incomplete": (QT_TRANSLATE_NOOP("errors", "Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers)."), _A_FIX),
    "nir_too_long": (QT_TRANSLATE_NOOP("errors", "Le numéro est trop long. Il a 15 chiffres, clé comprise."), _A_FIX),
    "nir_characters": (QT_TRANSLATE_NOOP("errors", "Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse)."), _A_FIX),
    "nir_key": (QT_TRANSLATE_NOOP("errors", "Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers."), _A_FIX),
    "nir_temporary": (QT_TRANSLATE_NOOP("errors", "C'est un numéro provisoire : il ne permet pas encore d'ouvrir un compte ameli. Un numéro définitif commence par 1 ou 2. Appelez le 36 46 pour savoir quand vous aurez le vôtre."), _A_CALL),
    "nir_invalid": (QT_TRANSLATE_NOOP("errors", "Ce numéro n'est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale."), _A_FIX),
    "birth_date_invalid": (QT_TRANSLATE_NOOP("errors", "Cette date n'existe pas. Écrivez le jour, le mois et l'année en chiffres."), _A_FIX),
    "birth_date_mismatch": (QT_TRANSLATE_NOOP("errors", "La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l'année et le mois de naissance. Vérifiez les deux."), _A_FIX),
    "postal_code_invalid": (QT_TRANSLATE_NOOP("errors", "Le code postal a 5 chiffres, par exemple 75011."), _A_FIX),
    "iban_invalid": (QT_TRANSLATE_NOOP("errors", "L'IBAN n'est pas juste. Recopiez-le depuis le RIB (relevé d'identité bancaire), il commence par FR pour une banque française."), _A_FIX),
    "email_invalid": (QT_TRANSLATE_NOOP("errors", "Cette adresse e-mail n'est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace."), _A_FIX),
    "password_policy": (QT_TRANSLATE_NOOP("errors", "Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir."), _A_FIX),
    "password_empty": (QT_TRANSLATE_NOOP("errors", "Choisissez un mot de passe."), _A_FIX),
    # --- the API (API.md) ---------------------------------------------------------------
    "malformed_json": (QT_TRANSLATE_NOOP("errors", "Le service n'a pas compris la demande. Réessayez. Si cela recommence, demandez de l'aide."), _A_RETRY),
    "invalid_request": (QT_TRANSLATE_NOOP("errors", "Une information manque ou est mal écrite. Vérifiez les champs indiqués."), _A_FIX),
    "field_invalid": (QT_TRANSLATE_NOOP("errors", "Cette information manque ou est mal écrite. Vérifiez-la."), _A_FIX),
    "form_outdated": (QT_TRANSLATE_NOOP("errors", "Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé."), _A_RETRY),
    "not_found": (QT_TRANSLATE_NOOP("errors", "Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape."), _A_RETRY),
    "method_not_allowed": (QT_TRANSLATE_NOOP("errors", "Cette action n'est pas possible ici. Demandez de l'aide."), _A_HELP),
    "rate_limited": (QT_TRANSLATE_NOOP("errors", "Trop de demandes en peu de temps. Attendez un peu, puis réessayez."), _A_WAIT),
    "unauthenticated": (QT_TRANSLATE_NOOP("errors", "La connexion de l'aidant a pris fin. Reconnectez-vous."), _A_SIGN_IN),
    "bad_credentials": (QT_TRANSLATE_NOOP("errors", "L'identifiant ou le mot de passe n'est pas le bon. Vérifiez les majuscules."), _A_FIX),
    "code_mismatch": (QT_TRANSLATE_NOOP("errors", "Ce code n'est pas le bon. Recopiez les chiffres du dernier message reçu."), _A_FIX),
    "too_many_attempts": (QT_TRANSLATE_NOOP("errors", "Trop d'essais. Par sécurité, attendez avant de réessayer. Si cela dure plus d'une heure, appelez le 36 46."), _A_WAIT),
    "code_expired": (QT_TRANSLATE_NOOP("errors", "Ce code n'est plus valable : il est trop ancien. Demandez un nouveau code."), _A_NEW_CODE),
    "email_proof_invalid": (QT_TRANSLATE_NOOP("errors", "La vérification de l'adresse e-mail est trop ancienne. Il faut recevoir un nouveau code."), _A_EMAIL),
    "terms_outdated": (QT_TRANSLATE_NOOP("errors", "Les conditions d'utilisation ont changé. Relisez-les et acceptez-les de nouveau."), _A_RELOAD),
    "identity_not_found": (QT_TRANSLATE_NOOP("errors", "L'Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S'il est juste, appelez le 36 46."), _A_CALL),
    "identity_mismatch": (QT_TRANSLATE_NOOP("errors", "La date de naissance ou le code postal n'est pas celui que connaît l'Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle."), _A_FIX),
    "bank_details_mismatch": (QT_TRANSLATE_NOOP("errors", "Cet IBAN n'est pas celui que connaît l'Assurance Maladie. Prenez le RIB du compte où vous recevez vos remboursements."), _A_FIX),
    "email_unavailable": (QT_TRANSLATE_NOOP("errors", "Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse."), _A_EMAIL),
    "account_exists": (QT_TRANSLATE_NOOP("errors", "Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l'aide pour retrouver l'accès."), _A_HELP),
    "already_active": (QT_TRANSLATE_NOOP("errors", "Votre compte est déjà activé. Il n'y a plus rien à faire ici."), _A_CONTINUE),
    "link_expired": (QT_TRANSLATE_NOOP("errors", "Ce lien n'est plus valable : il est trop ancien. Demandez un nouveau lien."), _A_NEW_LINK),
    "link_used": (QT_TRANSLATE_NOOP("errors", "Ce lien a déjà servi. Votre compte est sans doute déjà activé."), _A_CONTINUE),
    "link_superseded": (QT_TRANSLATE_NOOP("errors", "Ce lien a été remplacé par un plus récent. Ouvrez le dernier message reçu."), _A_NEW_LINK),
    "link_unknown": (QT_TRANSLATE_NOOP("errors", "Ce lien n'est pas reconnu. Copiez le lien en entier depuis le message."), _A_FIX),
    "journey_unknown": (QT_TRANSLATE_NOOP("errors", "Ce code de reprise ou cette date de naissance ne correspond pas. Vérifiez les deux sur l'aide-mémoire."), _A_FIX),
    "address_taken": (QT_TRANSLATE_NOOP("errors", "Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre."), _A_OTHER_ADDRESS),
    "address_invalid": (QT_TRANSLATE_NOOP("errors", "Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets."), _A_FIX),
    "themes_incompatible": (QT_TRANSLATE_NOOP("errors", "Ce thème fait partie des démarches administratives. Cochez aussi le thème « Aide aux démarches administratives »."), _A_FIX),
    "idempotency_key_required": (QT_TRANSLATE_NOOP("errors", "La demande n'a pas pu être envoyée correctement. Réessayez."), _A_RETRY),
    "idempotency_key_invalid": (QT_TRANSLATE_NOOP("errors", "La demande n'a pas pu être envoyée correctement. Réessayez."), _A_RETRY),
    "idempotency_key_reused": (QT_TRANSLATE_NOOP("errors", "Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau."), _A_RETRY),
    "payload_too_large": (QT_TRANSLATE_NOOP("errors", "La demande est trop grosse pour le service. Raccourcissez ce qui a été écrit, puis réessayez."), _A_FIX),
    "unsupported_media_type": (QT_TRANSLATE_NOOP("errors", "Le service n'a pas compris la demande de cette version d'Aidant. Réessayez. Si cela recommence, demandez une version à jour."), _A_RETRY),
    "misdirected_request": (QT_TRANSLATE_NOOP("errors", "La demande est arrivée au mauvais service. Vérifiez l'adresse du service dans les réglages."), _A_SETTINGS),
    "call_running": (QT_TRANSLATE_NOOP("errors", "Une demande est déjà en cours. Attendez sa réponse, puis réessayez."), _A_WAIT),
    "unexpected": (QT_TRANSLATE_NOOP("errors", "L'application a eu un problème. Ce n'est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé. Si cela recommence, fermez l'application et rouvrez-la."), _A_RETRY),
    "backend_changed": (QT_TRANSLATE_NOOP("errors", "Le service a changé pendant la demande. Appuyez de nouveau pour continuer. Ce que vous avez écrit est gardé."), _A_RETRY),
    "journey_revoked": (QT_TRANSLATE_NOOP("errors", "Ce code de reprise ne marche plus. Recommencez la démarche depuis le début, ou appelez le 36 46."), _A_RESTART),
    "app_too_old": (QT_TRANSLATE_NOOP("errors", "Cette version d'Aidant est trop ancienne pour ce service : elle ne sait pas demander toutes les informations du formulaire. Créez le compte sur le site ameli.fr, ou demandez une version à jour d'Aidant."), _A_AMELI),
    "delivery_failed": (QT_TRANSLATE_NOOP("errors", "Le message n'a pas pu être envoyé à cette adresse. Vérifiez l'adresse e-mail : si elle est fausse, corrigez-la ci-dessous."), _A_FIX),
    "internal_error": (QT_TRANSLATE_NOOP("errors", "Le service a eu un problème. Ce n'est pas de votre faute. Réessayez dans un moment."), _A_RETRY),
    # --- the network and the client (aidant_app/api/errors.py) ---------------------------
    "backend_unreachable": (QT_TRANSLATE_NOOP("errors", "Impossible de joindre le service. Vérifiez que l'ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé."), _A_RETRY),
    "backend_timeout": (QT_TRANSLATE_NOOP("errors", "Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé."), _A_RETRY),
    "backend_unavailable": (QT_TRANSLATE_NOOP("errors", "Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé."), _A_RETRY),
    "server_error": (QT_TRANSLATE_NOOP("errors", "Le service a eu un problème. Ce n'est pas de votre faute. Réessayez dans un moment."), _A_RETRY),
    "bad_response": (QT_TRANSLATE_NOOP("errors", "La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l'aide."), _A_RETRY),
    "tls_error": (QT_TRANSLATE_NOOP("errors", "La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s'occupe des ordinateurs."), _A_SETTINGS),
    "insecure_url": (QT_TRANSLATE_NOOP("errors", "L'adresse du service n'est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages."), _A_SETTINGS),
    "invalid_url": (QT_TRANSLATE_NOOP("errors", "L'adresse du service n'est pas valable. Corrigez-la dans les réglages."), _A_SETTINGS),
    "ca_bundle_invalid": (QT_TRANSLATE_NOOP("errors", "Le fichier de certificats choisi dans les réglages est introuvable."), _A_SETTINGS),
}

_GENERIC = (
    QT_TRANSLATE_NOOP("errors", "Quelque chose n'a pas marché. Ce n'est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé."),
    _A_RETRY,
)

# The keyring (vault.py reason codes): why the helper's connection cannot be kept.
_KEYRING: dict[str, str] = {
    "probing": QT_TRANSLATE_NOOP("errors", "Recherche du trousseau de l'ordinateur…"),
    "no_keyring": QT_TRANSLATE_NOOP("errors", "Cet ordinateur n'a pas de trousseau sécurisé : vous devrez vous reconnecter à chaque fois."),
    "locked": QT_TRANSLATE_NOOP("errors", "Le trousseau de cet ordinateur est verrouillé : vous devrez vous reconnecter à chaque fois. Pour garder la connexion, déverrouillez le trousseau (ouvrez votre session avec votre mot de passe), puis redémarrez l'application."),
    "timeout": QT_TRANSLATE_NOOP("errors", "Le trousseau de cet ordinateur ne répond pas : vous devrez vous reconnecter à chaque fois."),
    "insecure_backend": QT_TRANSLATE_NOOP("errors", "Cet ordinateur garde les mots de passe sans protection : l'application refuse de s'en servir. Vous devrez vous reconnecter à chaque fois."),
    "probe_failed": QT_TRANSLATE_NOOP("errors", "Le trousseau de cet ordinateur ne marche pas correctement : vous devrez vous reconnecter à chaque fois."),
}

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
    text, label = _TABLE.get(code, _GENERIC)
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


def keyring_codes() -> frozenset[str]:
    return frozenset(_KEYRING)


def field_message(code: str) -> str:
    """Only the sentence, for a message shown under a field."""
    return describe(code).text


def retry_label() -> str:
    """ "Réessayer", in the interface language (for a page retranslated while it offers it)."""
    return _tr(_A_RETRY)


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
