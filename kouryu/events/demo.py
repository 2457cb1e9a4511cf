"""The demo events, in three languages: an upcoming seminar, an upcoming cooking event with
few seats and a waiting list, a tourism fair booth, and a past JET Programme session with
its attendance. Dates are counted from the day the demo is loaded, so that "upcoming"
stays true."""

import datetime
import zoneinfo

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from kouryu.core.translation import page_create_translated
from kouryu.events import services
from kouryu.events.models import EventIndexPage, EventKind, EventPage, Question, TicketType

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
Q = Question

KINDS = [
    {
        "slug": "seminar",
        "name": ("セミナー", "研讨会", "Seminar"),
        "questions": [
            (
                "title",
                ("役職", "职务", "Title or position"),
                Q.FieldType.TEXT,
                Q.Asked.ATTENDEE,
                True,
                None,
            ),
            (
                "interpreters",
                ("同行する通訳の人数", "随行翻译人数", "Interpreters coming with you"),
                Q.FieldType.NUMBER,
                Q.Asked.REGISTRATION,
                False,
                None,
            ),
        ],
    },
    {
        "slug": "cooking",
        "name": ("料理体験", "料理体验", "Cooking event"),
        "questions": [
            (
                "allergies",
                ("食物アレルギー", "食物过敏", "Food allergies"),
                Q.FieldType.TEXT,
                Q.Asked.ATTENDEE,
                False,
                None,
            ),
            (
                "diet",
                ("食事の配慮", "饮食需求", "Dietary needs"),
                Q.FieldType.CHOICE,
                Q.Asked.ATTENDEE,
                False,
                (
                    "特になし\nベジタリアン\nハラール",
                    "无\n素食\n清真",
                    "None\nVegetarian\nHalal",
                ),
            ),
        ],
    },
    {
        "slug": "tourism-fair",
        "name": ("観光展", "旅游展", "Tourism fair"),
        "questions": [
            (
                "region",
                ("関心のある地域", "感兴趣的地区", "Region you are interested in"),
                Q.FieldType.TEXT,
                Q.Asked.REGISTRATION,
                False,
                None,
            ),
        ],
    },
    {
        "slug": "jet",
        "name": ("JETプログラム説明会", "JET项目说明会", "JET Programme information session"),
        "questions": [
            (
                "japanese",
                ("日本語のレベル", "日语水平", "Your Japanese"),
                Q.FieldType.CHOICE,
                Q.Asked.ATTENDEE,
                False,
                ("初級\n中級\n上級", "初级\n中级\n高级", "Beginner\nIntermediate\nAdvanced"),
            ),
        ],
    },
]

INDEX = {
    "slug": "events",
    "title": ("イベント", "活动", "Events"),
    "intro": (
        "<p>北京事務所が主催・出展するセミナー、料理体験、観光展、説明会のご案内です。"
        "お申し込みにアカウントは必要ありません。</p>",
        "<p>北京事务所主办或参展的研讨会、料理体验、旅游展和说明会信息。报名无需注册账号。</p>",
        "<p>Seminars, cooking events, tourism fairs and information sessions that the Beijing "
        "Office runs or takes part in. You do not need an account to register.</p>",
    ),
}

