"""Read-only by design, and safe headers on every response.

* No write permission is granted to anyone, whatever else is configured (the database is also
  opened immutable, and no canned query writes).
* Every response gets a Content-Security-Policy that still lets the chart plugins run (Vega
  compiles expressions with Function(), hence 'unsafe-eval'; Datasette's templates use inline
  scripts), plus nosniff, a referrer policy and frame protection. Dashboard /embed pages are the
  one thing meant to be framed by other sites.
* Every response carries a Cache-Control header, so a CDN in front may cache it: Datasette's own
  (default_cache_ttl) where it sets one, a longer one for static assets, and no-store for errors.
"""
from datasette import hookimpl

WRITE_ACTIONS = {
    "insert-row", "delete-row", "update-row", "create-table", "alter-table", "drop-table",
    "execute-write-sql", "create-view",
}
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])
STATIC_MAX_AGE = 86400


@hookimpl
def permission_allowed(action):
    if action in WRITE_ACTIONS:
        return False
    return None


def _headers_for(path: str, status: int, headers: list) -> list:
    names = {k.lower() for k, _ in headers}
    embed = path.startswith("/-/dashboards/") and path.endswith("/embed")
    extra = [
        (b"content-security-policy",
         (CSP + ("; frame-ancestors *" if embed else "; frame-ancestors 'none'")).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    ]
    if not embed:
        extra.append((b"x-frame-options", b"DENY"))
    if status >= 400:
        headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"]
        extra.append((b"cache-control", b"no-store"))
    elif b"cache-control" not in names:
        static = path.startswith("/-/static")
        extra.append((b"cache-control",
                      f"public, max-age={STATIC_MAX_AGE if static else 300}".encode()))
    return [(k, v) for k, v in headers if k.lower() not in {e[0] for e in extra}] + extra


@hookimpl
def asgi_wrapper():
    def wrap(app):
        async def with_headers(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)

            async def send_with_headers(message):
                if message["type"] == "http.response.start":
                    message = dict(message)
                    message["headers"] = _headers_for(
                        scope.get("path", ""), message["status"], list(message.get("headers", []))
                    )
                await send(message)

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap
