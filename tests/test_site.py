"""The real database, served by the real Datasette (in-process client), checked page by page."""
from __future__ import annotations

import csv
import io
import sqlite3

import pytest
import yaml
from markupsafe import escape

from conftest import ROOT

METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
DB_META = METADATA["databases"]["centcom"]
QUERIES = DB_META["queries"]
# Values a person would type into each canned query's parameters.
QUERY_PARAMS = {
    "figures_for_window": {"from_date": "2023-07-01", "to_date": "2023-07-31"},
    "country_series": {"country": "Total"},
    "search_operations": {"q": "leader"},
    "figure_provenance": {"measure": "operations", "country": "Total"},
}


def relations(db_path) -> dict[str, list[str]]:
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') "
        "and name not like 'sqlite_%' and name not like '%_fts%' order by name")]
    out = {n: [r[1] for r in conn.execute(f"pragma table_info([{n}])")] for n in names}
    conn.close()
    return out


async def test_every_column_the_site_serves_is_described(ds, client, built_db):
    """Every column of every table and canned query has a description, generated from its one
    declaration; no description names a column that is not there."""
    import schema

    meta = ds.metadata("tables", database="centcom")
    rels = relations(built_db)
    assert {"sources", "figures", "operations", "tallies", "disagreements", "totals_check", "monthly",
            "running_totals", "press_vs_centcom", "presented_figures", "yearly_totals"} <= set(rels)
    for name, columns in rels.items():
        t = meta.get(name) or {}
        assert t.get("description"), f"{name} has no description"
        documented = t.get("columns", {})
        assert [c for c in columns if not documented.get(c)] == [], f"{name}: columns without a description"
        assert [c for c in documented if c not in columns] == [], f"{name}: describes columns that are not there"
    s = schema.load()
    for name, q in QUERIES.items():
        r = await client.get(_query_url(name, ".json") + ("&" if name in QUERY_PARAMS else "?") + "_size=1")
        returned = r.json()["columns"]
        described = schema.query_columns(s, q, returned)
        assert [c for c, d in described.items() if not d] == [], f"query {name}: columns without a description"
        assert [c for c in (q.get("columns") or {}) if c not in returned] == [], \
            f"query {name}: describes columns it does not return"


@pytest.mark.parametrize("fmt", ["", ".json", ".csv"])
async def test_every_table_and_view_answers(client, built_db, fmt):
    for name, columns in relations(built_db).items():
        r = await client.get(f"/centcom/{name}{fmt}?_size=max")
        assert r.status_code == 200, (name, fmt, r.text[:300])
        if fmt == ".json":
            body = r.json()
            assert body["columns"][: len(columns)] == columns or set(columns) <= set(body["columns"]), name
        elif fmt == ".csv":
            header = next(csv.reader(io.StringIO(r.text)))
            assert set(columns) <= set(header), (name, header)
        else:
            assert "text/html" in r.headers["content-type"]
            import schema

            description = schema.load().descriptions().get(name) or "Renamed"  # an old name (a view) says so
            assert str(escape(description.split()[0])) in r.text


def _query_url(name: str, fmt: str) -> str:
    params = "&".join(f"{k}={v}" for k, v in QUERY_PARAMS.get(name, {}).items())
    return f"/centcom/{name}{fmt}" + (f"?{params}" if params else "")


@pytest.mark.parametrize("name", sorted(QUERIES))
@pytest.mark.parametrize("fmt", ["", ".json", ".csv"])
async def test_every_canned_query_answers(client, name, fmt):
    assert QUERIES[name].get("title") and QUERIES[name].get("description_html")
    r = await client.get(_query_url(name, fmt))
    assert r.status_code == 200, (name, fmt, r.text[:300])
    if fmt == ".json":
        assert r.json()["ok"] is True
        assert r.json()["rows"], f"{name} returned no rows for {QUERY_PARAMS.get(name)}"
    elif fmt == ".csv":
        assert r.text.count("\n") >= 2, name
    else:
        assert str(escape(QUERIES[name]["title"])) in r.text


