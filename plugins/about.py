"""/about: the data dictionary and caveats, rendered from docs/data.md (one source for both)."""
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette_render_markdown import render_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "data.md"
TABLE_TAGS = ["table", "thead", "tbody", "tr", "th", "td", "hr"]


async def about(datasette, request):
    html = render_markdown(DOC.read_text(encoding="utf-8"), ["tables", "toc"], TABLE_TAGS, {"h2": ["id"], "h3": ["id"]})
    return Response.html(
        await datasette.render_template("about.html", {"content": html}, request=request)
    )


@hookimpl
def register_routes():
    return [(r"^/about$", about)]
