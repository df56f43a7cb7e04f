#!/usr/bin/env python3
"""The one definition of how the site is served: used by `make serve`, the tests and the container.

    python serve.py                      # http://127.0.0.1:8001
    HOST=0.0.0.0 PORT=8080 python serve.py

It builds the same Datasette instance as

    datasette serve -i centcom.db --metadata metadata.yml --plugins-dir plugins \
        --template-dir templates --cors --setting sql_time_limit_ms 1000 ...   (every entry of SETTINGS)

with two additions: the table and column descriptions are generated from where they are declared
(data/datapackage.json and derived/*.sql, read by schema.py) and merged into metadata.yml, which
keeps only what cannot be derived; and the inspect data (row counts, hash) is computed once at
start-up from the immutable file, so no separate inspect file can disagree with it. It runs under
uvicorn with access logging off (a CDN or the host logs requests).
"""
from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
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
    # Suggested facets cost one query per column on every table page; the facets that matter are
    # configured per table in metadata.yml.
    "suggest_facets": False,
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


def load_inspect(db_path: Path) -> dict:
    """What `datasette inspect` would write (hash, size, row counts), computed from the file
    itself: the database is immutable, so table pages then never count rows."""
    if not db_path.exists():
        raise SystemExit(f"serve: {db_path} is missing: run `make build` first")
    body = db_path.read_bytes()
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
        tables = {n: {"count": conn.execute(f"select count(*) from [{n}]").fetchone()[0]} for n in names}
    finally:
        conn.close()
    return {db_path.stem: {"hash": hashlib.sha256(body).hexdigest(), "size": len(body),
                           "file": db_path.name, "tables": tables}}


def snapshot(db_path: Path) -> Path:
    """A private copy of the database for this server's lifetime, so that a rebuild (which
    replaces centcom.db) never changes what a running server serves until it restarts."""
    folder = Path(tempfile.mkdtemp(prefix="centcom-serving-"))
    copy = folder / db_path.name
    shutil.copyfile(db_path, copy)
    os.chmod(copy, 0o444)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return copy


def load_metadata() -> dict:
    """metadata.yml, with every table's description and column descriptions generated from
    their one declaration (schema.py). metadata.yml must not repeat them."""
    import yaml

    import schema

    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    tables = metadata["databases"]["centcom"].setdefault("tables", {})
    for name, generated in schema.datasette_tables(schema.load()).items():
        tables[name] = {**generated, **tables.get(name, {})}
    return metadata


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


# --- The ad-hoc SQL lane ------------------------------------------------------------------------
# Requests that carry SQL written by the visitor (?sql=, or a table's _where=) run their queries in
# separate worker processes, never in the threads that serve table, view and canned-query pages.
# SQLite checks its time limit only between VM steps, so one expensive function call
# (instr() on two long strings) cannot be interrupted; a process can be killed. Each worker:
#   * opens the database immutable, with the same authorizer and limits as every connection;
#   * stops a query at ADHOC_TIME_LIMIT through SQLite's progress handler, and is killed (and
#     replaced) if it has not answered ADHOC_KILL_AFTER seconds later;
#   * refuses a result larger than ADHOC_RESULT_BYTES (as JSON) instead of sending it;
#   * runs with an address-space limit (ADHOC_MEMORY_BYTES) and a lower CPU priority, so that
#     runaway queries cannot starve or grow the process that serves pages.
ADHOC_WORKERS = int(os.environ.get("CENTCOM_ADHOC_WORKERS", "2"))
ADHOC_TIME_LIMIT = 1.0
ADHOC_KILL_AFTER = 0.3
ADHOC_QUEUE_WAIT = 5.0
ADHOC_RESULT_BYTES = 8 * 1024 * 1024
ADHOC_MEMORY_BYTES = 512 * 1024 * 1024


class LaneRow(tuple):
    """A result row from the lane that behaves like sqlite3.Row (index, name, keys())."""

    columns: tuple = ()

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self.columns.index(key))
        return tuple.__getitem__(self, key)

    def keys(self):
        return list(self.columns)


class ResultTooLarge(Exception):
    pass


