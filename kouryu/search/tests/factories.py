"""The site the search tests query: every page type in three languages, with the words
the tests look for, published through revisions so that the index follows."""

from kouryu.offices.models import Office, PublishedFigure, WorkArea
from kouryu.offices.tests.factories import WorkAreaFactory, translate
from kouryu.website.tests.factories import site_pages

# The greeting tells how friendship cities began, each language writing Kobe its own way
# (神戸 in Japanese, 神户 in Chinese).
GREETING_BODIES = {
    "ja": (
        "<p>日中の友好都市提携は、1973年に神戸市と天津市が結んだ提携に始まりました。"
        "北京事務所は、自治体どうしの交流を支えています。</p>"
    ),
    "zh-hans": (
        "<p>中日友好城市始于1973年神户市与天津市缔结的友好关系。"
        "北京事务所致力于支持地方政府之间的交流。</p>"
    ),
    "en": (
        "<p>Friendship cities between Japan and China began in 1973, when Kobe and Tianjin "
        "signed theirs. The Beijing Office supports exchange between local governments.</p>"
    ),
}
# The Japanese contact page names the staff page twice in its text, to be outranked by it.
CONTACT_BODY_JA = "<p>担当者は職員紹介をご覧ください。職員紹介には連絡先も載っています。</p>"
JET_AREA = {
    "ja": ("JETプログラムの支援", "JETプログラムの参加者と受け入れ自治体を支えます。"),
    "zh-hans": ("支持JET项目", "为JET项目的参加者和接收地方政府提供支持。"),
    "en": ("Supporting the JET Programme", "We support JET participants and their hosts."),
}


def search_site() -> dict:
    """site_pages(), with the greeting's text above in each language, the JET Programme
    among the lines of work (on the overview and home pages) and the Japanese contact
    page's text; the office data site_pages() leaves in Japanese is translated, so that the
    English pages hold no Japanese or Chinese words. Keyed like site_pages(): slug, then
    language."""
    pages = site_pages()
    english_office = Office.objects.get(is_this_office=True, locale__language_code="en")
    english_office.city, english_office.country = "Beijing", "China"
    english_office.save()
    area = WorkArea.objects.get(locale__language_code="ja", title="日中交流の支援")
    translate(area, "zh-hans", title="支持中日交流", summary="支持中日地方政府之间的交流。")
    translate(area, "en", title="Supporting exchange", summary="We support local exchange.")
    figure = PublishedFigure.objects.get(locale__language_code="ja", label="友好都市提携数")
    translate(figure, "zh-hans", label="友好城市数", unit="对", source_name="自治体国际化协会")
    translate(figure, "en", label="Friendship cities", unit="", source_name="CLAIR")
    for code, page in pages["greeting"].items():
        page.body = GREETING_BODIES[code]
        page.save_revision().publish()
    contact = pages["contact"]["ja"]
    contact.body = CONTACT_BODY_JA
    contact.save_revision().publish()
    title, summary = JET_AREA["ja"]
    area = WorkAreaFactory(title=title, summary=summary)
    for code in ("zh-hans", "en"):
        title, summary = JET_AREA[code]
        translate(area, code, title=title, summary=summary)
    return pages
