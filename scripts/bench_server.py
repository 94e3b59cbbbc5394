"""Benchmark of the server on SQLite and PostgreSQL with 1, 2 and 4 workers, next to health.

Not a test. For each database engine and worker count, starts `aidant-server --db ...
--workers N` as a child process on a fresh database (PostgreSQL: a throwaway cluster with
its normal durability settings, see tests/support/postgres.py) and gives each endpoint a
phase of concurrent clients for a bounded time: POST /v1/email-checks, POST /v1/accounts,
GET /v1/accounts/{id}/activation, then GET /v1/health as the baseline of the same run.
`--mixed` instead runs all four at once (every client cycles through them).
Prints requests per second, p95 latency, errors, and the goals of issue 12.

A second bare baseline is measured first, in the same run: how many password hashes a
second this machine computes with every core busy (the server's own scrypt settings).
Every account creation costs one, so that is the ceiling of POST /v1/accounts, and by
Little's law its p95 under N closed-loop clients cannot fall below N / that rate.

    python scripts/bench_server.py [--db sqlite,postgresql] [--workers 1,2,4]
                                   [--clients 50] [--seconds 8] [--mixed]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stdnum import iban as _iban
from stdnum.fr import nir as _nir

from aidant_app.server import security
from aidant_app.server.db import Store
from tests.support.server import FAKE_MX, server_process

PEOPLE = 6000  # synthetic "ready" people: every account creation needs a new one
PASSWORD = "Soleil-2026"
CREATE, CHECK, STATUS, HEALTH = (
    "POST /v1/accounts",
    "POST /v1/email-checks",
    "GET /v1/accounts/{id}/activation",
    "GET /v1/health",
)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] if ordered else float("nan")


def _iban_for(index: int) -> str:
    bank, branch, account = "30002", f"{index % 100000:05d}", f"{index * 7919 % 10**11:011d}"
    rib_key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    return f"FR{_iban.calc_check_digits(f'FR00{bban}')}{bban}"


def synthetic_people(count: int) -> list[tuple]:
    """Valid, fictitious identities (Paris 16e, born 1984), rows of the `people` table."""
    rows = []
    for index in range(count):
        sex, month, order = 1 + index % 2, 1 + (index // 2) % 12, 1 + index // 24
        number = f"{sex}84{month:02d}75116{order:03d}"
        iban = _iban_for(index)
        rows.append(
            (
                index + 1, "Personne", f"Essai {index}", number + _nir.calc_check_digits(number),
                f"1984-{month:02d}-15", "75016", iban, iban, None, "ready",
            )
        )  # fmt: skip
    return rows


def prepare(url: str, people: list[tuple]) -> None:
    """Migrate and fill the people table before the server starts (it then seeds nothing)."""
    store = Store(url)
    try:
        with store.tx() as tx:
            for row in people:
                tx.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    finally:
        store.close()


class Connection:
    """A minimal keep-alive HTTP/1.1 client on asyncio streams.

    Much lighter than requests, so on a shared 2-core machine the load generator leaves
    the CPU to the server it measures.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None

    async def request(
        self, method: str, path: str, body: dict | None = None, headers: dict | None = None
    ) -> tuple[int, bytes]:
        if self.writer is None:
            await self._open()
        payload = json.dumps(body).encode() if body is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if method in ("POST", "PUT"):
            lines += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        try:
            self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
            status = int((await self.reader.readline()).split()[1])
            length, closing = 0, False
            while (line := await self.reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
                elif name.strip().lower() == "connection" and "close" in value.lower():
                    closing = True
            answer = await self.reader.readexactly(length) if length else b""
        except (OSError, IndexError, ValueError, asyncio.IncompleteReadError):
            self.close()
            raise
        if closing:
            self.close()
        return status, answer


UNLIMITED = [
    arg for name in ("checks_per_client", "checks_overall")
    for arg in ("--limit", f"{name}=1000000000/60")
]


class Load:
    """The four calls; account creation takes the next unused person."""

    def __init__(self, people: list[tuple], terms: str) -> None:
        self.people = people
        self.terms = terms
        self.next_person = 0
        self.account_id = ""
        self.account_secret = ""  # API 1.2: the status call needs the account's secret

    def create(self, conn: Connection, i: int):
        row = self.people[self.next_person]  # one event loop: no lock needed
        self.next_person += 1
        body = {
            "nir": row[3],
            "birth_date": row[4],
            "postal_code": row[5],
            "iban": row[6],
            "email": f"bench.{row[0]}@example.net",
            "password": PASSWORD,
            "terms_version": self.terms,
        }
        return conn.request("POST", "/v1/accounts", body, {"Idempotency-Key": str(uuid.uuid4())})

    def calls(self) -> dict:
        return {
            CHECK: lambda c, i: c.request(
                "POST", "/v1/email-checks", {"email": f"personne.{i}@gmail.com"}
            ),
            CREATE: self.create,
            STATUS: lambda c, i: c.request(
                "GET", f"/v1/accounts/{self.account_id}/activation", None,
                {"Aidant-Account-Secret": self.account_secret},
            ),
            HEALTH: lambda c, i: c.request("GET", "/v1/health"),
        }


async def _clients(address, work, clients: int, seconds: float) -> dict[str, list]:
    """`clients` connections run work(i) until the deadline; latencies and errors by call."""
    results: dict[str, list] = {}
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        conn = Connection(*address)
        i, turn = number, 0
        while time.perf_counter() < deadline:
            name, call = work(number + turn)  # mixed: each client cycles through the calls
            turn += 1
            began = time.perf_counter()
            try:
                status, _ = await call(conn, i)
                failed = status >= 400
            except (OSError, IndexError, ValueError, asyncio.IncompleteReadError):
                failed = True
            entry = results.setdefault(name, [[], 0])
            entry[0].append(time.perf_counter() - began)
            entry[1] += failed
            i += clients
        conn.close()

    await asyncio.gather(*(client(n) for n in range(clients)))
    return results


async def measure(address, load: Load, clients: int, seconds: float, mixed: bool) -> dict:
    """{call: (requests per second, p95 seconds, errors)}."""
    calls = load.calls()
    warm = [Connection(*address) for _ in range(8)]  # warm up several workers' caches
    status, answer = await load.create(warm[0], 0)
    if status != 201:
        raise SystemExit(f"account creation failed during warm-up: {status} {answer[:300]!r}")
    load.account_id = json.loads(answer)["id"]
    load.account_secret = json.loads(answer)["account_secret"]
    for _ in range(10):
        for conn in warm:
            for name in (CHECK, STATUS, HEALTH):
                status, answer = await calls[name](conn, 0)
                if status >= 400:
                    raise SystemExit(f"{name} failed during warm-up: {status} {answer[:300]!r}")
    for conn in warm:
        conn.close()
    if mixed:
        names = list(calls)
        raw = await _clients(
            address, lambda i: (names[i % 4], calls[names[i % 4]]), clients, seconds
        )
    else:
        raw = {}
        for name, call in calls.items():
            raw.update(await _clients(address, lambda i, n=name, c=call: (n, c), clients, seconds))
    return {name: (len(v[0]) / seconds, _p95(v[0]), v[1]) for name, v in raw.items()}


def hash_capacity(seconds: float = 4.0) -> float:
    """Password hashes per second with one thread per core (scrypt releases the GIL)."""
    cores = len(os.sched_getaffinity(0))
    done = [0] * cores
    deadline = time.perf_counter() + seconds

    def hashing(slot: int) -> None:
        while time.perf_counter() < deadline:
            security.hash_password(PASSWORD)
            done[slot] += 1

    began = time.perf_counter()
    threads = [threading.Thread(target=hashing, args=(n,)) for n in range(cores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.perf_counter() - began)


def run_one(engine: str, workers: int, args, cluster, folder: str) -> dict[str, tuple]:
    if engine == "sqlite":
        url = os.path.join(folder, f"bench-{workers}.db")
    else:
        url = cluster.database()
    people = synthetic_people(PEOPLE)
    prepare(url, people)
    fixtures = os.path.join(folder, "fixtures.json")
    with open(fixtures, "w", encoding="utf-8") as handle:
        json.dump({"mx": FAKE_MX}, handle)
    try:
        with server_process(
            "--db", url, "--workers", str(workers), "--fixtures-file", fixtures,
            # What the server can do, not what API 1.2 lets one client ask: limits lifted.
            *UNLIMITED, timeout=60,
        ) as server:  # fmt: skip
            parts = urlsplit(server.base_url)
            address = (parts.hostname, parts.port)
            meta = requests.get(f"{server.base_url}/v1/meta", timeout=30).json()
            load = Load(people, meta["terms"]["version"])
            return asyncio.run(measure(address, load, args.clients, args.seconds, args.mixed))
    finally:
        if engine == "postgresql":
            cluster.drop(url)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite,postgresql", help="engines, comma-separated")
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--mixed", action="store_true", help="all calls at once, not in phases")
    args = parser.parse_args()
    engines = [e.strip() for e in args.db.split(",") if e.strip()]
    counts = [int(n) for n in args.workers.split(",")]
    cluster = None
    if "postgresql" in engines:
        from tests.support.postgres import PostgresServer

        cluster = PostgresServer(fast=False)  # fsync on: the figures of a real deployment
    capacity = hash_capacity()
    print(f"bare baseline: {capacity:.1f} password hashes/s with every core busy")
    results: dict[tuple[str, int], dict[str, tuple]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="aidant-bench-") as folder:
            for engine in engines:
                for workers in counts:
                    results[engine, workers] = run_one(engine, workers, args, cluster, folder)
                    report_one(engine, workers, results[engine, workers])
    finally:
        if cluster is not None:
            cluster.stop()
    report_goals(results, capacity, args.clients)
    return 0


def report_one(engine: str, workers: int, figures: dict[str, tuple]) -> None:
    print(f"\n{engine}, {workers} worker(s)")
    print(f"  {'call':34} {'req/s':>8} {'p95 ms':>8} {'p95/health':>11} {'errors':>7}")
    health_p95 = figures[HEALTH][1]
    for name in (CHECK, CREATE, STATUS, HEALTH):
        rate, p95, errors = figures[name]
        print(f"  {name:34} {rate:8.1f} {p95 * 1000:8.1f} {p95 / health_p95:11.2f} {errors:7d}")
    sys.stdout.flush()


def report_goals(
    results: dict[tuple[str, int], dict[str, tuple]], capacity: float, clients: int
) -> None:
    print("\nGoals (issue 12)")
    if ("postgresql", 1) in results and ("postgresql", 2) in results:
        one, two = results["postgresql", 1], results["postgresql", 2]
        total = sum(f[0] for f in two.values()) / sum(f[0] for f in one.values())
        print(f"  PostgreSQL 2 workers / 1 worker, all calls: {total:.2f}x (goal >= 1.6)")
        for name in (CHECK, CREATE, STATUS, HEALTH):
            print(f"    {name:34} {two[name][0] / one[name][0]:.2f}x")
    errors = sum(f[2] for figures in results.values() for f in figures.values())
    print(f"  error answers over the whole run: {errors} (goal 0)")
    floor = clients / capacity  # Little's law: latency = clients in the loop / throughput
    print(
        f"  account creation: at most {capacity:.1f}/s here (one password hash each), so its p95"
        f" under {clients} clients is at least {floor * 1000:.0f} ms"
    )
    for key, figures in results.items():
        rate, p95 = figures[CREATE][:2]
        health = figures[HEALTH][1]
        print(
            f"  {key[0]}, {key[1]} worker(s): p95 creation / p95 health {p95 / health:.1f}"
            f" (goal <= 3; the hashing floor alone gives {floor / health:.1f});"
            f" creations {rate / capacity:.0%} of the hashing ceiling"
        )


if __name__ == "__main__":
    raise SystemExit(main())
