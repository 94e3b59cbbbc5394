"""The `aidant-server` command: address line, answers, clean stop, options."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.server.client import Api, problem
from tests.support.server import URL_PATTERN, server_process


def test_prints_its_address_answers_and_stops_cleanly_on_sigterm() -> None:
    with server_process() as server:
        assert URL_PATTERN.search(server.first_line)
        meta = Api(server.base_url).get("/v1/meta")
        assert meta.status_code == 200 and meta.json()["mode"] == "training"
        assert server.stop() == 0


def test_options_reach_the_server(tmp_path, smtp_relay) -> None:
    with server_process(
        "--db",
        str(tmp_path / "live.sqlite3"),
        "--smtp",
        smtp_relay,
        "--password-policy",
        "legacy-digits",
        "--mode",
        "live",
        "--public-url",
        "https://centre.example.org",
    ) as server:
        meta = Api(server.base_url).get("/v1/meta").json()
        assert meta["password_policy"]["digits_only"] is True
        assert meta["mode"] == "live"
        assert meta["terms"]["url"].startswith("https://centre.example.org/")
        problem(Api(server.base_url).get("/v1/training/people"), 404, "not_found")


def test_db_file_keeps_accounts_across_restarts(tmp_path) -> None:
    db = str(tmp_path / "aidant.sqlite3")
    with server_process("--db", db) as server:
        api = Api(server.base_url)
        answer, body = api.new_account(0)
        assert server.stop() == 0
    with server_process("--db", db) as server:
        api = Api(server.base_url)
        api.secrets[answer["id"]] = answer["account_secret"]  # the app kept it in memory
        assert api.get(f"/v1/accounts/{answer['id']}/activation").json()["status"] == "pending"
        problem(api.create_account(body), 409, "account_exists")


def test_bad_arguments_fail_with_a_message() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aidant_app.server", "--smtp", "nohostport"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode != 0 and "--smtp" in done.stderr


@pytest.mark.engine_independent
def test_on_every_interface_links_name_a_real_address_and_the_operator_is_told() -> None:
    # `--host 0.0.0.0` (as in the container image) without --public-url: an activation link
    # to http://0.0.0.0:PORT would open nowhere.
    with server_process("--host", "0.0.0.0") as server:
        port = server.base_url.rsplit(":", 1)[1]
        api = Api(server.base_url)
        assert api.get("/v1/meta").json()["terms"]["url"] == f"http://127.0.0.1:{port}/v1/terms"
        api.new_account(0, email="lien.partout@example.org")
        link = api.latest_link("lien.partout@example.org")
        assert link.startswith(f"http://127.0.0.1:{port}/activate/")
        assert api.session.get(link).status_code == 200  # the link opens
        assert "--public-url" in server.stderr_text()
