"""The words of the triage exits and the recovery paths: a title and numbered steps each."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from ..journey import triage
from ..paths import resources_dir
from ..rules import bidi
from . import contacts


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
            QCoreApplication.translate("NextSteps", "Vous n'avez pas encore votre vrai numéro"),
            QCoreApplication.translate("NextSteps", "Un numéro qui commence par 3, 4, 7 ou 8 est un numéro provisoire. Votre dossier est en cours. Avec ce numéro, on ne peut pas encore créer de compte ameli."),
            [QCoreApplication.translate("NextSteps", "Gardez tous les courriers de l'Assurance Maladie."),
             QCoreApplication.translate("NextSteps", "Attendez votre vrai numéro. Il commence par 1 ou 2. Il arrive par courrier."),
             QCoreApplication.translate("NextSteps", "Un numéro provisoire sert au plus 9 mois. Sans nouvelles avant la fin, appelez l'Assurance Maladie."),
             QCoreApplication.translate("NextSteps", "Quand vous avez votre vrai numéro, revenez ici pour créer votre compte.")],
            QCoreApplication.translate("NextSteps", "Pour appeler, ayez près de vous vos papiers d'identité et les courriers reçus."))
    if situation == triage.OTHER_SCHEME:
        names, said = schemes_served(meta)
        sites = data()["own_sites"]
        own = [bidi.fill(QCoreApplication.translate("NextSteps", "{name} : allez sur {site} et choisissez « {space} »."),
            name=s["name"], site=s["site"], space=s["space"]) for s in sites]
        served = QCoreApplication.translate("NextSteps", "Ce service crée les comptes pour : {names}.") if said else QCoreApplication.translate("NextSteps",
            "D'habitude, le compte ameli sert aussi pour : {names}. Cette liste peut changer.")
        return Path(
            QCoreApplication.translate("NextSteps", "Votre régime a peut-être son propre site"),
            QCoreApplication.translate("NextSteps", "Le compte ameli est pour l'Assurance Maladie. Certains régimes, comme la MSA (pour le monde agricole), ont leur propre site."),
            [*own,
             bidi.fill(served, names=", ".join(names)),
             QCoreApplication.translate("NextSteps", "Vous ne savez pas quel est votre régime ? Regardez votre attestation de droits, ou appelez l'Assurance Maladie.")],
            "")
    if situation == triage.CHILD:
        return Path(
            QCoreApplication.translate("NextSteps", "Un enfant de moins de 16 ans"),
            QCoreApplication.translate("NextSteps", "Un enfant de moins de 16 ans n'a pas son propre compte ameli. Il est sur le compte de son parent."),
            [QCoreApplication.translate("NextSteps", "Le parent se connecte à son propre compte ameli."),
             QCoreApplication.translate("NextSteps", "Il y trouve les remboursements de l'enfant."),
             QCoreApplication.translate("NextSteps", "À partir de 16 ans, le jeune peut demander à avoir ses propres droits. Ensuite, il peut créer son compte.")],
            QCoreApplication.translate("NextSteps", "Pour appeler, le parent a près de lui sa carte Vitale et une pièce d'identité."))
    if situation == triage.GUARDIANSHIP:
        return Path(
            QCoreApplication.translate("NextSteps", "Une personne sous tutelle"),
            QCoreApplication.translate("NextSteps", "Pour une personne sous tutelle, c'est le tuteur qui fait les démarches. La personne ne crée pas le compte elle-même."),
            [QCoreApplication.translate("NextSteps", "Le tuteur contacte l'Assurance Maladie."),
             QCoreApplication.translate("NextSteps", "Il montre le jugement de tutelle."),
             QCoreApplication.translate("NextSteps", "Il demande comment gérer le compte de la personne.")],
            QCoreApplication.translate("NextSteps", "À apporter : le jugement de tutelle et la pièce d'identité du tuteur. Apportez aussi la carte Vitale de la personne."))
    raise ValueError(f"not a triage exit: {situation}")


def recovery_path(path: str, meta: Any) -> Path:
    """The numbered steps for one way back into an existing ameli account."""
    if path == triage.FORGOT_PASSWORD:
        return Path(
            QCoreApplication.translate("NextSteps", "J'ai oublié mon mot de passe"),
            QCoreApplication.translate("NextSteps", "Vous pouvez choisir un nouveau mot de passe vous-même, sur le site ameli."),
            [QCoreApplication.translate("NextSteps", "Ouvrez la page de connexion du compte ameli."),
             QCoreApplication.translate("NextSteps", "Choisissez « Mot de passe oublié »."),
             QCoreApplication.translate("NextSteps", "Écrivez votre numéro de sécurité sociale et votre date de naissance."),
             QCoreApplication.translate("NextSteps", "Ouvrez votre boîte e-mail. Un message arrive avec un lien."),
             QCoreApplication.translate("NextSteps", "Cliquez vite sur le lien : il ne marche pas longtemps."),
             QCoreApplication.translate("NextSteps", "Choisissez un nouveau mot de passe. Écrivez-le sur votre aide-mémoire.")],
            QCoreApplication.translate("NextSteps", "À avoir près de vous : votre carte Vitale et votre boîte e-mail ouverte."))
    if path == triage.FORGOT_ADDRESS:
        return Path(
            QCoreApplication.translate("NextSteps", "J'ai oublié mon adresse e-mail, ou elle ne marche plus"),
            QCoreApplication.translate("NextSteps", "Seule l'Assurance Maladie peut changer l'adresse de votre compte. Il faut l'appeler."),
            [QCoreApplication.translate("NextSteps", "Appelez l'Assurance Maladie."),
             QCoreApplication.translate("NextSteps", "Dites que vous n'avez plus accès à l'adresse e-mail de votre compte ameli."),
             QCoreApplication.translate("NextSteps", "Donnez une adresse e-mail que vous pouvez ouvrir aujourd'hui."),
             QCoreApplication.translate("NextSteps", "Ouvrez ensuite votre boîte e-mail et suivez le message reçu.")],
            QCoreApplication.translate("NextSteps", "À avoir près de vous : votre carte Vitale ou votre RIB (la feuille de votre banque)."))
    if path == triage.NEVER_ACTIVATED:
        return Path(
            QCoreApplication.translate("NextSteps", "Je n'ai jamais activé mon compte"),
            QCoreApplication.translate("NextSteps", "Le compte existe, mais personne n'a cliqué sur le lien du message."),
            [QCoreApplication.translate("NextSteps", "Ouvrez la page de connexion du compte ameli."),
             QCoreApplication.translate("NextSteps", "Connectez-vous avec votre identifiant et votre mot de passe. Votre identifiant, ce sont les 13 premiers chiffres de votre numéro de sécurité sociale."),
             QCoreApplication.translate("NextSteps", "Le site vous renvoie un message avec un lien."),
             QCoreApplication.translate("NextSteps", "Ouvrez votre boîte e-mail. Pas de message ? Regardez dans le dossier des messages indésirables (Spam)."),
             QCoreApplication.translate("NextSteps", "Cliquez sur le lien du message.")],
            "")
    if path == triage.LOCKED:
        return Path(
            QCoreApplication.translate("NextSteps", "Mon compte est bloqué"),
            QCoreApplication.translate("NextSteps", "Après plusieurs erreurs, le compte se bloque un moment. C'est pour le protéger."),
            [QCoreApplication.translate("NextSteps", "N'essayez plus pour l'instant."),
             QCoreApplication.translate("NextSteps", "Attendez. Le site dit parfois combien de temps."),
             QCoreApplication.translate("NextSteps", "Ensuite, ne réessayez pas l'ancien mot de passe : choisissez « Mot de passe oublié » sur la page de connexion."),
             QCoreApplication.translate("NextSteps", "Toujours bloqué le lendemain ? Appelez l'Assurance Maladie.")],
            "")
    raise ValueError(f"not a recovery path: {path}")


def long_date(day, language: str | None = None) -> str:
    """A date in words in the interface's language, or in `language` ("7 décembre 2026",
    "7 ديسمبر 2026"): the day, the month's name, the year."""
    from PySide6.QtCore import QLocale

    from .providers import current_language

    # The interface's language, not the system's: a French page on an English system
    # said "31 March 2027" (seen on the screenshots), and an Arabic one "30 novembre 2028".
    # The month's name comes from Qt's locale data; the day and the year keep the digits
    # 0-9, as every number the app shows (the translations write "13", "36 46"), rather
    # than the locale's own digits (Arabic-Indic in ar_EG, Persian in fa_AF and ps_AF).
    locale = QLocale(language or current_language())
    return f"{day.day} {locale.monthName(day.month)} {day.year}"
