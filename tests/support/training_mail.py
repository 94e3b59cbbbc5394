"""The training server as the person meets it: their inbox, the link, the fictitious people."""

from __future__ import annotations

import re

CODE = re.compile(r"\b(\d{6})\b")
LINK = re.compile(r"https?://[^\s<>\"']+/activate/([^\s<>\"'/]+)")


class DriverError(AssertionError):
    """The journey did not go as a person would see it (message names the step, no values)."""


class TrainingMail:
    """Mixed into the journey Driver: needs its `api`, `in_thread` and `secrets`."""

    def inbox(self, address: str, password: str | None = None) -> list:
        return self.in_thread(lambda: self.api.training_inbox(address, password), "inbox")

    def code_from_inbox(self, address: str, password: str | None = None) -> str:
        def newest_code() -> str | None:
            for message in self.api.training_inbox(address, password):
                match = CODE.search(message.subject + " " + message.text)
                if match:
                    return match.group(1)
            return None

        code = self.in_thread(newest_code, "code in the inbox")
        if not code:
            raise DriverError("no verification code in the training inbox")
        self.secrets.add(code)
        return code

    def link_from_inbox(self, address: str, password: str | None = None) -> str:
        for message in self.inbox(address, password):
            match = LINK.search(message.text)
            if match:
                self.secrets.add(match.group(1))
                return match.group(0)
        raise DriverError("no activation link in the training inbox")

    def open_link_as_browser(self, link: str) -> None:
        import requests

        def browse() -> None:
            page = requests.get(link, timeout=30)
            if page.status_code != 200 or "Confirmer mon adresse" not in page.text:
                raise DriverError("activation page without its button")
            requests.post(link, timeout=30).raise_for_status()

        self.in_thread(browse, "browser on the activation link", 60_000)

    def people(self, situation: str) -> list:
        people = self.in_thread(self.api.training_people, "training people")
        return [p for p in people if p.situation == situation]
