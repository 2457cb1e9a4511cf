"""The request flow in a browser, on the served demo site (DEBUG, demo logins)."""

import re

import pytest

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
NOTE = "内部メモ：知事の日程はまだ未確定"
REPLY = "承知しました。北京市と日程を調整します。"


def _log_in(browser, server, username):
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    page.goto(f"{server}/ja/accounts/login/")
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", "kouryu-demo")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    return context, page


def test_hyogo_asks_the_deputy_director_replies_and_ehime_sees_nothing(browser, demo_server):
    # 1. The Hyogo requester sends a visit-support request in Japanese, with a file.
    hyogo_context, hyogo = _log_in(browser, demo_server, "hyogo")
    hyogo.goto(f"{demo_server}/ja/portal/new/")
    hyogo.select_option("select[name=category]", label="訪問支援（公用車）")
    assert hyogo.locator("[data-field=research_question]").is_hidden()
    hyogo.fill("input[name=title]", "副知事訪中の支援依頼")
    hyogo.fill("textarea[name=description]", "6月に副知事が北京を訪問します。")
    hyogo.fill("input[name=visit_start]", "2026-06-10")
    hyogo.fill("input[name=visit_end]", "2026-06-12")
    hyogo.fill("input[name=cities]", "北京")
    hyogo.fill("input[name=delegates]", "6")
    hyogo.check("input[name=car]")
    hyogo.set_input_files(
        "input[name=files]",
        files=[{"name": "日程案.pdf", "mimeType": "application/pdf", "buffer": PDF}],
    )
    hyogo.locator("#case-form button[type=submit]").click()
    hyogo.wait_for_url(re.compile(r"/ja/portal/cases/\d+/$"))
    case_url = hyogo.url
    assert "日程案.pdf" in hyogo.content()

    # 2. The deputy director (demo login "manager") finds it among their requests.
    staff_context, staff = _log_in(browser, demo_server, "manager")
    staff.goto(f"{demo_server}/admin/requests/list/mine/")
    staff.get_by_role("link", name="副知事訪中の支援依頼").click()
    staff.locator(".case-compose__note textarea[name=body]").fill(NOTE)
    staff.locator(".case-compose__note button[type=submit]").click()
    staff.wait_for_load_state()
    staff.locator(".case-compose__reply textarea[name=body]").fill(REPLY)
    staff.locator(".case-compose__reply button[type=submit]").click()
    staff.wait_for_load_state()
    assert staff.locator(".case-message--note").count() == 1
    assert staff.locator(".case-message--reply").count() == 1

    # 3. The requester sees the reply and not the note.
    hyogo.goto(case_url)
    text = hyogo.content()
    assert REPLY in text and NOTE not in text
    # The reply reached the organisation's member (each email's language: test_emails.py).
    assert any("hyogo@" in m for m in demo_server.emails())

    # 4. The Ehime requester cannot open it.
    ehime_context, ehime = _log_in(browser, demo_server, "ehime")
    response = ehime.goto(case_url)
    assert response.status == 404
    for context in (hyogo_context, staff_context, ehime_context):
        context.close()