EVENTS = [
    {
        "slug": "regional-exchange-seminar",
        "kind": "seminar",
        "days": 40,
        "hours": (14, 17, 30),
        "capacity": None,
        "tickets": [
            ("officials", ("地方政府関係者", "地方政府人员", "Local government officials"), 60),
            ("public", ("一般", "一般观众", "General public"), 30),
        ],
        "max_group": 8,
        "title": (
            "日中地域間交流推進セミナー",
            "中日地区间交流推进研讨会",
            "Japan–China Regional Exchange Promotion Seminar",
        ),
        "summary": (
            "日中の自治体職員が、地域間交流の進め方と協力の事例について意見を交わします。",
            "中日两国地方政府职员围绕地区间交流的推进方法和合作案例交流意见。",
            "Staff of Japanese and Chinese local governments compare how they run regional "
            "exchange and share cases of cooperation.",
        ),
        "venue": (
            "北京市内ホテル 2階宴会場",
            "北京市内酒店 二层宴会厅",
            "Hotel in central Beijing, 2nd-floor hall",
        ),
        "description": (
            "<p>友好都市提携を結ぶ自治体の担当者を招き、交流事業の企画から評価までを具体例とともに紹介します。"
            "日中同時通訳があります。代表団でのお申し込みも一つのフォームで受け付けます。</p>",
            "<p>邀请缔结友好城市关系的地方政府负责人，结合具体事例介绍交流项目从策划到评估的全过程。"
            "现场提供中日同声传译。代表团可通过一份表格集体报名。</p>",
            "<p>Officials from partnered cities walk through exchange projects from planning to "
            "evaluation, with real examples. Japanese–Chinese simultaneous interpretation is "
            "provided. A delegation can register together in one form.</p>",
        ),
        "registrations": [
            ("officials", 3, "zh-hans"),
            ("officials", 2, "ja"),
            ("public", 1, "zh-hans"),
        ],
    },
    {
        "slug": "cooking-dashi",
        "kind": "cooking",
        "days": 14,
        "hours": (10, 12, 30),
        "capacity": None,
        "tickets": [
            ("public", ("一般", "一般", "General"), 6),
            ("students", ("学生", "学生", "Students"), 4),
        ],
        "max_group": 4,
        "title": (
            "料理体験：だしから作る家庭の和食",
            "料理体验：从高汤开始做日本家常菜",
            "Cooking event: Japanese home cooking, starting from dashi",
        ),
        "summary": (
            "昆布とかつお節でだしを取り、みそ汁と季節の煮物を一緒に作ります。少人数制です。",
            "用海带和木鱼花熬制高汤，一起制作味噌汤和时令炖菜。小班授课。",
            "Make dashi from kombu and bonito flakes, then miso soup and a seasonal simmered "
            "dish. Small groups only.",
        ),
        "venue": (
            "北京事務所 多目的室",
            "北京事务所 多功能厅",
            "Beijing Office, multipurpose room",
        ),
        "description": (
            "<p>日本の家庭料理の基本であるだしの取り方から学びます。材料とエプロンは事務所で用意します。"
            "食物アレルギーのある方はお申し込みの際にお知らせください。</p>",
            "<p>从日本家常菜的基础——高汤的熬制方法学起。食材和围裙由事务所准备。"
            "如有食物过敏，请在报名时告知。</p>",
            "<p>Learn the base of Japanese home cooking: how to make dashi. The office provides "
            "the ingredients and aprons. Please tell us about any food allergies when you "
            "register.</p>",
        ),
        # The general seats are taken and two people wait; one student seat is left.
        "registrations": [
            ("public", 2, "zh-hans"),
            ("public", 2, "zh-hans"),
            ("public", 2, "ja"),
            ("public", 1, "zh-hans"),
            ("public", 1, "en"),
            ("students", 2, "zh-hans"),
            ("students", 1, "zh-hans"),
        ],
    },
    {
        "slug": "tourism-fair-booth",
        "kind": "tourism-fair",
        "days": 60,
        "hours": (9, 17, 0),
        "capacity": 200,
        "tickets": [],
        "max_group": 10,
        "title": (
            "訪日観光展 日本の自治体ブース",
            "访日旅游展 日本地方政府展位",
            "Visit-Japan tourism fair: Japanese local governments' booth",
        ),
        "summary": (
            "北京の観光展に、日本の自治体と合同でブースを出展します。商談のご予約を受け付けます。",
            "事务所将与日本各地方政府在北京旅游展上联合设展，欢迎预约洽谈。",
            "The office and Japanese local governments share a booth at a Beijing tourism "
            "fair. Book a time to talk with the regions.",
        ),
        "venue": (
            "北京市内展示場 日本ブース",
            "北京市内展览中心 日本展位",
            "Exhibition centre in Beijing, Japan booth",
        ),
        "description": (
            "<p>温泉地、城下町、自然の景観など、各地域の魅力を紹介します。旅行会社の方との商談を予約制で行います。</p>",
            "<p>介绍温泉、城下町、自然风光等各地魅力。面向旅行社的洽谈实行预约制。</p>",
            "<p>Hot-spring towns, castle towns and landscapes from across Japan. Travel "
            "companies can book a meeting with the regions.</p>",
        ),
        "registrations": [(None, 2, "zh-hans"), (None, 1, "zh-hans")],
    },
    {
        "slug": "jet-programme-session",
        "kind": "jet",
        "days": -30,
        "hours": (15, 17, 0),
        "capacity": 30,
        "tickets": [],
        "max_group": 2,
        "title": (
            "JETプログラム説明会",
            "JET项目说明会",
            "JET Programme information session",
        ),
        "summary": (
            "元JET参加者が、日本の自治体で国際交流員として働いた経験を話しました。",
            "前JET参加者分享了在日本地方政府担任国际交流员的经历。",
            "A former JET participant talked about working as a coordinator for international "
            "relations in a Japanese local government.",
        ),
        "venue": ("北京事務所 会議室", "北京事务所 会议室", "Beijing Office, meeting room"),
        "description": (
            "<p>応募の流れ、求められる日本語力、赴任先での仕事と生活について説明しました。</p>",
            "<p>介绍了申请流程、所需日语水平以及赴任地的工作与生活。</p>",
            "<p>How to apply, the Japanese that is needed, and work and life in the posting.</p>",
        ),
        # Twelve people registered; nine came.
        "registrations": [(None, 1, ("zh-hans", "zh-hans", "ja", "en")[n % 4]) for n in range(12)],
        "attended": 9,
    },
]

