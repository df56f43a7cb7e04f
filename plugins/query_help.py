"""Canned queries people can use without guessing, declared in metadata.yml under each query's
`param_help` ({param: {hint, values | sql | examples}}):

* the form offers each parameter's valid values (a datalist, from `values` or from `sql` run on the
  database) or example values, as links that fill the box;
* an HTML page whose parameters are empty says what to enter instead of showing "0 results";
  the JSON and CSV endpoints answer 400 with the same sentence;
* the query's columns are described (header tooltips and a "What each column means" list),
  from schema.query_columns;
* a query's preset chart (`fragment`) is applied when the page opens without one and survives
  submitting the form (the fragment is kept on the form's action).
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs

from datasette import hookimpl

import schema

_values: dict[tuple[int, str, str], list[str]] = {}
ROUTE = re.compile(r"^/(?P<db>centcom)/(?P<query>[A-Za-z0-9_]+)(?P<ext>\.json|\.csv)?$")


def _queries(datasette) -> dict:
    return (datasette.metadata("queries", database="centcom") or {})


async def help_for(datasette, query: str) -> dict:
    """{param: {hint, values, examples}} with `sql` resolved to values (once per process)."""
    q = _queries(datasette).get(query) or {}
    out = {}
    for name, h in (q.get("param_help") or {}).items():
        values = h.get("values")
        if h.get("sql"):
            key = (id(datasette), query, name)
            if key not in _values:
                rows = (await datasette.get_database("centcom").execute(h["sql"])).rows
                _values[key] = [str(r[0]) for r in rows]
            values = _values[key]
        out[name] = {"hint": h.get("hint", ""), "values": values or [], "examples": h.get("examples") or [],
                     "type": h.get("type")}
    return out


def missing_message(help: dict, args: dict) -> str | None:
    """What to enter, for parameters that are empty or (`type: date`) not a real date as YYYY-MM-DD."""
    missing = [f"{name} ({h['hint']})" if h["hint"] else name
               for name, h in help.items() if not (args.get(name) or [""])[0].strip()]
    if missing:
        return "Enter " + " and ".join(missing) + "."
    wrong = [f"{name} must be a date as YYYY-MM-DD, such as {(h['examples'] or ['2025-01-01'])[0]}, not {value!r}"
             for name, h in help.items() if h.get("type") == "date"
             for value in [(args.get(name) or [""])[0].strip()] if not is_date(value)]
    return "; ".join(wrong) + "." if wrong else None


def is_date(value: str) -> bool:
    import datetime as dt

    try:
        return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


def _js(value) -> str:
    """JSON that is safe inside a <script> element."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@hookimpl
def extra_body_script(template, request, datasette, columns):
    if not template.startswith("query") or request is None:
        return None
    m = ROUTE.match(request.path)
    query = m and _queries(datasette).get(m["query"])
    if not query:
        return None

    async def script():
        help = await help_for(datasette, m["query"])
        described = {c: d for c, d in schema.query_columns(schema.load(), query, list(columns or [])).items() if d}
        data = {"help": help, "fragment": query.get("fragment") or "", "described": described,
                "problem": help and missing_message(help, parse_qs(request.query_string, keep_blank_values=True))}
        # data for static/query-help.js, which runs once the page is parsed (a module script)
        return f"window.centcomQueryHelp = {_js(data)};"

    return script


@hookimpl
def extra_js_urls(template):
    if template.startswith("query"):
        return [{"url": "/assets/query-help.js", "module": True}]
    return []


@hookimpl
def asgi_wrapper(datasette):
    """JSON and CSV requests for a canned query with an empty parameter get a 400 that says what to enter."""

    def wrap(app):
        async def checked(scope, receive, send):
            m = scope["type"] == "http" and ROUTE.match(scope.get("path", ""))
            if m and m["ext"] and m["query"] in _queries(datasette):
                help = await help_for(datasette, m["query"])
                args = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
                message = help and missing_message(help, args)
                if message:
                    if m["ext"] == ".json":
                        body, ctype = json.dumps({"ok": False, "error": message, "status": 400}), b"application/json"
                    else:
                        body, ctype = message + "\n", b"text/plain; charset=utf-8"
                    await send({"type": "http.response.start", "status": 400,
                                "headers": [(b"content-type", ctype)]})
                    await send({"type": "http.response.body", "body": body.encode()})
                    return
            return await app(scope, receive, send)

        return checked

    return wrap
