"""Read-only by design, and safe headers on every response.

* Only GET, HEAD and OPTIONS reach Datasette: every other method gets 405, so no write API,
  form or canned-query POST can run.
* No write permission is granted to anyone, whatever else is configured (the database is also
  opened immutable, and no canned query writes).
* SQLite itself refuses writes: every connection to the served database has an authorizer that
  allows only reads, only the SQL functions in FUNCTIONS (no fts3_tokenizer(), load_extension()),
  and no internal tables (sqlite_stmt shows other visitors' queries, sqlite_dbpage the raw file,
  pragma database_list the file's path); and limits (LIMITS) that bound one value to 1 MB, one
  SQL text to 100 kB, result width, LIKE patterns and expression depth, and forbid ATTACH.
* Bad parameters get a 4xx with a short message, never a 500: some are checked before Datasette
  sees them (refuse()), the rest are mapped in handle_exception().
* Every CSV neutralises formula cells: text starting with = + - @ tab or CR gets a leading '.
* Every response gets a Content-Security-Policy that still lets the chart plugins run (Vega
  compiles expressions with Function(), hence 'unsafe-eval'; Datasette's templates use inline
  scripts), plus nosniff, a referrer policy and frame protection. Dashboard /embed pages are the
  one thing meant to be framed by other sites.
* Every response carries a Cache-Control header, so a CDN in front may cache it: Datasette's own
  (default_cache_ttl) where it sets one, a longer one for static assets, and no-store for errors.
"""
import csv
import json
import re
import sqlite3
import types
from urllib.parse import parse_qs, parse_qsl, unquote_to_bytes, urlencode

import datasette.views.base
import sqlfunctions
from datasette import hookimpl
from datasette.database import QueryInterrupted
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
# pragmas that only read, also when given an argument (pragma table_info(x)); not database_list,
# which shows the file's path
READ_PRAGMAS = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                "foreign_key_list", "foreign_key_check", "collation_list",
                "function_list", "module_list", "pragma_list", "compile_options", "integrity_check",
                "quick_check"}
# Table-valued functions and virtual tables that are not data: what other connections run, raw
# pages of the file, page statistics.
HIDDEN_TABLES = {"sqlite_stmt", "sqlite_dbpage", "dbstat", "fts3tokenize", "fsdir", "zipfile"}
# The SQL functions anyone may call (an allow-list: a new SQLite build brings no new surprise).
# Not here: fts3_tokenizer (returns a library address), load_extension, sqlite_log, fts5 (a
# pointer), the rtree* debugging functions.
FUNCTIONS = set("""
    -> ->> abs acos acosh asin asinh atan atan2 atanh avg bm25 ceil ceiling changes char coalesce
    concat concat_ws cos cosh count cume_dist current_date current_time current_timestamp date
    datetime degrees dense_rank exp first_value floor format fts5_source_id glob group_concat
    hex highlight ifnull iif instr json json_array json_array_length json_extract json_group_array
    json_group_object json_insert json_object json_patch json_quote json_remove json_replace
    json_set json_type json_valid julianday lag last_insert_rowid last_value lead length like
    likelihood likely ln log log10 log2 lower ltrim match matchinfo max min mod nth_value ntile
    nullif octet_length offsets percent_rank pi pow power printf quote radians random randomblob
    rank replace round row_number rtrim sign sin sinh snippet soundex sqlite_compileoption_get
    sqlite_compileoption_used sqlite_source_id sqlite_version sqrt strftime string_agg substr
    substring subtype sum tan tanh time timediff total total_changes trim trunc typeof unhex
    unicode unixepoch unlikely upper zeroblob escape_fts
""".split()) | set(sqlfunctions.NAMES)
LIMITS = {sqlite3.SQLITE_LIMIT_LENGTH: 1_000_000, sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
          sqlite3.SQLITE_LIMIT_ATTACHED: 0, sqlite3.SQLITE_LIMIT_COLUMN: 500,
          sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1000, sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
          sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50, sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 100}


def read_only_authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_OK if arg2.lower() in FUNCTIONS else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ:
        name = (arg1 or "").lower()
        if name in HIDDEN_TABLES or (name.startswith("pragma_") and name[7:] not in READ_PRAGMAS):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK
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


# Raised by Datasette while it reads a malformed parameter (int("abc"), json.loads("[1,2"), an
# integer too large for SQLite, a _through= without "table"): the request's fault, so a 400.
PARAMETER_ERRORS = (ValueError, OverflowError, KeyError, TypeError, IndexError, AttributeError)


@hookimpl
def handle_exception(request, exception):
    """Errors caused by the request are the client's (400), not the server's (500)."""
    if request.method not in SAFE_METHODS:
        return None
    if isinstance(exception, DatasetteError) and exception.status == 500:
        exception.status = 400  # e.g. "Cannot sort table by x": Datasette's default is 500
    elif isinstance(exception, QueryInterrupted):  # e.g. a CSV export past the time limit
        return Response.text("SQL query took too long: the limit is 1 s.", status=400)
    elif isinstance(exception, sqlite3.Error):
        # e.g. a row URL with the wrong number of primary-key values
        return Response.text(f"Bad request: {exception}", status=400)
    elif isinstance(exception, PARAMETER_ERRORS) and request.query_string:
        return Response.text(f"Bad request: a parameter is malformed ({type(exception).__name__}).", status=400)
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


REDIRECTS = {301, 302, 303, 307, 308}


