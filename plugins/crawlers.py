"""/robots.txt and /sitemap.xml. Crawlers may index every page the site lists (all in the
sitemap) but not visitor-written SQL, nor facet, filter and sort combinations of them.

Kept here rather than datasette-block-robots and datasette-sitemap: robots.txt must name the
sitemap by its absolute address, which depends on the host the site is served as, and the sitemap
lists the site's own pages (key figures, dashboard, map, about, changelog, data package) beside its
tables and canned queries; the plugins do the first only from fixed configuration and the second
only from one SQL query."""
from html import escape

from datasette import hookimpl
from datasette.utils.asgi import Response

ROBOTS = """# Crawlers: index the pages listed in the sitemap, not visitor-written SQL, not facet, filter
# and sort combinations.
User-agent: *
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
PAGES = ["/", "/key-figures", "/-/dashboards/overview", "/map", "/about", "/changelog", "/centcom",
         "/data/datapackage.json"]


async def robots(datasette, request):
    return Response.text(ROBOTS.format(base=f"{request.scheme}://{request.host}"))


async def sitemap(datasette, request):
    base = f"{request.scheme}://{request.host}"
    db = datasette.get_database("centcom")
    hidden = set(await db.hidden_table_names())
    tables = [t for t in await db.table_names() if t not in hidden]
    queries = (datasette.metadata("queries", database="centcom") or {}).keys()
    paths = PAGES + [f"/centcom/{t}" for t in tables] + [f"/centcom/{q}" for q in queries]
    body = "".join(f"<url><loc>{escape(base + p)}</loc></url>" for p in paths)
    return Response(f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"{body}</urlset>\n", content_type="application/xml; charset=utf-8")


@hookimpl
def register_routes():
    return [(r"^/robots\.txt$", robots), (r"^/sitemap\.xml$", sitemap)]
