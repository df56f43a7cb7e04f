#!/usr/bin/env python3
"""Starts the site as it is served everywhere (`make serve`, the tests, the container):

    nginx on HOST:PORT  ->  serve.py pages  (Unix socket; no visitor SQL)
                        ->  serve.py sql    (Unix socket; visitor SQL and the dashboards)
    all three under supervisord, which this process starts and watches.

    python front/run.py                       # http://127.0.0.1:8001
    HOST=0.0.0.0 PORT=8080 python front/run.py

It lays out a run directory (CENTCOM_RUN_DIR, default $TMPDIR/centcom-$PORT) holding a private
copy of the database and its build files (a rebuild never changes what a running site serves), the
data package files nginx serves under /data/, and the rendered nginx and supervisord
configurations. Then it runs supervisord in a session of its own and waits:

* SIGTERM, SIGINT or SIGHUP to this process stops supervisord, and with it every program;
* when supervisord exits, for whatever reason (front/watchdog.py stops it when nginx or the pages
  process dies; kill -9 of supervisord itself), every process left in its session (an orphaned
  nginx worker, say) is killed, the run directory is removed, and this process exits non-zero
  unless it was asked to stop. So the container exits, and `make serve` can start again at once;
* a run directory left by a crash (its run.pid names no live process) is removed at the next start.

Limits (requests per second with bursts, connections per client, cache size) have defaults below
and can be overridden from the environment, e.g. by the load test, which is one client.
"""
from __future__ import annotations

import ipaddress
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

FRONT = Path(__file__).resolve().parent
ROOT = FRONT.parent
sys.path.insert(0, str(ROOT))

import schema  # noqa: E402
import serve  # noqa: E402

DEFAULTS = {
    "CENTCOM_RATE": "50",              # requests/s per client, any URL ...
    "CENTCOM_BURST": "200",            # ... with this burst (a dashboard is ~20 requests)
    "CENTCOM_SQL_RATE": "4",           # visitor SQL (?sql=, _where=, dashboards) requests/s per client ...
    "CENTCOM_SQL_BURST": "40",         # ... with this burst (the dashboard's charts are SQL: two loads)
    "CENTCOM_CONN_PER_CLIENT": "64",   # open requests per client
    "CENTCOM_TCP_PER_CLIENT": "128",   # open connections per address, counted when accepted
    "CENTCOM_CACHE_MAX": "256m",       # response cache on disk
    "CENTCOM_TRUSTED_PROXIES": "",     # CIDRs of a CDN or platform proxy in front (see README)
    "CENTCOM_REAL_IP_HEADER": "X-Forwarded-For",  # where such a proxy writes the visitor's address
    "NGINX_WORKERS": "auto",
}
STREAM_MODULES = ["/usr/lib/nginx/modules/ngx_stream_module.so", "/usr/share/nginx/modules/ngx_stream_module.so"]
RUN_PREFIX = "centcom-"


def render(template: Path, values: dict[str, str]) -> str:
    text = template.read_text()
    missing = set(re.findall(r"@([A-Z_]+)@", text)) - values.keys()
    if missing:
        raise SystemExit(f"run: {template.name}: no value for {sorted(missing)}")
    return re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], text)


def nginx_config(run_dir: Path, host: str, port: int, env=os.environ) -> str:
    settings = {k: env.get(k, v) for k, v in DEFAULTS.items()}
    proxies = settings["CENTCOM_TRUSTED_PROXIES"].split()
    for p in proxies:
        try:
            ipaddress.ip_network(p, strict=False)
        except ValueError:
            raise SystemExit(f"run: CENTCOM_TRUSTED_PROXIES: {p!r} is not an address or CIDR range")
    header = settings["CENTCOM_REAL_IP_HEADER"]
    if not re.fullmatch(r"[A-Za-z0-9-]{1,64}", header):
        raise SystemExit(f"run: CENTCOM_REAL_IP_HEADER: {header!r} is not a header name")
    module = next((m for m in STREAM_MODULES if Path(m).exists()), None)
    if module is None:
        raise SystemExit("run: nginx's stream module is missing: install libnginx-mod-stream (make serve does)")
    listen = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return render(FRONT / "nginx.conf.template", {
        "RUN_DIR": str(run_dir), "LISTEN": listen, "STREAM_MODULE": module,
        "PAGES_SOCKET": str(run_dir / "pages.sock"), "SQL_SOCKET": str(run_dir / "sql.sock"),
        "NGINX_WORKERS": settings["NGINX_WORKERS"],
        "RATE": settings["CENTCOM_RATE"], "BURST": settings["CENTCOM_BURST"],
        "SQL_RATE": settings["CENTCOM_SQL_RATE"], "SQL_BURST": settings["CENTCOM_SQL_BURST"],
        "CONN_PER_CLIENT": settings["CENTCOM_CONN_PER_CLIENT"],
        "TCP_PER_CLIENT": settings["CENTCOM_TCP_PER_CLIENT"], "CACHE_MAX": settings["CENTCOM_CACHE_MAX"],
        "TRUSTED_GEO": "\n        ".join(f"{p} 1;" for p in proxies),
        "REAL_IP_HEADER": header, "REAL_IP_VARIABLE": header.lower().replace("-", "_"),
        "PAGE_MAX_AGE": str(serve.SETTINGS["default_cache_ttl"]),
        "RENAMED_FILES": renamed_files(),
    })


