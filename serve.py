#!/usr/bin/env python3
"""The one definition of how the site is served: used by `make serve`, the tests and the container.

    python serve.py                      # http://127.0.0.1:8001
    HOST=0.0.0.0 PORT=8080 python serve.py

It builds the same Datasette instance as

    datasette serve -i centcom.db --inspect-file centcom.inspect.json \
        --metadata metadata.yml --plugins-dir plugins --template-dir templates \
        --cors --setting sql_time_limit_ms 1000 ...   (every entry of SETTINGS)

and runs it under uvicorn with access logging off (a CDN or the host logs requests).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DB_PATH = ROOT / "centcom.db"
METADATA = ROOT / "metadata.yml"
PLUGINS_DIR = ROOT / "plugins"
TEMPLATES_DIR = ROOT / "templates"

# Settings for a public, read-only site (https://docs.datasette.io/en/0.65.x/settings.html).
SETTINGS = {
    "sql_time_limit_ms": 1000,  # every query, canned or ad hoc, is cut off after 1 s
    "max_returned_rows": 5000,  # more than the largest table, so charts see every row
    "facet_time_limit_ms": 200,
    "facet_suggest_time_limit_ms": 100,
    "default_page_size": 100,
    "max_csv_mb": 20,
    "default_cache_ttl": 300,  # Cache-Control max-age for every GET (the CDN's freshness)
    "num_sql_threads": 3,
    "allow_download": True,  # researchers may download the whole (immutable) database
    "allow_signed_tokens": False,  # nobody can mint API tokens: there is no write API to use
    "template_debug": False,
    "trace_debug": False,
}
CORS = True  # Access-Control-Allow-Origin: * so researchers can fetch JSON from their own pages


def inspect_file(db_path: Path) -> Path:
    return db_path.with_suffix(".inspect.json")


def load_inspect(db_path: Path) -> dict:
    """The inspect data written by build_db.py, checked against the database it describes."""
    path = inspect_file(db_path)
    if not db_path.exists() or not path.exists():
        raise SystemExit(f"serve: {db_path.name} or {path.name} is missing: run `make build` first")
    data = json.loads(path.read_text())
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    if data.get(db_path.stem, {}).get("hash") != digest:
        raise SystemExit(f"serve: {path.name} does not describe {db_path.name}: run `make build`")
    return data


def _clearing_frames(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except BaseException as e:
        seen, exc = set(), e
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            traceback.clear_frames(exc.__traceback__)
            exc = exc.__cause__ or exc.__context__
        raise


class SQLExecutor(ThreadPoolExecutor):
    """Datasette's SQL threads, with one fix: when a query fails (the time limit, a bad
    statement), the locals of the failed frames are cleared in the worker thread itself.

    Otherwise the exception carries a frame that holds a sqlite3 cursor to the event loop, and
    freeing it there calls sqlite3_reset() on a connection the worker may already be using for
    its next query: the event loop then waits, holding the GIL, until that query ends. Under a
    burst of runaway queries that stalled every request, cached ones included, for 1-3 s."""

    def submit(self, fn, /, *args, **kwargs):
        return super().submit(_clearing_frames, fn, *args, **kwargs)


def make_datasette(db_path: Path = DB_PATH, **overrides):
    """The Datasette instance the site serves (tests call this too)."""
    import yaml
    from datasette.app import Datasette  # first: it registers the default plugins
    from datasette import handle_exception

    # When the optional `rich` package is importable (frictionless brings it into the test
    # environment), Datasette pretty-prints every error *with all local variables* to the log:
    # slow enough to stall the event loop under a burst of bad requests, it leaks request
    # parameters into logs, and it raises outside an except block (turning a 403 into a 500).
    # The production image has no rich; make every environment behave like it.
    handle_exception.rich = None

    settings = {**SETTINGS, **overrides.pop("settings", {})}
    ds = Datasette(
        [],
        immutables=[str(db_path)],
        inspect_data=load_inspect(db_path),
        metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")),
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        settings=settings,
        cors=CORS,
        **overrides,
    )
    ds.executor = SQLExecutor(max_workers=settings["num_sql_threads"])
    return ds


def create_app():
    """ASGI application factory for uvicorn (one Datasette per worker process)."""
    ds = make_datasette(Path(os.environ.get("CENTCOM_DB", DB_PATH)))
    return ds.app()


def main() -> None:
    """uvicorn alone. Behind front/run.py (always, in practice) it listens on the Unix socket
    CENTCOM_SOCKET and nginx faces the network; without it, on HOST:PORT (for debugging)."""
    import uvicorn

    db_path = Path(os.environ.get("CENTCOM_DB", DB_PATH)).resolve()
    load_inspect(db_path)  # fail fast, before any worker starts
    os.environ["CENTCOM_DB"] = str(db_path)
    socket = os.environ.get("CENTCOM_SOCKET")
    where = {"uds": socket} if socket else {
        "host": os.environ.get("HOST", "127.0.0.1"), "port": int(os.environ.get("PORT", "8001"))}
    workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
    print(f"serve: uvicorn on {where} ({workers} worker(s))", file=sys.stderr, flush=True)
    uvicorn.run(
        "serve:create_app",
        factory=True,
        **where,
        workers=workers,
        access_log=False,
        log_level="warning",
        lifespan="on",
        proxy_headers=True,
        forwarded_allow_ips="*" if socket else "127.0.0.1",  # over the socket, only nginx can connect
        server_header=False,
        date_header=False,
        timeout_keep_alive=30,
        limit_concurrency=int(os.environ.get("CENTCOM_MAX_CONCURRENCY", "200")),
        h11_max_incomplete_event_size=32 * 1024,
        app_dir=str(ROOT),
    )


if __name__ == "__main__":
    main()
