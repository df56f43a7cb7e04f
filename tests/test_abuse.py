"""Abuse against the real server on 127.0.0.1: writes, runaway queries, hostile parameters, headers."""
from __future__ import annotations

import concurrent.futures as cf
import hashlib
import statistics
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest


def fetch(url: str, method: str = "GET", data: bytes | None = None, timeout: float = 30):
    req = urllib.request.Request(url, method=method, data=data)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace"), time.monotonic() - started
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace"), time.monotonic() - started


def sql_url(server, sql: str, fmt: str = ".json") -> str:
    return f"{server.url}/centcom{fmt}?" + urllib.parse.urlencode({"sql": sql})


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


WRITES = [
    "insert into figures (period_start, period_end, country, measure, value, qualifier, stated_by, source_id) "
    "values ('2020-01-01', '2020-01-31', 'Iraq', 'killed', 1, 'exact', 'x', 'x')",
    "update figures set value = value + 1",
    "delete from sources",
    "drop table strikes",
    "drop view tallies",
    "create table pwned (a)",
    "create view pwned as select 1",
    "attach database '/tmp/pwned.db' as pwned",
    "pragma user_version = 42",
    "pragma journal_mode = wal",
    "pragma writable_schema = on",
    "vacuum into '/tmp/centcom-pwned.db'",
    "vacuum",
    "reindex",
    "analyze",
    "select 1; delete from figures",
    "with x as (select 1) delete from figures",
    "replace into measures values ('x', 'x', 'x', 'x')",
    "insert into strikes_fts(strikes_fts) values ('delete-all')",
]


@pytest.mark.parametrize("sql", WRITES)
def test_write_sql_is_refused(server, built_db, sql, tmp_path):
    before = digest(built_db)
    for fmt in (".json", "", ".csv"):
        status, _, body, _ = fetch(sql_url(server, sql, fmt))
        assert 400 <= status < 500, (sql, fmt, status, body[:200])
        assert "Traceback" not in body
    assert digest(built_db) == before
    assert not __import__("os").path.exists("/tmp/centcom-pwned.db")


@pytest.mark.parametrize("path", ["/centcom/figures/-/insert", "/centcom/figures/-/upsert",
                                  "/centcom/-/create", "/centcom/figures/-/drop",
                                  "/centcom/sources/centcom-20230809-01/-/delete",
                                  "/centcom/sources/centcom-20230809-01/-/update",
                                  "/centcom/figures_for_window"])
def test_write_api_is_refused(server, built_db, path):
    before = digest(built_db)
    status, _, body, _ = fetch(server.url + path, "POST", b'{"row": {"a": 1}, "rows": [{"a": 1}]}')
    assert status == 405, (path, status, body[:200])
    assert digest(built_db) == before


RUNAWAY = ("with recursive r(i) as (select 1 union all select i + 1 from r) "
           "select count(*) from r")


def test_runaway_query_is_stopped_within_the_time_limit(server, ds):
    limit = ds.setting("sql_time_limit_ms") / 1000
    status, _, body, elapsed = fetch(sql_url(server, RUNAWAY))
    assert status == 400 and ("interrupted" in body.lower() or "too long" in body.lower()), body[:300]
    assert elapsed < limit + 2.0, elapsed


def test_cheap_pages_keep_answering_during_an_attack(server):
    cheap = [server.url + p for p in ("/", "/centcom/tallies", "/centcom/figures.json", "/-/versions.json")]
    for url in cheap:  # warm
        assert fetch(url)[0] == 200
    latencies: list[float] = []
    slowest = (0.0, "", "")
    with cf.ThreadPoolExecutor(max_workers=8) as pool:
        attack = [pool.submit(fetch, sql_url(server, RUNAWAY)) for _ in range(6)]
        time.sleep(0.2)
        while not all(f.done() for f in attack):
            for url in cheap:
                status, headers, _, elapsed = fetch(url, timeout=10)
                assert status == 200
                latencies.append(elapsed)
                slowest = max(slowest, (elapsed, url, headers.get("x-cache")))
        results = [f.result() for f in attack]
    assert all(r[0] == 400 for r in results), [r[0] for r in results]
    assert latencies, "no cheap request was made during the attack"
    # Generous but real: cheap pages are answered within milliseconds (about 20 ms at worst on
    # a 2-core machine) while six runaway queries hold the three SQL threads for ~2 s. Before
    # serve.SQLExecutor, freeing a failed query's cursor on the event loop stalled every request
    # for 1-3 s; a server that queued cheap pages behind the attack would fail this too.
    p95 = statistics.quantiles(latencies, n=20)[-1]
    assert p95 < 0.05 and max(latencies) < 0.5, (p95, slowest)


