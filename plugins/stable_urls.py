"""The stable URLs researchers cite (/centcom/figures.json) answer directly, with the current
release's hash in an X-Data-Hash header, instead of redirecting to the hashed URL
(/centcom-1a2b3c4/figures.json) as datasette-hashed-urls does. So a pasted `curl` works without
-L, a CORS preflight never meets a redirect, two replicas of different releases behind one
balancer can never send a client round a loop, and crawlers can index the canonical pages (see
/robots.txt and /sitemap.xml). Stable URLs are cacheable for 5 minutes; the hashed URLs that pages
link to keep their far-future caching, since their content can never change.

Runs outside datasette-hashed-urls (trylast; inside plugins/security.py's wrapper, which is
registered first): the request is handed on as the hashed URL, and the far-future Cache-Control
that the hashed route adds is replaced on the way out."""
from datasette import hookimpl

STABLE_CACHE = b"public, max-age=300"


@hookimpl(trylast=True)
def asgi_wrapper(datasette):
    def wrap(app):
        async def stable(scope, receive, send):
            hashes = getattr(datasette, "_hashed_url_databases", None) or {}
            path = scope.get("path", "") if scope["type"] == "http" else ""
            first = path[1:].split("/", 1)[0]
            name, dot, fmt = first.partition(".")
            if not hashes or name not in hashes:
                return await app(scope, receive, send)
            route = f"{name}-{hashes[name]}"
            new_path = "/" + route + dot + fmt + path[1 + len(first):]
            raw = scope.get("raw_path") or path.encode("latin-1")
            raw_first = raw[1:].split(b"/", 1)[0]
            scope = {**scope, "path": new_path,
                     "raw_path": b"/" + route.encode() + raw_first[len(name):] + raw[1 + len(raw_first):]}

            async def send_stable(message):
                if message["type"] == "http.response.start":
                    headers = [(k, v) for k, v in message.get("headers", [])
                               if k.lower() != b"cache-control"]
                    if message["status"] < 400:
                        headers.append((b"cache-control", STABLE_CACHE))
                    headers.append((b"x-data-hash", hashes[name].encode()))
                    message = {**message, "headers": headers}
                await send(message)

            return await app(scope, receive, send_stable)

        return stable

    return wrap


def stable_path(datasette, path: str) -> str:
    """The stable form of a path: /centcom-1a2b3c4/figures -> /centcom/figures."""
    for name, h in (getattr(datasette, "_hashed_url_databases", None) or {}).items():
        prefix = f"/{name}-{h}"
        if path == prefix or path.startswith((prefix + "/", prefix + ".")):
            return f"/{name}" + path[len(prefix):]
    return path


@hookimpl
def extra_template_vars(request, datasette):
    """canonical_url: the stable address of this page, for <link rel="canonical"> (search engines
    fold the hashed duplicates into it)."""
    if request is None:
        return {}
    path = stable_path(datasette, request.path)
    query = request.query_string
    return {"canonical_url": f"{request.scheme}://{request.host}{path}" + (f"?{query}" if query else "")}


ROBOTS = """# Crawlers: index the canonical pages (all listed in the sitemap), not the hashed duplicates of
# them (/centcom-<hash>/...), not visitor-written SQL, not facet and filter combinations.
User-agent: *
Disallow: /centcom-
Disallow: /*?sql=
Disallow: /*&sql=
Disallow: /*_where=
Disallow: /*_facet
Disallow: /*_sort
Disallow: /-/
Allow: /-/static/
Allow: /-/static-plugins/
Allow: /-/dashboards/overview
Allow: /

Sitemap: {base}/sitemap.xml
"""


async def robots(datasette, request):
    from datasette.utils.asgi import Response

    return Response.text(ROBOTS.format(base=f"{request.scheme}://{request.host}"))


async def sitemap(datasette, request):
    from html import escape

    from datasette.utils.asgi import Response

    base = f"{request.scheme}://{request.host}"
    db = datasette.get_database("centcom")
    tables = [t for t in await db.table_names() if not await _hidden(db, t)]
    queries = (datasette.metadata("queries", database="centcom") or {}).keys()
    paths = ["/", "/key-figures", "/-/dashboards/overview", "/map", "/about", "/changelog", "/centcom",
             "/data/datapackage.json"] + [f"/centcom/{t}" for t in tables] + [f"/centcom/{q}" for q in queries]
    body = "".join(f"<url><loc>{escape(base + p)}</loc></url>" for p in paths)
    return Response(f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"{body}</urlset>\n", content_type="application/xml; charset=utf-8")


async def _hidden(db, table: str) -> bool:
    return table in set(await db.hidden_table_names())


@hookimpl
def register_routes():
    return [(r"^/robots\.txt$", robots), (r"^/sitemap\.xml$", sitemap)]
