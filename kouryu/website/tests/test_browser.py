"""What a visitor sees in a real browser (Debian's Chromium through Playwright)."""

import pytest

pytestmark = pytest.mark.browser


def test_home_in_japanese_then_switch_to_chinese(page, demo_server):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    page.goto(f"{demo_server}/ja/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("h2#work-heading").inner_text() == "4つの業務"
    assert "368" in page.locator(".figure-tiles").inner_text()

    page.get_by_role("link", name="简体中文").click()
    page.wait_for_url(f"{demo_server}/zh-hans/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert page.locator("h2#work-heading").inner_text() == "四大业务"
    assert page.locator("h1").inner_text().endswith("北京事务所")
    nav = page.locator("nav.main-nav").inner_text()
    assert "所长致辞" in nav

    assert all(url.startswith(demo_server) for url in requests), requests
    assert errors == []


def test_figures_chart_draws_from_local_echarts(page, demo_server):
    page.goto(f"{demo_server}/en/figures/")
    chart = page.locator(".chart canvas")
    chart.first.wait_for(timeout=10_000)
    assert chart.count() >= 1
    assert "Shanghai" in page.locator(".chart-and-table table").first.inner_text()


def test_language_switch_keeps_the_page(page, demo_server):
    page.goto(f"{demo_server}/zh-hans/staff/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{demo_server}/en/staff/")
    assert "Takaaki Miyamoto" in page.locator("main").inner_text()


def test_registry_filters_update_in_place_and_keep_a_shareable_url(page, demo_server):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{demo_server}/ja/registry/")
    total = page.locator(".result-count").inner_text()
    page.fill("form.filters input[name=q]", "神户")
    page.wait_for_url("**/ja/registry/?*q=*", timeout=10_000)
    page.wait_for_function(
        "t => document.querySelector('.result-count').innerText !== t", arg=total, timeout=10_000
    )
    rows = page.locator("table.registry tbody tr")
    assert "天津市" in rows.first.inner_text()
    assert page.locator("html").get_attribute("lang") == "ja"  # only the results were replaced
    assert errors == []  # htmx runs under the strict Content-Security-Policy
    # The URL it left behind opens the same list without JavaScript's help.
    shared = page.url
    page.goto(shared)
    assert "天津市" in page.locator("table.registry tbody tr").first.inner_text()
