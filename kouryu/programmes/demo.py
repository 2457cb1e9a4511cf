"""The demo's programme records: a few expert dispatches and trainee stays, 2017–2019.

The people are invented; some have agreed to be named and some have not, so that both ways
of showing them can be seen. The places are the gazetteer's.
"""

import datetime

from kouryu.places.models import Place
from kouryu.programmes.models import ProgrammeField, ProgrammeKind, ProgrammeRecord
from kouryu.programmes.services import record_create

D = datetime.date

HYOGO = {
    "organisation_ja": "兵庫県",
    "organisation_zh": "兵库县",
    "organisation_en": "Hyogo Prefecture",
}
EHIME = {
    "organisation_ja": "愛媛県",
    "organisation_zh": "爱媛县",
    "organisation_en": "Ehime Prefecture",
}

RECORDS = [
    {
        "kind": ProgrammeKind.DISPATCH,
        "field": ProgrammeField.TOURISM,
        "place": ("CN", "120000"),
        "host_organisation_ja": "天津市旅遊局",
        "host_organisation_zh": "天津市旅游局",
        "host_organisation_en": "Tianjin Tourism Administration",
        "starts_on": D(2017, 9, 4),
        "ends_on": D(2017, 9, 29),
        "outcome_ja": "日本からの教育旅行を迎える際の段取りを、兵庫県での受入れの経験をもとに市の担当者と整理した。"
        "学校交流の窓口を一本化する案がまとまった。",
        "outcome_zh": "结合兵库县接待修学旅行的经验，与市里的负责人一起梳理了接待日本教育旅行团的流程，"
        "形成了统一学校交流窗口的方案。",
        "outcome_en": "Drawing on Hyogo's experience of hosting school trips, the expert and the city's "
        "officers worked out how to receive educational tours from Japan, and agreed on a single "
        "contact point for school exchanges.",
        "participants": [
            {
                **HYOGO,
                "family_name_ja": "山本",
                "given_name_ja": "悠斗",
                "family_name_zh": "山本",
                "given_name_zh": "悠斗",
                "family_name_en": "Yamamoto",
                "given_name_en": "Yuto",
                "title_ja": "観光振興課 主任",
                "title_zh": "观光振兴课 主任",
                "title_en": "Tourism Promotion Division",
                "name_consent": True,
                "name_consent_on": D(2017, 8, 21),
            }
        ],
    },
    {
        "kind": ProgrammeKind.TRAINING,
        "field": ProgrammeField.ENVIRONMENT,
        "place": ("JP", "280003"),
        "host_organisation_ja": "兵庫県 環境部",
        "host_organisation_zh": "兵库县 环境部",
        "host_organisation_en": "Hyogo Prefecture, Environment Department",
        "starts_on": D(2017, 10, 16),
        "ends_on": D(2018, 1, 26),
        "outcome_ja": "大気と水質の監視の仕組みを現場で学び、帰国後に市内の観測地点の見直しに役立てた。",
        "outcome_zh": "在现场学习了大气和水质的监测体系，回国后用于重新规划市内的监测点。",
        "outcome_en": "The trainees studied how air and water quality are monitored, on site, and used "
        "it on their return to review the city's monitoring stations.",
        "participants": [
            {
                "organisation_ja": "天津市環境保護局",
                "organisation_zh": "天津市环境保护局",
                "organisation_en": "Tianjin Environmental Protection Bureau",
                "family_name_ja": "陳",
                "given_name_ja": "暁東",
                "family_name_zh": "陈",
                "given_name_zh": "晓东",
                "family_name_en": "Chen",
                "given_name_en": "Xiaodong",
            },
            {
                "organisation_ja": "天津市環境保護局",
                "organisation_zh": "天津市环境保护局",
                "organisation_en": "Tianjin Environmental Protection Bureau",
                "family_name_ja": "趙",
                "given_name_ja": "敏",
                "family_name_zh": "赵",
                "given_name_zh": "敏",
                "family_name_en": "Zhao",
                "given_name_en": "Min",
            },
        ],
    },
    {
        "kind": ProgrammeKind.DISPATCH,
        "field": ProgrammeField.AGRICULTURE,
        "place": ("CN", "210000"),
        "host_organisation_ja": "遼寧省農業庁",
        "host_organisation_zh": "辽宁省农业厅",
        "host_organisation_en": "Liaoning Department of Agriculture",
        "starts_on": D(2018, 5, 14),
        "ends_on": D(2018, 6, 8),
        "outcome_ja": "柑橘の産地として知られる愛媛県の職員が、果樹の品質管理と出荷前の選別について講習を行った。",
        "outcome_zh": "来自柑橘主产地爱媛县的职员，就果树的品质管理和出货前的分拣开展了讲习。",
        "outcome_en": "An officer from Ehime, Japan's largest citrus producer, ran sessions on fruit "
        "quality control and on grading before shipment.",
        "participants": [
            {
                **EHIME,
                "family_name_ja": "村上",
                "given_name_ja": "真理",
                "family_name_zh": "村上",
                "given_name_zh": "真理",
                "family_name_en": "Murakami",
                "given_name_en": "Mari",
                "title_ja": "農産園芸課 技師",
                "title_zh": "农产园艺课 技师",
                "title_en": "Agricultural Produce and Horticulture Division",
                "name_consent": True,
                "name_consent_on": D(2018, 4, 20),
            }
        ],
    },
    {
        "kind": ProgrammeKind.TRAINING,
        "field": ProgrammeField.TOURISM,
        "place": ("JP", "380008"),
        "host_organisation_ja": "愛媛県 観光交流課",
        "host_organisation_zh": "爱媛县 观光交流课",
        "host_organisation_en": "Ehime Prefecture, Tourism and Exchange Division",
        "starts_on": D(2018, 9, 3),
        "ends_on": D(2018, 12, 21),
        "outcome_ja": "道後温泉や内子の町並みで、観光客の受入れと多言語案内の工夫を学んだ。",
        "outcome_zh": "在道后温泉和内子的老街，学习了接待游客和多语种导览的做法。",
        "outcome_en": "At Dogo Onsen and in Uchiko's old streets, the trainees learnt how visitors are "
        "welcomed and guided in several languages.",
        "participants": [
            {
                "organisation_ja": "大連市旅遊発展委員会",
                "organisation_zh": "大连市旅游发展委员会",
                "organisation_en": "Dalian Tourism Development Commission",
                "family_name_ja": "王",
                "given_name_ja": "麗",
                "family_name_zh": "王",
                "given_name_zh": "丽",
                "family_name_en": "Wang",
                "given_name_en": "Li",
                "name_consent": True,
                "name_consent_on": D(2018, 8, 10),
            },
            {
                "organisation_ja": "大連市旅遊発展委員会",
                "organisation_zh": "大连市旅游发展委员会",
                "organisation_en": "Dalian Tourism Development Commission",
                "family_name_ja": "孫",
                "given_name_ja": "浩",
                "family_name_zh": "孙",
                "given_name_zh": "浩",
                "family_name_en": "Sun",
                "given_name_en": "Hao",
            },
        ],
    },
    {
        "kind": ProgrammeKind.DISPATCH,
        "field": ProgrammeField.HEALTH,
        "place": ("CN", "370000"),
        "host_organisation_ja": "山東省衛生健康委員会",
        "host_organisation_zh": "山东省卫生健康委员会",
        "host_organisation_en": "Shandong Health Commission",
        "starts_on": D(2019, 4, 8),
        "ends_on": D(2019, 4, 26),
        "outcome_ja": "高齢者の介護予防の取組みを紹介し、地域の保健師の研修計画づくりに協力した。",
        "outcome_zh": "介绍了预防老年人失能的做法，并协助制定了社区保健人员的培训计划。",
        "outcome_en": "The expert presented how frailty in older people is prevented, and helped plan "
        "training for community health workers.",
        "participants": [
            {
                **HYOGO,
                "family_name_ja": "中川",
                "given_name_ja": "美咲",
                "family_name_zh": "中川",
                "given_name_zh": "美咲",
                "family_name_en": "Nakagawa",
                "given_name_en": "Misaki",
                "title_ja": "健康福祉部 主査",
                "title_zh": "健康福祉部 主查",
                "title_en": "Health and Welfare Department",
            }
        ],
    },
    {
        "kind": ProgrammeKind.TRAINING,
        "field": ProgrammeField.EDUCATION,
        "place": ("JP", "280003"),
        "host_organisation_ja": "兵庫県 国際交流課",
        "host_organisation_zh": "兵库县 国际交流课",
        "host_organisation_en": "Hyogo Prefecture, International Affairs Division",
        "starts_on": D(2019, 6, 3),
        "ends_on": D(2019, 11, 29),
        "outcome_ja": "日中青少年交流推進年にあわせ、高校生の相互訪問の企画と受入れに携わった。",
        "outcome_zh": "配合中日青少年交流促进年，参与了高中生互访的策划和接待工作。",
        "outcome_en": "In the Japan–China Youth Exchange Promotion Year, the trainee helped plan and "
        "host visits of high-school students in both directions.",
        "participants": [
            {
                "organisation_ja": "天津市人民政府外事弁公室",
                "organisation_zh": "天津市人民政府外事办公室",
                "organisation_en": "Tianjin Foreign Affairs Office",
                "family_name_ja": "劉",
                "given_name_ja": "洋",
                "family_name_zh": "刘",
                "given_name_zh": "洋",
                "family_name_en": "Liu",
                "given_name_en": "Yang",
                "title_zh": "科员",
                "title_ja": "職員",
                "title_en": "Officer",
                "name_consent": True,
                "name_consent_on": D(2019, 5, 15),
            }
        ],
    },
    {
        "kind": ProgrammeKind.DISPATCH,
        "field": ProgrammeField.DISASTER,
        "place": ("CN", "510000"),
        "host_organisation_ja": "四川省応急管理庁",
        "host_organisation_zh": "四川省应急管理厅",
        "host_organisation_en": "Sichuan Department of Emergency Management",
        "starts_on": D(2019, 10, 14),
        "ends_on": None,
        "outcome_ja": "",
        "outcome_zh": "",
        "outcome_en": "",
        "participants": [
            {
                **HYOGO,
                "family_name_ja": "藤井",
                "given_name_ja": "健",
                "family_name_en": "Fujii",
                "given_name_en": "Ken",
                "title_ja": "防災企画課",
                "title_en": "Disaster Management Planning Division",
            },
            {
                **HYOGO,
                "family_name_ja": "岡田",
                "given_name_ja": "大輔",
                "family_name_en": "Okada",
                "given_name_en": "Daisuke",
            },
        ],
    },
]


def programmes_demo_load() -> int:
    """The demo records, into a site that has none; returns how many were loaded."""
    if ProgrammeRecord.objects.exists():
        return 0
    places = {
        (p.country.code, p.code): p
        for p in Place.objects.select_related("country").filter(
            code__in=[r["place"][1] for r in RECORDS]
        )
    }
    for values in RECORDS:
        values = dict(values)
        place = places.get(values.pop("place"))
        record_create(host_place=place, **values)
    return len(RECORDS)
