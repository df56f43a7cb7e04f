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
    import uvicorn

    db_path = Path(os.environ.get("CENTCOM_DB", DB_PATH)).resolve()
    load_inspect(db_path)  # fail fast, before any worker starts
    os.environ["CENTCOM_DB"] = str(snapshot(db_path))
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8001"))
    workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
    print(f"serve: http://{host}:{port}/ ({workers} worker(s))", file=sys.stderr, flush=True)
    uvicorn.run(
        "serve:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_level="warning",
        lifespan="on",
        proxy_headers=True,
        forwarded_allow_ips=os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
        server_header=False,
        app_dir=str(ROOT),
    )


if __name__ == "__main__":
    main()
