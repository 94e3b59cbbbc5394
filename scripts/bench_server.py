"""Benchmark of the training server: e-mail checks and activation status next to health.

Not a test. Starts `aidant-server` as a child process and, in one run against that one
server, gives each endpoint a phase of 20 concurrent clients for a bounded time:
POST /v1/email-checks, GET /v1/accounts/{id}/activation, then GET /v1/health as the
baseline. Prints requests per second and 95th percentile latency per endpoint, with the
ratio to health.

    python scripts/bench_server.py [--clients 20] [--seconds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.server import server_process


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] if ordered else float("nan")


def _setup(base: str) -> str:
    """One pending account to poll, made from the first ready training person."""
    person = next(
        p
        for p in requests.get(f"{base}/v1/training/people", timeout=10).json()
        if p["situation"] == "ready"
    )
    meta = requests.get(f"{base}/v1/meta", timeout=10).json()
    body = {
        "nir": person["nir"],
        "birth_date": person["birth_date"],
        "postal_code": person["postal_code"],
        "iban": person["iban"],
        "email": "bench@example.net",
        "password": "Soleil-2026",
        "terms_version": meta["terms"]["version"],
    }
    answer = requests.post(
        f"{base}/v1/accounts", json=body, timeout=10, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    answer.raise_for_status()
    return answer.json()["id"]


def run(base: str, clients: int, seconds: float) -> dict[str, list[float]]:
    account_id = _setup(base)
    calls = {
        "POST /v1/email-checks": lambda s, i: s.post(
            f"{base}/v1/email-checks", json={"email": f"personne.{i}@gmail.com"}, timeout=10
        ),
        "GET /v1/accounts/{id}/activation": lambda s, i: s.get(
            f"{base}/v1/accounts/{account_id}/activation", timeout=10
        ),
        "GET /v1/health": lambda s, i: s.get(f"{base}/v1/health", timeout=10),
    }
    # Warm up (imports, DNS cache for the e-mail domain) before measuring.
    with requests.Session() as session:
        for call in calls.values():
            call(session, 0).raise_for_status()
    return {name: _phase(call, clients, seconds) for name, call in calls.items()}


def _phase(call, clients: int, seconds: float) -> list[float]:
    """`clients` threads calling one endpoint for `seconds`; returns every latency."""
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    gate = threading.Barrier(clients + 1)
    deadline: list[float] = []

    def client(number: int) -> None:
        mine: list[float] = []
        with requests.Session() as session:
            gate.wait()
            i = number
            while time.perf_counter() < deadline[0]:
                began = time.perf_counter()
                answer = call(session, i)
                mine.append(time.perf_counter() - began)
                if answer.status_code >= 400:
                    errors.append(answer.status_code)
                i += clients
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    deadline.append(time.perf_counter() + seconds)
    gate.wait()
    for t in threads:
        t.join()
    if errors:
        print(f"{len(errors)} error answers, first: {errors[0]}", file=sys.stderr)
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    with server_process() as server:
        latencies = run(server.base_url, args.clients, args.seconds)
    health = latencies["GET /v1/health"]
    health_rate = len(health) / args.seconds
    health_p95 = _p95(health)
    print(f"{args.clients} concurrent clients, {args.seconds:g} s per endpoint, one server")
    print(
        f"{'endpoint':36} {'req/s':>8} {'p95 ms':>8} {'median ms':>10} {'rate/health':>12}"
        f" {'p95/health':>11}"
    )
    for name, values in latencies.items():
        rate = len(values) / args.seconds
        p95 = _p95(values)
        print(
            f"{name:36} {rate:8.1f} {p95 * 1000:8.1f} {statistics.median(values) * 1000:10.1f}"
            f" {rate / health_rate:12.2f} {p95 / health_p95:11.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