NAMES = [
    "王磊",
    "李静",
    "张伟",
    "刘洋",
    "陈晨",
    "杨帆",
    "佐藤 花子",
    "鈴木 一郎",
    "Emily Clark",
    "赵敏",
    "孙浩",
    "周婷",
]


def _pick(values, code):
    return values[{"ja": 0, "zh-hans": 1, "en": 2}[code]]


@transaction.atomic
def events_demo_load() -> bool:
    """False, and nothing done, without a home page or with events already there."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or site.root_page.depth < 2 or EventIndexPage.objects.exists():
        return False
    homes = {
        page.locale.language_code: page
        for page in site.root_page.get_translations(inclusive=True).select_related("locale")
    }
    kinds = {}
    for spec in KINDS:
        ja, zh, en = spec["name"]
        kind = EventKind.objects.create(slug=spec["slug"], name_ja=ja, name_zh=zh, name_en=en)
        for n, (key, labels, field_type, asked, required, choices) in enumerate(spec["questions"]):
            Question.objects.create(
                kind=kind,
                sort_order=n,
                key=key,
                label_ja=labels[0],
                label_zh=labels[1],
                label_en=labels[2],
                field_type=field_type,
                asked=asked,
                required=required,
                choices_ja=choices[0] if choices else "",
                choices_zh=choices[1] if choices else "",
                choices_en=choices[2] if choices else "",
            )
        kinds[spec["slug"]] = kind
    indexes = page_create_translated(
        parent=homes["ja"],
        page=EventIndexPage(slug=INDEX["slug"]),
        fields_by_language={
            code: {"title": _pick(INDEX["title"], code), "intro": _pick(INDEX["intro"], code)}
            for code in homes
        },
    )
    today = timezone.now().astimezone(BEIJING).date()
    people = iter(NAMES * 10)
    for spec in EVENTS:
        day = today + datetime.timedelta(days=spec["days"])
        start_hour, end_hour, minute = spec["hours"]
        starts = datetime.datetime.combine(day, datetime.time(start_hour, minute), BEIJING)
        ends = datetime.datetime.combine(day, datetime.time(end_hour, minute), BEIJING)
        page = EventPage(
            slug=spec["slug"],
            kind=kinds[spec["kind"]],
            starts_at=starts,
            ends_at=ends,
            time_zone="Asia/Shanghai",
            capacity=spec["capacity"],
            max_group_size=spec["max_group"],
        )
        for n, (key, names, seats) in enumerate(spec["tickets"]):
            page.ticket_types.add(
                TicketType(
                    key=key,
                    name_ja=names[0],
                    name_zh=names[1],
                    name_en=names[2],
                    capacity=seats,
                    sort_order=n,
                )
            )
        pages = page_create_translated(
            parent=indexes["ja"],
            page=page,
            fields_by_language={
                code: {
                    "title": _pick(spec["title"], code),
                    "summary": _pick(spec["summary"], code),
                    "venue": _pick(spec["venue"], code),
                    "description": _pick(spec["description"], code),
                }
                for code in homes
            },
        )
        registered_at = min(timezone.now(), starts - datetime.timedelta(days=7))
        made = []
        for n, (ticket, count, language) in enumerate(spec["registrations"]):
            contact = next(people)
            made.append(
                services.registration_create(
                    event=pages[language],
                    contact=services.Contact(
                        name=contact,
                        email=f"demo-{spec['slug']}-{n}@example.org",
                        organisation=""
                        if spec["kind"] != "seminar"
                        else "天津市人民政府外事办公室",
                    ),
                    people=[
                        services.Person(name=contact if m == 0 else next(people))
                        for m in range(count)
                    ],
                    language=language,
                    ticket=ticket or "",
                    notify=False,
                    now=registered_at + datetime.timedelta(minutes=n),
                ).registration
            )
        for registration in made[: spec.get("attended", 0)]:
            services.checkin(event=pages["ja"], code=registration.code)
            arrived = starts - datetime.timedelta(minutes=10)
            registration.attendees.update(checked_in_at=arrived)
            type(registration).objects.filter(pk=registration.pk).update(checked_in_at=arrived)
    return True
