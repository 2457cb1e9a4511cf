"""The office's editing day in the Japanese admin, in a browser: an editor submits, a manager
approves, translates into Chinese (a draft until published), the report follows, and a
scheduled page goes live by itself."""

import datetime
import email
import email.policy
import sqlite3
import time

import pytest
from django.utils import timezone

pytestmark = pytest.mark.browser

TITLE = "ブラウザから出したお知らせ"
ZH_TITLE = "从浏览器提交的新闻"


def decoded(raw: str) -> tuple[str, str]:
    """(recipients, text) of an email as the file backend wrote it."""
    message = email.message_from_string(raw, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    return str(message["To"]), part.get_content() if part else ""


def login(browser, base, username):
    context = browser.new_context(locale="ja-JP", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/ja/accounts/login/?next=/admin/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", "kouryu-demo")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/**")
    return page


def query(demo_server, sql, *args):
    db = sqlite3.connect(demo_server.mail_dir.parent / "db.sqlite3")
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def news_index_id(demo_server) -> int:
    return query(
        demo_server,
        "select p.id from wagtailcore_page p"
        " join django_content_type c on c.id = p.content_type_id"
        " join wagtailcore_locale l on l.id = p.locale_id"
        " where c.model = 'newsindexpage' and l.language_code = 'ja'",
    )[0][0]


def page_id(demo_server, title) -> int:
    return query(demo_server, "select id from wagtailcore_page where title = ?", title)[0][0]


def report_cell(page, base, title) -> list[str]:
    page.goto(f"{base}/admin/reports/translations/")
    row = page.locator("tr", has=page.locator(f"a:text-is('{title}')"))
    return [" ".join(t.split()) for t in row.locator("td").all_inner_texts()]


def write_news(page, base, index_id, title):
    page.goto(f"{base}/admin/pages/add/publishing/newspage/{index_id}/")
    page.fill("#id_title", title)
    page.fill("#id_summary", "ブラウザから書いた要約です。")
    page.click(".Draftail-Editor [contenteditable=true]")
    page.keyboard.type("ブラウザから書いた本文です。")
    page.click("#id_summary")  # leave the editor, so that it saves its content
    page.wait_for_timeout(300)


def test_editor_submits_manager_approves_translates_and_schedules(browser, demo_server):
    base = str(demo_server)
    index_id = news_index_id(demo_server)

    # 1. An editor writes a news item and submits it for the office's approval.
    editor = login(browser, base, "editor")
    write_news(editor, base, index_id, TITLE)
    editor.click("footer .w-dropdown__toggle")
    submit = editor.locator("button[name=action-submit]")
    assert "事務所の承認" in submit.inner_text()
    with editor.expect_navigation():
        submit.click()
    pk = page_id(demo_server, TITLE)
    assert query(demo_server, "select live from wagtailcore_page where id = ?", pk) == [(0,)]
    # The approvers are told by email, with a link to this site's admin.
    told = [body for to, body in map(decoded, demo_server.emails()) if "manager@localhost" in to]
    assert any(f"{base}/admin/pages/{pk}/" in body for body in told), told

    # 2. A manager sees it on the dashboard, approves it, and it is published.
    manager = login(browser, base, "manager")
    manager.goto(f"{base}/admin/")
    attention = manager.locator(".kouryu-attention").inner_text()
    assert "あなたの承認を待っている申請" in attention and TITLE in attention
    manager.goto(f"{base}/admin/pages/{pk}/edit/")
    manager.click("footer .w-dropdown__toggle")
    with manager.expect_navigation():
        manager.click(
            "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        )
    assert query(demo_server, "select live from wagtailcore_page where id = ?", pk) == [(1,)]
    news_ja = manager.context.new_page()
    assert news_ja.goto(f"{base}/ja/news/").ok
    assert TITLE in news_ja.content()

    # The report: no Chinese translation yet.
    cells = report_cell(manager, base, TITLE)
    assert cells[-2:] == ["未翻訳", "未翻訳"], cells

    # 3. Translate into Chinese: a draft, which the Chinese site does not show.
    manager.goto(f"{base}/admin/localize/submit/page/{pk}/")
    manager.check("label:has-text('简体中文') input")
    with manager.expect_navigation():
        manager.click("main form [type=submit]")
    zh_pk = manager.url.rstrip("/").split("/")[-2]
    reader = browser.new_context(locale="zh-CN").new_page()
    reader.goto(f"{base}/zh-hans/news/")
    assert TITLE not in reader.content()
    cells = report_cell(manager, base, TITLE)
    assert any("下書き" in c for c in cells), cells

    # Translate each text in wagtail-localize's editor, then publish in Chinese.
    manager.goto(f"{base}/admin/pages/{zh_pk}/edit/")
    manager.wait_for_selector("button:text-is('翻訳')")
    for tab in ("コンテンツ", "プロモート"):
        manager.click(f"[role=tab]:has-text('{tab}')")
        while (button := manager.locator("button:text-is('翻訳'):visible")).count():
            button.first.click()
            manager.locator("textarea:visible").first.fill(ZH_TITLE)
            manager.locator("button:text-is('保存'):visible").first.click()
            manager.wait_for_timeout(400)
    with manager.expect_navigation():
        manager.click("button[name=action][value=publish]")
    reader.goto(f"{base}/zh-hans/news/")
    assert ZH_TITLE in reader.content()
    cells = report_cell(manager, base, TITLE)
    assert any("最新" in c for c in cells), cells

    # 4. A scheduled page goes live at its time, with the scheduler running beside the site.
    write_news(manager, base, index_id, "予約したお知らせ")
    # The go-live time, in the site's time zone, a few seconds ahead (the scheduler looks
    # each minute).
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(seconds=15)).strftime(
        "%Y-%m-%d %H:%M:%S"
    )
    manager.evaluate(
        "v => { const i = document.querySelector('#id_go_live_at'); i.value = v; }", go_live
    )
    manager.click("footer .w-dropdown__toggle")
    with manager.expect_navigation():
        manager.click("button[name=action-publish]")
    later = page_id(demo_server, "予約したお知らせ")
    assert query(demo_server, "select live from wagtailcore_page where id = ?", later) == [(0,)]
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline:
        if query(demo_server, "select live from wagtailcore_page where id = ?", later) == [(1,)]:
            break
        time.sleep(5)
    assert query(demo_server, "select live from wagtailcore_page where id = ?", later) == [(1,)]