HOSTILE = [
    "/centcom/figures?_size=100000000",
    "/centcom/figures.json?_size=-1",
    "/centcom/figures.json?_size=abc",
    "/centcom/figures.json?_sort=no_such_column",
    "/centcom/figures.json?_sort_desc=value&_sort=country",
    "/centcom/figures.json?_facet=no_such_column",
    "/centcom/figures.json?_next=%00%ff%fe",
    "/centcom/figures.json?_next=' or 1=1 --",
    "/centcom/figures.json?value__gt=abc",
    "/centcom/figures.json?period_start__nonsense=1",
    "/centcom/figures.json?country=Iraq&country=Syria&country=Iraq",
    "/centcom/figures.json?_where=1=1); drop table figures; --",
    "/centcom/strikes.json?_search=%22&_searchmode=raw",
    "/centcom/strikes.json?_search=NEAR(&_searchmode=raw",
    "/centcom/search_strikes.json?q=%22unbalanced",
    "/centcom/figures_for_window.json?from_date=&to_date=",
    "/centcom/figures_for_window.json",
    "/centcom/figures.json?_shape=nonsense",
    "/centcom/figures.json?_json=note&_nl=on&_trace=1",
    "/centcom/figures.json?_col=no_such_column",
    "/centcom/no_such_table",
    "/centcom/figures/no-such-row",
    "/no_such_database/figures",
    "/-/dashboards/no-such-dashboard",
    "/-/dashboards/overview/no-such-chart",
    "/centcom.json?sql=select+*+from+no_such_table",
    "/centcom.json?sql=select+load_extension('/tmp/x')",
    "/centcom.json?sql=select+zeroblob(1000000000)",
    "/centcom.json?sql=select+randomblob(2000000000)",
    "/centcom.json?sql=select+printf('%.*c',2000000000,'x')",
    "/centcom/figures.csv?_stream=on&_size=max",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/-/static/../../../../etc/passwd",
    "/-/static-plugins/datasette_vega/../../../../etc/passwd",
]


@pytest.mark.parametrize("path", HOSTILE)
def test_hostile_parameters_get_clean_answers(server, path):
    status, headers, body, _ = fetch(server.url + urllib.parse.quote(path, safe="/?&=%+"))
    assert status < 500, (path, status, body[:300])
    assert "Traceback" not in body and "File \"/" not in body
    assert "root:x:0:0" not in body


def test_very_long_url_is_refused_cleanly(server):
    status, _, body, _ = fetch(server.url + "/centcom/figures.json?note=" + "a" * 100_000)
    assert status < 500 and "Traceback" not in body


PAYLOAD = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"


@pytest.mark.parametrize("path", [
    "/centcom/figures?country={p}",
    "/centcom/figures?_search={p}",
    "/centcom/figures?_sort={p}",
    "/centcom/figures?_facet={p}",
    "/centcom/search_strikes?q={p}",
    "/centcom/figures_for_window?from_date={p}&to_date={p}",
    "/centcom?sql=select+'{p}'",
    "/centcom/{p}",
    "/-/dashboards/{p}",
])
def test_script_payloads_are_escaped(server, path):
    status, _, body, _ = fetch(server.url + path.format(p=urllib.parse.quote(PAYLOAD)))
    assert status < 500
    assert "<script>alert(1)" not in body and "<img src=x onerror" not in body


SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy"]


@pytest.mark.parametrize("path", ["/", "/centcom", "/centcom/figures", "/centcom/figures.json",
                                  "/centcom/figures.csv", "/centcom/tallies", "/-/dashboards/overview",
                                  "/about", "/no-such-page", "/centcom.json?sql=delete+from+figures",
                                  "/-/static/app.css", "/centcom/country_series?country=Iraq"])
def test_security_headers_on_every_response(server, path):
    for _ in range(2):  # the second answer may come from the response cache
        status, headers, _, _ = fetch(server.url + path)
        for h in SECURITY_HEADERS:
            assert headers.get(h), (path, h)
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and headers.get("x-frame-options") == "DENY"
        assert "object-src 'none'" in csp and "default-src 'self'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers.get("cache-control"), path
        if status >= 400:
            assert headers["cache-control"] == "no-store"


def test_response_cache_replays_identical_pages(server):
    url = server.url + "/centcom/strikes?_sort=event_date"
    first = fetch(url)
    second = fetch(url)
    assert first[0] == second[0] == 200
    assert second[1]["x-cache"] == "HIT"
    assert first[2] == second[2]
    assert "set-cookie" not in {k.lower() for k in second[1].keys()}
