"""Registering for the demo cooking event in Chinese, in a browser, on the served demo site:
the proof-of-work check runs in the page, the confirmation email holds the cancel link,
and cancelling gives the seat to the first person on the waiting list."""

import email
import email.policy
import re

import pytest

pytestmark = pytest.mark.browser

EVENT = "/zh-hans/events/cooking-dashi/"


def _register(page, server, *, name, address):
    page.goto(server + EVENT)
    page.get_by_label("学生").check()
    page.fill("input[name=contact_name]", name)
    page.fill("input[name=email]", address)
    page.fill("input[name=people-0-name]", name)
    page.fill("input[name=people-0-q_allergies]", "花生")
    page.check("input[name=consent]")
    # The ALTCHA widget solves its challenge in the page (from our own static files).
    page.wait_for_function(
        "() => (document.querySelector('input[name=altcha]') || {}).value", timeout=15000
    )
    assert page.locator("[data-botcheck-question]").is_hidden()
    page.locator("#registration-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/registration/[\w-]+/$"))


def _text_of(raw: str) -> str:
    message = email.message_from_string(raw, policy=email.policy.default)
    return message.get_body(preferencelist=("plain",)).get_content()


def _to(messages, address):
    return [
        m
        for m in messages
        if email.message_from_string(m, policy=email.policy.default)["To"] == address
    ]


def test_register_in_chinese_cancel_and_the_waiting_list_moves_up(browser, demo_server):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    # 1. The last student seat, in Chinese.
    _register(page, demo_server, name="李娜", address="li.na@example.cn")
    assert "报名成功" in page.content()

    # 2. Someone else wants a student seat: the waiting list, with their place shown.
    _register(page, demo_server, name="周杰", address="zhou.jie@example.cn")
    assert "您在候补名单中排第1位" in page.content()

    # 3. The confirmation email, in Chinese, with the calendar file and the QR code.
    (raw,) = _to(demo_server.emails(), "li.na@example.cn")
    message = email.message_from_string(raw, policy=email.policy.default)
    assert "报名成功" in message["Subject"]
    names = [part.get_filename() for part in message.iter_attachments()]
    assert "event.ics" in names and any(n.endswith(".png") for n in names)
    link = re.search(r"https?://\S+/registration/[\w-]+/", _text_of(raw)).group(0)

    # 4. The cancel link: the seat goes to the first on the waiting list.
    page.goto(link)
    page.locator("button[data-cancel-all]").click()
    page.wait_for_load_state()
    assert "您的报名已取消" in page.content()
    assert "空出的名额已转给候补名单上接下来的1位报名者" in page.content()
    promoted = _to(demo_server.emails(), "zhou.jie@example.cn")
    assert any(
        "候补转正" in email.message_from_string(m, policy=email.policy.default)["Subject"]
        for m in promoted
    )
    page.goto(demo_server + EVENT)
    students = page.locator(".seats-pool[data-ticket=students]").inner_text()
    assert "名额已满" in students and "候补" not in students
    # The link works once.
    assert page.goto(link).status == 410
    assert not [e for e in errors if "Content Security Policy" in e], errors
    context.close()

    # On a phone, the list, the event page with its form and the registration page fit.
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    page = phone.new_page()
    for url in (demo_server + "/zh-hans/events/", demo_server + EVENT + "?people=3", link):
        page.goto(url)
        sideways = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert sideways <= 0, url
    phone.close()
