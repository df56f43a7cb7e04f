#!/usr/bin/env python3
"""The one definition of how the site's Datasette is configured: used by front/run.py (`make
serve`, the container), the tests and the benchmarks.

The site runs two Datasette processes over the same immutable database, behind nginx
(front/nginx.conf.template decides which one answers a request):

    python serve.py pages   every page, table, row, canned query, feed and JSON/CSV export.
                            It has no permission to run visitor-written SQL (allow_sql: false),
                            so ?sql= and _where= are refused here however they are spelt.
    python serve.py sql     visitor-written SQL and the dashboards (whose charts are SQL): the only
                            process that may run it, with the bounds in ROLES["sql"] below: a 1 s
                            time limit, a smaller largest value (so no single function call runs for
                            long), a memory limit, and a per-client queue. supervisord restarts it
                            when it exits; front/watchdog.py kills it when it stops answering.

Each is the same Datasette as

    datasette serve -i centcom.db --inspect-file centcom.inspect.json \
        --metadata centcom.metadata.json --plugins-dir plugins --template-dir templates \
        --setting sql_time_limit_ms 1000 ...          (every entry of SETTINGS and the role's)

where the metadata (metadata.yml merged with the descriptions declared in data/datapackage.json and
derived/*.sql) and the inspect data were written by build_db.py beside the database: nothing is
re-derived at start. The changes this site makes to Datasette's internals are all in patches.py.
It runs under uvicorn, with access logging off (a CDN or the host logs requests), on the Unix socket
CENTCOM_SOCKET, or on HOST:PORT without one (for debugging).
"""
from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DB_PATH = ROOT / "centcom.db"
DATA_DIR = ROOT / "data"
PLUGINS_DIR = ROOT / "plugins"
TEMPLATES_DIR = ROOT / "templates"
STATIC_DIR = ROOT / "static"  # served at /assets/

# Settings for a public, read-only site (https://docs.datasette.io/en/0.65.x/settings.html).
SETTINGS = {
    "sql_time_limit_ms": 1000,  # every query, canned or visitor-written, is cut off after 1 s
    "max_returned_rows": 5000,  # more than the largest table, so charts see every row
    "facet_time_limit_ms": 200,
    "facet_suggest_time_limit_ms": 100,
    # Suggested facets cost one query per column on every table page; the facets that matter are
    # configured per table in metadata.yml.
    "suggest_facets": False,
    "default_page_size": 100,
    "max_csv_mb": 20,
    "default_cache_ttl": 300,  # Cache-Control max-age of every page: what a CDN may keep (README)
    "num_sql_threads": 3,
    "allow_download": True,  # researchers may download the whole (immutable) database
    "allow_signed_tokens": False,  # nobody can mint API tokens: there is no write API to use
    "template_debug": False,
    "trace_debug": False,
}

# The two processes (see the module's docstring). `max_value_bytes` bounds one string or blob
# (SQLITE_LIMIT_LENGTH): SQLite cannot interrupt one function call, and the slowest ones are
# quadratic in their arguments' length (trim(), instr(), replace()): at 100 kB the worst takes
# about 1.7 s on this project's 2-core machines, at 1 MB over a minute (README, "Bounds").
# `memory_bytes` is the process's data limit (RLIMIT_DATA): past it a query's result is refused
# with 413. `per_client` is how many requests of one client run at once, and how many more may wait.
ROLES = {
    "pages": {"allow_sql": False, "settings": {}, "max_value_bytes": 1_000_000,
              "memory_bytes": None, "per_client": None},
    "sql": {"allow_sql": True, "settings": {"num_sql_threads": 4}, "max_value_bytes": 100_000,
            "memory_bytes": 320 * 2**20, "per_client": (2, 16)},
}


def site_files(db_path: Path) -> dict[str, Path]:
    """The database and what build_db.py writes beside it for serving."""
    return {"db": db_path, "metadata": db_path.with_suffix(".metadata.json"),
            "inspect": db_path.with_suffix(".inspect.json"), "about": db_path.with_suffix(".about.html")}


def data_package_files() -> list[Path]:
    """The files /data/ serves: the data package's descriptor and its CSVs."""
    import schema

    package = schema.load_package(DATA_DIR)
    return [DATA_DIR / "datapackage.json"] + [DATA_DIR / r["path"] for r in package["resources"]]


