"""Demo requests: 兵庫県, 愛媛県 and 天津市人民政府外事办公室 with a requester login each,
staff logins linked to the directory, the office's routing rules and a handful of cases.

Loaded only with DJANGO_DEBUG=true, like the staff demo logins: it makes logins with a
known password.
"""

import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from kouryu.cases import services
from kouryu.cases.models import Case, Category, Membership, Organisation, Region, RoutingRule
from kouryu.core.permissions import OFFICE_MANAGERS, STAFF
from kouryu.places.models import Place

DEMO_PASSWORD = "kouryu-demo"

ORGANISATIONS = [
    # login, place code, country, names, language of emails
    ("hyogo", "280003", "JP", ("兵庫県", "兵库县", "Hyogo Prefecture"), "ja"),
    ("ehime", "380008", "JP", ("愛媛県", "爱媛县", "Ehime Prefecture"), "ja"),
    (
        "tianjin",
        "120000",
        "CN",
        ("天津市人民政府外事弁公室", "天津市人民政府外事办公室", "Tianjin Foreign Affairs Office"),
        "zh-hans",
    ),
]

# Staff logins for the people the routing rules name: setup_site's demo logins where one
# fits (they skip the second factor in DEBUG), else a new one.
STAFF_LOGINS = [
    ("manager", "deputy_director", OFFICE_MANAGERS),
    ("staff", "assistant_director", STAFF),
    ("researcher", "senior_researcher", STAFF),
]


def _login(username: str, *, group: str | None = None):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username, defaults={"email": f"{username}@localhost"}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def _staff_accounts() -> dict:
    from kouryu.offices.demo.loader import demo_staff
    from kouryu.offices.models import StaffAccount

    people = demo_staff()
    accounts = {}
    for username, key, group in STAFF_LOGINS:
        member = people.get(key, {}).get("ja")
        if member is None:
            continue
        user = _login(username, group=group)
        account = StaffAccount.objects.filter(user=user).first()
        if account is None:
            account = StaffAccount(user=user, member=member)
            account.full_clean()
            account.save()
        accounts[key] = account
    return accounts


def _rules(accounts: dict) -> None:
    research = Category.objects.get(slug="research")
    partner = Category.objects.get(slug="partner")
    hyogo = Place.objects.get(country__code="JP", code="280003")
    rules = [
        (10, {"category": research}, "senior_researcher"),
        (11, {"category": partner}, "senior_researcher"),
        (20, {"place": hyogo}, "deputy_director"),
        (30, {"region": Region.SHIKOKU}, "assistant_director"),
        (31, {"region": Region.KYUSHU}, "assistant_director"),
    ]
    for priority, match, key in rules:
        RoutingRule.objects.create(priority=priority, assignee=accounts.get(key), **match)


CASES = [
    # login, category, language, title, description, fields, then: list of (actor, action)
    (
        "hyogo",
        "visit",
        "ja",
        "知事訪中団の北京訪問支援",
        "5月中旬に知事を団長とする訪問団（8名）が北京を訪問します。北京市政府への表敬訪問の"
        "調整と、公用車・通訳の手配をお願いします。",
        {
            "visit_start": 40,
            "visit_end": 43,
            "cities": "北京",
            "delegates": 8,
            "interpreter": True,
            "car": True,
        },
        [
            ("staff", "acknowledged"),
            ("reply", "承知しました。北京市外事弁公室と日程を調整いたします。"),
            ("note", "市外事弁の担当者に電話済み。回答待ち。"),
            ("staff", "in_progress"),
        ],
    ),
    (
        "hyogo",
        "information",
        "ja",
        "天津市の友好交流50周年行事について",
        "来年の友好交流記念行事について、天津市側の最新の動きを教えてください。",
        {},
        [
            ("reply", "天津市外事弁公室によると、記念式典は秋に予定されています。"),
            ("staff", "resolved"),
        ],
    ),
    (
        "ehime",
        "research",
        "ja",
        "中国の柑橘類輸入規制の調査",
        "愛媛県産柑橘の対中輸出に向けて、検疫条件と最近の制度変更を調べていただけますか。",
        {"research_question": "柑橘類の輸入検疫条件と2025年以降の変更点", "research_deadline": 60},
        [("staff", "acknowledged")],
    ),
    (
        "ehime",
        "partner",
        "ja",
        "県内の町と交流できる中国の都市の紹介",
        "人口2万人程度の町が、農業分野で交流できる中国の都市を探しています。",
        {"cities": "山東省、四川省"},
        [],
    ),
    (
        "tianjin",
        "activity",
        "zh-hans",
        "天津市代表团访问日本的行前说明会",
        "我办拟于下月组织代表团访问兵库县，希望事务所协助安排行前说明会。",
        {"visit_start": 25, "visit_end": 27, "cities": "天津", "delegates": 12},
        [
            ("staff", "waiting"),
            ("reply", "请提供代表团名单和希望的日期。"),
        ],
    ),
    (
        "tianjin",
        "information",
        "zh-hans",
        "日本地方政府的垃圾分类资料",
        "请提供日本地方政府垃圾分类的相关资料。",
        {},
        [
            ("reply", "已将相关资料整理好，请查收。"),
            ("staff", "resolved"),
            ("staff", "closed"),
        ],
    ),
]


def cases_demo_is_loaded() -> bool:
    return Organisation.objects.exists()


@transaction.atomic
def cases_demo_load() -> bool:
    """The demo organisations, logins, rules and cases; False if present or not DEBUG."""
    if not settings.DEBUG or cases_demo_is_loaded():
        return False
    services.categories_ensure()
    accounts = _staff_accounts()
    _rules(accounts)
    requesters = {}
    for username, code, country, (ja, zh, en), language in ORGANISATIONS:
        organisation = Organisation.objects.create(
            name_ja=ja,
            name_zh=zh,
            name_en=en,
            place=Place.objects.get(country__code=country, code=code),
            confirmed=True,
        )
        user = _login(username)
        Membership.objects.create(
            user=user,
            organisation=organisation,
            language=language,
            status=Membership.Status.APPROVED,
            decided_at=timezone.now(),
        )
        requesters[username] = user
    staff_user = next(iter(accounts.values())).user if accounts else None
    today = timezone.localdate()
    for username, slug, language, title, description, fields, steps in CASES:
        values = {
            k: (
                today + datetime.timedelta(days=v)
                if k.endswith(("_start", "_end", "deadline"))
                else v
            )
            for k, v in fields.items()
        }
        case, _ = services.case_create(
            user=requesters[username],
            category=Category.objects.get(slug=slug),
            title=title,
            description=description,
            language=language,
            fields=services.CaseFields(**values),
        )
        actor = case.assignee.user if case.assignee else staff_user
        if actor is None:
            continue
        for kind, value in steps:
            case = Case.objects.get(pk=case.pk)
            if kind == "staff":
                services.case_transition(case=case, to=value, by=actor)
            else:
                services.message_add(case=case, by=actor, body=value, kind=kind)
    return True
