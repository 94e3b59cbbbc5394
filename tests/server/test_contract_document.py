"""The contract document (docs/API.md) in step with the server: every operation the server
serves (its /openapi.json, committed as resources/openapi.json) is named in the document, the
document names no operation the server lacks, and every code the server can answer is in the
vocabulary (rules/codes.py) and in the document.

The server's codes are read from its sources (tests/support/emitted_codes.py), never listed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import requests

from aidant_app.rules.codes import VOCABULARY
from aidant_app.server.openapi_export import RESOURCE
from tests.support import emitted_codes
from tests.support.server import running_server

pytestmark = pytest.mark.engine_independent  # a document and the sources: one run is enough

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "API.md"
_OPERATION = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`")
# A status of an error answer, then what it says up to the end of that sentence or cell.
_ANSWER = re.compile(r"\b[45][0-9]{2}\b:?([^.|;]*)")
_CODE = re.compile(r"`([a-z]+(?:_[a-z]+)*)`")


def _text() -> str:
    return DOCUMENT.read_text(encoding="utf-8")


def _normalised(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)  # {id} in the document, {account_id} in OpenAPI


def operations(contract: dict) -> set[tuple[str, str]]:
    return {(method.upper(), _normalised(path))
            for path, methods in contract["paths"].items() for method in methods}


def _names_in(value) -> set[str]:
    """Every property name of the contract's schemas (fields, not codes)."""
    names: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "properties" and isinstance(inner, dict):
                names |= set(inner)
            names |= _names_in(inner)
    elif isinstance(value, list):
        for inner in value:
            names |= _names_in(inner)
    return names


@pytest.fixture(scope="module")
def served() -> dict:
    with running_server() as server:
        return requests.get(f"{server.base_url}/openapi.json", timeout=10).json()


@pytest.fixture(scope="module")
def committed() -> dict:
    return json.loads(RESOURCE.read_text(encoding="utf-8"))


def test_the_document_is_part_of_the_project():
    assert DOCUMENT.is_file(), "docs/API.md is the contract: it must be in the repository"


@pytest.mark.parametrize("which", ["served", "committed"])
def test_every_operation_of_the_server_is_in_the_document(which, request):
    contract = request.getfixturevalue(which)
    named = {(method, _normalised(path)) for method, path in _OPERATION.findall(_text())}
    assert len(operations(contract)) > 10  # a contract read, not an empty one
    assert sorted(operations(contract) - named) == []
    assert sorted(named - operations(contract)) == []  # nor an operation the server lacks


def test_every_code_the_server_can_answer_is_declared_and_documented():
    codes = emitted_codes.server_codes()
    assert len(codes) > 20
    assert sorted(codes - set(VOCABULARY)) == []
    documented = set(_CODE.findall(_text()))
    assert sorted(codes - documented) == []


def test_every_code_the_document_gives_an_error_answer_is_declared(committed):
    """What follows an error status in the document (`422: nir_invalid, ...`) is a code of
    the vocabulary, or a field of the contract's schemas (`attempts_left`)."""
    fields = _names_in(committed)
    named = {code for answer in _ANSWER.findall(_text()) for code in _CODE.findall(answer)}
    assert {"journey_revoked", "payload_too_large"} <= named  # the extraction works
    assert sorted(named - set(VOCABULARY) - fields) == []
    served = {c.name for c in VOCABULARY.values() if c.served}
    assert sorted((named - fields) - served) == []  # and one a server may answer
