"""Request and answer bodies of the activity report: accompaniments and the structure's figures."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from aidant_app.rules import coop

Place = Literal[tuple(coop.PLACES)]  # type: ignore[valid-type]
Equipment = Literal[tuple(coop.EQUIPMENT)]  # type: ignore[valid-type]
Theme = Literal[tuple(coop.THEMES)]  # type: ignore[valid-type]
Autonomy = Literal[tuple(coop.AUTONOMY)]  # type: ignore[valid-type]
Referral = Literal[tuple(coop.REFERRALS)]  # type: ignore[valid-type]
AgeBand = Literal[tuple(coop.AGE_BANDS)]  # type: ignore[valid-type]
Gender = Literal[tuple(coop.GENDERS)]  # type: ignore[valid-type]
SocialStatus = Literal[tuple(coop.STATUSES)]  # type: ignore[valid-type]


class _Record(BaseModel):
    """The CRA's anonymous fields, with the Coop's stored values."""

    duration_minutes: int = Field(
        ge=1, le=coop.MAX_DURATION, description="15, 30, 45, 60, 90, 120, or any other"
    )
    place: Place
    equipment: list[Equipment] = Field(
        default_factory=list, max_length=len(coop.EQUIPMENT), description="none, one or several"
    )
    themes: list[Theme] = Field(
        min_length=1,
        max_length=len(coop.THEMES),
        description=(
            "at least one; an administrative theme (social_sante...) only together with"
            " aide_aux_demarches_administratives: 422 themes_incompatible"
        ),
    )
    autonomy: Autonomy | None = None
    referred: bool | None = Field(default=None, description="referred elsewhere")
    referred_to: Referral | None = Field(default=None, description="only when referred is true")
    age_band: AgeBand = "non_communique"
    gender: Gender = "non_communique"
    status: SocialStatus = "non_communique"
    postal_code: str | None = Field(
        default=None, max_length=32, description="the person's commune, as a postal code only"
    )
    helped_before: bool | None = Field(default=None, description="already helped before")


class AccompanimentCreate(_Record):
    # Strict: "30" is not 30, and a field the Coop does not have (a name, notes) is refused,
    # never silently dropped, so a client that sends one learns it at once.
    model_config = ConfigDict(extra="forbid", strict=True)
    date: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="YYYY-MM-DD")


class Accompaniment(_Record):
    id: str
    date: dt.date
    recorded_at: dt.datetime
    recorded_by_me: bool = Field(description="recorded by the helper who asks")


class AccompanimentList(BaseModel):
    structure: str
    from_: dt.date = Field(alias="from")
    to: dt.date
    accompaniments: list[Accompaniment] = Field(description="oldest first")

    model_config = ConfigDict(populate_by_name=True)


class Figures(BaseModel):
    accompaniments: int
    minutes: int
    themes: dict[str, int] = Field(
        description="accompaniments per theme (one with two themes counts in both)"
    )


class ActivityDay(Figures):
    date: dt.date
    journeys_started: int
    mailboxes_verified: int
    accounts_created: int
    activations_confirmed: int


class ActivityWeek(Figures):
    week: str = Field(description="ISO week, 2026-W49")
    start: dt.date = Field(description="its Monday")


class Activity(BaseModel):
    structure: str
    from_: dt.date = Field(alias="from")
    to: dt.date
    days: list[ActivityDay] = Field(description="days with any activity, oldest first")
    weeks: list[ActivityWeek] = Field(description="every ISO week of the period, oldest first")
    totals: Figures

    model_config = ConfigDict(populate_by_name=True)
