"""/about: the data dictionary and caveats, rendered by build_db.py (docs/data.md with the column
tables generated from the declarations, schema.py) into centcom.about.html beside the database, and
put into the page here. /derived.json: the derived tables' descriptor."""
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

import schema
import serve

_content: dict[int, Markup] = {}


async def about(datasette, request):
    key = id(datasette)
    if key not in _content:
        path = serve.site_files(Path(datasette.get_database("centcom").path))["about"]
        _content[key] = Markup(path.read_text(encoding="utf-8"))
    return Response.html(
        await datasette.render_template("about.html", {"content": _content[key]}, request=request))


async def derived_json(datasette, request):
    return Response.json(schema.derived_descriptor(schema.load()))


@hookimpl
def register_routes():
    return [(r"^/about$", about), (r"^/derived\.json$", derived_json)]
