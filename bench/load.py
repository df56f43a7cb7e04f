#!/usr/bin/env python3
"""Load test: wrk for 30 s at 32 connections against five pages of the real site, through nginx
(front/run.py, as `make serve` and the container run it; per-client rate limits lifted, since wrk
is a single client).

    make load      (writes bench/load-results.md; exits 1 if any request failed)

A script, not a timed test: it records requests per second and latency percentiles, and fails
only on errors (non-2xx/3xx answers or socket errors), which must be zero.
"""
from __future__ import annotations

import os
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import ONE_CLIENT_LIMITS, ROOT, Proc, free_port, sh, wrk  # noqa: E402

SECONDS = int(os.environ.get("LOAD_SECONDS", "30"))
CONNECTIONS = 32
PAGES = [
    ("home", "/"),
    ("table HTML", "/centcom/figures"),
    ("table JSON", "/centcom/figures.json"),
    ("canned query CSV", "/centcom/figure_provenance.csv?measure=operations&country=Total"),
    ("dashboard", "/-/dashboards/overview"),
]


def main() -> int:
    py = ROOT / ".venv" / "bin" / "python"
    sh(str(py), "build_db.py")
    port = free_port()
    server = Proc("project", [str(py), "front/run.py"], port, {"PORT": str(port), **ONE_CLIENT_LIMITS})
    rows, failed = [], False
    try:
        for label, path in PAGES:
            with urllib.request.urlopen(server.url + path) as r:
                final = r.geturl()
            res = wrk(final, seconds=SECONDS, connections=CONNECTIONS)
            ok = res["errors"] == 0 and not res["socket_errors"]
            failed |= not ok
            rows.append(f"| {label} | `{path}` | {res['rps']:,.0f} | {res['p50']:.2f} | {res['p99']:.2f} | "
                        f"{res['errors']} | {res['socket_errors'] or 'none'} |")
            print(f"{label:18} {res['rps']:9.0f} req/s  p50 {res['p50']:.2f} ms  p99 {res['p99']:.2f} ms  "
                  f"non-2xx {res['errors']}  socket errors: {res['socket_errors'] or 'none'}")
        rss = server.peak_rss_mb()
    finally:
        server.stop()
    out = ROOT / "bench" / "load-results.md"
    out.write_text("\n".join([
        "# Load test", "",
        f"`bench/load.py` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores: wrk, 2 threads, {CONNECTIONS} "
        f"connections, {SECONDS} s per page, against `python front/run.py` on 127.0.0.1 (nginx with its "
        f"cache in front of one uvicorn worker; per-client rate limits lifted: wrk is one client). "
        f"Peak memory of all the site's processes during the run: {rss:.0f} MB.", "",
        "| page | URL | requests/s | p50 ms | p99 ms | non-2xx | socket errors |",
        "|---|---|---|---|---|---|---|", *rows, ""]))
    print(f"wrote {out.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
