"""The WeChat export warns when a Chinese page still carries the Japanese text."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from kouryu.core.permissions import STAFF
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.publishing.wechat import kana_share, wechat_article_export
from kouryu.website.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

JAPANESE = "<p>北京事務所は、日本の自治体と中国の地方政府との交流を支援しています。</p>"
CHINESE = "<p>北京事务所支持日本地方政府与中国地方政府之间的交流。</p>"


def test_kana_share():
    assert kana_share("北京事务所支持日本地方政府与中国地方政府之间的交流。") == 0
    assert kana_share("北京事務所は、日本の自治体と中国の地方政府との交流を支援しています。") > 0.2
    assert kana_share("") == 0


@pytest.mark.parametrize(("body", "warned"), [(JAPANESE, True), (CHINESE, False)])
def test_a_chinese_page_with_a_japanese_body_is_flagged(client, homes, body, warned):
    page = StandardPageFactory(parent=homes["zh-hans"], title="交流", body=body)
    with translation.override("en"):
        export = wechat_article_export(page=page)
        assert any("still in Japanese" in str(w) for w in export.warnings) is warned
    client.force_login(StaffUserFactory(group=STAFF))
    html = client.get(f"/admin/publishing/wechat/{page.pk}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    # The article is copied as rich text from the rendered preview, the source is a fallback.
    assert soup.select_one("[data-wechat-rich-copy=wechat-preview]")
    assert soup.select_one("#wechat-preview")
    assert ("日本語のまま" in html) is warned
