"""Real headless Chromium (Debian's package, driven by Playwright) against the real server."""
from __future__ import annotations

import shutil

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            headless=True, args=ARGS, viewport={"width": 1280, "height": 1000})
        yield ctx
        ctx.close()


def open_page(browser, url, width=1280):
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: m.type == "error" and errors.append(f"console: {m.text}"))
    page.on("requestfailed", lambda r: errors.append(f"requestfailed: {r.url}"))
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200, url
    return page, errors


def test_home_page(browser, server, artifacts):
    page, errors = open_page(browser, server.url + "/")
    assert "CENTCOM anti-ISIS operations" in page.title() or page.locator("h1").count()
    assert page.locator("a[href='/-/dashboards/overview']").count() >= 1
    assert page.locator(".caveats").is_visible()
    page.screenshot(path=artifacts / "home.png", full_page=True)
    assert not errors, errors


def test_table_page_draws_a_vega_chart(browser, server, artifacts):
    # datasette-vega, preset by URL fragment like the canned queries' `fragment`
    url = (server.url + "/centcom/monthly?country=Total#g.mark=line&g.x_column=month&g.x_type=ordinal"
           "&g.y_column=operations&g.y_type=quantitative")
    page, errors = open_page(browser, url)
    page.wait_for_selector(".vega-embed svg, .vega-embed canvas", timeout=15000)
    marks = page.locator(".vega-embed svg path, .vega-embed canvas")
    assert marks.count() > 0
    page.screenshot(path=artifacts / "table-monthly-chart.png", full_page=True)
    assert not errors, errors


def test_canned_query_chart_from_preset_fragment(browser, server, artifacts):
    import yaml
    from conftest import ROOT

    q = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["centcom"]["queries"]["country_series"]
    page, errors = open_page(browser, server.url + "/centcom/country_series?country=Syria#" + q["fragment"])
    page.wait_for_selector(".vega-embed svg, .vega-embed canvas", timeout=15000)
    page.screenshot(path=artifacts / "query-country-series.png", full_page=True)
    assert not errors, errors


def test_dashboard_renders_every_chart(browser, server, artifacts):
    page, errors = open_page(browser, server.url + "/-/dashboards/overview")
    page.wait_for_function(
        "document.querySelectorAll('.dashboard-card-chart svg, .dashboard-card-chart canvas').length >= 4",
        timeout=20000)
    cards = page.locator(".dashboard-card")
    assert cards.count() >= 8
    # metric cards show a number
    metric_text = page.locator("#chart-headline-strikes").inner_text()
    assert any(ch.isdigit() for ch in metric_text), metric_text
    page.screenshot(path=artifacts / "dashboard-overview.png", full_page=True)
    assert not errors, errors


def test_injected_markup_does_not_run(browser, server):
    """A script payload in a URL parameter is shown as text, never executed."""
    payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>"
    page, errors = open_page(browser, server.url + "/centcom/search_operations?q=" + payload.replace("#", "%23"))
    assert page.evaluate("window.__pwned === undefined")
    page2, _ = open_page(browser, server.url + "/centcom/figures?_search=" + payload)
    assert page2.evaluate("window.__pwned === undefined")


@pytest.mark.parametrize("width", [1400, 390])
def test_key_figures_page_at_desktop_and_phone_width(browser, server, artifacts, width):
    page, errors = open_page(browser, server.url + "/key-figures", width)
    text = page.inner_text("body")
    assert "U.S. and partner forces" in text
    for year in ("2022", "2023", "2024", "2025", "2026"):
        assert page.locator(f"h2#y{year}").is_visible()
    assert "more than 20 in Syria" in text  # 2025, worded as CENTCOM worded it
    # nothing overflows the phone's width
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=artifacts / f"key-figures-{width}.png", full_page=True)
    assert not errors, errors


