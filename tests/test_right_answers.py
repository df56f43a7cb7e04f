"""Right answers: each figure presented as CENTCOM stated it, never a misquote, always with its
wording and coverage. Each test is one of the failures a reviewer found, asked as a user would."""
from __future__ import annotations

import datetime as dt

import re
import sqlite3

import pytest
import yaml

from conftest import ROOT

METADATA = yaml.safe_load((ROOT / "metadata.yml").read_text())
QUERIES = METADATA["databases"]["centcom"]["queries"]
CHARTS = METADATA["plugins"]["datasette-dashboards"]["overview"]["charts"]
NOT_PRESENTABLE = ("misquoted", "unconfirmed", "outlet_count")


async def rows(client, path, **params):
    r = await client.get(path, params=params or None)
    assert r.status_code == 200, (path, r.text[:300])
    body = r.json()
    return body if isinstance(body, list) else body["rows"]


async def tally(client, start, end, country):
    got = await rows(client, f"/centcom/tallies.json?_shape=array&period_start={start}&period_end={end}"
                             f"&country={country}")
    assert len(got) == 1, (start, end, country, got)
    return got[0]


@pytest.fixture(scope="module")
def db(built_db):
    conn = sqlite3.connect(built_db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


# ------------------------------------------------------------------ no misquote is ever presented


def test_no_misquote_unconfirmed_or_outlet_count_is_ever_presented(db):
    bad = db.execute("""
        select p.*, f.assessment as row_assessment, f.stated_by from presented_figures p
        join figures f on f.period_start = p.period_start and f.period_end = p.period_end
          and f.country = p.country and f.measure = p.measure and f.source_id = p.source_id
        where f.assessment not in ('primary', 'quoted') or f.stated_by != 'CENTCOM'""").fetchall()
    assert [dict(r) for r in bad] == []
    # every presented row is one row of figures (value and wording as that row states them)
    unmatched = db.execute("""
        select count(*) from presented_figures p where not exists (select 1 from figures f
          where f.period_start = p.period_start and f.period_end = p.period_end and f.country = p.country
            and f.measure = p.measure and f.source_id = p.source_id and f.value = p.value
            and f.qualifier = p.qualifier)""").fetchone()[0]
    assert unmatched == 0


MEASURES = ["operations", "partnered_operations", "us_only_operations", "killed", "detained",
            "killed_or_detained", "leaders_killed", "leaders_captured", "leaders_killed_or_captured"]


def test_tallies_show_exactly_the_presented_figures_with_their_wording(db):
    for m in MEASURES:
        diff = db.execute(f"""
            select t.period_start, t.period_end, t.country, t.{m}, t.{m}_qualifier, p.value, p.qualifier
            from tallies t left join presented_figures p on p.period_start = t.period_start
              and p.period_end = t.period_end and p.country = t.country and p.measure = '{m}'
            where t.{m} is not p.value or t.{m}_qualifier is not p.qualifier""").fetchall()
        assert [tuple(r) for r in diff] == [], m


def test_a_killed_or_captured_figure_is_never_shown_as_killed(db):
    both = db.execute("""select count(*) from tallies where killed is not null and killed_or_detained is not null
                         and killed = killed_or_detained and killed_qualifier = killed_or_detained_qualifier""").fetchone()[0]
    assert both == 0
    misquotes = db.execute("""select count(*) from figures where measure = 'killed' and assessment = 'misquoted'
                              and note like '%killed or captured%' or note like '%killed-or-captured%'""").fetchone()[0]
    assert misquotes >= 2, "The National's two 'killed 50' rows stay in the data, labelled"


# ------------------------------------------------------------------ the reviewer's examples


async def test_first_half_2024_total_operations_is_196_not_the_153_isis_attacks(client):
    t = await tally(client, "2024-01-01", "2024-06-30", "Total")
    assert t["operations"] == 196 and t["operations_qualifier"] == "exact"
    dis = await rows(client, "/centcom/disagreements.json?_shape=array&period_start=2024-01-01"
                             "&period_end=2024-06-30&country=Total&measure=operations")
    assert "153" in dis[0]["versions"] and "[misquoted]" in dis[0]["versions"]
    assert dis[0]["presented"] == "196"


async def test_first_half_2024_syria_is_not_the_two_country_total(client):
    syria = await tally(client, "2024-01-01", "2024-06-30", "Syria")
    total = await tally(client, "2024-01-01", "2024-06-30", "Total")
    assert syria["operations"] is None, "CENTCOM gave Syria no total; 196 is the two-country total"
    assert syria["partnered_operations"] == 59
    assert syria["partnered_operations"] < total["operations"]


async def test_2022_syria_operations_is_122_not_the_partnered_108(client):
    t = await tally(client, "2022-01-01", "2022-12-31", "Syria")
    assert t["operations"] == 122
    assert t["partnered_operations"] == 108 and t["us_only_operations"] == 14


@pytest.mark.parametrize("end", ["2026-02-04", "2026-02-14"])
async def test_hawkeye_strike_killed_or_captured_is_not_killed(client, end):
    t = await tally(client, "2025-12-19", end, "Syria")
    assert t["killed"] is None
    assert (t["killed_or_detained"], t["killed_or_detained_qualifier"]) == (50, "more_than")


async def test_qualifiers_travel_with_the_number(client):
    t = await tally(client, "2024-12-30", "2025-12-30", "Syria")
    assert (t["killed"], t["killed_qualifier"]) == (20, "more_than")
    assert (t["detained"], t["detained_qualifier"]) == (300, "more_than")
    html = (await client.get("/centcom/tallies?period_start=2024-12-30&period_end=2025-12-30")).text
    assert "more than 20" in html and "more than 300" in html
    t = await tally(client, "2025-07-01", "2025-12-17", "Syria")
    assert (t["operations"], t["operations_qualifier"]) == (80, "nearly")
    html = (await client.get("/centcom/tallies?period_start=2025-07-01&period_end=2025-12-17")).text
    assert "nearly 80" in html
    csv_text = (await client.get("/centcom/tallies.csv?period_start=2024-12-30&period_end=2025-12-30")).text
    assert "killed_qualifier" in csv_text.splitlines()[0] and "more_than" in csv_text


async def test_every_derived_table_carries_the_wording_beside_each_figure(db):
    """Every integer column of a derived table that holds a figure has its wording beside it."""
    import schema

    figure_words = ("operations", "killed", "detained", "value", "press_value", "stated_total",
                    "centcom_same_window", "centcom_sum_of_months")
    for d in schema.load().derived:
        names = {c.name for c in d.columns}
        for c in d.columns:
            if c.type == "integer" and (c.name in figure_words or c.name.endswith(("_ytd",)) or
                                        c.name in MEASURES or c.name.startswith("isis_")) \
                    and not c.name.startswith("other_"):
                pair = {"value": "qualifier", "press_value": "press_qualifier", "stated_total": "total_qualifier",
                        "centcom_sum_of_months": "centcom_sum_qualifier"}.get(c.name, f"{c.name}_qualifier")
                assert pair in names, f"{d.name}.{c.name} has no wording column {pair}"


async def test_sums_say_which_months_they_cover(client):
    got = {(r["country"], r["measure"]): r for r in await rows(
        client, "/centcom/yearly_totals.json?_shape=array&year=2023&_size=max")}
    killed = got[("Total", "killed")]
    assert killed["months_covered"] == 10 and killed["complete"] == 0
    assert "August" not in killed["coverage"], "no Total killed figure was published for August 2023"
    iraq_ops = got[("Iraq", "operations")]
    assert iraq_ops["months_covered"] < 9, "Iraq's stated operations rest on a few months, not 9"
    per_year = {(r["year"], r["country"]): r for r in await rows(client, "/centcom/totals_per_year.json?_shape=array")}
    assert per_year[("2023", "Iraq")]["operations_cover"] == iraq_ops["coverage"]


async def test_partnered_plus_us_only_is_a_derived_column_not_operations(client):
    t = await tally(client, "2023-01-01", "2023-01-31", "Iraq")
    assert t["operations"] is None
    assert (t["partnered_operations"], t["us_only_operations"], t["operations_derived"]) == (33, 0, 33)


async def test_calendar_2025_finds_centcoms_12_month_statement(client):
    got = await rows(client, "/centcom/figures_for_window.json?_shape=array&from_date=2025-01-01&to_date=2025-12-31&_size=max")
    presented = [r for r in got if r["presented"] == "yes" and r["measure"] == "killed" and r["country"] == "Syria"]
    windows = {(r["period_start"], r["period_end"]): r for r in presented}
    assert ("2024-12-30", "2025-12-30") in windows
    assert windows[("2024-12-30", "2025-12-30")]["as_stated"] == "more than 20"
    rtt = [r for r in got if r["source_id"] == "rttnews-20260122-first-batch" and r["measure"] == "killed"]
    assert rtt and rtt[0]["presented"] == "no" and rtt[0]["assessment"] == "misquoted"
    assert got[0]["presented"] == "yes", "presented figures come first"


async def test_home_page_says_us_and_partner_forces_and_links_key_figures(client):
    html = (await client.get("/")).text
    assert "U.S. and partner" in html and 'href="/key-figures"' in html


# ------------------------------------------------------------------ /key-figures


async def test_key_figures_answers_each_year_from_the_data(client, db):
    data = (await client.get("/key-figures.json")).json()
    years = {y["year"]: y for y in data["years"]}
    assert set(range(2022, 2027)) <= set(years)
    assert data["as_of"] == db.execute("select max(period_end) from presented_figures").fetchone()[0]
    # 2025: CENTCOM's 12-month statement on Syria, worded as CENTCOM worded it
    s2025 = {s["window"]: s for s in years[2025]["statements"]}
    year_to_dec = s2025["30 December 2024 – 30 December 2025"]
    sentences = " ".join(i["sentence"] for i in year_to_dec["items"])
    assert "more than 20 in Syria" in sentences and "more than 300 in Syria" in sentences
    assert "U.S. and partner forces" in year_to_dec["lead"]
    # every number in a sentence comes from a presented figure, linked to its source
    for y in data["years"]:
        for s in y["statements"]:
            for item in s["items"]:
                for f in item["figures"]:
                    assert f["as_stated"] in item["sentence"]
                    assert f["source_url"].endswith("/sources/" + f["source_id"])
                    assert f["assessment"] in ("primary", "quoted")
    # overlapping windows are explained
    assert any("contains" in o for o in years[2024]["overlaps"])
    # the Hawkeye figure is killed or captured, never killed
    latest = " ".join(i["sentence"] for i in data["latest"]["items"])
    assert "killed or captured" in latest and "ISIS operatives killed:" not in latest


async def test_key_figures_say_where_no_full_year_figure_exists_and_read_cleanly(client):
    data = (await client.get("/key-figures.json")).json()
    years = {y["year"]: y for y in data["years"]}
    # 2024 has only partial windows (quarters, a half-year, "since" windows): the page says so
    assert any("No CENTCOM figure covers the whole of 2024" in g for g in years[2024]["gaps"])
    # 2022's Year in Review gives the whole year, per country: no such sentence
    assert not any("covers the whole of 2022" in g for g in years[2022]["gaps"])
    html = (await client.get("/key-figures")).text
    for year in range(2022, 2027):  # jump links to every year, at the top
        assert f'<a href="#y{year}">{year}</a>' in html.split('<h2 id="latest">')[0]
    assert "(1 days" not in html and "moved from Syria to Iraq: 150 in Syria" not in html
    assert "Sums in 'sums'" not in html


async def test_key_figures_page_links_every_figure(client):
    r = await client.get("/key-figures")
    assert r.status_code == 200
    html = r.text
    assert "more than 20" in html and "U.S. and partner forces" in html
    for year in range(2022, 2027):
        assert f'id="y{year}"' in html
    assert html.count("/sources/") >= 50


# ------------------------------------------------------------------ charts and dashboard


def _charts():
    """(slug, chart, view): every single view of every Vega-Lite chart, layers included."""
    for slug, chart in CHARTS.items():
        if chart["library"] == "vega-lite":
            for view in chart["display"].get("layer", [chart["display"]]):
                yield slug, chart, view


def test_every_date_axis_is_temporal_with_years():
    for slug, chart, view in _charts():
        x = view["encoding"]["x"]
        if "date" in x["field"] or "period" in x["field"] or "month" in x["field"]:
            assert x["type"] == "temporal", slug
            assert "%Y" in x.get("axis", {}).get("format", ""), f"{slug}: no year on the date axis"
    for name, q in QUERIES.items():
        frag = dict(p.split("=", 1) for p in q.get("fragment", "").split("&") if p)
        if frag and ("month" in frag["g.x_column"] or "period" in frag["g.x_column"]):
            assert frag["g.x_type"] == "temporal", name


async def test_no_chart_stacks_a_total_with_its_countries(client):
    for slug, chart, view in _charts():
        enc = view["encoding"]
        mark = view["mark"]["type"]
        if mark in ("bar", "area") and enc.get("color", {}).get("field") == "country" and "xOffset" not in enc:
            got = await rows(client, "/centcom.json", _shape="array", sql=chart["query"])
            assert not any(r["country"] == "Total" for r in got), slug
    # yearly sums over 6 and 12 months must not be drawn side by side as years: no preset chart
    assert "fragment" not in QUERIES["totals_per_year"]


async def test_dashboard_covers_2022_to_2026(client):
    years = set()
    for slug in ("rate-operations", "rate-killed", "rate-detained", "rate-killed-or-detained"):
        got = await rows(client, "/centcom.json", _shape="array", sql=CHARTS[slug]["query"])
        windows = [r for r in got if r["row_type"] == "window"]
        years |= {r["period_start"][:4] for r in windows} | {r["period_end"][:4] for r in windows}
        assert all(r["as_stated"] for r in windows)
        assert any(r["row_type"] == "event" for r in got), f"{slug} marks no events"
    assert {"2022", "2023", "2024", "2025", "2026"} <= years
    for slug, chart in CHARTS.items():
        assert "2023 (January-November" not in chart["title"]


# ------------------------------------------------------------------ canned queries


async def test_country_matching_ignores_case(client):
    lower = await rows(client, "/centcom/country_series.json?country=syria&_shape=array")
    upper = await rows(client, "/centcom/country_series.json?country=Syria&_shape=array")
    assert lower and lower == upper
    prov = await rows(client, "/centcom/figure_provenance.json?measure=KILLED&country=total&_shape=array")
    assert prov


@pytest.mark.parametrize("path", ["/centcom/country_series.json", "/centcom/country_series.json?country=",
                                  "/centcom/figure_provenance.csv?measure=killed",
                                  "/centcom/figures_for_window.json?from_date=2025-01-01"])
async def test_missing_parameters_say_what_to_enter(client, path):
    r = await client.get(path)
    assert r.status_code == 400
    assert "Enter" in r.text


async def test_parameter_help_offers_valid_values(client):
    html = (await client.get("/centcom/figure_provenance")).text
    assert "detainees_transferred_to_iraq" in html, "measure values come from the measures table"
    assert '"Iraq", "Syria", "Total"' in html


# ------------------------------------------------------------------ data gaps found in the review


def test_data_gaps_are_filled(db):
    def one(sql, *args):
        return db.execute(sql, args).fetchone()

    march = {r["country"]: r for r in db.execute(
        "select * from tallies where period_start = '2023-03-01' and period_end = '2023-03-31'")}
    assert (march["Iraq"]["killed"], march["Iraq"]["detained"]) == (7, 7)
    assert (march["Syria"]["killed"], march["Syria"]["detained"]) == (2, 11)
    assert march["Total"]["killed"] == 9
    assert one("select value from figures where period_start = '2023-01-01' and period_end = '2023-01-31' "
               "and country = 'Iraq' and measure = 'us_only_operations'")[0] == 0
    assert one("select killed from operations where operation_id = 'op-20240911-eastern-syria-ied'")[0] == 1
    assert one("select killed from operation_reports where operation_id = 'op-20240829-anbar-raid' "
               "and source_id like 'dailycaller-20240831%'")[0] == 15
    assert one("select count(*) from figures where source_id = 'centcom-article-4407035' "
               "and assessment = 'primary'")[0] >= 4


async def test_no_link_reads_none(client):
    for path in ["/centcom/figures?_size=max", "/centcom/operations?_size=max", "/centcom/operation_reports?_size=max",
                 "/centcom/tallies?_size=max", "/centcom/operations/op-20230118-media-security-operative"]:
        html = (await client.get(path)).text
        assert ">None<" not in html, path


# ------------------------------------------------------------------ the dashboard tells the truth (issue 17)


async def test_rate_charts_draw_no_rate_from_a_short_window_and_show_the_wording(client):
    for slug in ("rate-operations", "rate-killed", "rate-detained", "rate-killed-or-detained"):
        got = await rows(client, "/centcom.json", _shape="array", sql=CHARTS[slug]["query"])
        windows = [r for r in got if r["row_type"] == "window"]
        assert windows and all(
            (dt.date.fromisoformat(r["period_end"]) - dt.date.fromisoformat(r["period_start"])).days + 1 >= 28
            for r in windows), slug
        assert {r["wording"] for r in windows} <= {"exact", "at least / more than", "about / nearly / up to"}
        encodings = [layer["encoding"] for layer in CHARTS[slug]["display"]["layer"]]
        assert any(e.get("strokeDash", {}).get("field") == "wording" for e in encodings), slug
        # events are numbered on the chart (text), and dated in words
        assert any(e.get("text", {}).get("field") == "n" for e in encodings), slug
        events = [r for r in got if r["row_type"] == "event"]
        assert events and all(r["n"] and re.fullmatch(r"[0-9–\- ]*[A-Z][a-z]+( [0-9]{4})?.*", r["period"]) for r in events)
        assert not any(r["period"].isdigit() for r in events)  # was "1755388800000" in the tooltip
    # where Iraq stops being reported, the chart says so in words
    got = await rows(client, "/centcom.json", _shape="array", sql=CHARTS["rate-killed"]["query"])
    assert [r["event"] for r in got if r["row_type"] == "note"] == ["No Iraq figure after June 2024 →"]


async def test_the_dashboard_lists_the_numbered_events_and_no_row_looks_empty(client):
    events = await rows(client, "/centcom.json", _shape="array", sql=CHARTS["events-list"]["query"])
    chart = await rows(client, "/centcom.json", _shape="array", sql=CHARTS["rate-operations"]["query"])
    numbered = {r["n"]: r["event"] for r in chart if r["row_type"] == "event"}
    assert {r["No."]: r["What happened"].split(": ", 1)[1] for r in events} == numbered
    table = await rows(client, "/centcom.json", _shape="array", sql=CHARTS["windows-table"]["query"])
    assert table and all(r["CENTCOM said"] for r in table)  # "2-3 January 2025 Syria" was a blank row
    hawkeye = [r for r in table if r["Window"].startswith("19 December 2025")]
    assert hawkeye and all("killed or captured" in r["CENTCOM said"] for r in hawkeye)


async def test_an_attack_on_us_forces_is_an_event_not_an_operation(client, db):
    """The Palmyra ambush of 13 December 2025 is an event: no operation, no killed figure of ISIS from it."""
    assert db.execute("select kind from events where event_id = 'ev-20251213-palmyra-ambush'").fetchone()[0] == "attack"
    assert db.execute("select count(*) from operations where operation_id like '%palmyra%'").fetchone()[0] == 0
    got = await rows(client, "/centcom.json", _shape="array", sql=CHARTS["headline-strikes"]["query"])
    isis = db.execute("select count(*) from operations where \"group\" = 'ISIS'").fetchone()[0]
    assert got[0]["count"] == isis == 51
