"""Generated sweep: every table, view and canned query the running site lists (discovered from
/centcom.json, so new ones are covered) x every special parameter x malformed, empty, huge,
repeated and non-UTF-8 values x HTML, JSON and CSV, through nginx. No answer may be a 5xx, and
every answer carries the security headers."""
from __future__ import annotations

import concurrent.futures as cf
import http.client
import json
import threading
import urllib.parse

from test_abuse import SECURITY_HEADERS

SPECIAL = ["_size", "_next", "_sort", "_sort_desc", "_facet", "_facet_array", "_facet_date",
           "_search", "_searchmode", "_search_note", "_where", "_through", "_col", "_nocol", "_labels",
           "_label", "_shape", "_json", "_nl", "_timelimit", "_trace", "_stream", "_dl", "_header",
           "_nofacet", "_nocount", "_fts_table", "_fts_pk", "_hash", "_sort_by_desc", "sql",
           "country", "country__in", "value__gt", "rowid__gt", "period_start__gte", "q", "from_date",
           "measure__notnull", "note__contains", "id__exact", "x__nonsense"]
VALUES = {  # raw, already percent-encoded
    "empty": "",
    "malformed": "%5B1%2C2",  # [1,2
    "quote": "%27%22%29%3B--",
    "number": "99999999999999999999999",
    "negative": "-1",
    "huge": "a" * 6000,
    "non-utf8": "%ff%fe",
    "nul": "%00",
    "json": "%7B%22table%22%3A1%7D",
}
FORMATS = ["", ".json", ".csv"]


def discover(server) -> list[str]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("GET", "/centcom.json")
    index = json.loads(conn.getresponse().read())
    names = [t["name"] for t in index["tables"] if not t.get("hidden")]
    names += [v["name"] for v in index["views"]] + [q["name"] for q in index["queries"]]
    return [f"/centcom/{urllib.parse.quote(n)}" for n in names] + ["/centcom"]


def urls(pages):
    """Every page x parameter x value; the formats rotate over the values (each page and parameter
    is tried in HTML, JSON and CSV, each value in all three across parameters), which keeps the
    sweep to a few minutes on two cores."""
    for page in pages:
        for p, param in enumerate(SPECIAL):
            # _size=5 keeps each page cheap, except where _size itself is under test
            extra = "" if param in ("_size", "_stream") else "&_size=5"
            for v, value in enumerate([*VALUES.values(), None]):
                fmt = FORMATS[(p + v) % len(FORMATS)]
                if value is None:  # repeated, with one non-UTF-8 copy
                    yield f"{page}{fmt}?{param}=a&{param}=b&{param}=%ff{extra}"
                else:
                    yield f"{page}{fmt}?{param}={value}{extra}"


def test_sweep_never_gives_a_500(server):
    pages = discover(server)
    assert len(pages) >= 20, pages
    failures, counts = [], {}
    lock = threading.Lock()
    local = threading.local()

    def get(url):
        for attempt in range(2):
            if not getattr(local, "conn", None):
                local.conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            try:
                local.conn.putrequest("GET", url, skip_accept_encoding=True)
                local.conn.endheaders()
                r = local.conn.getresponse()
                r.read()
                headers = {k.lower() for k, _ in r.getheaders()}
                if r.getheader("connection", "").lower() == "close":
                    local.conn.close()
                    local.conn = None
                break
            except (http.client.HTTPException, OSError):
                local.conn.close()
                local.conn = None
                if attempt:
                    raise
        with lock:
            counts[r.status // 100] = counts.get(r.status // 100, 0) + 1
            missing = [h for h in SECURITY_HEADERS if h not in headers]
            if r.status >= 500 or missing:
                failures.append((r.status, url[:200], missing))

    all_urls = list(urls(pages))
    with cf.ThreadPoolExecutor(4) as pool:
        list(pool.map(get, all_urls))
    print(f"\nSWEEP: {len(all_urls)} URLs sent ({len(pages)} pages x {len(SPECIAL)} parameters x "
          f"{len(VALUES) + 1} values, formats {', '.join(f or 'HTML' for f in FORMATS)} in rotation); answers by class: "
          + ", ".join(f"{k}xx: {v}" for k, v in sorted(counts.items()))
          + f"; 5xx: {sum(1 for f in failures if f[0] >= 500)}", flush=True)
    assert not failures, failures[:20]
