#!/usr/bin/env python3
"""Starts the site as it is served everywhere (`make serve`, the tests, the container):

    nginx on HOST:PORT  ->  uvicorn (serve.py) on a Unix socket, both run by supervisord

    python front/run.py                       # http://127.0.0.1:8001
    HOST=0.0.0.0 PORT=8080 python front/run.py

It renders front/nginx.conf.template and front/supervisord.conf.template into a run directory
(CENTCOM_RUN_DIR, default $TMPDIR/centcom-$PORT, emptied first) and replaces itself with
supervisord, so its process id is supervisord's: stopping it stops both. If either nginx or
uvicorn exits, front/stop_on_exit.py stops supervisord.

Limits (requests per second with bursts, connections per client, cache size) have defaults
below and can be overridden from the environment, e.g. by the load test, which is one client.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

FRONT = Path(__file__).resolve().parent
ROOT = FRONT.parent
sys.path.insert(0, str(ROOT))

DEFAULTS = {
    "CENTCOM_RATE": "50",            # requests/s per client, any URL ...
    "CENTCOM_BURST": "200",          # ... with this burst (a dashboard is ~20 requests)
    "CENTCOM_SQL_RATE": "4",         # ad-hoc SQL (?sql=, _where=) requests/s per client ...
    "CENTCOM_SQL_BURST": "40",       # ... with this burst (the dashboard's 12 charts are ?sql=: two loads)
    "CENTCOM_CONN_PER_CLIENT": "64",  # open connections per client
    "CENTCOM_CACHE_MAX": "256m",     # response cache on disk
    "NGINX_WORKERS": "auto",
}


def render(template: Path, values: dict[str, str]) -> str:
    text = template.read_text()
    missing = set(re.findall(r"@([A-Z_]+)@", text)) - values.keys()
    if missing:
        raise SystemExit(f"run: {template.name}: no value for {sorted(missing)}")
    return re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], text)


def nginx_config(run_dir: Path, socket: Path, host: str, port: int, env=os.environ) -> str:
    from plugins.security import CSP  # one definition of the policy, shared with the app

    settings = {k: env.get(k, v) for k, v in DEFAULTS.items()}
    proxies = env.get("CENTCOM_TRUSTED_PROXIES", "").split()
    real_ip = "".join(f"set_real_ip_from {p};\n    " for p in proxies)
    if proxies:
        real_ip += "real_ip_header X-Forwarded-For;\n    real_ip_recursive on;"
    listen = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return render(FRONT / "nginx.conf.template", {
        "RUN_DIR": str(run_dir), "SOCKET": str(socket), "LISTEN": listen,
        "NGINX_WORKERS": settings["NGINX_WORKERS"],
        "RATE": settings["CENTCOM_RATE"], "BURST": settings["CENTCOM_BURST"],
        "SQL_RATE": settings["CENTCOM_SQL_RATE"], "SQL_BURST": settings["CENTCOM_SQL_BURST"],
        "CONN_PER_CLIENT": settings["CENTCOM_CONN_PER_CLIENT"], "CACHE_MAX": settings["CENTCOM_CACHE_MAX"],
        "REAL_IP": real_ip, "REAL_IP_FROM": "CENTCOM_TRUSTED_PROXIES",
        "CSP_PAGE": f"{CSP}; frame-ancestors 'none'", "CSP_EMBED": f"{CSP}; frame-ancestors *",
    })


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


def main() -> None:
    import serve

    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8001"))
    db_path = Path(os.environ.get("CENTCOM_DB", serve.DB_PATH)).resolve()
    serve.load_inspect(db_path)  # fail fast, before anything starts
    run_dir = Path(os.environ.get("CENTCOM_RUN_DIR") or Path(tempfile.gettempdir()) / f"centcom-{port}")
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    run_dir.chmod(0o755)  # nginx's workers (nobody, when started as root) reach the socket through it
    socket = run_dir / "uvicorn.sock"
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    (run_dir / "nginx.conf").write_text(nginx_config(run_dir, socket, host, port))
    (run_dir / "supervisord.conf").write_text(render(FRONT / "supervisord.conf.template", {
        "RUN_DIR": str(run_dir), "PYTHON": sys.executable, "ROOT": str(ROOT), "NGINX": nginx,
        "STDOUT": log_target("/dev/stdout", run_dir / "programs.log"),
        "STDERR": log_target("/dev/stderr", run_dir / "programs.log"),
    }))
    os.environ.update({"CENTCOM_DB": str(db_path), "CENTCOM_SOCKET": str(socket)})
    print(f"serve: http://{host}:{port}/ (nginx -> {socket}; run directory {run_dir})",
          file=sys.stderr, flush=True)
    os.execv(sys.executable, [sys.executable, "-m", "supervisor.supervisord",
                              "-c", str(run_dir / "supervisord.conf")])


if __name__ == "__main__":
    main()
