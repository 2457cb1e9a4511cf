"""Demo content for the office's website, in Japanese, Simplified Chinese and English."""

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
        "opened_on": "1997-12-01",
        "opened_precision": "month",
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

OTHER_PROGRAMMES = {
    "heading": {
        "ja": "そのほかの主な事業",
        "zh": "其他主要项目",
        "en": "Other programmes",
    },
    "items": [
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
            "ja": "料理体験を通じた日本の魅力発信",
            "zh": "通过料理体验活动展现日本魅力",
            "en": "Cooking-experience events that show what Japan has to offer",
        },
        {
            "ja": "観光展への出展と訪日プロモーション",
            "zh": "参加旅游展会，推介赴日旅游",
            "en": "Tourism fairs and promotion of travel to Japan",
        },
    ],
}

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

# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------

PAGES = {
    "home": {
        "title": {
            "ja": "自治体国際化協会 北京事務所",
            "zh": "日本自治体国际化协会北京事务所",
            "en": "CLAIR Beijing Office",
        },
        "lead": {
            "ja": (
                "自治体国際化協会北京事務所は、1997年12月の開設以来、日本と中国の地方自治体をつなぐ窓口として活動しています。"
                "日本の自治体の中国での活動を現地で支え、日中の自治体間の交流と協力を後押ししています。"
                "あわせて、両国の自治体に向けた情報発信と、中国の現状に関する調査にも取り組んでいます。"
            ),
            "zh": (
                "日本自治体国际化协会北京事务所自1997年12月开设以来，一直是连接中日两国地方政府的窗口。"
                "我们在当地为日本地方自治体的在华活动提供支持，积极推动中日地方政府之间的交流与合作，"
                "同时面向两国地方政府发布信息，并开展有关中国现状的调研。"
            ),
            "en": (
                "Since it opened in December 1997, CLAIR's Beijing Office has been a point of contact "
                "between local governments in Japan and China. We support Japanese local governments' "
                "work in China and help Japanese and Chinese local governments exchange ideas and "
                "cooperate. We also publish information for local governments in both countries and "
                "research current conditions in China."
            ),
        },
        "body": {
            "ja": (
                "<p>日中の友好都市提携は、2019年4月現在で368件にのぼります。"
                "また、中国には日本の自治体の事務所等が45か所置かれており、自治体どうしのつながりは両国関係を支える大切な土台となっています。</p>"
                "<p>このサイトでは、事務所の業務や職員、日中交流に関する数値をご紹介しています。"
                "中国での活動や調査についてのご相談は、お問い合わせのページをご覧ください。</p>"
            ),
            "zh": (
                "<p>截至2019年4月，中日两国已缔结友好城市368对，日本地方自治体在华设立的机构也达到45个。"
                "地方之间的往来，已成为支撑两国关系的重要基础。</p>"
                "<p>本网站介绍事务所的业务、职员以及中日交流的相关数据。"
                "如需咨询在华活动或调研事宜，请参阅“联系我们”页面。</p>"
            ),
            "en": (
                "<p>As of April 2019, Japanese and Chinese cities and regions had formed 368 friendship-city "
                "partnerships, and Japanese local governments kept 45 offices and bodies in China. "
                "Ties between local governments are an important part of the relationship between the two countries.</p>"
                "<p>On this site you can read about our work, meet our staff and see the figures behind "
                "Japan–China exchange. If you would like our help with activities or research in China, "
                "please see the contact page.</p>"
            ),
        },
    },
    "overview": {
        "slug": "overview",
        "title": {"ja": "事務所概要", "zh": "事务所概况", "en": "About the office"},
        "intro": {
            "ja": (
                "<p>自治体国際化協会（CLAIR）は、1988年に日本の地方自治体の共同組織として設立されました。"
                "東京に本部を置き、ニューヨーク、ロンドン、パリ、シンガポール、ソウル、シドニー、北京の7か所に海外事務所を設けています。"
                "北京事務所は1997年12月に開設され、中国、そして中国の地方政府との関係強化に取り組んでいます。"
                "このページでは、協会と海外事務所の概要、北京事務所の四つの業務の柱と主な事業をご紹介します。</p>"
            ),
            "zh": (
                "<p>日本自治体国际化协会（CLAIR）于1988年作为日本地方自治体的共同组织成立，总部设在东京，"
                "并在纽约、伦敦、巴黎、新加坡、首尔、悉尼和北京设有7个海外事务所。"
                "北京事务所于1997年12月开设，致力于加强与中国及中国各地方政府的联系。"
                "本页介绍协会及各海外事务所的基本情况，以及北京事务所的四项主要业务和相关项目。</p>"
            ),
            "en": (
                "<p>CLAIR was founded in 1988 as a joint organisation of Japan's local governments. "
                "Its head office is in Tokyo, and it has seven overseas offices: New York, London, Paris, "
                "Singapore, Seoul, Sydney and Beijing. The Beijing Office opened in December 1997 and works "
                "to strengthen ties with China and its local governments. This page introduces CLAIR and "
                "its overseas offices, and sets out the Beijing Office's four lines of work and its main programmes.</p>"
            ),
        },
    },
    "figures": {
        "slug": "figures",
        "title": {
            "ja": "数字で見る日中の自治体交流",
            "zh": "数说中日地方交流",
            "en": "Japan–China local exchange in figures",
        },
        "intro": {
            "ja": (
                "<p>このページの数値は、北京事務所が2019年に公表した事務所紹介に掲載したものを、そのままの形でご紹介しています。"
                "友好都市提携と日本の自治体の事務所等の数は2019年4月現在、青少年交流の目標は2019年の「日中青少年交流推進年」に掲げられたものです。"
                "現在の状況とは異なる場合がありますので、あらかじめご了承ください。</p>"
            ),
            "zh": (
                "<p>本页数据均按照北京事务所2019年发布的事务所简介中公布的内容原样刊载。"
                "其中，友好城市和日本地方自治体驻华机构的数量为截至2019年4月的数据，"
                "青少年交流目标则是在2019年“中日青少年交流促进年”之际确立的。"
                "以上数据可能与目前的实际情况有所不同，敬请理解。</p>"
            ),
            "en": (
                "<p>The figures on this page are shown exactly as the Beijing Office published them in its "
                "2019 office profile. The numbers of friendship-city partnerships and of Japanese local "
                "government offices in China are as of April 2019; the youth exchange goal was set for "
                "2019, the Japan–China Youth Exchange Promotion Year. They may differ from the situation today.</p>"
            ),
        },
    },
    "greeting": {
        "slug": "greeting",
        "title": {"ja": "所長あいさつ", "zh": "所长致辞", "en": "Director's greeting"},
        "body": {
            "ja": (
                "<p>自治体国際化協会北京事務所のウェブサイトをご覧いただき、ありがとうございます。"
                "当事務所は1997年12月に開設されて以来、日本と中国、そして両国の地方自治体どうしの結びつきを深めることを使命として歩んでまいりました。</p>"
                "<p>私たちは現在、四つの柱で業務を進めています。"
                "日本の自治体が中国で行う訪問や会議、代表団の派遣などを現地でお手伝いすること。"
                "日中の自治体間の交流と協力を後押しすること。"
                "両国の自治体の皆さまに役立つ情報を、このウェブサイトやWeChat（微信）でお届けすること。"
                "そして、中国の現状を調査することです。</p>"
                "<p>日中の友好都市提携は、1973年6月24日に神戸市と天津市が結んだ提携に始まり、2019年4月現在で368件を数えます。"
                "相手国別では、中国はアメリカ合衆国に次いで2番目に多く、地域と地域のつながりが両国関係の確かな土台となっていることを実感します。"
                "また、2019年は「日中青少年交流推進年」とされ、5年間で3万人の青少年交流という目標が掲げられました。"
                "次の世代が互いを知り、友情を育む機会を広げられるよう、私たちもしっかりと役割を果たしてまいります。</p>"
                "<p>中国での活動や調査について、ご相談がありましたらどうぞお気軽に当事務所へお寄せください。"
                "職員一同、皆さまの取り組みが実を結ぶよう、心を込めてお手伝いいたします。</p>"
            ),
            "zh": (
                "<p>感谢您访问日本自治体国际化协会北京事务所网站。"
                "本事务所自1997年12月开设以来，始终以加深日本与中国、特别是两国地方政府之间的联系为己任。</p>"
                "<p>目前，我们的工作主要围绕四个方面展开：为日本地方自治体在华开展访问、会谈及派遣代表团等活动提供现场协助；"
                "推动中日地方政府之间的交流与合作；通过本网站和微信，向两国地方政府提供实用信息；"
                "以及开展有关中国现状的调研。</p>"
                "<p>中日友好城市的历史始于1973年6月24日神户市与天津市缔结的友好城市关系，截至2019年4月，两国友好城市已达368对。"
                "按对象国统计，中国是仅次于美国、与日本缔结友好城市第二多的国家。"
                "这让我深切感受到，地方之间的往来是两国关系坚实的基础。"
                "2019年是“中日青少年交流促进年”，五年内实现3万名青少年交流的目标也随之确立。"
                "我们也将尽己所能，为两国年轻一代增进了解、结下友谊创造更多机会。</p>"
                "<p>如果您在华开展活动或进行调研时需要帮助，欢迎随时与本事务所联系。"
                "全体职员将竭诚为您服务，助力各项工作取得成果。</p>"
            ),
            "en": (
                "<p>Thank you for visiting the website of CLAIR's Beijing Office. "
                "Since we opened in December 1997, our purpose has been to deepen the ties between Japan and China, "
                "and especially between the local governments of our two countries.</p>"
                "<p>Our work today rests on four pillars. We help Japanese local governments on the ground "
                "with their visits, meetings and delegations in China. We support exchange and cooperation "
                "between Japanese and Chinese local governments. We share useful information with local "
                "governments in both countries, on this website and on WeChat. And we research current "
                "conditions in China.</p>"
                "<p>Japan–China friendship-city partnerships began with Kobe and Tianjin, which signed theirs "
                "on 24 June 1973; by April 2019 there were 368 of them. Only the United States has more "
                "partnerships with Japan than China does, which shows how firmly relations between our "
                "countries rest on ties between cities and regions. 2019 was also the Japan–China Youth "
                "Exchange Promotion Year, with a goal of 30,000 young people taking part in exchanges over "
                "five years. We are determined to play our part in giving the next generation more chances "
                "to get to know one another and to build lasting friendships.</p>"
                "<p>If you are planning activities or research in China, please do get in touch. "
                "All of us here will be glad to help your work bear fruit.</p>"
            ),
        },
    },
    "staff": {
        "slug": "staff",
        "title": {"ja": "職員紹介", "zh": "职员介绍", "en": "Our staff"},
        "intro": {
            "ja": (
                "<p>北京事務所では、総務省や兵庫県、愛媛県から派遣された職員と、現地で採用された職員が力を合わせて業務にあたっています。"
                "各職員の役職、派遣元、担当業務と在籍年数をご紹介します。</p>"
            ),
            "zh": (
                "<p>北京事务所由日本总务省、兵库县和爱媛县派遣的职员与本地聘用的职员共同组成，大家齐心协力开展各项工作。"
                "以下介绍每位职员的职务、派遣单位、负责业务及在职年数。</p>"
            ),
            "en": (
                "<p>At the Beijing Office, staff seconded from the Ministry of Internal Affairs and "
                "Communications and from Hyogo and Ehime prefectures work alongside colleagues hired locally. "
                "Below you will find each person's role, seconding body, responsibilities and time at the office.</p>"
            ),
        },
    },
    "access": {
        "slug": "contact",
        "title": {"ja": "お問い合わせ", "zh": "联系我们", "en": "Contact us"},
        "intro": {
            "ja": "北京事務所では、日本の地方自治体の皆さまから、中国での活動支援や調査のご依頼をお受けしています。",
            "zh": "北京事务所受理日本地方自治体关于在华活动支援及调研的委托。",
            "en": "The Beijing Office takes requests from Japanese local governments for support with activities in China and for research.",
        },
        "body": {
            "ja": (
                "<h2>活動支援</h2>"
                "<p>中国での訪問や会議、代表団の派遣などを計画されている場合に、現地でのサポートを行います。"
                "訪問団の移動には、事務所の公用車と運転手がお手伝いすることもできます。</p>"
                "<h2>調査依頼</h2>"
                "<p>中国の現状について知りたいことがあれば、調査のご依頼をお寄せください。</p>"
                "<h2>ご依頼の方法</h2>"
                "<p>ご依頼やご相談は、各都道府県の国際担当課、または東京の自治体国際化協会本部を通じてお寄せください。"
                "目的や時期、ご希望の内容をできるだけ具体的にお知らせいただくと、スムーズにご対応できます。</p>"
            ),
            "zh": (
                "<h2>活动支援</h2>"
                "<p>日本地方自治体计划在华进行访问、会谈或派遣代表团时，本事务所可在当地提供协助。"
                "代表团在当地出行时，还可由事务所公务车及司机提供保障。</p>"
                "<h2>调研委托</h2>"
                "<p>如希望了解中国的相关现状，欢迎提出调研委托。</p>"
                "<h2>委托方式</h2>"
                "<p>请通过各都道府县负责国际事务的部门，或位于东京的日本自治体国际化协会总部提出委托或咨询。"
                "届时如能尽量具体地说明目的、时间及所需协助内容，将有助于我们更顺利地开展工作。</p>"
            ),
            "en": (
                "<h2>Activity support</h2>"
                "<p>If your local government is planning visits, meetings or a delegation in China, "
                "we can help on the ground. The office car and its driver can also support visiting delegations.</p>"
                "<h2>Research requests</h2>"
                "<p>If there is something you would like to know about current conditions in China, "
                "you are welcome to ask us to look into it.</p>"
                "<h2>How to make a request</h2>"
                "<p>Please send requests and enquiries through your prefecture's international affairs division "
                "or through CLAIR's head office in Tokyo. It helps us respond smoothly if you tell us as "
                "precisely as you can what you need, when, and for what purpose.</p>"
            ),
        },
    },
    "home_links": [
        {
            "page": "overview",
            "text": {"ja": "事務所概要", "zh": "事务所概况", "en": "About the office"},
            "description": {
                "ja": "協会と海外事務所、北京事務所の四つの業務の柱をご紹介します。",
                "zh": "介绍协会、各海外事务所以及北京事务所的四项主要业务。",
                "en": "CLAIR, its overseas offices and the Beijing Office's four lines of work.",
            },
        },
        {
            "page": "figures",
            "text": {"ja": "数字で見る日中交流", "zh": "数说中日交流", "en": "Exchange in figures"},
            "description": {
                "ja": "友好都市提携や中国にある自治体事務所の数など、事務所が公表した数値です。",
                "zh": "友好城市、日本地方自治体驻华机构数量等本事务所公布的数据。",
                "en": "Friendship-city partnerships, local government offices in China and more, as the office published them.",
            },
        },
        {
            "page": "greeting",
            "text": {"ja": "所長あいさつ", "zh": "所长致辞", "en": "Director's greeting"},
            "description": {
                "ja": "所長から皆さまへのごあいさつです。",
                "zh": "所长致各位的问候。",
                "en": "A word of welcome from the Director.",
            },
        },
        {
            "page": "staff",
            "text": {"ja": "職員紹介", "zh": "职员介绍", "en": "Our staff"},
            "description": {
                "ja": "北京事務所で働く職員と、それぞれの担当業務をご紹介します。",
                "zh": "介绍北京事务所的职员及其负责的业务。",
                "en": "Meet the people at the Beijing Office and see what each of them looks after.",
            },
        },
        {
            "page": "contact",
            "text": {"ja": "お問い合わせ", "zh": "联系我们", "en": "Contact us"},
            "description": {
                "ja": "中国での活動支援や調査のご依頼について、ご案内します。",
                "zh": "关于在华活动支援及调研委托的说明。",
                "en": "How to ask for support with activities in China, or for research.",
            },
        },
    ],
}