def _json_size(row) -> int:
    size = 2
    for v in row:
        if isinstance(v, bytes):
            size += len(v) * 2 + 20  # base64 in JSON, hex in HTML
        elif isinstance(v, str):
            size += len(json.dumps(v))
        else:
            size += 24
    return size


def _lane_worker(conn_end, db_path: str) -> None:
    """One worker process: answers (sql, params, max_rows, time_limit) with rows or an error."""
    import importlib.util
    import resource
    import sqlite3
    import time

    import sqlfunctions

    os.nice(5)
    resource.setrlimit(resource.RLIMIT_AS, (ADHOC_MEMORY_BYTES, ADHOC_MEMORY_BYTES))
    spec = importlib.util.spec_from_file_location("centcom_security", PLUGINS_DIR / "security.py")
    security = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(security)
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True, check_same_thread=False)
    security.prepare_connection(conn, "centcom")
    sqlfunctions.register(conn)  # the derived tables' functions, as on every other connection
    conn_end.send("ready")
    while True:
        try:
            sql, params, max_rows, time_limit = conn_end.recv()
        except EOFError:
            return
        deadline = time.perf_counter() + time_limit
        conn.set_progress_handler(lambda: time.perf_counter() >= deadline, 1000)
        try:
            cursor = conn.execute(sql, params if params is not None else {})
            rows, size = [], 0
            for row in cursor:
                if max_rows is not None and len(rows) > max_rows:
                    break
                size += _json_size(row)
                if size > ADHOC_RESULT_BYTES:
                    raise ResultTooLarge()
                rows.append(row)
            description = [(d[0],) + (None,) * 6 for d in cursor.description or ()]
            answer = ("ok", rows, description)
        except ResultTooLarge:
            answer = ("too-large", None, None)
        except MemoryError:
            answer = ("too-large", None, None)
        except sqlite3.Error as e:
            answer = ("error", type(e).__name__, str(e))
        finally:
            conn.set_progress_handler(None, 1000)
        try:
            conn_end.send(answer)
        except (ValueError, MemoryError):
            conn_end.send(("too-large", None, None))


class AdhocLane:
    """A small pool of worker processes for visitor-written SQL (see above)."""

    def __init__(self, db_path: Path, workers: int = ADHOC_WORKERS):
        import multiprocessing
        import queue

        self.db_path = str(db_path)
        self.ctx = multiprocessing.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        for _ in range(workers):
            self._replace()
        self.threads = ThreadPoolExecutor(max_workers=workers * 4, thread_name_prefix="adhoc")

    def _replace(self) -> None:
        """Starts a worker; it joins the idle queue once it has opened the database."""
        import threading

        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_lane_worker, args=(child, self.db_path), daemon=True)
        proc.start()
        child.close()

        def ready():
            try:
                if parent.poll(60) and parent.recv() == "ready":
                    self.idle.put((proc, parent))
                    return
            except (EOFError, OSError):
                pass
            proc.kill()
            proc.join()
            self._replace()

        threading.Thread(target=ready, daemon=True).start()

    def run(self, sql, params, max_rows, time_limit):
        """Blocking: runs in one of self.threads. Returns ("ok", rows, description) or an error tuple."""
        import queue

        try:
            proc, pipe = self.idle.get(timeout=ADHOC_QUEUE_WAIT)
        except queue.Empty:
            return ("busy", None, None)
        try:
            pipe.send((sql, params, max_rows, time_limit))
            if pipe.poll(time_limit + ADHOC_KILL_AFTER):
                answer = pipe.recv()
                self.idle.put((proc, pipe))
                return answer
        except (EOFError, OSError):
            answer = ("error", "OperationalError", "the query's worker failed (out of memory?)")
        else:
            answer = ("killed", None, None)
        proc.kill()  # past its time: SQLite could not interrupt it, so the process goes
        proc.join()
        pipe.close()
        self._replace()
        return answer

    async def execute(self, db, sql, params=None, truncate=False, custom_time_limit=None,
                      page_size=None, log_sql_errors=True):
        """Database.execute(), with the same results and errors, run in the lane."""
        import asyncio

        from datasette.database import QueryInterrupted, Results
        from datasette.views.base import DatasetteError

        limit_ms = db.ds.sql_time_limit_ms
        if custom_time_limit and custom_time_limit < limit_ms:
            limit_ms = custom_time_limit
        page_size = page_size or db.ds.page_size
        max_rows = db.ds.max_returned_rows
        if max_rows == page_size:
            max_rows += 1
        loop = asyncio.get_running_loop()
        kind, a, b = await loop.run_in_executor(
            self.threads, self.run, sql, params, max_rows if truncate else None,
            min(limit_ms / 1000, ADHOC_TIME_LIMIT))
        if kind == "ok":
            rows, description = a, b
            columns = tuple(d[0] for d in description)
            row_type = type("Row", (LaneRow,), {"columns": columns})
            rows = [row_type(r) for r in rows]
            truncated = bool(truncate and max_rows and len(rows) > max_rows)
            return Results(rows[:max_rows] if truncated else rows, truncated, description)
        if kind == "killed" or (kind == "error" and b == "interrupted"):
            raise QueryInterrupted(sqlite3.OperationalError("interrupted"), sql, params)
        if kind == "too-large":
            raise DatasetteError(
                f"The result is larger than {ADHOC_RESULT_BYTES // 2**20} MB: add a LIMIT or select fewer columns.",
                title="Result too large", status=413)
        if kind == "busy":
            raise DatasetteError("Too many SQL queries are running: try again in a moment.",
                                 title="Busy", status=429)
        raise getattr(sqlite3, a, sqlite3.OperationalError)(b)


