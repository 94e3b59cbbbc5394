"""The free mailbox providers of resources/providers.json, in the interface's language.

Their texts are French in the JSON ({"fr": ...}); every other language comes from the
translation files, like any other text (context "Providers";
scripts/update_translations.py feeds them to lupdate).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resources_dir

# A tiny dict {"fr": ...} from the JSON file.
Text = dict
CONTEXT = "Providers"


def current_language() -> str:
    """The interface language (ui/i18n.py)."""
    from .i18n import current_language as now

    return now()


@lru_cache(maxsize=8)
def _translator(language: str):
    """A translator of `language` of its own (for a language other than the interface's:
    the bilingual memo), or None without its file."""
    from PySide6.QtCore import QTranslator

    from ..paths import translations_dir

    translator = QTranslator()
    return translator if translator.load(f"aidant_{language}", str(translations_dir())) else None


def pick(text: Text | str | None, language: str | None = None) -> str:
    """The text in the wanted language (the interface's by default), falling back to
    French (the source language) when it has no translation yet."""
    if text is None:
        return ""
    french = text if isinstance(text, str) else str(text.get("fr") or "")
    language = language or current_language()
    if language == "fr" or not french:
        return french
    if language == current_language():
        from PySide6.QtCore import QCoreApplication

        translated = QCoreApplication.translate(CONTEXT, french)
    else:
        translator = _translator(language)
        translated = translator.translate(CONTEXT, french) if translator else ""
    return translated or french


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    domains: tuple[str, ...]
    signup_url: str
    webmail_url: str
    needs_phone: str  # "yes", "maybe", "no" or "unknown"
    min_age: int | None
    spam_folder_text: Text
    asks_text: tuple[Text, ...]
    warnings_text: tuple[Text, ...]
    steps_text: tuple[Text, ...]

    def spam_folder(self, language: str | None = None) -> str:
        return pick(self.spam_folder_text, language)

    def asks(self, language: str | None = None) -> list[str]:
        return [pick(t, language) for t in self.asks_text]

    def warnings(self, language: str | None = None) -> list[str]:
        return [pick(t, language) for t in self.warnings_text]

    def steps(self, language: str | None = None) -> list[str]:
        return [pick(t, language) for t in self.steps_text]


@dataclass(frozen=True)
class Catalogue:
    providers: tuple[Provider, ...]
    general_warnings_text: tuple[Text, ...]

    def general_warnings(self, language: str | None = None) -> list[str]:
        return [pick(t, language) for t in self.general_warnings_text]

    def get(self, provider_id: str | None) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)

    def for_address(self, address: str) -> Provider | None:
        """The provider an address belongs to (by its domain), for spam-folder help."""
        domain = address.rpartition("@")[2].strip().lower()
        return next((p for p in self.providers if domain in p.domains), None)


def _provider(raw: dict) -> Provider:
    return Provider(
        id=str(raw["id"]),
        name=str(raw["name"]),
        domains=tuple(str(d).lower() for d in raw.get("domains", ())),
        signup_url=str(raw["signup_url"]),
        webmail_url=str(raw.get("webmail_url") or ""),
        needs_phone=str(raw.get("needs_phone", "unknown")),
        min_age=raw.get("min_age"),
        spam_folder_text=raw.get("spam_folder") or {},
        asks_text=tuple(raw.get("asks", ())),
        warnings_text=tuple(raw.get("warnings", ())),
        steps_text=tuple(raw.get("steps", ())),
    )


def parse(data: dict) -> Catalogue:
    return Catalogue(
        providers=tuple(_provider(p) for p in data.get("providers", ())),
        general_warnings_text=tuple(data.get("general_warnings", ())),
    )


@lru_cache(maxsize=1)
def load() -> Catalogue:
    """Read resources/providers.json once (it is part of the app, not user data)."""
    with (resources_dir() / "providers.json").open(encoding="utf-8") as stream:
        return parse(json.load(stream))