def test_there_are_at_least_eight_canned_queries():
    assert len(QUERIES) >= 8


async def rows(client, path):
    r = await client.get(path)
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    return body if isinstance(body, list) else body["rows"]


async def test_july_2023_matches_centcom_release(client):
    """Release 20230809-01: 31 operations (Iraq 20, Syria 11), 5 killed, 30 detained."""
    got = {r["country"]: r for r in await rows(
        client, "/centcom/tallies.json?_shape=array&period_start=2023-07-01&period_end=2023-07-31")}
    assert got["Total"]["operations"] == 31
    assert got["Total"]["killed"] == 5
    assert got["Total"]["detained"] == 30
    assert got["Iraq"]["partnered_operations"] == 20
    assert got["Syria"]["partnered_operations"] == 11
    assert got["Iraq"]["us_only_operations"] == 0
    assert got["Iraq"]["killed"] == 2 and got["Syria"]["killed"] == 3
    assert got["Iraq"]["detained"] == 24 and got["Syria"]["detained"] == 6
    assert "centcom-20230809-01" in got["Total"]["source_ids"]


async def test_tallies_prefer_centcom_page_over_news_report(client):
    """Several reports quote July 2023 with other numbers; the tallies view uses the release."""
    figs = await rows(client, "/centcom/figures.json?_shape=array&period_start=2023-07-01"
                              "&period_end=2023-07-31&country=Iraq&measure=detained")
    assert {f["value"] for f in figs} > {24}, "the disagreeing news figure should be kept as data"
    dis = await rows(client, "/centcom/disagreements.json?_shape=array&period_start=2023-07-01"
                             "&country=Iraq&measure=detained")
    assert dis and dis[0]["distinct_values"] >= 2


async def test_seed_article_press_figures_beside_centcom(client):
    """Task & Purpose: '279 missions in seven months' beside CENTCOM's Jan-Jul 2023 monthly sum."""
    got = await rows(client, "/centcom/press_vs_centcom.json?_shape=array&period_start=2023-01-01"
                             "&period_end=2023-07-31&measure=operations&country=Total")
    tp = [r for r in got if r["stated_by"] == "Task & Purpose"]
    assert tp and tp[0]["press_value"] == 279
    assert tp[0]["months_in_window"] == 7
    assert tp[0]["centcom_sum_of_months"] is not None
    june = await rows(client, "/centcom/figures.json?_shape=array&period_start=2023-06-01"
                              "&period_end=2023-06-30&country=Total&measure=operations")
    assert {r["stated_by"]: r["value"] for r in june}.get("Task & Purpose") == 44


async def test_unstated_figures_are_null_not_zero(client, built_db):
    conn = sqlite3.connect(built_db)
    # A stated zero exists (July 2023: "0 U.S.-only operations") ...
    assert conn.execute("select count(*) from figures where value = 0").fetchone()[0] > 0
    # ... and operations leave unstated U.S. casualties empty rather than 0.
    assert conn.execute("select count(*) from operations where us_killed is null").fetchone()[0] > 0
    conn.close()


async def test_full_text_search_on_strikes(client):
    got = await rows(client, "/centcom/operations.json?_search=Homsi&_shape=array")
    assert any("Homsi" in (r["targets"] or "") for r in got)


async def test_source_ids_link_to_the_document(client, route):
    r = await client.get("/centcom/tallies?period_start=2023-07-01&period_end=2023-07-31")
    assert f'<a href="/{route}/sources/centcom-20230809-01" title="' in r.text
    assert '">centcom-20230809-01</a>' in r.text
    r = await client.get("/centcom/sources/centcom-20230809-01")
    assert "https://www.centcom.mil/" in r.text and "20230809-01" in r.text


