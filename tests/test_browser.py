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


def open_page(browser, url):
    page = browser.new_page()
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

    q = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["centcom"]["queries"]["totals_per_year"]
    page, errors = open_page(browser, server.url + "/centcom/totals_per_year#" + q["fragment"])
    page.wait_for_selector(".vega-embed svg, .vega-embed canvas", timeout=15000)
    page.screenshot(path=artifacts / "query-totals-per-year.png", full_page=True)
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
    page, errors = open_page(browser, server.url + "/centcom/search_strikes?q=" + payload.replace("#", "%23"))
    assert page.evaluate("window.__pwned === undefined")
    page2, _ = open_page(browser, server.url + "/centcom/figures?_search=" + payload)
    assert page2.evaluate("window.__pwned === undefined")
