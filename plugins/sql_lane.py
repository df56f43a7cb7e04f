"""Visitor-written SQL runs in its own lane (serve.AdhocLane: worker processes, killed past the
time limit, with a memory limit and a result-size budget); everything else keeps Datasette's SQL
threads. A request is visitor SQL when its query string has `sql=` (ad-hoc queries, and the
dashboard's charts) or `_where=` (a table filter written in SQL): every query it causes, counts
and facets included, goes to the lane."""
import contextvars
from urllib.parse import parse_qsl

from datasette import hookimpl

ADHOC = contextvars.ContextVar("centcom_adhoc_sql", default=False)
MARKERS = (b"sql=", b"_where=")


def is_adhoc(query_string: bytes) -> bool:
    if not any(m in query_string for m in MARKERS):
        return False
    return any(k in ("sql", "_where") and v
               for k, v in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))


@hookimpl
def startup(datasette):
    import serve

    for name, db in datasette.databases.items():
        if name.startswith("_") or not db.path:
            continue
        lane = serve.AdhocLane(db.path)
        threaded = db.execute

        async def execute(sql, params=None, *args, _db=db, _lane=lane, _threaded=threaded, **kwargs):
            if ADHOC.get():
                return await _lane.execute(_db, sql, params, *args, **kwargs)
            return await _threaded(sql, params, *args, **kwargs)

        db.execute = execute


@hookimpl
def asgi_wrapper():
    def wrap(app):
        async def lane(scope, receive, send):
            if scope["type"] == "http" and is_adhoc(scope.get("query_string", b"")):
                ADHOC.set(True)  # this request's task (and only it) sees True
            return await app(scope, receive, send)
        return lane
    return wrap