async def test_home_page_has_caveats_and_dashboard_link(client):
    r = await client.get("/")
    assert r.status_code == 200
    assert 'href="/-/dashboards/overview"' in r.text
    assert "ISIS operative" in r.text and "never add" in r.text
    about = await client.get("/about")
    assert about.status_code == 200 and "<table>" in about.text


async def test_dashboard_shows_every_chart(client):
    r = await client.get("/-/dashboards/overview")
    assert r.status_code == 200
    charts = METADATA["plugins"]["datasette-dashboards"]["overview"]["charts"]
    assert r.text.count('class="dashboard-card"') == len(charts) >= 14
    for chart in METADATA["plugins"]["datasette-dashboards"]["overview"]["charts"].values():
        q = await client.get("/centcom.json", params={"sql": chart["query"], "_shape": "array"})
        assert q.status_code == 200 and q.json(), chart["title"]


async def test_settings_for_a_public_read_only_site(client):
    s = (await client.get("/-/settings.json")).json()
    assert s["sql_time_limit_ms"] <= 2000
    assert s["max_returned_rows"] >= 1000
    assert s["default_cache_ttl"] > 0
    # the database is immutable (nginx refuses /-/databases.json, which shows the file's path: test_gates.py)
    assert client.ds.get_database("centcom").is_mutable is False
    plugins = {p["name"] for p in (await client.get("/-/plugins.json")).json()}
    assert {"datasette-vega", "datasette-dashboards"} <= plugins


async def test_urls_carry_the_data_hash(client, ds):
    """One address per page for every release (/centcom/...), answering with the release's hash in
    X-Data-Hash (Cache-Control and the other headers are nginx's: tests/test_gates.py)."""
    r = await client.get("/centcom/figures.json?country=Iraq")
    assert r.status_code == 200 and r.json()["rows"]
    assert r.headers["x-data-hash"] == ds.get_database("centcom").hash[:7]
    assert r.headers["cache-control"] == "max-age=300"


@pytest.mark.parametrize("sql", [
    "insert into figures (period_start) values ('2020-01-01')",
    "update figures set value = 0",
    "delete from figures",
    "drop table figures",
    "create table x (a)",
])
async def test_write_sql_is_refused(client, built_db, sql):
    before = built_db.read_bytes()
    r = await client.get("/centcom.json", params={"sql": sql})
    assert r.status_code in (400, 403), r.text[:200]
    assert built_db.read_bytes() == before


async def test_tallies_never_take_a_misquote(client):
    """June 2023 (release not found): the reports give Syria 14 detained; Syria TV's 7 is the Iraq figure."""
    got = await rows(client, "/centcom/tallies.json?_shape=array&period_start=2023-06-01"
                             "&period_end=2023-06-30&country=Syria")
    assert got[0]["detained"] == 14
    dis = await rows(client, "/centcom/disagreements.json?_shape=array&period_start=2023-06-01"
                             "&country=Syria&measure=detained")
    assert dis and dis[0]["lowest"] == 7 and dis[0]["highest"] == 14


async def test_an_unknown_page_says_page_not_found(client):
    r = await client.get("/nope")
    assert r.status_code == 404
    assert "<h1>Page not found</h1>" in r.text and "Database not found" not in r.text
    assert "There is no page at this address." in r.text


async def test_people_read_words_not_codes(client):
    """HTML shows labels declared in datapackage.json (x-labels); JSON and CSV keep the codes."""
    html = (await client.get("/centcom/operations?operation_type=strike")).text
    assert ">strike (platform not stated)</span>" in html
    html = (await client.get("/centcom/operations/op-20220203-al-qurayshi")).text
    assert ">helicopter raid</span>" in html and ">not stated</span>" in html
    assert ">not_stated<" not in html and ">helicopter_raid<" not in html
    html = (await client.get("/centcom/figures?qualifier=more_than")).text
    assert ">more than</span>" in html
    row = (await client.get("/centcom/operations/op-20220203-al-qurayshi.json?_shape=array")).json()[0]
    assert row["operation_type"] == "helicopter_raid" and row["partnered"] == "not_stated"
