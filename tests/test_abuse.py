"""Abuse against the real server on 127.0.0.1: writes, hostile parameters, markup, headers. (Runaway
queries and the response cache: tests/test_hardening.py and tests/test_gates.py.)"""
from __future__ import annotations

import hashlib
import time
import types
import urllib.error
import urllib.parse
import urllib.request

import pytest

import serve


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
    "drop table operations",
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
    "insert into operations_fts(operations_fts) values ('delete-all')",
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
    "/centcom/operations.json?_search=%22&_searchmode=raw",
    "/centcom/operations.json?_search=NEAR(&_searchmode=raw",
    "/centcom/search_operations.json?q=%22unbalanced",
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
    "/centcom/search_operations?q={p}",
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


async def test_a_thread_that_cannot_start_is_busy_not_broken(built_db):
    """Thread stacks count against the SQL process's memory limit: when a query's thread cannot start,
    Datasette raises RuntimeError("can't start new thread"). The visitor gets 429 with Retry-After, never
    a 500. The fault is raised inside a real SQL-process Datasette by a route added for this test only."""
    from datasette import hookimpl
    from datasette.plugins import pm

    async def no_thread():
        raise RuntimeError("can't start new thread")

    fault = types.ModuleType("test_thread_fault")
    fault.register_routes = hookimpl(lambda: [(r"^/-/thread-fault$", no_thread)])
    pm.register(fault, name="test-thread-fault")
    try:
        r = await serve.make_datasette(built_db, "sql").client.get("/-/thread-fault")
    finally:
        pm.unregister(name="test-thread-fault")
    assert r.status_code == 429, (r.status_code, r.text[:200])
    assert r.headers["retry-after"] == "1"
