"""Demo content for the office's data (organisation, offices, lines of work, staff, figures),
in Japanese, Simplified Chinese and English."""

# ---------------------------------------------------------------------------
# The organisation
# ---------------------------------------------------------------------------

ORGANISATION = {
    "name": {
        "ja": "一般財団法人 自治体国際化協会",
        "zh": "日本自治体国际化协会",
        "en": "Council of Local Authorities for International Relations",
    },
    "short_name": "CLAIR",
    "founded_on": "1988-07-01",
    "founded_precision": "year",
    "head_office": {"ja": "東京", "zh": "东京", "en": "Tokyo"},
    "purpose": {
        "ja": (
            "自治体国際化協会は、1988年に日本の地方自治体が共同で設立した組織です。"
            "自治体が取り組む国際的な活動を支え、地域の国際化を進めることを目的としています。"
        ),
        "zh": (
            "日本自治体国际化协会是日本各地方自治体于1988年共同设立的组织。"
            "协会致力于为地方自治体开展国际业务提供支持，推动地方的国际化发展。"
        ),
        "en": (
            "CLAIR was set up in 1988 by Japan's local governments as an organisation they run together. "
            "It supports their international work and helps Japan's regions become more international."
        ),
    },
    "url": "https://www.clair.or.jp/",
}

# ---------------------------------------------------------------------------
# The overseas offices (in the organisation's usual order)
# ---------------------------------------------------------------------------

OFFICES = [
    {
        "name": {"ja": "ニューヨーク事務所", "zh": "纽约事务所", "en": "New York Office"},
        "city": {"ja": "ニューヨーク", "zh": "纽约", "en": "New York"},
        "country": {"ja": "アメリカ合衆国", "zh": "美国", "en": "United States"},
        "latitude": "40.71280",
        "longitude": "-74.00600",
        "is_this_office": False,
        "opened_on": None,
        "opened_precision": "month",
        "mission": None,
    },
    {
        "name": {"ja": "ロンドン事務所", "zh": "伦敦事务所", "en": "London Office"},
        "city": {"ja": "ロンドン", "zh": "伦敦", "en": "London"},
        "country": {"ja": "イギリス", "zh": "英国", "en": "United Kingdom"},
        "latitude": "51.50740",
        "longitude": "-0.12780",
        "is_this_office": False,
        "opened_on": None,
        "opened_precision": "month",
        "mission": None,
    },
    {
        "name": {"ja": "パリ事務所", "zh": "巴黎事务所", "en": "Paris Office"},
        "city": {"ja": "パリ", "zh": "巴黎", "en": "Paris"},
        "country": {"ja": "フランス", "zh": "法国", "en": "France"},
        "latitude": "48.85660",
        "longitude": "2.35220",
        "is_this_office": False,
        "opened_on": None,
        "opened_precision": "month",
        "mission": None,
    },
    {
        "name": {"ja": "シンガポール事務所", "zh": "新加坡事务所", "en": "Singapore Office"},
        "city": {"ja": "シンガポール", "zh": "新加坡", "en": "Singapore"},
        "country": {"ja": "シンガポール", "zh": "新加坡", "en": "Singapore"},
        "latitude": "1.35210",
        "longitude": "103.81980",
        "is_this_office": False,
        "opened_on": None,
        "opened_precision": "month",
        "mission": None,
    },
    {
        "name": {"ja": "ソウル事務所", "zh": "首尔事务所", "en": "Seoul Office"},
        "city": {"ja": "ソウル", "zh": "首尔", "en": "Seoul"},
        "country": {"ja": "韓国", "zh": "韩国", "en": "South Korea"},
        "latitude": "37.56650",
        "longitude": "126.97800",
        "is_this_office": False,
        "opened_on": None,
        "opened_precision": "month",
        "mission": None,
    },
    {
        "name": {"ja": "シドニー事務所", "zh": "悉尼事务所", "en": "Sydney Office"},
        "city": {"ja": "シドニー", "zh": "悉尼", "en": "Sydney"},
        "country": {"ja": "オーストラリア", "zh": "澳大利亚", "en": "Australia"},
        "latitude": "-33.86880",
        "longitude": "151.20930",
        "is_this_office": False,
        "opened_on": None,
        "opened_precision": "month",
        "mission": None,
    },
    {
        "name": {"ja": "北京事務所", "zh": "北京事务所", "en": "Beijing Office"},
        "city": {"ja": "北京", "zh": "北京", "en": "Beijing"},
        "country": {"ja": "中国", "zh": "中国", "en": "China"},
        "latitude": "39.90420",
        "longitude": "116.40740",
        "is_this_office": True,
        # The registry's two sides: Japanese local governments and their Chinese partners.
        "home_country": "JP",
        "partner_country": "CN",
        "opened_on": "1997-12-01",
        "opened_precision": "month",
        # The brief gives the city only: the street address, the telephone and the email
        # are for staff to fill in under Offices (the footer shows what is filled in).
        "address": {
            "ja": "中華人民共和国 北京市",
            "zh": "中华人民共和国 北京市",
            "en": "Beijing, China",
        },
        "opening_hours": {
            "ja": "月曜日〜金曜日（中国の祝日を除く）",
            "zh": "周一至周五（中国法定节假日除外）",
            "en": "Monday to Friday (except Chinese public holidays)",
        },
        "mission": {
            "ja": (
                "中国、そして中国の地方政府との結びつきをいっそう強めることを使命としています。"
                "日本の自治体の皆さまと中国の関係者との間に立ち、信頼に基づく交流と協力を後押ししています。"
            ),
            "zh": (
                "本事务所以进一步加强日本与中国、特别是与中国各地方政府之间的联系为使命，"
                "在日本地方自治体与中方有关各界之间牵线搭桥，推动建立在互信基础上的交流与合作。"
            ),
            "en": (
                "Our mission is to strengthen ties between Japan and China, and above all with China's "
                "local governments, by connecting them with their Japanese counterparts and helping "
                "exchange and cooperation grow on a basis of trust."
            ),
        },
    },
]