def make_datasette(db_path: Path = DB_PATH, **overrides):
    """The Datasette instance the site serves (tests call this too)."""
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
        metadata=load_metadata(),
        plugins_dir=str(PLUGINS_DIR),
        template_dir=str(TEMPLATES_DIR),
        settings=settings,
        cors=CORS,
        **overrides,
    )
    ds.executor = SQLExecutor(max_workers=settings["num_sql_threads"])
    # Datasette 0.65 deep-copies the whole metadata (every description, query and chart) for each
    # table permission check, dozens per page. The metadata cannot change while the process runs,
    # so the answer per (database, table) is computed once.
    ds._table_permission_allows = functools.lru_cache(maxsize=1024)(ds._table_permission_allows)
    ds.permission_allowed = _anonymous_permissions_cached(ds.permission_allowed)
    _drop_markdown_cell_renderer()
    return ds


def _anonymous_permissions_cached(permission_allowed, size: int = 4096):
    """Every visitor is anonymous and the configuration cannot change while the process runs, so
    each (action, resource) is answered once; the cache is bounded, as resources come from URLs."""
    from collections import OrderedDict

    answers: OrderedDict = OrderedDict()

    async def cached(actor, action, resource=None, default=False):
        if actor is not None:
            return await permission_allowed(actor, action, resource, default)
        key = (action, tuple(resource) if isinstance(resource, (list, tuple)) else resource, default)
        if key in answers:
            answers.move_to_end(key)
            return answers[key]
        answer = await permission_allowed(actor, action, resource, default)
        answers[key] = answer
        if len(answers) > size:
            answers.popitem(last=False)
        return answer

    return cached


def _drop_markdown_cell_renderer() -> None:
    """datasette-render-markdown (the dashboards plugin's dependency; /about uses its function)
    also registers a render_cell hook that looks up plugin configuration for every cell of every
    table page, about a seventh of a page's time, to render columns this site never marks as
    Markdown. Keep its template function and filter, drop that hook."""
    import types

    from datasette.plugins import pm

    plugin = pm.get_plugin("render_markdown")
    if plugin is None or not hasattr(plugin, "render_cell"):
        return
    shim = types.ModuleType("datasette_render_markdown_without_render_cell")
    shim.extra_template_vars = plugin.extra_template_vars
    shim.prepare_jinja2_environment = plugin.prepare_jinja2_environment
    pm.unregister(plugin)
    pm.register(shim, name="render_markdown")


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
    os.environ["CENTCOM_DB"] = str(snapshot(db_path))
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