def _headers_for(path: str, status: int, headers: list) -> list:
    embed = path.startswith("/-/dashboards/") and path.endswith("/embed")
    extra = list(EMBED_HEADERS if embed else PAGE_HEADERS)
    if status >= 400:
        extra.append((b"cache-control", b"no-store"))
    elif not any(k.lower() == b"cache-control" for k, _ in headers):
        if status in REDIRECTS:
            # The stable URL's redirect to the current hash: every cache asks again, so after a
            # deploy (or during a rolling one) nobody is sent to a release no replica serves.
            extra.append((b"cache-control", b"no-cache"))
        else:
            extra.append(STATIC_CACHE if path.startswith("/-/static") else PAGE_CACHE)
    replaced = {k for k, _ in extra}
    return [(k, v) for k, v in headers if k.lower() not in replaced] + extra


# --- Formula cells in CSV ---------------------------------------------------------------------
# Datasette writes every CSV (tables, views, canned and ad-hoc queries) through csv.writer in
# datasette.views.base; wrapping it there neutralises every cell that a spreadsheet would run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


class FormulaSafeWriter:
    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow([neutralise(v) for v in row])

    def writerows(self, rows):
        return self.writer.writerows([neutralise(v) for v in row] for row in rows)


datasette.views.base.csv = types.SimpleNamespace(
    writer=lambda f, *a, **kw: FormulaSafeWriter(csv.writer(f, *a, **kw)))


# --- Requests refused before Datasette sees them ---------------------------------------------
# Pages that show the server's file paths or are debugging tools; .blob (this data has no binary
# columns, and Datasette's blob renderer fails on anything else).
REFUSED_PATHS = re.compile(r"^/-/(databases|allow-debug|threads|messages|permissions|actor)(\.json)?$")
MAX_FACETS = 10
MAX_TIME_LIMIT_MS = 1000


def refuse(datasette, scope) -> tuple[int, str] | None:
    """(status, message) for a request that must not reach Datasette, else None."""
    path = scope.get("path", "")
    raw = scope.get("raw_path") or path.encode("utf-8", "replace")
    if b"\\" in raw or b"%5c" in raw.lower() or path.startswith("//"):
        return 404, "Not found."  # Datasette would redirect /\\host/ to /\\host, which browsers read as //host
    try:
        unquote_to_bytes(raw).decode("utf-8")
        query = unquote_to_bytes(scope.get("query_string", b"").replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return 400, "The URL is not valid UTF-8."
    if "\x00" in path or "\x00" in query:
        return 400, "The URL contains a NUL character."
    if REFUSED_PATHS.match(path):
        return 404, "Not found."
    if path.endswith(".blob") or ".blob/" in path:
        return 404, "This dataset has no binary columns."
    if (stale := unknown_release(datasette, path)) is not None:
        return 404, stale
    if not query:
        return None
    facets = 0
    for key, value in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
        if key == "_timelimit":
            if not value.isdigit() or not 1 <= int(value) <= MAX_TIME_LIMIT_MS:
                return 400, f"_timelimit must be a whole number of milliseconds from 1 to {MAX_TIME_LIMIT_MS}."
        elif key in ("_facet", "_facet_array", "_facet_date"):
            facets += 1
            if facets > MAX_FACETS:
                return 400, f"At most {MAX_FACETS} facets per request."
        elif key == "_through":
            try:
                through = json.loads(value)
                ok = isinstance(through, dict) and all(isinstance(through.get(k), str)
                                                       for k in ("table", "column", "value"))
            except ValueError:
                ok = False
            if not ok:
                return 400, '_through must be JSON like {"table": "...", "column": "...", "value": "..."}.'
        elif key in ("_blob_column", "_blob_hash"):
            return 404, "This dataset has no binary columns."
    return None


def unknown_release(datasette, path: str) -> str | None:
    """A hashed URL (/centcom-<hash>/...) of a release this instance does not serve: an old one
    after a deploy, or a newer one on an old replica during a rolling deploy. It gets a 404
    (never cached) that names the stable URL, not a redirect: two replicas of different releases
    behind one balancer would otherwise send a client back and forth between their hashes."""
    hashes = getattr(datasette, "_hashed_url_databases", None)
    if not hashes:
        return None
    first = path.lstrip("/").split("/", 1)[0].split(".", 1)[0]
    if "-" not in first or first in hashes:
        return None
    name, incoming = first.rsplit("-", 1)
    if name not in hashes or incoming == hashes[name]:
        return None
    stable = "/" + name + path.lstrip("/")[len(first):]
    return (f"This instance serves release {name}-{hashes[name]}, not {first}. "
            f"The stable URL {stable} always leads to the current release.")


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


async def preflight(scope, send):
    """A CORS preflight answers 204 on every address, before any redirect: browsers do not follow
    a redirect on a preflight, so a cross-origin fetch() with a custom header would fail on the
    stable URLs (which redirect to the current hash). Any request header may be sent: nothing is
    private here and nothing is written."""
    asked = dict(scope.get("headers") or []).get(b"access-control-request-headers", b"")
    headers = [(b"access-control-allow-origin", b"*"),
               (b"access-control-allow-methods", b"GET, HEAD, OPTIONS"),
               (b"access-control-max-age", b"86400"), (b"vary", b"Access-Control-Request-Headers")]
    if asked and re.fullmatch(rb"[A-Za-z0-9\-_, ]{1,1000}", asked):
        headers.append((b"access-control-allow-headers", asked))
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


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
            if scope["method"] == "OPTIONS":
                return await preflight(scope, send)
            refused = refuse(datasette, scope)
            if refused:
                return await plain(send, *refused)
            refused = await csv_preflight(datasette, scope)
            if refused:
                return await plain(send, *refused)
            return await app(scope, receive, send)

        return secured

    return wrap