def renamed_files() -> str:
    """nginx lines that send a renamed table's old CSV address to the new one."""
    declared = schema.load()
    paths = {r["name"]: r["path"] for r in declared.sources}
    lines = [f"location = /data/{old}.csv {{ return 301 /data/{paths[new]}; }}"
             for old, new in declared.renamed.get("tables", {}).items() if new in paths]
    return "\n        ".join(lines) or "# (none)"


def log_target(device: str, fallback: Path) -> str:
    """Where supervisord writes the programs' output: the container's own stdout/stderr, unless this
    (non-root) user may not reopen it, as when the runtime's pipe belongs to root (supervisord opens
    the path, it does not inherit the descriptor); then a file in the run directory."""
    try:
        with open(device, "a"):
            return device
    except OSError:
        print(f"run: cannot open {device} as this user; program output goes to {fallback}",
              file=sys.stderr, flush=True)
        return str(fallback)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def owner_of(run_dir: Path) -> int | None:
    """The live front/run.py process that laid out run_dir, if any."""
    try:
        pid = int((run_dir / "run.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if alive(pid) else None


def remove_stale(tmp: Path) -> None:
    """Run directories whose site is gone (a crash, kill -9), and the private copies the previous
    design left in TMPDIR (centcom-serving-*)."""
    for d in tmp.glob(RUN_PREFIX + "*"):
        if d.name.startswith(RUN_PREFIX + "serving-") or ((d / "run.pid").exists() and owner_of(d) is None):
            shutil.rmtree(d, ignore_errors=True)


def session_members(sid: int) -> list[int]:
    """Process ids in session `sid` (from /proc: field 6 of stat)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == sid:
            members.append(int(stat.parent.name))
    return members


def stop_with_parent() -> None:
    """In the child, before supervisord starts: SIGTERM when this process dies, even by kill -9
    (Linux's PR_SET_PDEATHSIG), so supervisord then stops every program as usual."""
    import ctypes

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def lay_out(run_dir: Path, db_path: Path) -> Path:
    """The run directory: a private copy of the database and its build files, and the data package."""
    run_dir.mkdir(parents=True)
    run_dir.chmod(0o755)  # nginx's workers (nobody, when started as root) reach the sockets through it
    site = run_dir / "site"
    site.mkdir()
    for path in serve.site_files(db_path).values():
        shutil.copyfile(path, site / path.name)
        os.chmod(site / path.name, 0o444)
    data = run_dir / "data"
    data.mkdir()
    for path in serve.data_package_files():
        shutil.copyfile(path, data / path.name)
        os.chmod(data / path.name, 0o444)
    data.chmod(0o755)
    return site / db_path.name


def main() -> None:
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8001"))
    db_path = Path(os.environ.get("CENTCOM_DB", serve.DB_PATH)).resolve()
    serve.check_built(db_path)  # fail fast, before anything starts
    tmp = Path(tempfile.gettempdir())
    remove_stale(tmp)
    run_dir = Path(os.environ.get("CENTCOM_RUN_DIR") or tmp / f"{RUN_PREFIX}{port}")
    owner = owner_of(run_dir)
    if owner and owner != os.getpid():
        raise SystemExit(f"run: a site is already running from {run_dir} (process {owner}): stop it first")
    shutil.rmtree(run_dir, ignore_errors=True)
    served_db = lay_out(run_dir, db_path)
    (run_dir / "run.pid").write_text(str(os.getpid()))
    (run_dir / "nginx.conf").write_text(nginx_config(run_dir, host, port))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    (run_dir / "supervisord.conf").write_text(render(FRONT / "supervisord.conf.template", {
        "RUN_DIR": str(run_dir), "PYTHON": sys.executable, "ROOT": str(ROOT), "NGINX": nginx,
        "DB": str(served_db),
        "STDOUT": log_target("/dev/stdout", run_dir / "programs.log"),
        "STDERR": log_target("/dev/stderr", run_dir / "programs.log"),
    }))
    print(f"serve: http://{host}:{port}/ (run directory {run_dir})", file=sys.stderr, flush=True)

    supervisord = subprocess.Popen(
        [sys.executable, "-m", "supervisor.supervisord", "-c", str(run_dir / "supervisord.conf")],
        start_new_session=True, preexec_fn=stop_with_parent)
    asked_to_stop = []

    def stop(signum, frame):
        asked_to_stop.append(signum)
        if supervisord.poll() is None:
            supervisord.send_signal(signal.SIGTERM)

    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, stop)
    code = supervisord.wait()
    for pid in session_members(supervisord.pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if owner_of(run_dir) == os.getpid():  # never a directory a newer site has laid out since
        shutil.rmtree(run_dir, ignore_errors=True)
    if not asked_to_stop:
        print(f"serve: the site stopped (supervisord exited with {code})", file=sys.stderr, flush=True)
        sys.exit(code or 1)


if __name__ == "__main__":
    main()