def check_built(db_path: Path) -> None:
    missing = [str(p) for p in site_files(db_path).values() if not p.exists()]
    if missing:
        raise SystemExit(f"serve: {', '.join(missing)} missing: run `make build` first")


def make_datasette(db_path: Path = DB_PATH, role: str = "pages", **overrides):
    """The Datasette instance of one of the site's processes (tests call this too)."""
    from datasette.app import Datasette  # first: it registers the default plugins

    import patches

    check_built(db_path)
    files = site_files(db_path)
    spec = ROLES[role]
    metadata = json.loads(files["metadata"].read_text(encoding="utf-8"))
    metadata["allow_sql"] = spec["allow_sql"]
    metadata.setdefault("plugins", {})["centcom"] = {"role": role, "max_value_bytes": spec["max_value_bytes"]}
    settings = {**SETTINGS, **spec["settings"], **overrides.pop("settings", {})}
    ds = Datasette(
        [],
        immutables=[str(db_path)],
        inspect_data=json.loads(files["inspect"].read_text(encoding="utf-8")),
        metadata=metadata,
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        static_mounts=[("assets", str(STATIC_DIR))],
        settings=settings,
        **overrides,
    )
    patches.apply(ds)
    return ds


class PerClientQueue:
    """ASGI middleware: at most `running` requests of one client (the address nginx passes on) are
    handled at once, up to `waiting` more wait their turn, and any beyond that get 429. So one
    client looping runaway queries holds at most `running` of the SQL process's threads."""

    def __init__(self, app, running: int, waiting: int):
        import asyncio

        self.app, self.running, self.waiting, self.semaphore = app, running, waiting, asyncio.Semaphore
        self.clients: dict[str, list] = {}  # address -> [semaphore, requests holding or waiting]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        key = (scope.get("client") or ("",))[0]
        state = self.clients.setdefault(key, [self.semaphore(self.running), 0])
        if state[1] >= self.running + self.waiting:
            await send({"type": "http.response.start", "status": 429,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"2")]})
            return await send({"type": "http.response.body",
                               "body": b"Too many SQL queries from your address at once: try again in a moment.\n"})
        state[1] += 1
        try:
            async with state[0]:
                return await self.app(scope, receive, send)
        finally:
            state[1] -= 1
            if not state[1]:
                del self.clients[key]


def create_app():
    """ASGI application factory for uvicorn."""
    role = os.environ.get("CENTCOM_ROLE", "pages")
    app = make_datasette(Path(os.environ.get("CENTCOM_DB", DB_PATH)), role).app()
    if ROLES[role]["per_client"]:
        app = PerClientQueue(app, *ROLES[role]["per_client"])
    return app


def main() -> None:
    import resource

    import uvicorn

    role = sys.argv[1] if len(sys.argv) > 1 else "pages"
    if role not in ROLES:
        raise SystemExit(f"serve: the role is one of {', '.join(ROLES)}, not {role!r}")
    os.environ["CENTCOM_ROLE"] = role
    db_path = Path(os.environ.get("CENTCOM_DB", DB_PATH)).resolve()
    check_built(db_path)
    if ROLES[role]["memory_bytes"]:
        limit = ROLES[role]["memory_bytes"]
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
        # A thread's stack counts against that limit (8 MB each by default): smaller stacks leave the room
        # to results, so that a thread can still start while another client's query holds much memory.
        threading.stack_size(2 * 1024 * 1024)
    socket = os.environ.get("CENTCOM_SOCKET")
    where = {"uds": socket} if socket else {
        "host": os.environ.get("HOST", "127.0.0.1"), "port": int(os.environ.get("PORT", "8001"))}
    print(f"serve: {role} on {where}", file=sys.stderr, flush=True)
    uvicorn.run(
        "serve:create_app",
        factory=True,
        **where,
        workers=1,
        access_log=False,
        log_level="warning",
        lifespan="on",
        proxy_headers=True,
        forwarded_allow_ips="*" if socket else "127.0.0.1",  # over the socket, only nginx can connect
        server_header=False,
        date_header=False,
        timeout_keep_alive=30,
        limit_concurrency=int(os.environ.get("CENTCOM_MAX_CONCURRENCY", "400")),
        h11_max_incomplete_event_size=32 * 1024,
        app_dir=str(ROOT),
    )


if __name__ == "__main__":
    main()
