"""Researchers, journalists and deployers: versions, changelog, citation, feeds, downloads, and the
small things that make a page shareable and navigable."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET

import pytest
import yaml

from conftest import ROOT

PACKAGE = json.loads((ROOT / "data" / "datapackage.json").read_text())


async def test_every_page_says_which_release_it_shows(client):
    release = (await client.get("/-/data-release.json")).json()
    assert release["version"] == PACKAGE["version"]
    assert release["as_of"] == "2026-02-14"
    for path in ("/", "/about", "/key-figures", "/centcom/figures", "/centcom/figures.json", "/centcom/figures.csv"):
        r = await client.get(path)
        assert r.headers["x-data-release"] == f"{release['version']}; as-of={release['as_of']}", path
    home = (await client.get("/")).text
    assert f"Data release {release['version']}" in home and "figures as of 14 February 2026" in home
    assert "Cite as:" in home
    about = (await client.get("/about")).text
    assert 'id="cite"' in about and release["citation"] in about.replace("&#39;", "'")


def test_citation_cff_names_the_current_release():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert cff["version"] == PACKAGE["version"]
    releases = (ROOT / "data" / "releases.csv").read_text().strip().splitlines()
    assert releases[-1].startswith(f"{PACKAGE['version']},{cff['date-released']},")


async def test_changelog_shows_what_each_release_changed(client):
    data = (await client.get("/changelog.json")).json()
    assert data["releases"][0]["version"] == PACKAGE["version"]
    release = {r["version"]: r for r in data["releases"]}
    # 3.1.0 added one figure, the 2022 review's stated zero, and its own line in releases
    assert release["3.1.0"]["compared_with"] == "3.0.0"
    changed = {t["table"]: t for t in release["3.1.0"]["tables"] if t["added"] or t["removed"] or t["changed"]}
    assert list(changed) == ["figures", "releases"] and changed["figures"]["added"] == [
        "2022-01-01 | 2022-12-31 | Total | us_wounded | kurdistan24-20221229-313-operations-2022"]
    current = release["3.0.0"]
    assert current["compared_with"] == "2.0.0"
    tables = {t["table"]: t for t in current["tables"]}
    # 3.0.0 renamed tables and columns: the changelog compares them under their new names and says so
    assert tables["operations"]["renamed_from"] == "strikes" and not tables["operations"]["new_table"]
    assert tables["operations"]["columns_renamed"]["isis_killed"] == "killed"
    assert "op-20251213-palmyra-ambush" in tables["operations"]["removed"]
    assert {"counted_as", "evidence"} <= set(tables["figures"]["columns_added"])
    assert "ev-20220120-ghwayran-prison-battle" in tables["events"]["added"]
    previous = release["2.0.0"]
    assert previous["compared_with"] == "1.0.0"
    assert {t["table"]: t for t in previous["tables"]}["events"]["new_table"]
    html = (await client.get("/changelog")).text
    assert "Release 3.1.0" in html and "Release 3.0.0" in html and "Release 2.0.0" in html and "renamed from strikes" in html
    assert "isis_killed → killed" in html


def test_changelog_is_generated_from_the_history():
    if not shutil.which("git") or subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", "cdd72e1"],
                                                 capture_output=True).returncode:
        pytest.skip("no git history here (the changelog is generated at development time)")
    r = subprocess.run([sys.executable, str(ROOT / "changelog.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_the_whole_package_loads_from_one_url(server):
    from frictionless import Package

    package = Package(server.url + "/data/datapackage.json")
    assert package.version == PACKAGE["version"]
    report = package.validate()
    assert report.valid, [e.message for t in report.tasks for e in t.errors][:5]
    with urllib.request.urlopen(server.url + "/data/figures.csv") as r:
        assert r.headers["content-type"].startswith("text/csv")
        assert r.read().decode().splitlines()[0].startswith("period_start,period_end,country,measure")


@pytest.mark.parametrize("feed, table", [("new_figures", "figures"), ("new_operations", "operations")])
async def test_atom_feeds(client, built_db, feed, table):
    import sqlite3

    r = await client.get(f"/centcom/{feed}.atom")
    assert r.status_code == 200 and r.headers["content-type"] == "application/atom+xml; charset=utf-8"
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed_xml = ET.fromstring(r.content)
    entries = feed_xml.findall("a:entry", ns)
    count = sqlite3.connect(built_db).execute(f"select count(*) from {table}").fetchone()[0]
    assert len(entries) == count
    ids = [e.find("a:id", ns).text for e in entries]
    assert len(set(ids)) == len(ids)
    # the feed's id and self link are the stable URL; every entry link is absolute
    assert feed_xml.find("a:id", ns).text == f"http://localhost/centcom/{feed}.atom"
    assert all(e.find("a:link", ns).get("href").startswith("http://localhost/centcom/") for e in entries)


async def test_the_figures_feed_never_titles_a_misquote_as_centcoms_statement(client, built_db):
    import sqlite3

    r = await client.get("/centcom/new_figures.atom")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.find("a:title", ns).text for e in ET.fromstring(r.content).findall("a:entry", ns)]
    counts = dict(sqlite3.connect(built_db).execute("select assessment, count(*) from figures group by assessment"))
    assert sum("misquoted: " in t for t in titles) == counts["misquoted"]
    assert sum("unconfirmed: " in t for t in titles) == counts["unconfirmed"]
    assert sum("own count, not CENTCOM's" in t for t in titles) == counts["outlet_count"]
    assert sum(", stated by " in t for t in titles) == counts["primary"] + counts["quoted"]
    newest = titles[0]
    assert "[misquoted]" not in newest and not ("stated by CENTCOM" in newest and "misquoted" in newest)


async def test_row_pages_link_their_source(client, route):
    for path in ["/centcom/operations/op-20230216-al-homsi",
                 "/centcom/figures/2023-07-01,2023-07-31,Total,killed,centcom-20230809-01"]:
        html = (await client.get(path)).text
        assert re.search(rf'<a href="/{route}/sources/[a-z0-9-]+" title="[^"]*">[a-z0-9-]+</a>', html), path


async def test_labels_name_the_measure(client):
    rows = (await client.get("/centcom/figures.json?_labels=on&_shape=array&measure=killed&_size=1")).json()
    assert rows[0]["measure"] == {"value": "killed", "label": "ISIS operatives killed"}


async def test_404_page_offers_a_way_back(client):
    r = await client.get("/no-such-page")
    assert r.status_code == 404
    for href in ('href="/"', 'href="/key-figures"', 'href="/-/dashboards/overview"', 'href="/about"'):
        assert href in r.text


async def test_menu_and_sharing_tags(client):
    html = (await client.get("/")).text
    assert '<html lang="en">' in html
    assert re.search(r'<meta name="description" content="[^"]{40,}">', html)
    assert 'property="og:title"' in html and 'property="og:description"' in html
    menu = re.search(r'<div class="nav-menu-inner">(.*?)</div>', html, re.S).group(1)
    for label in ("Home", "Key figures", "Dashboard", "About the data"):
        assert f">{label}</a>" in menu
    assert 'type="application/atom+xml"' in html


async def test_crawlers_index_the_listed_pages_only(client):
    robots = (await client.get("/robots.txt")).text
    assert "Disallow: /*?sql=" in robots and "Disallow: /*_where=" in robots and "Sitemap: http" in robots
    sitemap = (await client.get("/sitemap.xml")).text
    assert "/key-figures</loc>" in sitemap and "/centcom/tallies</loc>" in sitemap and "/centcom-" not in sitemap


async def test_stable_urls_answer_directly_with_the_release_hash(client, ds):
    r = await client.get("/centcom/figures.csv?_size=1", follow_redirects=False)
    assert r.status_code == 200 and r.text.startswith("period_start,")
    assert r.headers["x-data-hash"] == ds.get_database("centcom").hash[:7]
