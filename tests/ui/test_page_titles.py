"""Every page has its own title: a screen reader user tells pages apart by it."""

from __future__ import annotations

from aidant_app.journey import Step


def test_no_two_pages_share_a_title(window) -> None:
    window.ctx.journey.answers.provider_id = "laposte"  # the provider page names its provider
    titles = {step: window.page(step).title() for step in Step}
    for language in ("fr", "en"):
        window.set_language(language)
        titles = {step: window.page(step).title() for step in Step}
        seen: dict[str, Step] = {}
        for step, title in titles.items():
            assert title, step
            assert title not in seen, f"{language}: {step.value} and {seen[title].value}: {title!r}"
            seen[title] = step
    window.set_language("fr")
