"""Atom feeds (RFC 4287) of canned queries: /centcom/new_figures.atom and new_operations.atom.

A query becomes a feed when it returns atom_id, atom_updated and atom_title (atom_content and
atom_link are optional), the columns datasette-atom reads. Kept here instead of datasette-atom
(used until data release 2.0.0): a feed reader needs absolute entry links, and the plugin copies
atom_link as the query returns it (the query cannot know the host); and the plugin serves
application/xml, not Atom's registered type. The feed's id and self link are the stable URL,
the same for every release."""
from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError
from feedgen.feed import FeedGenerator

REQUIRED = {"atom_id", "atom_updated", "atom_title"}


def render_atom(datasette, request, columns, rows, database, query_name):
    if not REQUIRED <= set(columns):
        raise DatasetteError("A feed needs the columns " + ", ".join(sorted(REQUIRED)), status=400)
    base = f"{request.scheme}://{request.host}"
    url = base + request.path + (f"?{request.query_string}" if request.query_string else "")
    query = (datasette.metadata("queries", database=database) or {}).get(query_name) or {}
    fg = FeedGenerator()
    fg.id(url)
    fg.title(query.get("title") or query_name or "Feed")
    fg.link(href=url, rel="self", type="application/atom+xml")
    if query_name:
        fg.link(href=f"{base}/{database}/{query_name}", rel="alternate", type="text/html")
    fg.author({"name": "CENTCOM anti-ISIS operations in Iraq and Syria: an open dataset"})
    fg.updated(max((r["atom_updated"] for r in rows), default="2022-01-01T00:00:00+00:00"))
    for row in reversed(rows):  # feedgen lists entries newest-added first
        entry = fg.add_entry()
        entry.id(str(row["atom_id"]))
        entry.title(str(row["atom_title"]))
        entry.updated(row["atom_updated"])
        if "atom_content" in columns and row["atom_content"]:
            entry.content(str(row["atom_content"]), type="text")
        if "atom_link" in columns and row["atom_link"]:
            link = str(row["atom_link"])
            entry.link(href=base + link if link.startswith("/") else link)
    return Response(fg.atom_str(pretty=True), content_type="application/atom+xml; charset=utf-8")


@hookimpl
def register_output_renderer():
    return {"extension": "atom", "render": render_atom, "can_render": lambda columns: REQUIRED <= set(columns)}
