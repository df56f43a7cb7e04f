"""/map: every announced operation with a place, on a Leaflet map (the copy datasette-leaflet ships):
coloured by the group CENTCOM named, sized by the killed plus detained it stated, outlined by how
precisely the place is known (geo_precision), each marker's popup linking to the operation's row.
The markers come from the canned query operations_map; the map tiles are OpenStreetMap's, and the
markers are drawn whether or not the tiles load."""
from datasette import hookimpl
from datasette.utils.asgi import Response


async def map_page(datasette, request):
    return Response.html(await datasette.render_template("map.html", {}, request=request))


@hookimpl
def register_routes():
    return [(r"^/map$", map_page)]
