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
    assert "368" in page.locator(".figure-tiles:not(.live)").inner_text()

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


# What the map is given to draw: its boundary regions, and the lines and their end points.
MAP_DRAWN = """() => {
  const chart = window.echarts && echarts.getInstanceByDom(document.getElementById('registry-map'));
  if (!chart) return null;
  const option = chart.getOption();
  const lines = option.series.find(s => s.type === 'lines');
  const points = option.series.find(s => s.type === 'scatter');
  return {
    map: option.geo[0].map,
    lines: lines ? lines.data.length : 0,
    points: points ? points.data.length : 0,
  };
}"""


def test_registry_map_is_given_the_boundaries_and_every_partnership_line(page, demo_server):
    page.goto(f"{demo_server}/ja/registry/map/")
    page.locator("#registry-map canvas").first.wait_for(timeout=10_000)
    page.wait_for_function(f"({MAP_DRAWN})()?.lines > 0", timeout=10_000)
    drawn = page.evaluate(MAP_DRAWN)
    shown = page.evaluate("JSON.parse(document.getElementById('map-data').textContent)")
    assert drawn["map"] == "east-asia"
    assert drawn["lines"] == len(shown["lines"]) > 0
    assert drawn["points"] > 0


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
    # The other languages' links keep the filters; Back restores the form with the list.
    assert "q=" in page.locator("nav.languages a[hreflang=zh-Hans]").get_attribute("href")
    page.go_back()
    page.wait_for_function("() => !location.search.includes('q=')", timeout=10_000)
    assert page.input_value("form.filters input[name=q]") == ""
    page.go_forward()
    page.wait_for_function("() => location.search.includes('q=')", timeout=10_000)
    assert page.input_value("form.filters input[name=q]") == "神户"


MAIN_PAGES = [
    "",
    "overview/",
    "figures/",
    "staff/",
    "news/",
    "reports/",
    "registry/",
    "registry/statistics/",
    "registry/map/",
    "search/?q=%E7%A5%9E%E6%88%B8",
    "programmes/",
    "portal/guide/",
]

# Nothing may scroll the page sideways, and nothing may lie over a chart's area: the
# elements that overlap a chart's box and are not inside it (its own canvas and legend).
LAYOUT_CHECK = """() => {
  const doc = document.documentElement;
  const sideways = doc.scrollWidth - doc.clientWidth;
  const overlaps = [];
  document.querySelectorAll('.chart, .map, .report-chart').forEach(chart => {
    const box = chart.getBoundingClientRect();
    if (!box.width || !box.height) return;
    document.querySelectorAll('main *').forEach(el => {
      if (chart.contains(el) || el.contains(chart)) return;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) return;
      const cross = Math.min(r.right, box.right) - Math.max(r.left, box.left) > 1 &&
                    Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top) > 1;
      if (cross) overlaps.push(el.tagName + '.' + el.className);
    });
  });
  return {sideways, overlaps: overlaps.slice(0, 5)};
}"""


def test_main_pages_fit_phones_and_desktops_in_three_languages(browser, demo_server):
    problems = []
    for width, height in ((390, 844), (1366, 900)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        for language in ("ja", "zh-hans", "en"):
            for path in MAIN_PAGES:
                response = page.goto(f"{demo_server}/{language}/{path}")
                assert response.status == 200, path
                page.wait_for_load_state("networkidle")
                found = page.evaluate(LAYOUT_CHECK)
                if found["sideways"] > 0 or found["overlaps"]:
                    problems.append((width, language, path, found))
        context.close()
    assert problems == []
