"""Whole-response cache for an immutable, public, anonymous site.

The database is opened immutable and replaced only by a new deploy, and there are no logins,
so a GET for the same URL on the same host always produces the same page. The first request
renders it as usual (row counts, facets, charts and links included); later ones replay the
stored bytes without touching Datasette. A deploy starts a new process with an empty cache,
so nothing stale survives a data release.

Not cached: anything but GET, requests that carry credentials (Authorization, a ds_actor
cookie), responses other than 200 and redirects, Set-Cookie headers (stripped from the stored copy), bodies
over MAX_BODY. Memory is bounded: least-recently-used entries go once MAX_TOTAL is reached, so a
crawler walking unique URLs cannot grow the process. X-Cache says HIT or MISS.
Set CENTCOM_RESPONSE_CACHE=0 to serve without it.
"""
from __future__ import annotations

import os
from collections import OrderedDict

from datasette import hookimpl

MAX_BODY = 2 * 1024 * 1024
CACHEABLE = {200, 301, 302, 308}  # same URL, same answer; errors are always recomputed
MAX_TOTAL = 64 * 1024 * 1024


class ResponseCache:
    def __init__(self, app, max_body: int = MAX_BODY, max_total: int = MAX_TOTAL):
        self.app = app
        self.max_body = max_body
        self.max_total = max_total
        self.entries: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self.size = 0

    @staticmethod
    def key(scope) -> tuple | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        headers = dict(scope.get("headers") or [])
        if b"authorization" in headers or b"ds_actor" in headers.get(b"cookie", b""):
            return None
        return (scope.get("scheme"), headers.get(b"host", b""), scope.get("root_path", ""),
                scope["path"], scope.get("query_string", b""))

    async def __call__(self, scope, receive, send):
        key = self.key(scope)
        if key is None:
            return await self.app(scope, receive, send)
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status,
                        "headers": headers + [(b"x-cache", b"HIT")]})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []
        size = 0
        cacheable = True

        async def capture(message):
            nonlocal size, cacheable
            if message["type"] == "http.response.start":
                start.update(message)
                cacheable = message["status"] in CACHEABLE
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [(b"x-cache", b"MISS")]
            elif message["type"] == "http.response.body" and cacheable:
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    cacheable = False
                    chunks.clear()
                else:
                    chunks.append(chunk)
                if not message.get("more_body", False) and cacheable:
                    self.store(key, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def store(self, key, start, body: bytes) -> None:
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"set-cookie"]
        old = self.entries.pop(key, None)  # two concurrent misses for one URL
        if old is not None:
            self.size -= len(old[2])
        self.entries[key] = (start["status"], headers, body)
        self.size += len(body)
        while self.size > self.max_total and self.entries:
            _, (_, _, old) = self.entries.popitem(last=False)
            self.size -= len(old)


@hookimpl
def asgi_wrapper():
    # Inside the security wrapper (which adds its headers to hits as well), outside Datasette.
    # CENTCOM_RESPONSE_CACHE=0 turns it off (the benchmark measures what it buys).
    if os.environ.get("CENTCOM_RESPONSE_CACHE", "1") == "0":
        return lambda app: app
    return ResponseCache
