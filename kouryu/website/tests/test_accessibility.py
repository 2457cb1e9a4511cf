"""Accessibility in a real browser: axe-core over the main public pages in three languages.

A serious or critical violation on any page fails the test, with what axe found (rule,
impact, help and where) per page and language. axe-core is vendored for the tests only
(``tests/vendor/axe/``, with its licence and where it came from) and evaluated in the page
through Playwright, so the site's Content-Security-Policy stays as strict as it is.
"""

from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

AXE_VERSION = "4.14.1"
AXE_SOURCE = Path(__file__).parent / "vendor" / "axe" / "axe.min.js"
LANGUAGES = ("ja", "zh-hans", "en")
FAILING_IMPACTS = ("serious", "critical")
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

# A filtered registry list whose first row is a partnership (神户–天津 in the demo): the
# test follows its links to that partnership's page and to its Japanese side's place page.
REGISTRY_FILTERED = f"registry/?q={quote('神户')}&status=active"

# (name, path under /<language>/) for the pages at a desktop's width.
PAGES = [
    ("home", ""),
    ("overview", "overview/"),
    ("staff", "staff/"),
    ("figures", "figures/"),
    ("news index", "news/"),
    ("news article", "news/website-in-three-languages/"),
    ("report", "reports/japan-china-friendship-city-partnerships/"),
    ("registry list", "registry/"),
    ("registry list filtered", REGISTRY_FILTERED),
    ("statistics", "registry/statistics/"),
    ("map", "registry/map/"),
    ("search results", f"search/?q={quote('神戸')}"),
    ("feeds", "feeds/"),
    ("events", "events/"),
    ("event with registration form", "events/regional-exchange-seminar/"),
    ("programmes", "programmes/"),
    ("portal login", "accounts/login/?next=/{language}/portal/"),
    ("portal guide", "portal/guide/"),
]
# The pages whose layout changes most on a phone: cards instead of tables, stacked forms.
PHONE_PAGES = {
    "home",
    "registry list",
    "statistics",
    "search results",
    "event with registration form",
}

# Waits until every chart and map has drawn (ECharts adds a canvas or an svg), so that
# axe sees the page as a visitor does.
CHARTS_DRAWN = """() => [...document.querySelectorAll('.chart, .map, .report-chart')]
  .every(el => el.querySelector('canvas, svg'))"""

RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ['violations']});
  return {
    version: axe.version,
    rulesPassed: results.passes.length,
    violations: results.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      count: v.nodes.length,
      targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
    })),
  };
}"""


def axe_violations(page, url: str) -> list[dict]:
    """axe-core's violations on the page at url (every impact), once it has drawn."""
    response = page.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    # Each chart is drawn when it nears the screen: bring each into view, as a reader would.
    charts = page.locator(".chart, .map, .report-chart")
    for n in range(charts.count()):
        charts.nth(n).scroll_into_view_if_needed()
        charts.nth(n).locator("canvas, svg").first.wait_for(state="attached", timeout=10_000)
    page.wait_for_function(CHARTS_DRAWN, timeout=10_000)
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE.read_text(encoding="utf-8"))
    found = page.evaluate(RUN_AXE)
    # axe really ran over the page's content (a blank or broken page passes few rules).
    assert found["version"] == AXE_VERSION
    assert found["rulesPassed"] >= 20, f"{url}: axe passed only {found['rulesPassed']} rules"
    return found["violations"]


def describe(problems: list[tuple[str, str, str, dict]]) -> str:
    lines = [f"{len(problems)} serious or critical accessibility violations (axe-core):"]
    for language, name, url, v in problems:
        lines.append(
            f"- [{language}] {name} ({url}): {v['id']} ({v['impact']}, {v['count']}x) "
            f"{v['help']}\n    at {'; '.join(v['targets'])}"
            + (" ..." if v["count"] > len(v["targets"]) else "")
        )
    return "\n".join(lines)


def pages_to_check(page, base: str, language: str, names: set[str] | None) -> list[tuple]:
    """(name, url) of the pages to check in a language, with the partnership and place
    pages found from the filtered list's first row."""
    pages = [
        (name, f"{base}/{language}/{path.format(language=language)}")
        for name, path in PAGES
        if names is None or name in names
    ]
    if names is None:
        page.goto(f"{base}/{language}/{REGISTRY_FILTERED}")
        row = page.locator("table.registry tbody tr").first
        partnership = row.locator("td:last-child a").get_attribute("href")
        place = row.locator("td:first-child a").get_attribute("href")
        pages += [("partnership", base + partnership), ("place", base + place)]
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "viewport", [DESKTOP, PHONE], ids=lambda v: f"{v['width']}px" if isinstance(v, dict) else v
)
def test_main_pages_have_no_serious_accessibility_violations(
    browser, demo_server, language, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    try:
        names = None if viewport == DESKTOP else PHONE_PAGES
        problems = []
        for name, url in pages_to_check(page, demo_server, language, names):
            for violation in axe_violations(page, url):
                if violation["impact"] in FAILING_IMPACTS:
                    problems.append((language, name, url, violation))
    finally:
        context.close()
    assert not problems, describe(problems)
    # Injecting axe broke nothing, and the pages' own scripts ran under their CSP.
    assert errors == []
