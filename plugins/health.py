"""/-/health.json: 200 when both Datasette processes answer (this one, and the SQL process on its
socket, asked to run one query), else 503. For the container's HEALTHCHECK and the host's checks."""
import asyncio
import os

from datasette import hookimpl
from datasette.utils.asgi import Response

PROBE = b"GET /centcom.json?sql=select+1&_shape=array HTTP/1.0\r\nHost: health\r\n\r\n"


async def sql_answers(path: str, timeout: float = 3.0) -> bool:
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_unix_connection(path), timeout)
        try:
            writer.write(PROBE)
            status = await asyncio.wait_for(reader.readline(), timeout)
        finally:
            writer.close()
        return status.startswith(b"HTTP/1.1 200")
    except (OSError, asyncio.TimeoutError):
        return False


async def health(datasette, request):
    socket = os.environ.get("CENTCOM_SQL_SOCKET")  # set by front/supervisord.conf.template
    sql = "ok" if socket and await sql_answers(socket) else "not answering"
    return Response.json({"pages": "ok", "sql": sql}, status=200 if sql == "ok" else 503,
                         headers={"Cache-Control": "no-store"})


@hookimpl
def register_routes():
    return [(r"^/-/health\.json$", health)]
