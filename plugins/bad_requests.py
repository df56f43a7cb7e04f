"""Bad requests get a 4xx with a short message, never a 500 and never an empty 200.

* Some parameters are checked before Datasette sees them (refuse()), parsed exactly as Datasette
  parses them (urllib's parse_qsl: percent-decoded names and values, '+' as a space), so an encoded
  name (%5Ftimelimit) meets the same check as a plain one.
* The errors Datasette raises while reading a malformed parameter are mapped to 400, a result past
  the SQL process's memory limit to 413 (handle_exception()).
* Datasette's CSV renderer answers 200 with an empty body when a visitor's ?sql= query fails (its
  query view reports errors in the page instead of raising): a CSV of visitor SQL runs as JSON
  first, and a failure is passed on as the JSON's status and message (csv_preflight()).
"""
from __future__ import annotations

import json
import re
import sqlite3
from urllib.parse import parse_qs, parse_qsl, unquote_to_bytes, urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError

MAX_FACETS = 10
MAX_TIME_LIMIT_MS = 1000
# Raised by Datasette while it reads a malformed parameter (int("abc"), int("²"), json.loads("[1,2"),
# an integer too large for SQLite, a _through= without "table"): the request's fault, so a 400.
PARAMETER_ERRORS = (ValueError, OverflowError, KeyError, TypeError, IndexError, AttributeError)


def whole_number(value: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts '²' and '٣', which int() then refuses."""
    return value.isascii() and value.isdigit()


def refuse(scope) -> tuple[int, str] | None:
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
    if "\x00" in path or "\x00" in query or "\r" in path or "\n" in path:
        return 400, "The URL contains a control character."
    if path.endswith(".blob") or ".blob/" in path:
        return 404, "This dataset has no binary columns."
    if not query:
        return None
    facets = 0
    for key, value in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
        if key == "_timelimit":
            if not whole_number(value) or not 1 <= int(value) <= MAX_TIME_LIMIT_MS:
                return 400, f"_timelimit must be a whole number of milliseconds from 1 to {MAX_TIME_LIMIT_MS}."
        elif key in ("_size", "_facet_size") and value not in ("", "max") and not whole_number(value):
            return 400, f"{key} must be a whole number or max."
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


COMMENTS = re.compile(r"--[^\n]*(\n|$)|/\*.*?(\*/|$)", re.S)


def more_than_one_statement(sql: str) -> bool:
    """True when `sql` holds another statement after the first complete one."""
    for i, ch in enumerate(sql):
        if ch == ";" and sqlite3.complete_statement(sql[: i + 1]):
            return bool(COMMENTS.sub("", sql[i + 1:]).strip(" \t\r\n;"))
    return False


async def csv_preflight(datasette, scope) -> tuple[int, str] | None:
    """For a CSV of visitor SQL: the JSON's error, if the query fails (see the module's docstring)."""
    path = scope["path"]
    if not path.endswith(".csv"):
        return None
    args = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    sql = args.get("sql", [""])[0]
    if path.count("/") == 1 and not sql:  # the database's own address, /centcom.csv
        return 400, "A CSV of the database needs ?sql=: see /centcom for its tables, each with its own CSV."
    if not sql:
        return None
    if more_than_one_statement(sql):
        return 400, "Only one SELECT statement may be run."
    r = await datasette.client.get(path[: -len(".csv")] + ".json?" + urlencode({k: v[0] for k, v in args.items()}))
    if r.status_code != 200:
        try:
            return r.status_code, str(r.json().get("error"))
        except ValueError:
            return r.status_code, r.text[:500]
    return None


async def plain(send, status: int, text: str):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": text.encode()})


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def checked(scope, receive, send):
            if scope["type"] == "http":
                refused = refuse(scope) or await csv_preflight(datasette, scope)
                if refused:
                    return await plain(send, *refused)
            return await app(scope, receive, send)

        return checked

    return wrap


@hookimpl
def handle_exception(request, exception):
    """Errors caused by the request are the client's (4xx), not the server's (500)."""
    if isinstance(exception, DatasetteError) and exception.status == 500:
        exception.status = 400  # e.g. "Cannot sort table by x": Datasette's default is 500
    elif isinstance(exception, MemoryError) or (
            isinstance(exception, sqlite3.Error) and "out of memory" in str(exception)):
        return Response.text("The result is too large for this service's memory: add a LIMIT or "
                             "select fewer or shorter columns.", status=413)
    elif isinstance(exception, RuntimeError) and "can't start new thread" in str(exception):
        # the memory limit left no room for another thread: the service is busy, not broken
        return Response.text("Too many requests at once: retry in a moment.", status=429, headers={"Retry-After": "1"})
    elif isinstance(exception, QueryInterrupted):  # e.g. a CSV export past the time limit
        return Response.text("SQL query took too long: the limit is 1 s.", status=400)
    elif isinstance(exception, sqlite3.Error):
        # e.g. a row URL with the wrong number of primary-key values
        return Response.text(f"Bad request: {exception}", status=400)
    elif isinstance(exception, PARAMETER_ERRORS) and request.query_string:
        return Response.text(f"Bad request: a parameter is malformed ({type(exception).__name__}).", status=400)
    return None
