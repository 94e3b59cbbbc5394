"""Reading codes and links from the training inbox, as the person would."""

from __future__ import annotations

import re

CODE = re.compile(r"\b(\d{6})\b")
LINK = re.compile(r"https?://[^\s<>\"']+/activate/[^\s<>\"'/]+")


def newest_code(client, address: str) -> str:
    for message in client.training_inbox(address):
        match = CODE.search(message.subject + " " + message.text)
        if match:
            return match.group(1)
    raise AssertionError("no code in the training inbox")


def codes(client, address: str) -> list[str]:
    return [m.group(1) for message in client.training_inbox(address)
            if (m := CODE.search(message.subject + " " + message.text))]


def newest_link(client, address: str) -> str:
    for message in client.training_inbox(address):
        match = LINK.search(message.text)
        if match:
            return match.group(0)
    raise AssertionError("no link in the training inbox")
