#!/usr/bin/env python3
"""Side-by-side benchmark: prints ratios measured in one run, writes bench/results.md.

    make bench            (installs wrk, hyperfine, nginx-light; creates .venv-bench for the baselines)

1. Build: `python build_db.py` (validate + build, derived tables included) against `csvs-to-sqlite data/*.csv`,
   both timed by hyperfine in the same run.
2. Serving, wrk at 16 connections after a warm-up, for the home page, a table's HTML, the same
   table's JSON, a canned query's JSON and the dashboard:
     - bare:      `datasette serve centcom.db`, default settings, no plugins (its own venv)
     - no-cache:  this project's pages process (serve.py pages) alone under uvicorn on TCP: no nginx,
                  so no cache
     - project:   the site as deployed: front/run.py (nginx with its cache -> the pages and SQL
                  processes on Unix sockets), per-client rate limits lifted (wrk is one client)
     - nginx:     the same response bytes as static files (the ceiling)
3. Cold start (process start to first 200) and peak memory (VmHWM) of each server.
4. Cache misses (bench/cache_miss.py): every page with a unique `_cb` parameter, project against bare.

Absolute numbers depend on the machine; the ratios, measured side by side, are the result.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_VENV = ROOT / ".venv-bench"
RESULTS = ROOT / "bench" / "results.md"
DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = 16
THREADS = 2
# wrk is one client on 127.0.0.1; the site's per-client limits would answer it 429 by design.
ONE_CLIENT_LIMITS = {"CENTCOM_RATE": "1000000", "CENTCOM_BURST": "1000000", "CENTCOM_SQL_RATE": "1000000",
                     "CENTCOM_SQL_BURST": "1000000", "CENTCOM_CONN_PER_CLIENT": "1000",
                     "CENTCOM_TCP_PER_CLIENT": "4096"}

# (label, path on this project, path on bare Datasette serving the same database)
CANNED_SQL = ("select month, operations, partnered_operations, us_only_operations, killed, detained, "
              "source_ids from monthly where country = 'Syria' order by month")
PAGES = [
    ("home", "/", "/"),
    ("table HTML", "/centcom/figures", "/centcom/figures"),
    ("table JSON", "/centcom/figures.json", "/centcom/figures.json"),
    ("canned query JSON", "/centcom/country_series.json?country=Syria",
     "/centcom.json?sql=" + urllib.parse.quote(CANNED_SQL)),
    ("dashboard", "/-/dashboards/overview", "/centcom"),
]


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, **kw)


def ensure_bench_venv():
    py = BENCH_VENV / "bin" / "python"
    stamp = BENCH_VENV / ".installed"
    req = ROOT / "bench" / "requirements.txt"
    if not stamp.exists() or stamp.stat().st_mtime < req.stat().st_mtime:
        sh(sys.executable, "-m", "venv", str(BENCH_VENV))
        sh(str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
           "-c", str(ROOT / "constraints.txt"), "-r", str(req))
        stamp.touch()
    return BENCH_VENV / "bin"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ok(url: str, timeout: float = 30) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - start
        except OSError:
            time.sleep(0.005)
    raise RuntimeError(f"{url} never answered 200")


class Proc:
    def __init__(self, name, cmd, port, env=None):
        self.name, self.port = name, port
        self.url = f"http://127.0.0.1:{port}"
        started = time.monotonic()
        self.p = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            wait_ok(self.url + "/", 60)
        except RuntimeError:
            self.stop()
            raise
        self.cold_start = time.monotonic() - started

    def peak_rss_mb(self) -> float:
        """VmHWM summed over the process, its children and grandchildren (supervisord, nginx's
        master and workers, uvicorn, the ad-hoc SQL workers)."""
        total = 0
        pids, frontier = [self.p.pid], [self.p.pid]
        for _ in range(3):
            frontier = [int(x) for pid in frontier for x in subprocess.run(
                ["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()]
            pids += frontier
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
            except FileNotFoundError:
                pass
        return total / 1024

    def stop(self):
        try:
            os.killpg(self.p.pid, signal.SIGTERM)
            self.p.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.p.pid, signal.SIGKILL)


def wrk(url: str, seconds: int = DURATION, connections: int = CONNECTIONS) -> dict:
    subprocess.run(["wrk", "-t", str(THREADS), "-c", str(connections), "-d", "2s", url],
                   capture_output=True)  # warm-up
    out = sh("wrk", "-t", str(THREADS), "-c", str(connections), "-d", f"{seconds}s", "--latency", url,
             capture_output=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = {m.group(1): _ms(m.group(2)) for m in re.finditer(r"^\s+(50|75|90|99)%\s+([\d.]+\w+)", out, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50": lat.get("50"), "p99": lat.get("99"),
            "errors": int(errors.group(1)) if errors else 0, "socket_errors": sock.group(1) if sock else ""}


def _ms(v: str) -> float:
    n, unit = float(re.match(r"[\d.]+", v).group()), re.search(r"[a-z]+", v).group()
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def hyperfine(commands: dict[str, str], runs: int = 15) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        args = ["hyperfine", "--warmup", "2", "--runs", str(runs), "--export-json", f.name, "--style", "none"]
        for name, cmd in commands.items():
            args += ["-n", name, cmd]
        sh(*args, capture_output=True)
        data = json.load(open(f.name))
    return {r["command"]: r["median"] for r in data["results"]}


def nginx(pages: dict[str, bytes]) -> tuple[Proc, dict[str, str]]:
    root = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    root.chmod(0o755)  # nginx workers run unprivileged
    urls = {}
    for i, (label, body) in enumerate(pages.items()):
        (root / f"p{i}").write_bytes(body)
        urls[label] = f"/p{i}"
    (root / "index.html").write_bytes(b"ok")
    port = free_port()
    conf = root / "nginx.conf"
    conf.write_text(f"""
