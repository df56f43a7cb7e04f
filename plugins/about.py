"""/about: the data dictionary and caveats. The prose is docs/data.md; the column tables are
generated from the declarations (schema.py) and put where the page says <!-- columns -->, so they
can never drift from the tables the site serves. /derived.json: the derived tables' descriptor."""
from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette_render_markdown import render_markdown

import schema

TABLE_TAGS = ["table", "thead", "tbody", "tr", "th", "td", "hr", "code"]


async def about(datasette, request):
    html = render_markdown(schema.data_dictionary(schema.load()), ["tables", "toc"], TABLE_TAGS, {"h2": ["id"], "h3": ["id"]})
    return Response.html(
        await datasette.render_template("about.html", {"content": html}, request=request)
    )


async def derived_json(datasette, request):
    return Response.json(schema.derived_descriptor(schema.load()),
                         headers={"Access-Control-Allow-Origin": "*"})


@hookimpl
def register_routes():
    return [(r"^/about$", about), (r"^/derived\.json$", derived_json)]
