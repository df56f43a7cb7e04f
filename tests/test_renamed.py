"""Data release 3.0.0: names that say what they hold, old addresses that keep answering, and the
evidence words that every row links to (see datapackage.json "x-renamed", evidence.py)."""
import csv
import io
import json
import re
import urllib.parse
from pathlib import Path

import sqlite3

import pytest

import evidence
from conftest import get

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = json.loads((ROOT / "data" / "datapackage.json").read_text())
RENAMED = PACKAGE["x-renamed"]
OLD_COLUMNS = {"strikes": ["strike_id", "isis_killed", "isis_killed_qualifier", "isis_detained", "isis_detained_qualifier"],
               "strike_reports": ["strike_id", "isis_killed", "isis_detained"],
               "strikes_by_month": ["isis_killed", "isis_detained"],
               "strike_disagreements": ["strike_id", "other_isis_killed"]}


@pytest.fixture(scope="module")
def db(built_db):
    conn = sqlite3.connect(f"file:{built_db}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.mark.parametrize("old", sorted(RENAMED["tables"]))
async def test_an_old_table_address_answers_with_the_same_rows_and_old_column_names(client, old):
    new = RENAMED["tables"][old]
    was = (await client.get(f"/centcom/{old}.json?_shape=array&_size=max")).json()
    now = (await client.get(f"/centcom/{new}.json?_shape=array&_size=max")).json()
    assert len(was) == len(now) > 0
    assert set(OLD_COLUMNS[old]) <= set(was[0]), sorted(was[0])
    back = {n: o for o, n in RENAMED["columns"].items()}
    def key(r):
        return json.dumps(r, sort_keys=True)
    assert sorted((key({back.get(k, k): v for k, v in r.items() if k not in ("evidence_url", "rowid")}) for r in now)) \
        == sorted(key({k: v for k, v in r.items() if k != "rowid"}) for r in was)
    r = await client.get(f"/centcom/{old}.csv?_size=max")
    assert r.status_code == 200 and set(OLD_COLUMNS[old]) <= set(next(csv.reader(io.StringIO(r.text))))
    html = await client.get(f"/centcom/{old}")
    assert html.status_code == 200 and f"Renamed {new}" in html.text


async def test_old_full_text_search_keeps_working(client):
    """/centcom/strikes?_search= of release 2.0.0 finds what /centcom/operations?_search= finds."""
    was = (await client.get("/centcom/strikes.json?_search=Homsi&_shape=array")).json()
    now = (await client.get("/centcom/operations.json?_search=Homsi&_shape=array")).json()
    assert 0 < len(was) == len(now) < 10
    assert sorted(r["strike_id"] for r in was) == sorted(r["operation_id"] for r in now)


async def test_old_filters_and_sorts_keep_working(client):
    got = (await client.get("/centcom/strikes.json?_shape=array&isis_killed__gte=10&_sort_desc=isis_killed")).json()
    assert got and all(r["isis_killed"] >= 10 for r in got)
    assert [r["isis_killed"] for r in got] == sorted((r["isis_killed"] for r in got), reverse=True)


@pytest.mark.parametrize("old, new", [
    ("/centcom/strikes/op-20230216-al-homsi", "/centcom/operations/op-20230216-al-homsi"),
    ("/centcom/strikes/op-20230216-al-homsi.json?_shape=array", "/centcom/operations/op-20230216-al-homsi.json?_shape=array"),
    ("/centcom/strike_reports/op-20230503-al-qaeda-leader-strike,militarycom-20230509-civilian-reports",
     "/centcom/operation_reports/op-20230503-al-qaeda-leader-strike,militarycom-20230509-civilian-reports"),
    ("/centcom/search_strikes?q=Homsi", "/centcom/search_operations?q=Homsi"),
    ("/centcom/search_strikes.json?q=Homsi&_shape=array", "/centcom/search_operations.json?q=Homsi&_shape=array"),
    ("/centcom/strikes_map.json?_shape=array", "/centcom/operations_map.json?_shape=array"),
    ("/centcom/strikes_per_month.csv", "/centcom/operations_per_month.csv"),
    ("/centcom/events/ev-20260223-qasrak-withdrawal-begins", "/centcom/events/ev-20260221-qasrak-withdrawal-begins"),
])
async def test_an_old_row_or_query_redirects_permanently_to_its_new_name(client, old, new):
    r = await client.get(old, follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == new
    assert (await client.get(old)).status_code == 200


def test_old_csv_files_redirect_through_the_front(server):
    for old, new in (("strikes", "operations"), ("strike_reports", "operation_reports")):
        status, headers, _, _ = get(server.port, f"/data/{old}.csv")
        assert status == 301 and headers["location"].endswith(f"/data/{new}.csv")
        status, headers, body, _ = get(server.port, f"/data/{new}.csv")
        assert status == 200 and body.startswith(b"operation_id,")


async def test_names_say_what_they_hold(db):
    tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    assert {"operations", "operation_reports", "operations_by_month", "operation_disagreements"} <= tables
    cols = [r[1] for r in db.execute("pragma table_info(operations)")]
    assert {"operation_id", "killed", "detained", "counted_as", "announced_basis", "evidence", "evidence_url"} <= set(cols)
    assert not [c for c in cols if c.startswith("isis_")]
    # killed holds other groups' dead too, and says whose
    other = db.execute("select count(*) from operations where \"group\" != 'ISIS' and killed > 0").fetchone()[0]
    assert other >= 5


@pytest.mark.parametrize("table", ["figures", "operations", "operation_reports", "events"])
def test_every_row_links_to_the_words_that_state_it(db, table):
    rows = db.execute(f"select t.evidence, t.evidence_url, s.url, e.url, s.text_found from {table} t "
                      "join sources s on s.source_id = t.source_id "
                      "left join sources e on e.source_id = t.evidence_source_id").fetchall()
    assert rows
    for words, url, source_url, other_url, found in rows:
        if not words:
            assert found == "no" and url is None
            continue
        assert 2 <= len(words.split()) <= 25, words
        assert url.startswith((other_url or source_url).split("#")[0] + "#"), url
        fragment = url.split(":~:", 1)[1]
        spans = [urllib.parse.unquote(p.removeprefix("text=")) for p in fragment.split("&")]
        assert spans == evidence.snippets(words)


def test_few_rows_lack_evidence_and_each_says_why(db):
    missing = db.execute("select f.source_id from figures f join sources s on s.source_id = f.source_id "
                         "where f.evidence is null").fetchall()
    assert len(missing) <= 3
    for (sid,) in missing:
        assert db.execute("select text_found from sources where source_id = ?", (sid,)).fetchone()[0] == "no"
    # none of them is presented as CENTCOM's figure
    assert db.execute("select count(*) from presented_figures where evidence is null").fetchone()[0] == 0


@pytest.mark.parametrize("words, numbers, qualifiers, ok", [
    ("more than 20 ISIS operatives killed", {"value": 20}, {"qualifier": "more_than"}, True),
    ("more than 20 ISIS operatives killed", {"value": 21}, {"qualifier": "more_than"}, False),
    ("20 ISIS operatives killed", {"value": 20}, {"qualifier": "more_than"}, False),
    ("al-Hardani and his two adult sons", {"killed": 3}, {}, True),
    ("killing over 1,200 militants", {"value": 1200}, {"qualifier": "more_than"}, True),
    ("nearly twenty-five ISIS fighters", {"value": 25}, {"qualifier": "nearly"}, True),
    ("نقل نحو ثلاثة آلاف معتقل", {"value": 3000}, {"qualifier": "approximately"}, True),
    ("قتل ١٢ عنصرا", {"value": 12}, {"qualifier": "exact"}, True),
    ("at least seven killed … a dozen captured", {"killed": 7, "detained": 12},
     {"killed_qualifier": "at_least", "detained_qualifier": "approximately"}, True),
])
def test_evidence_must_state_the_numbers_and_the_wording(words, numbers, qualifiers, ok):
    assert (evidence.problems(words, numbers, qualifiers) == []) == ok


def test_validate_names_the_row_whose_evidence_does_not_state_its_figure(data_copy, tmp_path):
    import subprocess
    import sys

    path = data_copy / "figures.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    i = next(i for i, r in enumerate(rows) if r["value"] == "220" and r["qualifier"] == "at_least")
    rows[i]["evidence"] = "CENTCOM said 221 ISIS operatives were killed"
    with path.open("w", encoding="utf-8", newline="") as fp:
        w = csv.DictWriter(fp, list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    result = subprocess.run([sys.executable, str(ROOT / "build_db.py"), "--data", str(data_copy),
                             "--db", str(tmp_path / "centcom.db")], capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"figures.csv:{i + 2}: column 'evidence': value 220 does not appear" in result.stderr, result.stderr
    assert "at_least is not worded" in result.stderr


async def test_pages_show_the_words_as_a_link_and_key_figures_use_the_sources_noun(client, db):
    html = (await client.get("/centcom/operations/op-20230216-al-homsi")).text
    assert 'class="evidence" href="https://salinapost.com/' in html and ":~:text=four%20U.S." in html
    assert html.count('class="evidence-link"') == 1  # under the description, before the row's wide table
    html = (await client.get("/centcom/figures/2023-06-01,2023-06-30,Syria,detained,syriatv-nodate-june-tally")).text
    assert "No copy of this row's document could be found again" in html
    kf = (await client.get("/key-figures.json")).json()
    statements = [kf["latest"]] + [s for y in kf["years"] for s in y["statements"]]  # the latest is shown twice
    worded = [f for s in statements for i in s["items"] for f in i["figures"]]
    assert all(f["evidence_url"] for f in worded)
    html = (await client.get("/key-figures")).text
    assert html.count('class="evidence"') == len(worded)
    # CENTCOM's 30 December 2025 past-year figures count "terrorists": the page says so, not "ISIS operatives"
    terrorists = db.execute("select count(*) from presented_figures where counted_as = 'terrorists'").fetchone()[0]
    assert terrorists >= 3 and "terrorists killed" in html
    feed = (await client.get("/centcom/new_figures.atom")).text
    assert "terrorists killed" in feed and ":~:text=" in feed


async def test_the_key_figures_gap_links_to_what_was_searched_for_on_about(client):
    """The gap after the newest figure names the record of the 2026 searches: an address in JSON, a link on the
    page, and that link's anchor is a heading of /about."""
    kf = (await client.get("/key-figures.json")).json()
    gap = next(g for y in kf["years"] for g in y["gaps"] if "no later tally" in g)
    href = re.search(r"(/about#[\w-]+)\)", gap).group(1)
    html = (await client.get("/key-figures")).text
    assert f'(<a href="{href}">see what was searched for</a>).' in html
    about = (await client.get("/about")).text
    assert f'id="{href.split("#")[1]}"' in about