# ---------------------------------------------------------------------------
# The Beijing office's four lines of work
# ---------------------------------------------------------------------------

WORK_AREAS = [
    {
        "number": 1,
        "title": {
            "ja": "日本の地方自治体の中国における活動支援",
            "zh": "支持日本地方自治体在华活动",
            "en": "Supporting Japanese local governments' activities in China",
        },
        "summary": {
            "ja": (
                "日本の自治体が中国で行う訪問や会議、代表団の派遣などを現地でサポートします。"
                "中国に関する調査のご依頼にもお応えしています。"
            ),
            "zh": "为日本地方自治体在华开展的访问、会谈及代表团活动提供现场协助，并承接有关中国的调研委托。",
            "en": (
                "We help Japanese local governments on the ground with visits, meetings and delegations "
                "in China, and take on research they ask us to carry out."
            ),
        },
        "programmes": [
            {
                "ja": "活動支援（訪問・会議・代表団への対応）",
                "zh": "活动支援（访问、会谈及代表团相关协助）",
                "en": "Activity support for visits, meetings and delegations",
            },
            {
                "ja": "事務所の公用車と運転手による訪問団のサポート",
                "zh": "由事务所公务车及司机为来访代表团提供保障",
                "en": "The office car and its driver for visiting delegations",
            },
            {
                "ja": "調査依頼への対応",
                "zh": "承接调研委托",
                "en": "Research requests",
            },
        ],
    },
    {
        "number": 2,
        "title": {
            "ja": "日中の地方自治体間の交流・協力の支援",
            "zh": "推动中日地方政府间的交流与合作",
            "en": "Supporting exchange and cooperation between Japanese and Chinese local governments",
        },
        "summary": {
            "ja": (
                "日本と中国の自治体が互いに学び合い、手を携えて取り組めるよう、"
                "さまざまな交流事業を通じて両者の橋渡しをしています。"
            ),
            "zh": "通过多种形式的交流项目，在中日两国地方政府之间架起桥梁，促进相互学习、携手合作。",
            "en": (
                "Through a range of exchange programmes we bring Japanese and Chinese local governments "
                "together, so that they can learn from each other and work side by side."
            ),
        },
        "programmes": [
            {
                "ja": "日中地域間交流推進セミナー",
                "zh": "中日地区间交流推进研讨会",
                "en": "Japan–China Regional Exchange Promotion Seminar",
            },
            {
                "ja": "JETプログラムの推進",
                "zh": "推广JET项目",
                "en": "Promoting the JET Programme",
            },
            {
                "ja": "地域経済交流の促進",
                "zh": "促进地区间经济交流",
                "en": "Promoting regional economic exchange",
            },
            {
                "ja": "中国の地方政府への日本人専門家の派遣",
                "zh": "向中国地方政府派遣日本专家",
                "en": "Sending Japanese experts to Chinese local governments",
            },
            {
                "ja": "中国の地方政府職員の日本での研修受け入れ",
                "zh": "邀请中国地方政府职员赴日研修",
                "en": "Bringing Chinese local-government staff to Japan for training",
            },
        ],
    },
    {
        "number": 3,
        "title": {
            "ja": "両国の自治体に向けた情報発信",
            "zh": "面向两国地方政府的信息发布",
            "en": "Publishing information for local governments in both countries",
        },
        "summary": {
            "ja": "日本と中国の自治体の皆さまに役立つ情報を、ウェブサイトやWeChat（微信）を通じてお届けしています。",
            "zh": "通过本网站和微信，向中日两国地方政府及时提供实用信息。",
            "en": (
                "We share information that is useful to local governments in Japan and China, "
                "through this website and on WeChat."
            ),
        },
        "programmes": [
            {
                "ja": "事務所ウェブサイト（本サイト）",
                "zh": "事务所网站（本网站）",
                "en": "The office website (this site)",
            },
            {
                "ja": "中国の読者に向けたWeChat（微信）での発信",
                "zh": "面向中国读者的微信信息发布",
                "en": "WeChat (微信) for Chinese readers",
            },
        ],
    },
    {
        "number": 4,
        "title": {
            "ja": "中国の現状に関する調査",
            "zh": "中国现状调研",
            "en": "Researching current conditions in China",
        },
        "summary": {
            "ja": "北京に拠点を置く強みを生かし、いまの中国の姿をつかむための調査を行っています。",
            "zh": "立足北京，就中国的最新情况开展调查研究。",
            "en": "From our base in Beijing, we research how things stand in China today.",
        },
        "programmes": [
            {
                "ja": "中国の最新事情に関する調査・研究",
                "zh": "有关中国最新情况的调查研究",
                "en": "Research into the latest conditions in China",
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# Bodies that second staff to the office
# ---------------------------------------------------------------------------

SECONDING_BODIES = {
    "mic": {
        "name": {
            "ja": "総務省",
            "zh": "日本总务省",
            "en": "Ministry of Internal Affairs and Communications",
        },
        "kind": "ministry",
        "introduction": {"ja": "", "zh": "", "en": ""},
    },
    "hyogo": {
        "name": {"ja": "兵庫県", "zh": "兵库县", "en": "Hyogo Prefecture"},
        "kind": "prefecture",
        "introduction": {
            "ja": (
                "兵庫県は、神戸港を擁する海に開かれた県です。"
                "有馬温泉や姫路城など、ゆっくり訪ねてみたい名所も数多くあります。"
            ),
            "zh": (
                "兵库县拥有神户港，是一个面向大海、对外开放的县。"
                "县内还有有马温泉、姬路城等众多值得细细游览的名胜。"
            ),
            "en": (
                "Hyogo is a prefecture that looks out to sea, home to the port of Kobe. "
                "It also offers plenty worth a visit, from the hot springs of Arima Onsen to Himeji Castle."
            ),
        },
    },
    "ehime": {
        "name": {"ja": "愛媛県", "zh": "爱媛县", "en": "Ehime Prefecture"},
        "kind": "prefecture",
        "introduction": {
            "ja": (
                "愛媛県は、日本一の柑橘の産地として知られています。"
                "道後温泉や松山城、内子の古い町並み、別子銅山の産業遺跡など、見どころも豊富です。"
            ),
            "zh": (
                "爱媛县是日本最大的柑橘产地。"
                "道后温泉、松山城、内子的古老街区以及别子铜山遗址等景点也各具魅力。"
            ),
            "en": (
                "Ehime grows more citrus fruit than any other prefecture in Japan. "
                "Visitors can also enjoy Dogo Onsen, Matsuyama Castle, the old streets of Uchiko "
                "and the remains of the Besshi copper mine."
            ),
        },
    },
}

# ---------------------------------------------------------------------------
# Staff (as published in April 2019; start dates derived from "Nth year")
# ---------------------------------------------------------------------------

_LOCAL_HIRE = {"ja": "現地採用", "zh": "本地聘用", "en": "Local hire"}

STAFF = [
    {
        "key": "director",
        "family_name": {"ja": "宮本", "zh": "宫本", "en": "Miyamoto"},
        "given_name": {"ja": "貴章", "zh": "贵章", "en": "Takaaki"},
        "nickname": None,
        "role": {"ja": "所長", "zh": "所长", "en": "Director"},
        "seconding_body": "mic",
        "employment_note": None,
        "responsibilities": [
            {"ja": "事務所業務の統括", "zh": "统筹事务所各项工作", "en": "Leads the office"},
            {
                "ja": "本サイトでのごあいさつ",
                "zh": "在本网站致辞",
                "en": "The greeting on this website",
            },
        ],
        "message": None,
        "started_on": None,
    },
    {
        "key": "deputy_director",
        "family_name": {"ja": "堀池", "zh": "堀池", "en": "Horiike"},
        "given_name": {"ja": "美江", "zh": "美江", "en": "Mie"},
        "nickname": None,
        "role": {"ja": "次長", "zh": "副所长", "en": "Deputy Director"},
        "seconding_body": "hyogo",
        "employment_note": None,
        "responsibilities": [
            {
                "ja": "事務所全体の運営管理",
                "zh": "事务所整体运营管理",
                "en": "Office-wide management",
            },
            {
                "ja": "兵庫県の活動支援",
                "zh": "为兵库县的活动提供支持",
                "en": "Support for Hyogo Prefecture's activities",
            },
        ],
        "message": None,
        "started_on": "2019-04-01",
    },
    {
        "key": "assistant_director",
        "family_name": {"ja": "齋藤", "zh": "斋藤", "en": "Saito"},
        "given_name": {"ja": "和輝", "zh": "和辉", "en": "Kazuki"},
        "nickname": None,
        "role": {"ja": "所長補佐", "zh": "所长助理", "en": "Assistant Director"},
        "seconding_body": "ehime",
        "employment_note": None,
        "responsibilities": [
            {
                "ja": "料理体験を通じた日本の魅力発信",
                "zh": "通过料理体验活动展现日本魅力",
                "en": "Cooking-experience events that promote Japan",
            },
            {
                "ja": "事務所ウェブサイトの運営",
                "zh": "事务所网站的运营",
                "en": "The office website",
            },
            {
                "ja": "四国・九州地域の自治体の活動支援",
                "zh": "为四国、九州地区地方自治体的活动提供支持",
                "en": "Activity support for the Shikoku and Kyushu regions",
            },
        ],
        "message": None,
        "started_on": "2019-04-01",
    },
    {
        "key": "senior_researcher",
        "family_name": {"ja": "張", "zh": "张", "en": "Zhang"},
        "given_name": {"ja": "璞", "zh": "璞", "en": "Pu"},
        "nickname": {"ja": "シン", "zh": "Xin", "en": "Xin"},
        "role": {"ja": "主任調査員", "zh": "主任调查员", "en": "Senior Researcher"},
        "seconding_body": None,
        "employment_note": dict(_LOCAL_HIRE),
        "responsibilities": [
            {
                "ja": "友好都市提携の推進",
                "zh": "推动缔结友好城市关系",
                "en": "Promoting friendship-city partnerships",
            },
            {
                "ja": "海外自治体幹部交流セミナー",
                "zh": "海外自治体干部交流研讨会",
                "en": "Overseas Local Government Executives Exchange Seminar",
            },
            {
                "ja": "自治体職員協力交流事業",
                "zh": "自治体职员合作交流项目",
                "en": "Local Government Staff Cooperation Exchange Programme",
            },
            {
                "ja": "中国側関係機関との連絡調整",
                "zh": "与中方有关机构的联络协调",
                "en": "Liaison with Chinese bodies",
            },
            {
                "ja": "日本の自治体からの活動支援・調査依頼への対応",
                "zh": "受理日本地方自治体的活动支援及调研委托",
                "en": "Activity support and research requests from Japanese local governments",
            },
        ],
        "message": None,
        "started_on": "2004-04-01",
    },
    {
        "key": "researcher",
        "family_name": {"ja": "朱", "zh": "朱", "en": "Zhu"},
        "given_name": {"ja": "莉", "zh": "莉", "en": "Li"},
        "nickname": {"ja": "エリ", "zh": "Eri", "en": "Eri"},
        "role": {"ja": "調査員", "zh": "调查员", "en": "Researcher"},
        "seconding_body": None,
        "employment_note": dict(_LOCAL_HIRE),
        "responsibilities": [
            {
                "ja": "日中地域間交流推進セミナー",
                "zh": "中日地区间交流推进研讨会",
                "en": "Japan–China Regional Exchange Promotion Seminar",
            },
            {
                "ja": "料理体験を通じた日本の魅力発信",
                "zh": "通过料理体验活动展现日本魅力",
                "en": "Cooking-experience events that promote Japan",
            },
            {
                "ja": "ウェブサイトでの情報発信",
                "zh": "网站信息发布",
                "en": "Publishing on the website",
            },
        ],
        "message": None,
        "started_on": "2015-04-01",
    },
    {
        "key": "assistant_researcher",
        "family_name": {"ja": "宮", "zh": "宫", "en": "Gong"},
        "given_name": {"ja": "静", "zh": "静", "en": "Jing"},
        "nickname": None,
        "role": {"ja": "調査員補", "zh": "助理调查员", "en": "Assistant Researcher"},
        "seconding_body": None,
        "employment_note": {
            "ja": "現地採用（元JETプログラム参加者）",
            "zh": "本地聘用（曾参加JET项目）",
            "en": "Local hire; former JET Programme participant",
        },
        "responsibilities": [
            {
                "ja": "日中地域間交流推進セミナー",
                "zh": "中日地区间交流推进研讨会",
                "en": "Japan–China Regional Exchange Promotion Seminar",
            },
            {
                "ja": "観光展への出展と訪日プロモーション",
                "zh": "参加旅游展会，推介赴日旅游",
                "en": "Tourism fairs and promotion of travel to Japan",
            },
            {"ja": "日本人専門家の派遣", "zh": "日本专家派遣", "en": "Sending Japanese experts"},
            {
                "ja": "WeChat（微信）での情報発信",
                "zh": "微信信息发布",
                "en": "Publishing on WeChat",
            },
            {"ja": "JETプログラム関連業務", "zh": "JET项目相关工作", "en": "JET Programme matters"},
        ],
        "message": None,
        "started_on": "2019-04-01",
    },
    {
        "key": "driver",
        "family_name": {"ja": "菅", "zh": "菅", "en": "Guan"},
        "given_name": {"ja": "鉄柱", "zh": "铁柱", "en": "Tiezhu"},
        "nickname": None,
        "role": {"ja": "運転手", "zh": "司机", "en": "Driver"},
        "seconding_body": None,
        "employment_note": dict(_LOCAL_HIRE),
        "responsibilities": [
            {"ja": "事務所公用車の運転", "zh": "驾驶事务所公务车", "en": "The office car"},
            {
                "ja": "訪問団への随行",
                "zh": "随行来访代表团",
                "en": "Accompanying visiting delegations",
            },
        ],
        "message": {
            "ja": "北京にいらしたら、万里の長城、頤和園、潭柘寺にぜひ足を運んでみてください。どこもおすすめです！",
            "zh": "来北京的话，一定要去长城、颐和园和潭柘寺看看，每一处都值得一游！",
            "en": "If you come to Beijing, don't miss the Great Wall, the Summer Palace and Tanzhe Temple. Each one is well worth the trip!",
        },
        "started_on": "2001-04-01",
    },
]

# ---------------------------------------------------------------------------
# Figures the office publishes
# ---------------------------------------------------------------------------

_SOURCE = {
    "ja": "自治体国際化協会 北京事務所（2019年公表の事務所紹介）",
    "zh": "日本自治体国际化协会北京事务所（2019年发布的事务所简介）",
    "en": "CLAIR Beijing Office, published office profile (2019)",
}

FIGURES = [
    {
        "key": "jp-cn-partnerships",
        "is_partnership_total": True,
        "label": {
            "ja": "日中の友好都市提携",
            "zh": "中日友好城市",
            "en": "Japan–China friendship-city partnerships",
        },
        "value": 368,
        "unit": {"ja": "件", "zh": "对", "en": ""},
        "as_of": "2019-04-01",
        "as_of_precision": "month",
        "source_name": dict(_SOURCE),
        "source_url": "",
        "note": {
            "ja": (
                "最初の提携は、1973年6月24日に結ばれた神戸市と天津市の友好都市提携です。"
                "相手国別に見ると、中国はアメリカ合衆国に次いで2番目に多くなっています。"
            ),
            "zh": (
                "最早的一对是神户市与天津市，于1973年6月24日缔结友好城市关系。"
                "按对象国统计，中国是仅次于美国、与日本缔结友好城市第二多的国家。"
            ),
            "en": (
                "The first was between Kobe and Tianjin, signed on 24 June 1973. "
                "By partner country, China comes second for Japan, after the United States."
            ),
        },
        "breakdown": [],
        "show_on_home": True,
    },
    {
        "key": "jp-offices-in-china",
        "label": {
            "ja": "中国にある日本の地方自治体の事務所等",
            "zh": "日本地方自治体驻华机构",
            "en": "Offices and bodies of Japanese local governments in China",
        },
        "value": 45,
        "unit": {"ja": "か所", "zh": "个", "en": ""},
        "as_of": "2019-04-01",
        "as_of_precision": "month",
        "source_name": dict(_SOURCE),
        "source_url": "",
        "note": {"ja": "", "zh": "", "en": ""},
        "breakdown": [
            {"label": {"ja": "北京", "zh": "北京", "en": "Beijing"}, "value": 3},
            {"label": {"ja": "上海", "zh": "上海", "en": "Shanghai"}, "value": 24},
            {"label": {"ja": "大連", "zh": "大连", "en": "Dalian"}, "value": 6},
            {"label": {"ja": "香港", "zh": "香港", "en": "Hong Kong"}, "value": 9},
            {"label": {"ja": "その他", "zh": "其他", "en": "Other"}, "value": 3},
        ],
        "show_on_home": True,
    },
    {
        "key": "youth-exchange-goal",
        "label": {
            "ja": "日中青少年交流の目標（5年間）",
            "zh": "中日青少年交流目标（五年）",
            "en": "Japan–China youth exchange goal (five years)",
        },
        "value": 30000,
        "unit": {"ja": "人", "zh": "人", "en": ""},
        "as_of": "2019-01-01",
        "as_of_precision": "year",
        "source_name": dict(_SOURCE),
        "source_url": "",
        "note": {
            "ja": "2019年は「日中青少年交流推進年」とされ、5年間で3万人の青少年が交流するという目標が掲げられました。",
            "zh": "2019年为“中日青少年交流促进年”，相关目标是在五年内实现3万名青少年的交流。",
            "en": (
                "2019 was the Japan–China Youth Exchange Promotion Year, with a goal of "
                "30,000 young people taking part in exchanges over five years."
            ),
        },
        "breakdown": [],
        "show_on_home": False,
    },
]
