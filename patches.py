"""Every change this site makes to Datasette's internals, in one place, each with its measured
reason. They were measured on Datasette DATASETTE; tests/test_patches.py fails as soon as another
version is installed, so an upgrade revisits each of them (and drops those it no longer needs).
Everything else the site does goes through Datasette's documented plugin hooks and settings.

serve.make_datasette() calls apply() on every instance it builds.
"""
from __future__ import annotations

import csv
import functools
import traceback
import types
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from schema import FORMULA_STARTS  # one definition, beside the rule that refuses them in the CSVs

DATASETTE = "0.65.5"


def apply(ds) -> None:
    no_rich_tracebacks()
    formula_safe_csv()
    drop_markdown_cell_renderer()
    ds.executor = SQLExecutor(max_workers=ds.setting("num_sql_threads"))
    cache_permissions(ds)


# 1. Rich tracebacks --------------------------------------------------------------------------------
# When the optional `rich` package is importable (frictionless brings it into the test
# environment), Datasette pretty-prints every error *with all local variables* to the log: slow
# enough to stall the event loop under a burst of bad requests, it leaks request parameters into
# logs, and it raises outside an except block (turning a 403 into a 500). The production image has
# no rich; every environment behaves like it.
def no_rich_tracebacks() -> None:
    from datasette import handle_exception

    handle_exception.rich = None


# 2. Formula cells in CSV -----------------------------------------------------------------------------
# Datasette writes every CSV (tables, views, canned and ad-hoc queries) through the csv module as
# imported by datasette.views.base, and has no hook for cell values in CSV. Wrapping its writer there
# neutralises every cell a spreadsheet would run (schema.FORMULA_STARTS: =, +, -, @, tab, CR get a leading ').


def neutralise(value):
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


class FormulaSafeWriter:
    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow([neutralise(v) for v in row])

    def writerows(self, rows):
        return self.writer.writerows([neutralise(v) for v in row] for row in rows)


def formula_safe_csv() -> None:
    import datasette.views.base

    datasette.views.base.csv = types.SimpleNamespace(
        writer=lambda f, *a, **kw: FormulaSafeWriter(csv.writer(f, *a, **kw)))


# 3. datasette-render-markdown's cell hook ---------------------------------------------------------
# datasette-render-markdown comes with datasette-dashboards (which renders chart text with it). It
# also registers a render_cell hook that looks up plugin configuration for every cell of every
# table page, about a seventh of a page's time, to render columns this site never marks as
# Markdown. Datasette 0.65 has no setting to leave one hook of a plugin out; keep its template
# function and filter, drop that hook.
def drop_markdown_cell_renderer() -> None:
    from datasette.plugins import pm

    plugin = pm.get_plugin("render_markdown")
    if plugin is None or not hasattr(plugin, "render_cell"):
        return
    shim = types.ModuleType("datasette_render_markdown_without_render_cell")
    shim.extra_template_vars = plugin.extra_template_vars
    shim.prepare_jinja2_environment = plugin.prepare_jinja2_environment
    pm.unregister(plugin)
    pm.register(shim, name="render_markdown")


# 4. The SQL threads ---------------------------------------------------------------------------------
# When a query fails (the time limit, a bad statement), its exception carries a frame that holds a
# sqlite3 cursor to the event loop; freeing it there calls sqlite3_reset() on a connection the worker
# thread may already be using for its next query, and the event loop waits, holding the GIL, until
# that query ends. Under a burst of runaway queries that stalled every request, cached ones included,
# for 1-3 s. Datasette has no setting for its executor; this one clears the failed frames' locals in
# the worker thread itself.
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
    def submit(self, fn, /, *args, **kwargs):
        return super().submit(_clearing_frames, fn, *args, **kwargs)


# 5. Permission checks ---------------------------------------------------------------------------------
# Datasette 0.65 deep-copies the whole metadata (every description, query and chart) for each table
# permission check, dozens per page: about a third of a table page's time. Every visitor is
# anonymous and the configuration cannot change while the process runs, so each answer is computed
# once (bounded, as resources come from URLs).
def cache_permissions(ds, size: int = 4096) -> None:
    ds._table_permission_allows = functools.lru_cache(maxsize=1024)(ds._table_permission_allows)
    permission_allowed = ds.permission_allowed
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

    ds.permission_allowed = cached
