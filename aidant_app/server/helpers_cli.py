"""`aidant-server helpers add|list|disable`: an operator manages the helpers of a live server."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import time

from aidant_app.server import logins
from aidant_app.server.db import IntegrityError, Store, StoreError, is_durable, is_postgres
from aidant_app.server.logs import escape_controls
from aidant_app.server.security import hash_password

MIN_PASSWORD = 12
MAX_PASSWORD = 128


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="aidant-server helpers",
        description="Manage the helpers (aidants) who may sign in to this server.",
    )
    parser.add_argument(
        "--db",
        required=True,
        metavar="PATH|URL",
        help="the server's database (file or postgresql://...)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser(
        "add", help="add a helper; the password is read from standard input, never from arguments"
    )
    add.add_argument("login")
    add.add_argument("--structure", required=True, metavar="NAME", help="the helper's structure")
    add.add_argument("--name", metavar="TEXT", help="name shown in the app (default: the login)")
    commands.add_parser("list", help="list the helpers and whether they may sign in")
    disable = commands.add_parser("disable", help="stop a helper signing in; ends their sessions")
    disable.add_argument("login")
    # `--db` is accepted before or after the command word.
    for sub in commands.choices.values():
        sub.add_argument("--db", dest="db_after", metavar="PATH|URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.db = args.db_after or args.db
    return args


def _read_password() -> str | None:
    """From the terminal (asked twice, not echoed) or the first line of a pipe."""
    if sys.stdin.isatty():
        first = getpass.getpass("Mot de passe / password: ")
        if getpass.getpass("Encore une fois / again: ") != first:
            print("aidant-server helpers: the two passwords differ", file=sys.stderr)
            return None
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _refuse(message: str, code: int = 2) -> int:
    print(f"aidant-server helpers: {message}", file=sys.stderr)
    return code


def _add(store: Store, args: argparse.Namespace) -> int:
    login = logins.normalise_login(args.login)
    problem = logins.login_problem(login)
    if problem:
        return _refuse(problem)
    structure, name = args.structure.strip(), (args.name or login).strip()
    if not structure or logins.has_controls(structure) or logins.has_controls(name):
        return _refuse("a structure or a name needs text and no control character")
    password = _read_password()
    if password is None:
        return 2
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        return _refuse(
            f"the password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters"
            " (read from standard input)"
        )
    problem = logins.password_problem(password)
    if problem:
        return _refuse(problem)
    logins.backfill_keys(store)
    try:
        store.execute(
            "INSERT INTO helpers (login, password_hash, display_name, structure, login_key)"
            " VALUES (?, ?, ?, ?, ?)",
            login,
            hash_password(password),
            name,
            structure,
            logins.skeleton(login),
        )
    except IntegrityError:
        return _refuse(f"the login {login}, or one that looks like it, already exists", 1)
    print(f"helper {login} added ({structure})")
    return 0


def _list(store: Store) -> int:
    rows = store.all(
        "SELECT login, display_name, structure, disabled_at FROM helpers ORDER BY login"
    )
    for row in rows:
        state = "active"
        if row["disabled_at"] is not None:
            day = dt.datetime.fromtimestamp(row["disabled_at"], dt.UTC).date().isoformat()
            state = f"disabled {day}"
        # Rows from before API 1.2 may hold control characters: never printed raw.
        shown = (escape_controls(str(row[k])) for k in ("login", "display_name", "structure"))
        print("\t".join((*shown, state)))
    if not rows:
        print("no helpers yet: aidant-server helpers add LOGIN --structure NAME", file=sys.stderr)
    return 0


def _disable(store: Store, login: str) -> int:
    # Any case, as sign-in compares (logins added before API 1.2 may hold capitals).
    login = logins.normalise_login(login)
    with store.tx() as tx:
        changed = tx.execute(
            "UPDATE helpers SET disabled_at = ? WHERE lower(login) = ? AND disabled_at IS NULL",
            (time.time(), login),
        ).rowcount
        tx.execute(
            "DELETE FROM helper_tokens WHERE login IN"
            " (SELECT login FROM helpers WHERE lower(login) = ?)",
            (login,),
        )
        known = tx.one("SELECT 1 FROM helpers WHERE lower(login) = ?", login) is not None
    shown = escape_controls(login)  # typed by the operator: may hold anything
    if not known:
        print(f"aidant-server helpers: no helper with the login {shown}", file=sys.stderr)
        return 1
    print(f"helper {shown} disabled" if changed else f"helper {shown} was already disabled")
    return 0


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if not is_durable(args.db):
        print(
            "aidant-server helpers: --db must name the server's database file or URL",
            file=sys.stderr,
        )
        return 2
    if not is_postgres(args.db) and not os.path.exists(args.db):
        # A typo must not create a second, empty database the server never reads.
        print(f"aidant-server helpers: no database file at {args.db}", file=sys.stderr)
        return 1
    try:
        store = Store(args.db, pool_size=1)
    except StoreError as error:
        print(f"aidant-server helpers: {error}", file=sys.stderr)
        return 1
    try:
        if args.command == "add":
            return _add(store, args)
        if args.command == "list":
            return _list(store)
        return _disable(store, args.login)
    finally:
        store.close()
