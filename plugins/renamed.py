"""Old addresses keep working after a rename (datapackage.json "x-renamed", read once by schema.py).

A renamed table answers under its old name by itself: the build creates a view with the old name and
the old column names (build_db.create_old_names), so its page, filters, JSON and CSV behave as they
did. What a view cannot answer is redirected here, permanently (301), with the query string kept:
a row under the old table name, a renamed row, and a renamed canned query (also .json, .csv, .atom).
The CSV files under /data/ are redirected by nginx (front/run.py writes those lines from the same
declaration)."""
import re
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Response

import schema

RENAMED = schema.load().renamed
DB = "centcom"


def _alternatives(names) -> str:
    return "|".join(re.escape(n) for n in names) or "(?!)"


def _to(path: str, request) -> Response:
    query = request.query_string
    return Response.redirect(path + (f"?{query}" if query else ""), status=301)


async def old_row(request):
    m = request.url_vars
    return _to(f"/{DB}/{RENAMED['tables'][m['table']]}/{m['rest']}", request)


async def renamed_row(request):
    m = request.url_vars
    new = RENAMED["rows"][m["table"]][m["row"]]
    return _to(f"/{DB}/{m['table']}/{quote(new)}{m['ext'] or ''}", request)


async def old_query(request):
    m = request.url_vars
    return _to(f"/{DB}/{RENAMED['queries'][m['query']]}{m['ext'] or ''}", request)


@hookimpl
def register_routes():
    rows = [(t, r) for t, ids in RENAMED.get("rows", {}).items() for r in ids]
    return [
        (rf"^/{DB}/(?P<table>{_alternatives(RENAMED.get('tables', {}))})/(?P<rest>[^?]+)$", old_row),
        *[(rf"^/{DB}/(?P<table>{re.escape(t)})/(?P<row>{re.escape(r)})(?P<ext>\.json|\.csv)?$", renamed_row)
          for t, r in rows],
        (rf"^/{DB}/(?P<query>{_alternatives(RENAMED.get('queries', {}))})(?P<ext>\.json|\.csv|\.atom)?$", old_query),
    ]