@pytest.mark.parametrize("width", [1400, 390])
def test_dashboard_at_desktop_and_phone_width(browser, server, artifacts, width):
    page, errors = open_page(browser, server.url + "/-/dashboards/overview", width)
    page.wait_for_function(
        "document.querySelectorAll('.dashboard-card-chart svg, .dashboard-card-chart canvas').length >= 8",
        timeout=20000)
    # every chart is tall enough to read, and no wider than the screen
    sizes = page.evaluate("""Array.from(document.querySelectorAll('.dashboard-card-chart svg.marks'))
        .map(s => [s.getBoundingClientRect().width, s.getBoundingClientRect().height])""")
    assert sizes and all(h >= 150 for _, h in sizes), sizes
    assert all(w <= width for w, _ in sizes), sizes
    # legends are inside their chart (not cut off)
    cut = page.evaluate("""Array.from(document.querySelectorAll('.dashboard-card-chart svg.marks')).filter(svg => {
        const box = svg.getBoundingClientRect();
        return Array.from(svg.querySelectorAll('.role-legend text')).some(t => {
            const r = t.getBoundingClientRect(); return r.right > box.right + 1 || r.bottom > box.bottom + 1; });
        }).length""")
    assert cut == 0
    page.screenshot(path=artifacts / f"dashboard-{width}.png", full_page=True)
    assert not errors, errors


