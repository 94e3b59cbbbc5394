"""The one vocabulary of codes: each code once, with its next action, words and origin. No Qt.

Every table of codes derives from it: the client's own codes (api/errors.py), the use cases'
next actions (actions/outcome.py), the journey's account errors (journey/flow.py), the words
(ui/errors.py). The server may import it too (server -> rules). tests/test_vocabulary.py checks
that every code the server, the rules and the client can produce is here, and
tests/server/test_contract_document.py that every code the contract (docs/API.md) names is.

The words are marked for lupdate (which reads this file, scripts/update_translations.py) and
translated where they are shown, in ui/errors.py, under the context "errors".
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from . import QT_TRANSLATE_NOOP


class NextAction(str, Enum):
    """What the person can do next: the one vocabulary of the journey, the actions and the
    words (ui/errors.py gives each its button label)."""

    NONE = ""
    RETRY = "retry"  # the same call again (network trouble, a server hiccup)
    FIX = "fix"  # correct what was typed (a field on this page, or the step that asks it)
    WAIT = "wait"  # wait, then try again
    CALL = "call"  # phone the health insurance (36 46)
    EMAIL = "email"  # go back to the e-mail address step
    GO_TO = "go_to"  # another step of the journey (ErrorAction.step)
    RESEND = "resend"  # ask for a new code or link
    RELOAD = "reload"  # the backend changed its terms: read them again
    REFRESH = "refresh"  # reload meta (the form may have changed), then send again
    HELP = "help"  # read the help for that case
    SIGN_IN = "sign_in"  # the helper signs in again
    SETTINGS = "settings"  # the backend address or certificates are wrong
    RESTART = "restart"  # start the journey again (or call 36 46)
    UPDATE = "update"  # this version of the app is too old for the backend


# Where a code comes from.
RULES = "rules"  # only the app's own checks of what is typed (rules/), never a server's answer
SERVER = "server"  # a server may answer it (the contract, docs/API.md); rules/ may give it too
CLIENT = "client"  # the client found it (api/): the network, TLS, an answer off the contract
APP = "app"  # this app itself (a bug caught, an outdated form, a call already running)


class Code(NamedTuple):
    name: str
    next: NextAction
    label: str  # the words of the button that does `next` (marked, context "errors")
    origin: str
    words: str  # what the person is told (marked, context "errors")
    transient: bool = False  # may go away by itself: a poll or a retry may ignore it a while
    served: bool = False  # a server may answer it (the contract names it)


def _c(name: str, next_: NextAction, label: str, origin: str, words: str, *,
       transient: bool = False, served: bool | None = None) -> Code:
    return Code(name, next_, label, origin, words, transient,
                origin == SERVER if served is None else served)


# Button labels, marked for lupdate and translated when used.
RETRY = QT_TRANSLATE_NOOP("errors", "Réessayer")
FIX = QT_TRANSLATE_NOOP("errors", "Corriger")
EMAIL = QT_TRANSLATE_NOOP("errors", "Changer d'adresse e-mail")
CALL = QT_TRANSLATE_NOOP("errors", "Voir le numéro à appeler")
WAIT = QT_TRANSLATE_NOOP("errors", "Réessayer plus tard")
NEW_CODE = QT_TRANSLATE_NOOP("errors", "Recevoir un nouveau code")
NEW_LINK = QT_TRANSLATE_NOOP("errors", "Recevoir un nouveau lien")
RELOAD = QT_TRANSLATE_NOOP("errors", "Relire les conditions")
HELP = QT_TRANSLATE_NOOP("errors", "Voir l'aide")
SETTINGS = QT_TRANSLATE_NOOP("errors", "Ouvrir les réglages")
SIGN_IN = QT_TRANSLATE_NOOP("errors", "Se reconnecter")
OTHER_ADDRESS = QT_TRANSLATE_NOOP("errors", "Choisir une autre adresse")
CONTINUE = QT_TRANSLATE_NOOP("errors", "Continuer")
RESTART = QT_TRANSLATE_NOOP("errors", "Recommencer")
AMELI = QT_TRANSLATE_NOOP("errors", "Ouvrir le site ameli.fr")

# For a code nobody declared (a newer server's): calm words and a retry.
GENERIC_WORDS = QT_TRANSLATE_NOOP("errors", "Quelque chose n'a pas marché. Ce n'est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé.")
GENERIC_LABEL = RETRY

_N = NextAction
# Words: short sentences, "vous", no jargon.
_CODES: tuple[Code, ...] = (
    _c("nir_empty", _N.FIX, FIX, RULES,
       QT_TRANSLATE_NOOP("errors", 'Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale.')),
    _c("nir_incomplete", _N.FIX, FIX, RULES,
       QT_TRANSLATE_NOOP("errors", 'Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers).')),
    _c("nir_too_long", _N.FIX, FIX, RULES,
       QT_TRANSLATE_NOOP("errors", 'Le numéro est trop long. Il a 15 chiffres, clé comprise.')),
    _c("nir_characters", _N.FIX, FIX, RULES,
       QT_TRANSLATE_NOOP("errors", 'Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse).')),
    _c("nir_key", _N.FIX, FIX, RULES,
       QT_TRANSLATE_NOOP("errors", 'Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers.')),
    _c("nir_temporary", _N.CALL, CALL, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce numéro est provisoire, en attendant le vrai. Il ne permet pas d'ouvrir un compte ameli. Le vrai commence par 1 ou 2. Appelez le 36 46 pour savoir quand vous l'aurez.")),
    _c("nir_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce numéro n'est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale.")),
    _c("birth_date_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Cette date n'existe pas. Écrivez le jour, le mois et l'année en chiffres.")),
    _c("birth_date_mismatch", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l'année et le mois de naissance. Vérifiez les deux.")),
    _c("postal_code_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Le code postal a 5 chiffres, par exemple 75011.')),
    _c("iban_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "L'IBAN n'est pas juste. Recopiez-le depuis votre RIB, la feuille de votre banque. Pour une banque française, il commence par FR.")),
    _c("email_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Cette adresse e-mail n'est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace.")),
    _c("password_policy", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir.')),
    _c("password_empty", _N.FIX, FIX, RULES,
       QT_TRANSLATE_NOOP("errors", 'Choisissez un mot de passe.')),
    _c("malformed_json", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", "Le service n'a pas compris la demande. Réessayez. Si cela recommence, demandez de l'aide.")),
    _c("invalid_request", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Une information manque ou est mal écrite. Vérifiez les champs indiqués.')),
    _c("field_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Cette information manque ou est mal écrite. Vérifiez-la.')),
    _c("field_missing", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Cette information manque. Remplissez-la.")),
    _c("form_outdated", _N.REFRESH, RETRY, APP,
       QT_TRANSLATE_NOOP("errors", 'Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé.')),
    _c("not_found", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape.')),
    _c("method_not_allowed", _N.HELP, HELP, SERVER,
       QT_TRANSLATE_NOOP("errors", "Cette action n'est pas possible ici. Demandez de l'aide.")),
    _c("rate_limited", _N.WAIT, WAIT, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Trop de demandes en peu de temps. Attendez un peu, puis réessayez.'), transient=True),
    _c("unauthenticated", _N.SIGN_IN, SIGN_IN, SERVER,
       QT_TRANSLATE_NOOP("errors", "La connexion de l'aidant a pris fin. Reconnectez-vous.")),
    _c("bad_credentials", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "L'identifiant ou le mot de passe n'est pas le bon. Vérifiez les majuscules.")),
    _c("code_mismatch", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce code n'est pas le bon. Recopiez les chiffres du dernier message reçu.")),
    _c("too_many_attempts", _N.WAIT, WAIT, SERVER,
       QT_TRANSLATE_NOOP("errors", "Trop d'essais. Par sécurité, attendez avant de réessayer. Si cela dure plus d'une heure, appelez le 36 46.")),
    _c("code_expired", _N.RESEND, NEW_CODE, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce code ne marche plus : son temps est passé. Demandez un nouveau code.")),
    _c("email_proof_invalid", _N.EMAIL, EMAIL, SERVER,
       QT_TRANSLATE_NOOP("errors", "Vous avez vérifié l'adresse e-mail il y a trop longtemps. Demandez un nouveau code.")),
    _c("terms_outdated", _N.RELOAD, RELOAD, SERVER,
       QT_TRANSLATE_NOOP("errors", "Les conditions d'utilisation ont changé. Relisez-les et acceptez-les de nouveau.")),
    _c("identity_not_found", _N.CALL, CALL, SERVER,
       QT_TRANSLATE_NOOP("errors", "L'Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S'il est juste, appelez le 36 46.")),
    _c("identity_mismatch", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "La date de naissance ou le code postal n'est pas celui que connaît l'Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle.")),
    _c("bank_details_mismatch", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "L'Assurance Maladie ne connaît pas cet IBAN. Prenez le RIB du compte où vous recevez vos remboursements.")),
    _c("email_unavailable", _N.EMAIL, EMAIL, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse.')),
    _c("account_exists", _N.HELP, HELP, SERVER,
       QT_TRANSLATE_NOOP("errors", "Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l'aide pour retrouver l'accès.")),
    _c("already_active", _N.NONE, CONTINUE, SERVER,
       QT_TRANSLATE_NOOP("errors", "Votre compte est déjà activé. Il n'y a plus rien à faire ici.")),
    _c("link_expired", _N.RESEND, NEW_LINK, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce lien ne marche plus : son temps est passé. Demandez un nouveau lien.")),
    _c("link_used", _N.NONE, CONTINUE, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Ce lien a déjà servi. Votre compte est sans doute déjà activé.')),
    _c("link_superseded", _N.RESEND, NEW_LINK, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Ce lien ne marche plus : un message plus récent a un nouveau lien. Ouvrez le dernier message reçu.')),
    _c("link_unknown", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce lien n'est pas reconnu. Copiez le lien en entier depuis le message.")),
    _c("journey_unknown", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce code de reprise ou cette date de naissance ne correspond pas. Vérifiez les deux sur l'aide-mémoire.")),
    _c("address_taken", _N.FIX, OTHER_ADDRESS, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre.')),
    _c("address_invalid", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets.')),
    # The activity report (issue 20): the Coop's rule on themes, and the CSV export.
    _c("themes_incompatible", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce thème fait partie des démarches administratives. Cochez aussi le thème « Aide aux démarches administratives ».")),
    _c("export_failed", _N.RETRY, RETRY, APP,
       QT_TRANSLATE_NOOP("errors", "L'application n'a pas pu enregistrer le fichier à cet endroit. Choisissez un autre dossier, par exemple Documents. Puis réessayez.")),
    _c("idempotency_key_required", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", "L'application n'a pas pu envoyer la demande. Réessayez.")),
    _c("idempotency_key_invalid", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", "L'application n'a pas pu envoyer la demande. Réessayez.")),
    _c("idempotency_key_reused", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau.')),
    _c("payload_too_large", _N.FIX, FIX, SERVER,
       QT_TRANSLATE_NOOP("errors", 'La demande est trop grosse pour le service. Écrivez un texte plus court, puis réessayez.')),
    _c("unsupported_media_type", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", "Le service n'a pas compris la demande de cette version d'Aidant. Réessayez. Si cela recommence, demandez une version à jour.")),
    _c("misdirected_request", _N.SETTINGS, SETTINGS, SERVER,
       QT_TRANSLATE_NOOP("errors", "La demande est arrivée au mauvais service. Vérifiez l'adresse du service dans les réglages.")),
    _c("call_running", _N.WAIT, WAIT, APP,
       QT_TRANSLATE_NOOP("errors", 'Une demande est déjà en cours. Attendez sa réponse, puis réessayez.')),
    _c("unexpected", _N.RETRY, RETRY, APP,
       QT_TRANSLATE_NOOP("errors", "L'application a eu un problème. Ce n'est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé. Si cela recommence, fermez l'application et rouvrez-la.")),
    _c("backend_changed", _N.RETRY, RETRY, APP,
       QT_TRANSLATE_NOOP("errors", 'Le service a changé pendant la demande. Appuyez de nouveau pour continuer. Ce que vous avez écrit est gardé.')),
    _c("journey_revoked", _N.RESTART, RESTART, SERVER,
       QT_TRANSLATE_NOOP("errors", 'Ce code de reprise ne marche plus. Recommencez la démarche depuis le début, ou appelez le 36 46.')),
    # API 1.2 guided mode: this backend does not create accounts; the person does it on ameli.
    _c("not_offered", _N.UPDATE, AMELI, SERVER,
       QT_TRANSLATE_NOOP("errors", "Ce service ne crée pas les comptes ameli. Vous créez votre compte vous-même sur le site ameli. Aidant vous accompagne à chaque étape.")),
    _c("app_too_old", _N.UPDATE, AMELI, APP,
       QT_TRANSLATE_NOOP("errors", "Cette version d'Aidant est trop vieille pour ce service. Elle ne sait pas poser toutes les questions du formulaire. Créez le compte sur le site ameli.fr. Ou bien, demandez une version plus récente d'Aidant.")),
    _c("delivery_failed", _N.RETRY, FIX, APP,
       QT_TRANSLATE_NOOP("errors", "Nous n'avons pas pu envoyer le message à cette adresse. Vérifiez l'adresse e-mail. Si elle est fausse, corrigez-la ci-dessous.")),
    _c("internal_error", _N.RETRY, RETRY, SERVER,
       QT_TRANSLATE_NOOP("errors", "Le service a eu un problème. Ce n'est pas de votre faute. Réessayez dans un moment.")),
    _c("backend_unreachable", _N.RETRY, RETRY, CLIENT,
       QT_TRANSLATE_NOOP("errors", "Impossible de joindre le service. Vérifiez que l'ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé."), transient=True),
    _c("backend_timeout", _N.RETRY, RETRY, CLIENT,
       QT_TRANSLATE_NOOP("errors", 'Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé.'), transient=True),
    # Also a server's own answer (503, its database is down), with a problem body.
    _c("backend_unavailable", _N.RETRY, RETRY, CLIENT,
       QT_TRANSLATE_NOOP("errors", 'Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé.'), transient=True, served=True),
    _c("server_error", _N.RETRY, RETRY, CLIENT,
       QT_TRANSLATE_NOOP("errors", "Le service a eu un problème. Ce n'est pas de votre faute. Réessayez dans un moment."), transient=True),
    _c("bad_response", _N.RETRY, RETRY, CLIENT,
       QT_TRANSLATE_NOOP("errors", "La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l'aide.")),
    _c("tls_error", _N.SETTINGS, SETTINGS, CLIENT,
       QT_TRANSLATE_NOOP("errors", "La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s'occupe des ordinateurs.")),
    _c("insecure_url", _N.SETTINGS, SETTINGS, CLIENT,
       QT_TRANSLATE_NOOP("errors", "L'adresse du service n'est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages.")),
    _c("invalid_url", _N.SETTINGS, SETTINGS, CLIENT,
       QT_TRANSLATE_NOOP("errors", "L'adresse du service n'est pas valable. Corrigez-la dans les réglages.")),
    _c("ca_bundle_invalid", _N.SETTINGS, SETTINGS, CLIENT,
       QT_TRANSLATE_NOOP("errors", 'Le fichier de certificats choisi dans les réglages est introuvable.')),
)

VOCABULARY: dict[str, Code] = {code.name: code for code in _CODES}
SERVER_CODES = frozenset(c.name for c in _CODES if c.served)
CLIENT_CODES = frozenset(c.name for c in _CODES if c.origin == CLIENT)
TRANSIENT = frozenset(c.name for c in _CODES if c.transient)


def next_for(code: str) -> NextAction:
    """What to do about a code; anything unknown is worth a calm retry."""
    known = VOCABULARY.get(code)
    return known.next if known is not None else NextAction.RETRY
