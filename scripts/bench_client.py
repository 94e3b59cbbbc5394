"""Benchmark of the API client's per-call cost next to a bare requests call, same server, same run.

Not a test. Each try of AidantClient runs on a short-lived worker thread so the overall
deadline holds in every phase (aidant_app/api/deadline.py); this measures what that and
the rest of the client (JSON, typed result, logging) cost against `requests.get` with a
fresh connection per call, on a loopback server that answers at once.

    python scripts/bench_client.py [--calls 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aidant_app.api import AidantClient
from tests.support.faulty_servers import FaultyServer, respond


def timed(call, calls: int) -> list[float]:
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with FaultyServer(respond(200, b'{"status": "ok"}')) as server:
        url = f"{server.url}/v1/health"
        session = requests.Session()
        client = AidantClient(server.url, deadline=10)

        def bare() -> None:
            session.get(url, headers={"Connection": "close"}, timeout=(3, 10)).json()

        print(f"{args.calls} sequential GET /v1/health per round, loopback, fresh connection each")
        print("round | bare median | client median | client p95 | ratio (median)")
        for number in range(1, args.rounds + 1):
            base = timed(bare, args.calls)  # baseline first, then the client, same round
            ours = timed(client.health, args.calls)
            p95 = statistics.quantiles(ours, n=20)[-1]
            ratio = statistics.median(ours) / statistics.median(base)
            print(f"{number:5d} | {statistics.median(base) * 1000:8.2f} ms | "
                  f"{statistics.median(ours) * 1000:10.2f} ms | {p95 * 1000:7.2f} ms | {ratio:.2f}")
        client.close()
        session.close()


if __name__ == "__main__":
    main()
