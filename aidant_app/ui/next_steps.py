"""The words of the triage exits and the recovery paths: a title and numbered steps each."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from ..journey import triage
from ..paths import resources_dir
from . import contacts


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextSteps", text)


class Path(NamedTuple):
    title: str
    intro: str
    steps: list[str]
    bring: str  # what to have at hand, or ""


@lru_cache(maxsize=1)
def data() -> dict:
    """resources/triage.json: the login page, the schemes served (dated), their own sites."""
    with open(resources_dir() / "triage.json", encoding="utf-8") as handle:
        return json.load(handle)


def login_url() -> str:
    return str(data()["login_url"])


def schemes_served(meta: Any) -> tuple[list[str], bool]:
    """The schemes served, and whether the backend said so (else the dated resource file,
    which may be out of date: the words then say "usually")."""
    from_backend = getattr(meta, "schemes_served", None) if meta is not None else None
    if from_backend:
        return [str(name) for name in from_backend], True
    return list(data()["schemes_served"]["names"]), False


def phone_text(meta: Any) -> str:
    """The Assurance Maladie's numbers from meta (36 46 when meta is not known yet)."""
    return "\n".join(contacts.health_insurance_lines(meta) or ["36 46"])


def exit_path(situation: str, meta: Any) -> Path:
    """What a person does instead of the account form, for a triage exit."""
    if situation == triage.TEMPORARY_NUMBER:
        return Path(
            _tr("Votre numéro n'est pas encore définitif"),
            _tr("Un numéro qui commence par 3, 4, 7 ou 8 est un numéro provisoire. Votre dossier est en cours. Avec ce numéro, on ne peut pas encore créer de compte ameli."),
            [_tr("Gardez tous les courriers de l'Assurance Maladie."),
             _tr("Attendez votre numéro définitif. Il commence par 1 ou 2. Il arrive par courrier."),
             _tr("Un numéro provisoire sert au plus 9 mois. Sans nouvelles avant la fin, appelez l'Assurance Maladie."),
             _tr("Quand vous avez votre numéro définitif, revenez ici pour créer votre compte.")],
            _tr("Pour appeler, ayez près de vous vos papiers d'identité et les courriers reçus."))
    if situation == triage.OTHER_SCHEME:
        names, said = schemes_served(meta)
        sites = data()["own_sites"]
        own = [_tr("{name} : allez sur {site} et choisissez « {space} ».").format(
            name=s["name"], site=s["site"], space=s["space"]) for s in sites]
        served = _tr("Ce service crée les comptes pour : {names}.") if said else _tr(
            "D'habitude, le compte ameli sert aussi pour : {names}. Cette liste peut changer.")
        return Path(
            _tr("Votre régime a peut-être son propre site"),
            _tr("Le compte ameli est pour l'Assurance Maladie. Certains régimes, comme la MSA (pour le monde agricole), ont leur propre site."),
            [*own,
             served.format(names=", ".join(names)),
             _tr("Vous ne savez pas quel est votre régime ? Regardez votre attestation de droits, ou appelez l'Assurance Maladie.")],
            "")
    if situation == triage.CHILD:
        return Path(
            _tr("Un enfant de moins de 16 ans"),
            _tr("Un enfant de moins de 16 ans n'a pas son propre compte ameli. Il est sur le compte de son parent."),
            [_tr("Le parent se connecte à son propre compte ameli."),
             _tr("Il y trouve les remboursements de l'enfant."),
             _tr("À partir de 16 ans, le jeune peut demander à avoir ses propres droits. Ensuite, il peut créer son compte.")],
            _tr("Pour appeler, le parent a près de lui sa carte Vitale et une pièce d'identité."))
    if situation == triage.GUARDIANSHIP:
        return Path(
            _tr("Une personne sous tutelle"),
            _tr("Pour une personne sous tutelle, c'est le tuteur qui fait les démarches. La personne ne crée pas le compte elle-même."),
            [_tr("Le tuteur contacte l'Assurance Maladie."),
             _tr("Il montre le jugement de tutelle."),
             _tr("Il demande comment gérer le compte de la personne.")],
            _tr("À apporter : le jugement de tutelle, la pièce d'identité du tuteur et la carte Vitale de la personne."))
    raise ValueError(f"not a triage exit: {situation}")


def recovery_path(path: str, meta: Any) -> Path:
    """The numbered steps for one way back into an existing ameli account."""
    if path == triage.FORGOT_PASSWORD:
        return Path(
            _tr("J'ai oublié mon mot de passe"),
            _tr("Vous pouvez choisir un nouveau mot de passe vous-même, sur le site ameli."),
            [_tr("Ouvrez la page de connexion du compte ameli."),
             _tr("Choisissez « Mot de passe oublié »."),
             _tr("Écrivez votre numéro de sécurité sociale et votre date de naissance."),
             _tr("Ouvrez votre boîte e-mail. Un message arrive avec un lien."),
             _tr("Cliquez vite sur le lien : il ne marche pas longtemps."),
             _tr("Choisissez un nouveau mot de passe. Écrivez-le sur votre aide-mémoire.")],
            _tr("À avoir près de vous : votre carte Vitale et votre boîte e-mail ouverte."))
    if path == triage.FORGOT_ADDRESS:
        return Path(
            _tr("J'ai oublié mon adresse e-mail, ou elle ne marche plus"),
            _tr("Seule l'Assurance Maladie peut changer l'adresse de votre compte. Il faut l'appeler."),
            [_tr("Appelez l'Assurance Maladie."),
             _tr("Dites que vous n'avez plus accès à l'adresse e-mail de votre compte ameli."),
             _tr("Donnez une adresse e-mail que vous pouvez ouvrir aujourd'hui."),
             _tr("Ouvrez ensuite votre boîte e-mail et suivez le message reçu.")],
            _tr("À avoir près de vous : votre carte Vitale ou votre RIB (relevé d'identité bancaire)."))
    if path == triage.NEVER_ACTIVATED:
        return Path(
            _tr("Mon compte n'a jamais été activé"),
            _tr("Le compte existe, mais le lien du message n'a pas été cliqué."),
            [_tr("Ouvrez la page de connexion du compte ameli."),
             _tr("Connectez-vous avec votre identifiant (les 13 premiers chiffres de votre numéro de sécurité sociale) et votre mot de passe."),
             _tr("Le site vous renvoie un message avec un lien."),
             _tr("Ouvrez votre boîte e-mail. Pas de message ? Regardez dans le dossier des messages indésirables (Spam)."),
             _tr("Cliquez sur le lien du message.")],
            "")
    if path == triage.LOCKED:
        return Path(
            _tr("Mon compte est bloqué"),
            _tr("Après plusieurs erreurs, le compte se bloque un moment. C'est pour le protéger."),
            [_tr("N'essayez plus pour l'instant."),
             _tr("Attendez. Le site dit parfois combien de temps."),
             _tr("Ensuite, ne réessayez pas l'ancien mot de passe : choisissez « Mot de passe oublié » sur la page de connexion."),
             _tr("Toujours bloqué le lendemain ? Appelez l'Assurance Maladie.")],
            "")
    raise ValueError(f"not a recovery path: {path}")


def long_date(day) -> str:
    """A date in words in the interface's language ("7 décembre 2026")."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