def test_canned_query_says_what_to_enter_and_keeps_its_chart(browser, server, artifacts):
    page, errors = open_page(browser, server.url + "/centcom/country_series")
    assert "Enter country" in page.inner_text(".param-missing")
    assert page.locator("datalist#choices-country option").count() == 3
    assert "g.mark=" in page.url, "the preset chart is applied without a fragment in the link"
    page.fill("input[name=country]", "syria")
    with page.expect_navigation():
        page.click("form.sql input[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "country=syria" in page.url and "#g.mark=" in page.url, page.url
    page.wait_for_selector(".vega-embed svg, .vega-embed canvas", timeout=15000)
    assert page.locator("table.rows-and-columns tbody tr").count() >= 5
    page.screenshot(path=artifacts / "query-country-series-after-submit.png", full_page=True)
    assert not errors, errors


@pytest.mark.parametrize("width", [1400, 390])
def test_map_draws_every_placed_operation_on_the_sites_own_base_map(browser, server, built_db, artifacts, width):
    """The base map comes from the site itself (no network here, and none needed): tiles load, no
    request leaves the site, and every marker is drawn."""
    import sqlite3

    conn = sqlite3.connect(built_db)
    placed = conn.execute("select count(*) from operations where latitude is not null").fetchone()[0]
    groups = conn.execute('select count(distinct "group") from operations where latitude is not null').fetchone()[0]
    conn.close()
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    elsewhere = []
    page.on("request", lambda r: r.url.startswith(server.url) or r.url.startswith("data:") or elsewhere.append(r.url))
    page.goto(server.url + "/map", wait_until="networkidle")
    page.wait_for_selector("#map[data-markers]", timeout=20000)
    assert not elsewhere, elsewhere
    assert page.evaluate("[...document.querySelectorAll('img.leaflet-tile')].filter(i => i.complete && i.naturalWidth === 256).length") >= 4
    assert int(page.get_attribute("#map", "data-markers")) == placed > 40
    assert page.locator("path.op-marker").count() == placed
    assert page.locator("#map-legend .swatch").count() == groups >= 3
    # open the first marker's popup (a click on the SVG path, as Leaflet listens for it)
    page.evaluate("document.querySelector('path.op-marker').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    page.wait_for_selector(".leaflet-popup-content", timeout=10000)
    popup = page.locator(".leaflet-popup-content")
    assert "precision" in popup.inner_text() and popup.locator("a[href*='/operations/op-']").count() == 1
    # no marker hides another: operations at one place are spread around it (35 of 50 were stacked)
    # (Leaflet leaves a marker outside the visible map undrawn: an empty box; a phone sees those on panning)
    centres = page.evaluate("""[...document.querySelectorAll('path.op-marker')].map(p => p.getBoundingClientRect())
        .filter(b => b.width > 0).map(b => Math.round(b.x + b.width / 2) + ',' + Math.round(b.y + b.height / 2))""")
    assert len(centres) > placed / 2
    assert len(set(centres)) == len(centres), f"{len(centres) - len(set(centres))} markers stacked on others"
    # and every one can be opened from the list under the map
    assert page.locator("#map-list tbody tr").count() == placed
    page.click("#map-list tbody tr:nth-child(3) button")
    page.wait_for_selector("#map-list tr.selected", timeout=5000)
    row_id = page.get_attribute("#map-list tr.selected", "id")[3:]
    assert row_id in page.locator(".leaflet-popup-content").last.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=artifacts / f"map-{width}.png", full_page=True)
    assert not errors, errors


@pytest.mark.parametrize("width", [1400, 390])
def test_an_operations_page_links_to_it_on_the_map(browser, server, width):
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(server.url + "/centcom/operations/op-20230216-al-homsi")
    page.click("p.on-the-map a")
    page.wait_for_selector(".leaflet-popup-content", timeout=20000)
    assert "op-20230216-al-homsi" in page.locator(".leaflet-popup-content").last.inner_text()
    assert page.locator("#op-op-20230216-al-homsi.selected").count() == 1


def test_cross_origin_fetch_with_a_custom_header(browser, server, tmp_path):
    """A page on another origin fetches JSON from the stable URL with a custom header: the
    preflight must answer 2xx (a redirect fails it), then the redirect to the hashed URL is followed."""
    import http.server
    import threading

    (tmp_path / "index.html").write_text("<!doctype html><title>other origin</title>")
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{other.server_address[1]}/index.html")
        result = page.evaluate("""async url => {
            const r = await fetch(url, {headers: {'X-Requested-By': 'a-research-notebook'}});
            const rows = await r.json();
            return {status: r.status, n: rows.length, country: rows[0].country};
        }""", server.url + "/centcom/tallies.json?_shape=array&period_start=2023-07-01&period_end=2023-07-31")
        assert result == {"status": 200, "n": 3, "country": "Iraq"}
    finally:
        other.shutdown()


PHONE_PAGES = ["/", "/about", "/changelog", "/key-figures", "/map", "/centcom", "/centcom/figures",
               "/centcom/tallies", "/centcom/figures_for_window?from_date=2025-01-01&to_date=2025-12-31",
               "/centcom/country_series?country=Syria", "/centcom/us_casualties", "/centcom/search_operations?q=raid",
               "/centcom/figure_provenance?measure=operations&country=Total", "/centcom/operations/op-20230216-al-homsi",
               "/-/dashboards/overview", "/nope"]


def test_every_page_fits_a_phone(browser, server):
    """Nothing is wider than a 390 px phone; a wide table scrolls inside its own box (canned-query
    pages were 767-1153 px wide, /about 663, /changelog 501)."""
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    wide = {}
    for path in PHONE_PAGES:
        page.goto(server.url + path, wait_until="networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 391:
            wide[path] = width
    assert not wide, wide


@pytest.mark.parametrize("width", [1400, 390])
def test_query_pages_lead_with_the_form_and_fold_the_sql(browser, server, artifacts, width):
    page, errors = open_page(browser, server.url + "/centcom/figures_for_window?from_date=2025-01-01&to_date=2025-12-31", width)
    assert "Custom SQL query" not in page.inner_text("form.sql")
    assert page.locator("form.sql pre#sql-query").count() == 0          # not above the form ...
    assert page.locator("details.query-sql pre#sql-query").count() == 1  # ... but folded after it
    assert not page.locator("details.query-sql pre").is_visible()
    assert page.locator("form.sql input[type=submit]").get_attribute("value") == "Show results"
    page.screenshot(path=artifacts / f"query-figures-for-window-{width}.png")
    # a date that is not a date says so, instead of quietly showing no rows
    page, errors2 = open_page(browser, server.url + "/centcom/figures_for_window?from_date=July&to_date=2025-12-31", width)
    assert "from_date must be a date as YYYY-MM-DD" in page.locator("p.param-missing").inner_text()
    assert not errors + errors2
