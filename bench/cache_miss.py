#!/usr/bin/env python3
"""Cache-miss benchmark: what every first visit, CDN miss and crawler pays.

Each main page is fetched with a unique ignored parameter (`_cb=<thread>-<n>`), so no cache (the
front's, a CDN's, a browser's) can answer: every request renders the page. The project, as
`make serve` runs it, and bare `datasette serve` of the same database file (default settings, no
plugins, its own venv) are measured side by side in the same run, alternating, with wrk; the
result is the ratio of median latencies per page and their geometric mean.

    python bench/cache_miss.py            (make bench runs it; BENCH_SECONDS, BENCH_ROUNDS)

Writes bench/cache-miss-results.md. Absolute times depend on the machine; the ratios are the result.
"""
from __future__ import annotations

import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
from bench import ensure_bench_venv, free_port, wait_ok  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = 4
RESULTS = BENCH / "cache-miss-results.md"
# (label, path on both servers): the same address on both.
PAGES = [
    ("home", "/"),
    ("database page", "/centcom"),
    ("tallies HTML", "/centcom/tallies"),
    ("tallies JSON", "/centcom/tallies.json"),
    ("figures", "/centcom/figures"),
    ("operations", "/centcom/operations"),
    ("sources", "/centcom/sources"),
    ("monthly", "/centcom/monthly"),
    ("disagreements", "/centcom/disagreements"),
    ("press_vs_centcom", "/centcom/press_vs_centcom"),
]
LUA = """
local counter, tid = 0, 0
setup = function(thread) tid = tid + 1; thread:set("tid", tid) end
request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "_cb=" .. tid .. "-" .. counter)
end
"""


def start(cmd, env, url):
    proc = subprocess.Popen(cmd, env={**os.environ, **env}, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    wait_ok(url + "/")
    return proc


def stop(proc):
    if proc.poll() is None:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)


def wrk_p50(url: str, script: Path) -> tuple[float, int, int]:
    """Median latency in ms, requests completed, non-2xx responses."""
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\b", out, re.M)
    value, unit = float(m.group(1)), m.group(2)
    ms = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    done = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return ms, done, int(bad.group(1)) if bad else 0


def main() -> int:
    if not shutil.which("wrk"):
        raise SystemExit("cache_miss: wrk is missing (make bench installs it)")
    bench_bin = ensure_bench_venv()
    subprocess.run([sys.executable, str(ROOT / "build_db.py")], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    work = Path(tempfile.mkdtemp(prefix="cache-miss-"))
    work.chmod(0o755)  # nginx's workers (nobody, when started as root) reach the run directory through it
    db = work / "centcom.db"
    sys.path.insert(0, str(ROOT))
    import serve

    for kind, path in serve.site_files(ROOT / "centcom.db").items():  # the database and its build files
        shutil.copy(path, serve.site_files(db)[kind])
    script = work / "cb.lua"
    script.write_text(LUA)
    bare_port, proj_port = free_port(), free_port()
    bare_url, proj_url = f"http://127.0.0.1:{bare_port}", f"http://127.0.0.1:{proj_port}"
    project_cmd = [sys.executable, str(ROOT / "front" / "run.py")]
    servers = []
    try:
        servers.append(start([str(bench_bin / "datasette"), "serve", str(db), "-p", str(bare_port), "-h", "127.0.0.1"],
                             {}, bare_url))
        servers.append(start(project_cmd, {"CENTCOM_DB": str(db), "PORT": str(proj_port), "HOST": "127.0.0.1",
                                           "CENTCOM_RUN_DIR": str(work / "run"), "CENTCOM_RATE": "100000",
                                           "CENTCOM_BURST": "100000", "CENTCOM_CONN_PER_CLIENT": "1000",
                                           "CENTCOM_TCP_PER_CLIENT": "4096"}, proj_url))
        urls = [(label, bare_url + path, proj_url + path) for label, path in PAGES]
        times = {label: {"bare": [], "project": []} for label, _ in PAGES}
        errors = 0
        for label, bare, proj in urls:  # warm-up: imports, first connections, SQLite page cache
            for u in (bare, proj):
                urllib.request.urlopen(u, timeout=30).read()
        for _ in range(ROUNDS):
            for label, bare, proj in urls:
                for name, u in (("bare", bare), ("project", proj)):
                    ms, _, bad = wrk_p50(u, script)
                    times[label][name].append(ms)
                    errors += bad
    finally:
        for s in servers:
            stop(s)
        shutil.rmtree(work, ignore_errors=True)
    rows, ratios = [], []
    for label, _ in PAGES:
        bare, proj = statistics.median(times[label]["bare"]), statistics.median(times[label]["project"])
        ratio = bare / proj
        ratios.append(ratio)
        rows.append(f"| {label} | {bare:.1f} ms | {proj:.1f} ms | {ratio:.2f}x |")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    table = "\n".join([
        f"Cache misses: every request carries a unique `_cb` parameter. wrk, {CONNECTIONS} connections, "
        f"{SECONDS} s per page and server, {ROUNDS} alternating rounds; median of the rounds' median latencies. "
        f"Non-2xx answers: {errors}.",
        "",
        "| page | bare `datasette serve` | project (`make serve`) | bare / project |",
        "|---|---|---|---|",
        *rows,
        f"| **geometric mean** | | | **{geo:.2f}x** |",
        "",
        f"Slowest page relative to bare: {min(ratios):.2f}x (target: no page slower than bare, i.e. >= 1; "
        f"geometric mean >= 3).",
    ])
    print(table)
    RESULTS.write_text("# Cache-miss benchmark (`python bench/cache_miss.py`, part of `make bench`)\n\n"
                       f"Run on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores.\n\n{table}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
