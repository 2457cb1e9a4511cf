"""Searching in a real browser (Debian's Chromium), in Japanese and in Chinese, without JavaScript."""

import pytest

pytestmark = pytest.mark.browser


def test_search_in_japanese_from_the_header(page, demo_server):
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    page.goto(f"{demo_server}/ja/")
    page.locator("header input[name=q]").fill("交流")
    page.locator("header input[name=q]").press("Enter")
    page.wait_for_url(f"{demo_server}/ja/search/?q=*")
    assert "交流" in page.locator(".result-count").inner_text()
    marks = page.locator("li.search-hit mark")
    assert marks.count() > 0 and marks.first.inner_text() == "交流"
    assert all(url.startswith(demo_server) for url in requests), requests
    assert errors == []
    # Open the first result: it is a page of the site, in Japanese.
    first = page.locator("li.search-hit h3 a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{demo_server}/ja/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert title.split(" / ")[0] in page.locator("main").inner_text()


def test_search_in_chinese_across_scripts_with_javascript_off(browser, demo_server):
    context = browser.new_context(locale="zh-CN", java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{demo_server}/zh-hans/search/")
        tab.locator("#search-q").fill("神戸")
        tab.locator("#search-kind").select_option("page")  # Kobe's registry records match too
        tab.get_by_role("button", name="搜索").click()
        tab.wait_for_url("**/zh-hans/search/?q=*")
        titles = tab.locator("li.search-hit h3").all_inner_texts()
        assert "所长致辞" in titles
        assert "神户" in tab.locator("li.search-hit mark").all_inner_texts()
        tab.locator("li.search-hit h3").get_by_role("link", name="所长致辞").click()
        tab.wait_for_url(f"{demo_server}/zh-hans/greeting/")
        assert "神户" in tab.locator("main").inner_text()
        tab.go_back()
        tab.locator("#search-lang").select_option("all")
        tab.get_by_role("button", name="搜索").click()
        tab.wait_for_url("**lang=all**")
        assert "所長あいさつ" in tab.locator("li.search-hit h3").all_inner_texts()
    finally:
        context.close()
