"""Read-only by design, and safe headers on every response.

* Only GET, HEAD and OPTIONS reach Datasette: every other method gets 405, so no write API,
  form or canned-query POST can run.
* No write permission is granted to anyone, whatever else is configured (the database is also
  opened immutable, and no canned query writes).
* SQLite itself refuses writes: every connection to the served database has an authorizer that
  allows only reads, and limits that bound one value (string or blob) to 10 MB, one SQL text to
  100 kB and forbid ATTACH. A hostile ?sql= gets a clean 400, never a write or a memory blow-up.
* Every response gets a Content-Security-Policy that still lets the chart plugins run (Vega
  compiles expressions with Function(), hence 'unsafe-eval'; Datasette's templates use inline
  scripts), plus nosniff, a referrer policy and frame protection. Dashboard /embed pages are the
  one thing meant to be framed by other sites.
* Every response carries a Cache-Control header, so a CDN in front may cache it: Datasette's own
  (default_cache_ttl) where it sets one, a longer one for static assets, and no-store for errors.
"""
import re
import sqlite3
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError

WRITE_ACTIONS = {
    "insert-row", "delete-row", "update-row", "create-table", "alter-table", "drop-table",
    "execute-write-sql", "create-view",
}
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://tile.openstreetmap.org",  # map tiles on /map
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])
STATIC_MAX_AGE = 86400
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                sqlite3.SQLITE_RECURSIVE}
# pragmas that only read, also when given an argument (pragma table_info(x))
READ_PRAGMAS = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                "foreign_key_list", "foreign_key_check", "database_list", "collation_list",
                "function_list", "module_list", "pragma_list", "compile_options", "integrity_check",
                "quick_check"}
LIMITS = {sqlite3.SQLITE_LIMIT_LENGTH: 10_000_000, sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
          sqlite3.SQLITE_LIMIT_ATTACHED: 0}


def read_only_authorizer(action, arg1, arg2, db_name, trigger):
    if action in READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg2 is None or arg1.lower() in READ_PRAGMAS):
        return sqlite3.SQLITE_OK  # reading a pragma, not setting one
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # SQLite asks this when it connects a virtual table (FTS5, pragma_table_info()); a real
        # UPDATE of sqlite_master would also need writable_schema, which is refused above.
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


@hookimpl
def prepare_connection(conn, database):
    if database.startswith("_"):  # Datasette's own in-memory _internal database
        return
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.set_authorizer(read_only_authorizer)


@hookimpl
def handle_exception(request, exception):
    """Errors caused by the request are the client's (400), not the server's (500)."""
    if request.method not in SAFE_METHODS:
        return None
    if isinstance(exception, DatasetteError) and exception.status == 500:
        exception.status = 400  # e.g. "Cannot sort table by x": Datasette's default is 500
    elif isinstance(exception, (sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        # e.g. a row URL with the wrong number of primary-key values
        return Response.text(f"Bad request: {exception}", status=400)
    return None


@hookimpl
def permission_allowed(action):
    if action in WRITE_ACTIONS:
        return False
    return None


COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
PAGE_HEADERS = [(b"content-security-policy", f"{CSP}; frame-ancestors 'none'".encode()),
                *COMMON_HEADERS, (b"x-frame-options", b"DENY")]
EMBED_HEADERS = [(b"content-security-policy", f"{CSP}; frame-ancestors *".encode()), *COMMON_HEADERS]
STATIC_CACHE = (b"cache-control", f"public, max-age={STATIC_MAX_AGE}".encode())
PAGE_CACHE = (b"cache-control", b"public, max-age=300")


def _headers_for(path: str, status: int, headers: list) -> list:
    embed = path.startswith("/-/dashboards/") and path.endswith("/embed")
    extra = list(EMBED_HEADERS if embed else PAGE_HEADERS)
    if status >= 400:
        extra.append((b"cache-control", b"no-store"))
    elif not any(k.lower() == b"cache-control" for k, _ in headers):
        extra.append(STATIC_CACHE if path.startswith("/-/static") else PAGE_CACHE)
    replaced = {k for k, _ in extra}
    return [(k, v) for k, v in headers if k.lower() not in replaced] + extra


COMMENTS = re.compile(r"--[^\n]*(\n|$)|/\*.*?(\*/|$)", re.S)


def more_than_one_statement(sql: str) -> bool:
    """True when `sql` holds another statement after the first complete one."""
    for i, ch in enumerate(sql):
        if ch == ";" and sqlite3.complete_statement(sql[: i + 1]):
            return bool(COMMENTS.sub("", sql[i + 1:]).strip(" \t\r\n;"))
    return False


def with_headers(scope, send):
    async def send_with_headers(message):
        if message["type"] == "http.response.start":
            message = dict(message)
            message["headers"] = _headers_for(
                scope.get("path", ""), message["status"], list(message.get("headers", []))
            )
        await send(message)

    return send_with_headers


async def plain(send, status: int, text: str, headers=()):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), *headers]})
    await send({"type": "http.response.body", "body": text.encode()})


async def csv_preflight(datasette, scope) -> tuple[int, str] | None:
    """Datasette's CSV renderer answers 200 with an empty body when an ad-hoc ?sql= query fails
    (a write refused, a syntax error, the time limit). Run the same query as JSON first and pass
    its error on; only for ad-hoc SQL (canned queries and tables report errors properly)."""
    if not scope["path"].endswith(".csv") or b"sql=" not in scope.get("query_string", b""):
        return None  # the hot path: nothing to parse
    args = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    sql = args.get("sql", [""])[0]
    if not sql:
        return None
    if more_than_one_statement(sql):
        return 400, "Only one SELECT statement may be run."
    path = scope["path"][: -len(".csv")] + ".json"
    r = await datasette.client.get(path + "?" + urlencode({k: v[0] for k, v in args.items()}),
                                   follow_redirects=True)
    if r.status_code != 200:
        try:
            return r.status_code, str(r.json().get("error"))
        except ValueError:
            return r.status_code, r.text[:500]
    return None


@hookimpl(trylast=True)  # outermost: its headers are the last word, also on cached responses
def asgi_wrapper(datasette):
    def wrap(app):
        async def secured(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            send = with_headers(scope, send)
            if scope["method"] not in SAFE_METHODS:
                return await plain(send, 405, "This site is read-only.",
                                   [(b"allow", b"GET, HEAD, OPTIONS")])
            refused = await csv_preflight(datasette, scope)
            if refused:
                return await plain(send, *refused)
            return await app(scope, receive, send)

        return secured

    return wrap
