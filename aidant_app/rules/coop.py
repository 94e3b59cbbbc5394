"""The Coop de la médiation numérique's activity report (CRA): stored values, labels, headers.

One table for the server (what it accepts), the CSV export (labels and column order) and the
app's recording form. Copied from the Coop's source (inclusion-numerique/coop-mediation-numerique,
commit 46aa33b of 30 June 2026: prisma/schema.prisma, features/activites/use-cases/cra/fields/*,
features/beneficiaire/domain/*, list/export/buildAccompagnementsWorksheet.ts) and checked
against FACTS.md, "Structures and their funders". The Coop writes typographic apostrophes (’)
in its labels and headers; they are kept as the Coop writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .identity import check_postal_code

SOURCE = "inclusion-numerique/coop-mediation-numerique@46aa33b (2026-06-30)"

DURATIONS = (15, 30, 45, 60, 90, 120)  # the Coop's choices; any other is "Personnaliser"
MAX_DURATION = 600  # minutes: ten hours is already more than one sitting
EARLIEST_DATE = dt.date(2020, 1, 1)  # older than the Coop itself: a typing slip

PLACES: dict[str, str] = {
    "lieu_activite": "Lieu d’activité",
    "domicile": "À domicile",
    "a_distance": "À distance",
    "autre": "Autre lieu",
}

EQUIPMENT: dict[str, str] = {
    "ordinateur": "Ordinateur",
    "telephone": "Téléphone",
    "tablette": "Tablette",
    "autre": "Autre",
    "aucun": "Pas de matériel",
}

# Themes in the Coop's order: the general ones, then the administrative ones, which the Coop
# offers only under "Aide aux démarches administratives".
GENERAL_THEMES: dict[str, str] = {
    "diagnostic_numerique": "Diagnostic numérique",
    "prendre_en_main_du_materiel": "Prendre en main du matériel",
    "maintenance_de_materiel": "Maintenance de matériel",
    "gere_ses_contenus_numeriques": "Gérer ses contenus numériques",
    "navigation_sur_internet": "Navigation sur internet",
    "email": "E-mail",
    "bureautique": "Bureautique",
    "reseaux_sociaux": "Réseaux sociaux communication",
    "sante": "Santé",
    "banque_et_achats_en_ligne": "Banque et achats en ligne",
    "entrepreneuriat": "Accompagner un professionnel",
    "insertion_professionnelle": "Insertion professionnelle",
    "securite_numerique": "Prévention en sécurité numérique",
    "parentalite": "Parentalité",
    "scolarite_et_numerique": "Scolarité et numérique",
    "creer_avec_le_numerique": "Créer avec le numérique",
    "culture_numerique": "Culture numérique",
    "intelligence_artificielle": "Intelligence artificielle (IA)",
    "aide_aux_demarches_administratives": "Aide aux démarches administratives",
}
ADMINISTRATIVE_THEMES: dict[str, str] = {
    "papiers_elections_citoyennete": "Papiers - Élections - Citoyenneté",
    "famille_scolarite": "Famille - Scolarité",
    "social_sante": "Social - Santé",
    "travail_formation": "Travail - Formation - Entreprise",
    "logement": "Logement",
    "transports_mobilite": "Transports - Mobilité",
    "argent_impots": "Argent - Impôts",
    "justice": "Justice",
    "etrangers_europe": "Étrangers - Europe",
    "loisirs_sports_culture": "Loisirs - Sports - Culture",
    "associations": "Associations",
}
THEMES: dict[str, str] = {**GENERAL_THEMES, **ADMINISTRATIVE_THEMES}
ADMINISTRATIVE = "aide_aux_demarches_administratives"  # the theme the others need
# What an Aidant journey is about: ticked in advance after a journey.
JOURNEY_THEMES = ("email", "sante")
# The themes the recording form offers (the server accepts every Coop theme).
FORM_THEMES = ("email", "sante", ADMINISTRATIVE, "social_sante")

AUTONOMY: dict[str, str] = {
    "entierement_accompagne": "Avec guidage",
    "partiellement_autonome": "Autonome avec guidage en cas de besoin",
    "autonome": "Autonome",
}
AUTONOMY_STARS = {"entierement_accompagne": 1, "partiellement_autonome": 2, "autonome": 3}

REFERRALS: dict[str, str] = {
    "operateur_ou_organisme_en_charge": (
        "Opérateur ou organisme en charge de la démarche administrative"
    ),
    "aide_aux_demarches_administratives": (
        "Structure d’aide aux démarches administratives (France Services…)"
    ),
    "administration": "Administration (mairie, préfecture…)",
    "mediation_numerique": "Autre structure de médiation numérique",
    "aide_sociale": "Structure d’aide sociale (maison des solidarités, centre social…)",
    "insertion_professionnelle": (
        "Structure d’insertion professionnelle (France Travail, mission locale,"
        " chambre de commerce…)"
    ),
    "autre": "Autre",
}

GENDERS: dict[str, str] = {
    "masculin": "Masculin",
    "feminin": "Féminin",
    "non_communique": "Non communiqué",
}
AGE_BANDS: dict[str, str] = {  # youngest first, as a form reads best
    "moins_de_douze": "Moins de 12 ans",
    "douze_dix_huit": "12 - 17 ans",
    "dix_huit_vingt_quatre": "18 - 24 ans",
    "vingt_cinq_trente_neuf": "25 - 39 ans",
    "quarante_cinquante_neuf": "40 - 59 ans",
    "soixante_soixante_neuf": "60 - 69 ans",
    "soixante_dix_plus": "70 ans et plus",
    "non_communique": "Non communiqué",
}
STATUSES: dict[str, str] = {
    "scolarise": "Scolarisé",
    "sans_emploi": "Sans emploi",
    "en_emploi": "En emploi",
    "retraite": "Retraité",
    "non_communique": "Non communiqué ou hétérogène",
}
NOT_SAID = "non_communique"
YES, NO = "Oui", "Non"
ACTIVITY_TYPE = "Accompagnement individuel"  # the Coop's label for a one-to-one record

# The Coop's export columns for a helper's own export, in its order.
HEADERS: tuple[str, ...] = (
    "Date", "Enregistré le", "Dernière modification le", "Type", "Participants",
    "Bénéficiaire", "Canaux d’accompagnement", "Nom du lieu", "Adresse", "Commune",
    "Code postal", "Code Insee", "Durée (min)", "Nom de l’atelier",
    "Matériel numérique utilisé", "Thématique(s) d’accompagnement", "Tags",
    "Nom de la démarche administrative", "Niveau d’autonomie (ou de l’atelier)",
    "Bénéficiaire réorienté", "Structure de redirection", "Commune du bénéficiaire",
    "Code postal du bénéficiaire", "Code Insee du bénéficiaire", "Genre du bénéficiaire",
    "Tranche d’âge du bénéficiaire", "Statut du bénéficiaire", "Notes supplémentaires",
    "ID CRA",
)  # fmt: skip
CELL_BREAK = "\n"  # the Coop puts several values of one cell on separate lines


def check_record(record: Mapping, today: dt.date) -> list[tuple[str, str]]:
    """The refused fields of one record as (field, code), in the form's order; [] when fine.

    `record` holds the API's field names with values already of the right type (dates as
    datetime.date). Codes: `field_invalid` (not a Coop value), `postal_code_invalid`, and
    `themes_incompatible` (an administrative theme without the démarches theme).
    """
    errors: list[tuple[str, str]] = []
    date = record.get("date")
    if not isinstance(date, dt.date) or not EARLIEST_DATE <= date <= today + dt.timedelta(1):
        errors.append(("date", "field_invalid"))  # one day ahead: the helper's clock may be east
    duration = record.get("duration_minutes")
    if type(duration) is not int or not 1 <= duration <= MAX_DURATION:
        errors.append(("duration_minutes", "field_invalid"))
    if record.get("place") not in PLACES:
        errors.append(("place", "field_invalid"))
    equipment = record.get("equipment") or []
    if not _distinct_values(equipment, EQUIPMENT) or ("aucun" in equipment and len(equipment) > 1):
        errors.append(("equipment", "field_invalid"))
    themes = record.get("themes") or []
    if not themes or not _distinct_values(themes, THEMES):
        errors.append(("themes", "field_invalid"))
    elif any(t in ADMINISTRATIVE_THEMES for t in themes) and ADMINISTRATIVE not in themes:
        errors.append(("themes", "themes_incompatible"))
    if record.get("autonomy") is not None and record.get("autonomy") not in AUTONOMY:
        errors.append(("autonomy", "field_invalid"))
    referred, where = record.get("referred"), record.get("referred_to")
    if referred is not None and type(referred) is not bool:
        errors.append(("referred", "field_invalid"))
    if where is not None and (referred is not True or where not in REFERRALS):
        errors.append(("referred_to", "field_invalid"))  # "where" only when referred, a Coop value
    for field, values in (("age_band", AGE_BANDS), ("gender", GENDERS), ("status", STATUSES)):
        if record.get(field, NOT_SAID) not in values:
            errors.append((field, "field_invalid"))
    postal_code = record.get("postal_code")
    if postal_code is not None and (
        not isinstance(postal_code, str)
        or postal_code != postal_code.strip(" ")
        or check_postal_code(postal_code)
    ):
        errors.append(("postal_code", "postal_code_invalid"))
    helped = record.get("helped_before")
    if helped is not None and type(helped) is not bool:
        errors.append(("helped_before", "field_invalid"))
    return errors


def _distinct_values(values: object, allowed: Mapping[str, str]) -> bool:
    return (
        isinstance(values, list | tuple)
        and all(isinstance(v, str) and v in allowed for v in values)
        and len(set(values)) == len(values)
    )


def in_coop_order(values: list[str] | tuple[str, ...], table: Mapping[str, str]) -> list[str]:
    """Values sorted as the Coop lists them (the order a helper finds them in its form)."""
    order = {value: index for index, value in enumerate(table)}
    return sorted(values, key=lambda value: order.get(value, len(order)))