worker_processes 2; daemon off; pid {root}/nginx.pid; error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; default_type text/html;
  server {{ listen 127.0.0.1:{port}; root {root}; location / {{ }} }} }}
""")
    return Proc("nginx", ["nginx", "-c", str(conf), "-p", str(root)], port), urls


def main() -> None:
    bench_bin = ensure_bench_venv()
    py = ROOT / ".venv" / "bin" / "python"
    sh(str(py), "build_db.py")
    report: list[str] = ["# Benchmark results", "",
                         f"Measured by `bench/bench.py` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; "
                         f"wrk {THREADS} threads, {CONNECTIONS} connections, {DURATION} s per page after a 2 s warm-up. "
                         "Ratios are measured side by side in the same run; absolute numbers vary between runs.", ""]

    # 1. build ------------------------------------------------------------------
    tmp = Path(tempfile.mkdtemp(prefix="bench-build-"))
    times = hyperfine({
        "build_db.py": f"{py} {ROOT}/build_db.py --db {tmp}/centcom.db",
        "csvs-to-sqlite": f"rm -f {tmp}/c2s.db && {bench_bin}/csvs-to-sqlite {ROOT}/data/*.csv {tmp}/c2s.db",
    })
    ratio = times["csvs-to-sqlite"] / times["build_db.py"]
    print(f"build: build_db.py {times['build_db.py'] * 1000:.0f} ms, csvs-to-sqlite "
          f"{times['csvs-to-sqlite'] * 1000:.0f} ms -> {ratio:.1f}x faster")
    report += ["## 1. Build", "",
               "| command | median wall time | |", "|---|---|---|",
               f"| `python build_db.py` (validate + build with derived tables) | {times['build_db.py'] * 1000:.0f} ms | |",
               f"| `csvs-to-sqlite data/*.csv` (no validation) | {times['csvs-to-sqlite'] * 1000:.0f} ms | |",
               f"| **ratio** | **{ratio:.1f}x** faster | target: at least 2x, at most 1 s |", ""]

    # 2. serving ---------------------------------------------------------------
    servers = {
        "bare": lambda port: Proc("bare", [str(bench_bin / "datasette"), "serve", "centcom.db", "-p", str(port)], port),
        "no-cache": lambda port: Proc("no-cache", [str(py), "serve.py", "pages"], port, {"PORT": str(port)}),
        "project": lambda port: Proc("project", [str(py), "front/run.py"], port,
                                     {"PORT": str(port), **ONE_CLIENT_LIMITS}),
    }
    results: dict[str, dict[str, dict]] = {}
    peak_rss: dict[str, float] = {}
    bodies: dict[str, bytes] = {}
    for name, start in servers.items():
        proc = start(free_port())
        try:
            results[name] = {}
            for label, ours, bare_path in PAGES:
                if name == "no-cache" and label == "dashboard":
                    continue  # the SQL process serves the dashboards, not the pages process
                path = bare_path if name == "bare" else ours
                with urllib.request.urlopen(proc.url + path) as r:
                    final, body = r.geturl(), r.read()
                if name == "project":
                    bodies[label] = body
                results[name][label] = wrk(final)
                r = results[name][label]
                print(f"{name:9} {label:18} {r['rps']:9.0f} req/s  p50 {r['p50']:7.2f} ms  p99 {r['p99']:7.2f} ms"
                      f"  non-2xx {r['errors']}")
            peak_rss[name] = proc.peak_rss_mb()
        finally:
            proc.stop()
    ngx, urls = nginx(bodies)
    try:
        results["nginx"] = {}
        for label, _, _ in PAGES:
            results["nginx"][label] = wrk(ngx.url + urls[label])
            r = results["nginx"][label]
            print(f"{'nginx':9} {label:18} {r['rps']:9.0f} req/s  p50 {r['p50']:7.2f} ms  p99 {r['p99']:7.2f} ms")
    finally:
        ngx.stop()

    report += ["## 2. Serving", "",
               "Requests per second (p50 / p99 latency in ms). `bare` is `datasette serve centcom.db` with default "
               "settings and no plugins; it has no canned queries or dashboard, so it serves the same query as "
               "`?sql=` and its database page in their place.", "",
               "| page | bare | pages process alone (no front cache) | project | nginx (same bytes) | project / bare | p99 ≤ 10 ms |",
               "|---|---|---|---|---|---|---|"]
    for label, _, _ in PAGES:
        cells = []
        for name in ("bare", "no-cache", "project", "nginx"):
            r = results[name].get(label)
            cells.append(f"{r['rps']:,.0f} ({r['p50']:.1f} / {r['p99']:.1f})" if r else "(SQL process)")
        ratio = results["project"][label]["rps"] / results["bare"][label]["rps"]
        ok = "yes" if results["project"][label]["p99"] <= 10 else "no"
        report.append(f"| {label} | " + " | ".join(cells) + f" | **{ratio:.0f}x** | {ok} |")
        print(f"ratio {label:18} project/bare = {ratio:.1f}x, project/nginx = "
              f"{results['project'][label]['rps'] / results['nginx'][label]['rps']:.2f}")
    errors = sum(r["errors"] for s in results.values() for r in s.values())
    report += ["", f"Non-2xx responses across all runs: {errors}.", ""]

    # 3. cold start ------------------------------------------------------------
    report += ["## 3. Cold start and memory", "",
               "Cold start: median of 7 starts, taken in turns (bare, no-cache, project, bare, ...), from process "
               "start to the first 200 on `/`. `no-cache` is one Datasette process of the site as it starts in "
               "production: from the files the build wrote (metadata, inspect data, /about), with every plugin; "
               "target: within 1.5x of bare. `project` starts nginx, both processes and supervisord. Peak RSS: "
               "VmHWM of the server after its serving run above.", "",
               "| server | cold start (median of 7) | / bare | peak RSS (VmHWM) |", "|---|---|---|---|"]
    starts: dict[str, list[float]] = {name: [] for name in peak_rss}
    for _ in range(7):
        for name in peak_rss:
            proc = servers[name](free_port())
            starts[name].append(proc.cold_start)
            proc.stop()
    bare_start = statistics.median(starts["bare"])
    for name, mb in peak_rss.items():
        secs = statistics.median(starts[name])
        report.append(f"| {name} | {secs * 1000:.0f} ms | {secs / bare_start:.2f}x | {mb:.0f} MB |")
        print(f"cold start {name:9} {secs * 1000:6.0f} ms (median of 7, {secs / bare_start:.2f}x bare), peak RSS {mb:.0f} MB")
    report += ["", (ROOT / "bench" / "NOTES.md").read_text() if (ROOT / "bench" / "NOTES.md").exists() else ""]
    RESULTS.write_text("\n".join(report).rstrip() + "\n")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    # 4. cache misses: what first visits, CDN misses and crawlers pay (bench/cache-miss-results.md)
    sh(str(py), str(ROOT / "bench" / "cache_miss.py"))


if __name__ == "__main__":
    main()
