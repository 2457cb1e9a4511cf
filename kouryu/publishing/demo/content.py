"""Demo news and research reports, in Japanese, Simplified Chinese and English."""

# ---------------------------------------------------------------------------
# Categories
# ---------------------------------------------------------------------------

CATEGORIES = [
    {
        "slug": "exchange",
        "name": {"ja": "交流・協力", "zh": "交流与合作", "en": "Exchange and cooperation"},
    },
    {
        "slug": "research",
        "name": {"ja": "調査研究", "zh": "调查研究", "en": "Research"},
    },
    {
        "slug": "events",
        "name": {"ja": "イベント・事業", "zh": "活动与项目", "en": "Events and programmes"},
    },
    {
        "slug": "office",
        "name": {"ja": "事務所からのお知らせ", "zh": "事务所动态", "en": "Office news"},
    },
]

# ---------------------------------------------------------------------------
# Index pages
# ---------------------------------------------------------------------------

INDEXES = {
    "news": {
        "slug": "news",
        "title": {"ja": "お知らせ", "zh": "新闻", "en": "News"},
        "intro": {
            "ja": (
                "<p>北京事務所の事業や活動、日中の自治体交流に関するお知らせを掲載しています。"
                "カテゴリーやタグを選ぶと、関心のある話題に絞ってご覧いただけます。</p>"
            ),
            "zh": (
                "<p>本栏目发布北京事务所的各项业务与活动信息，以及中日地方交流的相关动态。"
                "您可以按类别或标签筛选，查看感兴趣的内容。</p>"
            ),
            "en": (
                "<p>News of the Beijing Office's work and programmes, and of exchange between local "
                "governments in Japan and China. Choose a category or tag to see only the topics that "
                "interest you.</p>"
            ),
        },
    },
    "reports": {
        "slug": "reports",
        "title": {"ja": "調査レポート", "zh": "调研报告", "en": "Research reports"},
        "intro": {
            "ja": (
                "<p>北京事務所が中国の現状や日中の自治体交流について調べた内容を、調査レポートとしてまとめています。"
                "掲載している数値には、いつの時点のものかを明記しています。</p>"
            ),
            "zh": (
                "<p>本栏目汇集北京事务所围绕中国现状及中日地方交流开展调查研究的成果。"
                "文中引用的数据均注明了统计时点。</p>"
            ),
            "en": (
                "<p>Reports on what the Beijing Office has found in its research into current conditions "
                "in China and into exchange between Japanese and Chinese local governments. Every figure "
                "we quote states the date it refers to.</p>"
            ),
        },
    },
}

# ---------------------------------------------------------------------------
# Tags used by more than one article
# ---------------------------------------------------------------------------

_TAG_FRIENDSHIP_CITIES = {"ja": "友好都市", "zh": "友好城市", "en": "Friendship cities"}
_TAG_FIGURES = {"ja": "統計", "zh": "统计数据", "en": "Figures"}
_TAG_PUBLISHING = {"ja": "情報発信", "zh": "信息发布", "en": "Publishing"}
_TAG_SEMINAR = {
    "ja": "日中地域間交流推進セミナー",
    "zh": "中日地区间交流推进研讨会",
    "en": "Regional Exchange Promotion Seminar",
}

# ---------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------

NEWS = [
    {
        "slug": "website-in-three-languages",
        "date": "2026-06-08",
        "category": "office",
        "tags": [
            {"ja": "ウェブサイト", "zh": "网站", "en": "Website"},
            _TAG_FRIENDSHIP_CITIES,
        ],
        "authors": ["assistant_director", "researcher"],
        "title": {
            "ja": "事務所ウェブサイトを日本語・中国語・英語の3言語でご覧いただけるようになりました",
            "zh": "事务所网站现已提供日文、中文和英文三种语言版本",
            "en": "Our website is now in Japanese, Chinese and English",
        },
        "summary": {
            "ja": (
                "北京事務所のウェブサイトを、日本語・中国語（簡体字）・英語の3言語でお届けするようになりました。"
                "あわせて、日中の友好都市提携を調べられる友好都市提携データベースも公開しています。"
            ),
            "zh": "北京事务所网站现已提供日文、简体中文和英文三种语言版本，并同步开通了可查询中日友好城市信息的友好城市数据库。",
            "en": (
                "The Beijing Office's website can now be read in Japanese, Simplified Chinese and English. "
                "It also includes a friendship-city registry, where you can look up partnerships between "
                "Japanese and Chinese local governments."
            ),
        },
        "body": {
            "ja": (
                "<p>北京事務所のウェブサイトを新しくし、日本語、中国語（簡体字）、英語の3言語でご覧いただけるようになりました。"
                "日本の自治体の皆さまはもちろん、中国の地方政府の関係者や、日中の地域間交流に関心をお持ちの方々にも、"
                "同じ情報をそれぞれの言語でお届けします。</p>"
                "<p>新しいサイトには、日中の友好都市提携を調べられる<strong>友好都市提携データベース</strong>を設けました。"
                "自治体名や都道府県、中国の省、提携の種類、提携した年などで絞り込み、一覧や地図で確認できます。"
                "登録内容は順次充実させてまいります。</p>"
                "<p>日中の友好都市提携は、1973年6月24日に神戸市と天津市が結んだ提携に始まりました。"
                "事務所が公表している数値では、2019年4月現在で368件にのぼります。"
                "データベースに登録されている件数は、この公表値と一致しない場合がありますので、あらかじめご了承ください。</p>"
                "<p>このほか、お知らせや調査レポート、事務所の業務と職員の紹介も掲載しています。"
                "サイトの運営は所長補佐と調査員が担当しています。今後とも、どうぞご活用ください。</p>"
            ),
            "zh": (
                "<p>北京事务所网站已全新改版，现提供日文、简体中文和英文三种语言版本。"
                "无论是日本各地方自治体，还是中国各地方政府的相关人员，以及关注中日地区间交流的各界人士，"
                "都可以用自己熟悉的语言获取同样的信息。</p>"
                "<p>新网站开设了<strong>友好城市数据库</strong>，方便查询中日友好城市的相关信息。"
                "用户可按自治体名称、日本都道府县、中国省份、缔结类型及缔结年份等条件进行筛选，并以列表或地图形式查看。"
                "数据库的内容将陆续充实。</p>"
                "<p>中日友好城市的历史始于1973年6月24日神户市与天津市缔结的友好城市关系。"
                "据本事务所公布的数据，截至2019年4月，两国友好城市已达368对。"
                "数据库中收录的数量可能与这一公布数据不一致，敬请理解。</p>"
                "<p>此外，网站还刊登新闻、调研报告以及事务所业务和职员介绍。"
                "网站由所长助理和调查员负责运营，欢迎大家多多浏览使用。</p>"
            ),
            "en": (
                "<p>We have relaunched the Beijing Office's website, and it can now be read in Japanese, "
                "Simplified Chinese and English. Japanese local governments, staff of Chinese local "
                "governments and anyone interested in exchange between the regions of our two countries "
                "can now find the same information in their own language.</p>"
                "<p>The new site includes a <strong>friendship-city registry</strong> for looking up "
                "partnerships between Japanese and Chinese local governments. You can narrow the list by "
                "name, Japanese prefecture, Chinese province, kind of partnership or year signed, and view "
                "the results as a list or on a map. We will keep adding to the registry over time.</p>"
                "<p>Japan–China friendship-city partnerships began with Kobe and Tianjin, which signed "
                "theirs on 24 June 1973. According to the figures the office has published, there were "
                "368 partnerships as of April 2019. The number of records in the registry may not match "
                "that published figure.</p>"
                "<p>The site also carries news, research reports, and an introduction to the office's work "
                "and staff. It is run by our Assistant Director and Researcher, and we hope you will find "
                "it useful.</p>"
            ),
        },
    },
    {
        "slug": "wechat-for-chinese-readers",
        "date": "2026-07-06",
        "category": "office",
        "tags": [
            {"ja": "WeChat（微信）", "zh": "微信", "en": "WeChat"},
            _TAG_PUBLISHING,
        ],
        "authors": ["assistant_researcher"],
        "title": {
            "ja": "中国の皆さまに向けて、WeChat（微信）で情報をお届けしています",
            "zh": "本事务所通过微信为中国读者提供信息",
            "en": "News from the office on WeChat for readers in China",
        },
        "summary": {
            "ja": (
                "北京事務所では、ウェブサイトに加えて、中国の読者の皆さまに向けてWeChat（微信）でも情報を発信しています。"
                "日中の自治体交流や事務所の事業について、身近な形でお伝えします。"
            ),
            "zh": "除本网站外，北京事务所还通过微信面向中国读者发布信息，以更便捷的方式介绍中日地方交流动态和本事务所的各项活动。",
            "en": (
                "As well as this website, the Beijing Office publishes on WeChat for readers in China, "
                "bringing news of Japan–China local exchange and of our programmes straight to their phones."
            ),
        },
        "body": {
            "ja": (
                "<p>北京事務所は、両国の自治体に向けた情報発信を業務の柱の一つとしています。"
                "ウェブサイトに加えて、中国の読者の皆さまには、中国で広く使われているWeChat（微信）を通じて情報をお届けしています。</p>"
                "<p>WeChatでは、主に次のような話題を中国語でご紹介しています。</p>"
                "<ul>"
                "<li>日中の地方自治体どうしの交流と協力の動き</li>"
                "<li>日中地域間交流推進セミナーなど、事務所が取り組む事業のご案内</li>"
                "<li>JETプログラムに関する情報</li>"
                "<li>観光展への出展や訪日プロモーション、料理体験を通じた日本の魅力発信</li>"
                "</ul>"
                "<p>ウェブサイトではお知らせや調査レポートを3言語で掲載し、WeChatではその時々の話題を中国の読者の皆さまに手軽にお届けする、"
                "という形で両者を使い分けています。WeChatでの発信は調査員補が担当しています。</p>"
            ),
            "zh": (
                "<p>面向两国地方政府发布信息，是北京事务所的主要业务之一。"
                "除本网站外，我们还通过在中国广泛使用的微信，为中国读者提供信息。</p>"
                "<p>我们在微信上主要以中文介绍以下内容：</p>"
                "<ul>"
                "<li>中日地方政府之间的交流与合作动态</li>"
                "<li>中日地区间交流推进研讨会等本事务所各项活动的介绍</li>"
                "<li>JET项目的相关信息</li>"
                "<li>参加旅游展会、推介赴日旅游，以及通过料理体验活动展现日本魅力等内容</li>"
                "</ul>"
                "<p>网站以三种语言刊登新闻和调研报告，微信则侧重及时、便捷地向中国读者传递最新消息，两者各有侧重、相互补充。"
                "微信信息发布工作由助理调查员负责。</p>"
            ),
            "en": (
                "<p>Publishing information for local governments in both countries is one of the Beijing "
                "Office's main lines of work. Alongside this website, we reach readers in China through "
                "WeChat, which is widely used there.</p>"
                "<p>On WeChat we write in Chinese, mainly about:</p>"
                "<ul>"
                "<li>exchange and cooperation between Japanese and Chinese local governments;</li>"
                "<li>the office's programmes, such as the Japan–China Regional Exchange Promotion Seminar;</li>"
                "<li>the JET Programme;</li>"
                "<li>tourism fairs and the promotion of travel to Japan, and cooking-experience events that "
                "show what Japan has to offer.</li>"
                "</ul>"
                "<p>The two channels complement each other: the website carries news and research reports "
                "in three languages, while WeChat brings the latest news quickly and easily to readers in "
                "China. Our Assistant Researcher looks after our WeChat publishing.</p>"
            ),
        },
    },
    {
        "slug": "regional-exchange-promotion-seminar",
        "date": "2026-08-17",
        "category": "events",
        "tags": [_TAG_SEMINAR],
        "authors": ["researcher", "assistant_researcher"],
        "title": {
            "ja": "日中地域間交流推進セミナーの開催に向けて準備を進めています",
            "zh": "中日地区间交流推进研讨会筹备工作正在进行",
            "en": "Preparations under way for the Japan–China Regional Exchange Promotion Seminar",
        },
        "summary": {
            "ja": (
                "北京事務所では、日中の自治体どうしの交流を広げ、深めることを目指す「日中地域間交流推進セミナー」の準備を進めています。"
                "日程や会場などの詳細は、決まり次第お知らせします。"
            ),
            "zh": "北京事务所正在筹备旨在拓展和深化中日地方政府间交流的“中日地区间交流推进研讨会”。具体日期、地点等详情确定后将另行通知。",
            "en": (
                "The Beijing Office is preparing the Japan–China Regional Exchange Promotion Seminar, which "
                "aims to broaden and deepen exchange between local governments in the two countries. "
                "We will announce the date, venue and other details once they are settled."
            ),
        },
        "body": {
            "ja": (
                "<p>北京事務所では、日中の地方自治体間の交流と協力を支える事業の一つとして、"
                "「日中地域間交流推進セミナー」を企画・運営しています。"
                "現在、次回の開催に向けて準備を進めているところです。</p>"
                "<p>このセミナーは、日本と中国の自治体の関係者が交流の意義や進め方について理解を深め、"
                "地域と地域のつながりを広げていくきっかけとなることを目指すものです。"
                "友好都市提携をはじめとする自治体どうしの結びつきを、より実りある交流と協力につなげていくための場と位置づけています。</p>"
                "<p>開催日程や会場、プログラム、参加方法などの詳細は、決まり次第このウェブサイトとWeChat（微信）でお知らせします。"
                "セミナーは調査員と調査員補が担当しています。</p>"
            ),
            "zh": (
                "<p>作为推动中日地方政府间交流与合作的项目之一，北京事务所负责策划和组织“中日地区间交流推进研讨会”。"
                "目前，下一届研讨会的筹备工作正在进行中。</p>"
                "<p>研讨会旨在帮助中日两国地方政府的相关人员加深对地方交流意义和方法的理解，"
                "为拓展地区与地区之间的联系创造契机，"
                "推动友好城市等地方政府之间的纽带转化为更有成效的交流与合作。</p>"
                "<p>举办日期、地点、日程安排及参加方式等详情确定后，我们将通过本网站和微信另行通知。"
                "研讨会由调查员和助理调查员负责。</p>"
            ),
            "en": (
                "<p>Among the programmes through which the Beijing Office supports exchange and cooperation "
                "between Japanese and Chinese local governments is the Japan–China Regional Exchange "
                "Promotion Seminar, which the office plans and organises. We are now preparing the next "
                "one.</p>"
                "<p>The seminar aims to help people from local governments in both countries understand "
                "why exchange between regions matters and how to take it forward, and to give them a "
                "starting point for new ties between their regions. We see it as a place where existing "
                "links, such as friendship-city partnerships, can grow into more fruitful exchange and "
                "cooperation.</p>"
                "<p>We will announce the date, venue, programme and how to take part on this website and "
                "on WeChat as soon as they are settled. The seminar is organised by our Researcher and "
                "Assistant Researcher.</p>"
            ),
        },
    },
    {
        "slug": "jet-programme-in-china",
        "date": "2026-09-14",
        "category": "exchange",
        "tags": [
            {"ja": "JETプログラム", "zh": "JET项目", "en": "JET Programme"},
            {"ja": "人材交流", "zh": "人员交流", "en": "People-to-people exchange"},
        ],
        "authors": ["assistant_researcher"],
        "title": {
            "ja": "中国でJETプログラムの周知に取り組んでいます",
            "zh": "北京事务所在中国积极推广JET项目",
            "en": "Promoting the JET Programme in China",
        },
        "summary": {
            "ja": (
                "北京事務所は、日中の自治体間交流を支える取り組みの一つとして、中国でJETプログラムの周知を進めています。"
                "当事務所には、JETプログラムの元参加者も在籍しています。"
            ),
            "zh": "作为支持中日地方交流的工作之一，北京事务所在中国积极推广JET项目。本事务所也有曾参加过JET项目的职员。",
            "en": (
                "As part of its support for exchange between Japanese and Chinese local governments, the "
                "Beijing Office promotes the JET Programme in China. One of our own staff is a former "
                "JET participant."
            ),
        },
        "body": {
            "ja": (
                "<p>JETプログラムは、海外の若い人たちが日本の地域に暮らし、地域の国際交流などに携わるプログラムです。"
                "北京事務所では、日中の地方自治体間の交流と協力を支える取り組みの一つとして、中国でこのプログラムの周知に努めています。</p>"
                "<p>プログラムへの関心を持っていただけるよう、ウェブサイトやWeChat（微信）を通じて情報をお届けするとともに、"
                "中国側の関係機関とも連携しながら、プログラムの魅力を伝えています。</p>"
                "<p>当事務所の調査員補はJETプログラムの元参加者で、現在はJETプログラムに関する業務を担当しています。"
                "日本の地域で過ごした経験を持つ職員が、参加を考えている方々や関係者の皆さまとの橋渡し役を務めています。</p>"
                "<p>若い世代の交流は、日中の地域どうしの結びつきを次の時代へとつなぐ大切な力です。"
                "JETプログラムについてご関心をお持ちの方は、どうぞ北京事務所までお寄せください。</p>"
            ),
            "zh": (
                "<p>JET项目是邀请海外青年到日本各地生活，并参与当地国际交流等工作的项目。"
                "作为支持中日地方政府间交流与合作的工作之一，北京事务所在中国积极推广这一项目。</p>"
                "<p>为了让更多人了解并关注JET项目，我们通过本网站和微信发布相关信息，"
                "同时与中方有关机构密切配合，介绍项目的魅力。</p>"
                "<p>本事务所的助理调查员曾参加过JET项目，目前负责JET项目相关工作。"
                "这位在日本地方生活过的职员，在有意参加项目的人士及有关各方之间发挥着桥梁作用。</p>"
                "<p>青年一代的交流，是推动中日地方之间的纽带延续到未来的重要力量。"
                "如果您对JET项目感兴趣，欢迎与北京事务所联系。</p>"
            ),
            "en": (
                "<p>The JET Programme invites young people from abroad to live in communities across Japan "
                "and take part in local international exchange and related work. As part of its support "
                "for exchange and cooperation between Japanese and Chinese local governments, the Beijing "
                "Office works to make the programme better known in China.</p>"
                "<p>We share information about the programme on this website and on WeChat, and work with "
                "the relevant Chinese bodies to show what it has to offer.</p>"
                "<p>Our Assistant Researcher is a former JET participant and now looks after the office's "
                "JET Programme work. Drawing on time spent living in a Japanese community, our colleague can give "
                "a first-hand picture to people thinking of applying and to the bodies we work with.</p>"
                "<p>Exchange between young people is what will carry the ties between Japanese and Chinese "
                "regions into the future. If you are interested in the JET Programme, please get in touch "
                "with the Beijing Office.</p>"
            ),
        },
    },
    {
        "slug": "activity-support-for-local-governments",
        "date": "2026-10-19",
        "category": "exchange",
        "tags": [
            {"ja": "活動支援", "zh": "活动支援", "en": "Activity support"},
            {"ja": "代表団", "zh": "代表团", "en": "Delegations"},
        ],
        "authors": ["senior_researcher", "assistant_director"],
        "title": {
            "ja": "中国での訪問や会議、代表団の派遣をお手伝いします",
            "zh": "北京事务所为日本地方自治体在华访问、会谈及代表团活动提供协助",
            "en": "How we can help with visits, meetings and delegations in China",
        },
        "summary": {
            "ja": (
                "北京事務所では、日本の地方自治体の皆さまが中国で行う訪問や会議、代表団の派遣などを現地でお手伝いしています。"
                "ご依頼の際のポイントをご紹介します。"
            ),
            "zh": "北京事务所在当地为日本地方自治体在华开展的访问、会谈及派遣代表团等活动提供协助。本文介绍提出委托时的注意事项。",
            "en": (
                "The Beijing Office helps Japanese local governments on the ground with visits, meetings and "
                "delegations in China. Here is what we can do and how best to ask."
            ),
        },
        "body": {
            "ja": (
                "<p>日本の自治体の中国における活動を支援することは、北京事務所の業務の大きな柱です。"
                "訪問や会議、代表団の派遣などを計画されている自治体の皆さまから「活動支援」のご依頼をお受けし、現地でのサポートを行っています。</p>"
                "<p>主に、次のようなお手伝いをしています。</p>"
                "<ul>"
                "<li>中国側の関係機関との連絡調整</li>"
                "<li>訪問や会議の実施に向けた現地でのサポート</li>"
                "<li>事務所の公用車と運転手による訪問団の移動の支援と随行</li>"
                "<li>中国の現状に関する調査のご依頼への対応</li>"
                "</ul>"
                "<p>ご依頼やご相談の窓口は主任調査員が務めています。"
                "また、次長が兵庫県の、所長補佐が四国・九州地域の自治体の活動支援を担当しています。</p>"
                "<p>ご依頼の際は、目的や時期、訪問先やご希望の内容をできるだけ早めに、具体的にお知らせいただくと、スムーズに準備を進めることができます。"
                "ご依頼の方法については、お問い合わせのページをご覧ください。</p>"
            ),
            "zh": (
                "<p>支持日本地方自治体在华开展活动，是北京事务所的重要业务之一。"
                "我们受理计划在华进行访问、会谈或派遣代表团的日本地方自治体提出的“活动支援”委托，并在当地提供协助。</p>"
                "<p>我们主要提供以下协助：</p>"
                "<ul>"
                "<li>与中方有关机构的联络协调</li>"
                "<li>为访问和会谈的顺利进行提供现场协助</li>"
                "<li>由事务所公务车及司机为来访代表团提供出行保障并随行</li>"
                "<li>承接有关中国现状的调研委托</li>"
                "</ul>"
                "<p>委托和咨询由主任调查员负责受理。"
                "此外，副所长负责为兵库县的活动提供支持，所长助理负责为四国、九州地区地方自治体的活动提供支持。</p>"
                "<p>提出委托时，如能尽早并尽量具体地说明目的、时间、访问对象及所需协助内容，将有助于我们更顺利地做好准备。"
                "委托方式请参阅“联系我们”页面。</p>"
            ),
            "en": (
                "<p>Supporting Japanese local governments' activities in China is one of the Beijing "
                "Office's main lines of work. Local governments planning visits, meetings or a delegation "
                "in China can ask us for activity support, and we help them on the ground.</p>"
                "<p>The help we give includes:</p>"
                "<ul>"
                "<li>liaising with the relevant Chinese bodies;</li>"
                "<li>support on the ground so that visits and meetings run smoothly;</li>"
                "<li>the office car and its driver, who take visiting delegations where they need to go "
                "and accompany them;</li>"
                "<li>research into current conditions in China, on request.</li>"
                "</ul>"
                "<p>Our Senior Researcher is the first point of contact for requests and enquiries. Our "
                "Deputy Director looks after activity support for Hyogo Prefecture, and our Assistant "
                "Director for local governments in the Shikoku and Kyushu regions.</p>"
                "<p>It helps us prepare well if you tell us, as early and as precisely as you can, the "
                "purpose and timing of your visit, whom you would like to meet and what help you need. "
                "Please see the contact page for how to make a request.</p>"
            ),
        },
    },
]

# ---------------------------------------------------------------------------
# Research reports
# ---------------------------------------------------------------------------

REPORTS = [
    {
        "slug": "japan-china-friendship-city-partnerships",
        "date": "2026-07-20",
        "category": "research",
        "tags": [_TAG_FRIENDSHIP_CITIES, _TAG_FIGURES],
        "authors": ["senior_researcher"],
        "title": {
            "ja": "日中友好都市提携の概要",
            "zh": "中日友好城市概况",
            "en": "Japan–China friendship-city partnerships: an overview",
        },
        "summary": {
            "ja": (
                "1973年の神戸市と天津市の提携に始まった日中の友好都市提携は、2019年4月現在で368件にのぼり、"
                "相手国別では中国はアメリカ合衆国に次いで2番目です。その歩みと提携の種類、北京事務所の取り組みをまとめました。"
            ),
            "zh": (
                "中日友好城市始于1973年神户市与天津市的结好，截至2019年4月已达368对，"
                "按对象国统计，中国仅次于美国，位居第二。本报告梳理了其发展历程、结好类型以及北京事务所的相关工作。"
            ),
            "en": (
                "Japan–China friendship-city partnerships began with Kobe and Tianjin in 1973 and numbered "
                "368 as of April 2019, making China second only to the United States among Japan's partner "
                "countries. This report looks at their history, their kinds and levels, and the Beijing "
                "Office's work to promote them."
            ),
        },
        "body": {
            "ja": (
                "<p>日本と中国の地方自治体は、友好都市提携を通じて長く交流を重ねてきました。"
                "このレポートでは、日中の友好都市提携の歩みと現状、提携の種類、そして北京事務所の取り組みをご紹介します。"
                "文中の数値は、北京事務所が公表した<strong>2019年4月現在</strong>のものです。</p>"
                "<h2>始まりは神戸市と天津市</h2>"
                "<p>日中の友好都市提携の第一号は、神戸市と天津市の提携です。両市は1973年6月24日に提携を結びました。"
                "二つの都市の結びつきから始まった日中の友好都市提携は、その後、日本各地の自治体と中国各地の省や市との間に広がっていきました。</p>"
                "<h2>2019年4月現在で368件</h2>"
                "<p>2019年4月現在、日中の友好都市提携は368件にのぼります。"
                "日本の自治体が結んでいる提携を相手国別に見ると、中国はアメリカ合衆国に次いで2番目に多い国です。"
                "これらの数値は2019年4月時点のものであり、現在の件数とは異なる場合があります。</p>"
                "<h2>提携の種類と組み合わせ</h2>"
                "<p>自治体どうしの提携には、「姉妹都市」「友好都市」のほか、「友好交流・協力協定」といった形もあります。"
                "また、どの自治体とどの自治体が結ぶかによって、いくつかの組み合わせがあります。</p>"
                "<ul>"
                "<li>都道府県と中国の省との提携（都道府県―省）</li>"
                "<li>都道府県と中国の市との提携（都道府県―市）</li>"
                "<li>日本の市と中国の省との提携（市―省）</li>"
                "<li>日本の市と中国の市との提携（市―市）</li>"
                "</ul>"
                "<p>このサイトの友好都市提携データベースでは、提携の種類や組み合わせごとに提携を絞り込んで確認することができます。</p>"
                "<h2>北京事務所の取り組み</h2>"
                "<p>北京事務所は、友好都市提携の推進を日中の自治体間交流を支える大切な仕事と考えています。"
                "主任調査員を中心に、中国側の関係機関との連絡調整を行い、新たな提携や既存の提携を生かした交流を後押ししています。"
                "また、日中地域間交流推進セミナーや海外自治体幹部交流セミナー、自治体職員協力交流事業などを通じて、"
                "両国の自治体関係者が互いを知り、協力を深める機会をつくっています。</p>"
            ),
            "zh": (
                "<p>长期以来，中日两国地方政府通过友好城市关系不断开展交流。"
                "本报告介绍中日友好城市的发展历程与现状、结好类型，以及北京事务所的相关工作。"
                "文中数据均为北京事务所公布的<strong>截至2019年4月</strong>的数据。</p>"
                "<h2>始于神户市与天津市</h2>"
                "<p>中日之间的第一对友好城市是神户市与天津市，两市于1973年6月24日缔结友好城市关系。"
                "从这两座城市的结好开始，中日友好城市关系此后逐步扩展到日本各地的自治体与中国各地的省、市之间。</p>"
                "<h2>截至2019年4月共368对</h2>"
                "<p>截至2019年4月，中日友好城市共有368对。"
                "按对象国统计日本地方自治体缔结的友好城市，中国是仅次于美国的第二大对象国。"
                "上述数据为2019年4月的统计，可能与目前的实际数量有所不同。</p>"
                "<h2>结好类型与层级</h2>"
                "<p>地方政府之间的结好，除“姐妹城市”“友好城市”外，还有“友好交流或合作协议”等形式。"
                "根据双方的行政层级，又可分为以下几种组合：</p>"
                "<ul>"
                "<li>日本都道府县与中国省份结好（都道府县—省）</li>"
                "<li>日本都道府县与中国城市结好（都道府县—市）</li>"
                "<li>日本城市与中国省份结好（市—省）</li>"
                "<li>日本城市与中国城市结好（市—市）</li>"
                "</ul>"
                "<p>在本网站的友好城市数据库中，可以按结好类型和层级筛选查看相关信息。</p>"
                "<h2>北京事务所的工作</h2>"
                "<p>北京事务所将推动缔结友好城市关系视为支持中日地方交流的一项重要工作。"
                "我们以主任调查员为中心，与中方有关机构进行联络协调，积极促成新的友好城市关系，"
                "并推动已有的友好城市开展更多交流。"
                "同时，我们还通过中日地区间交流推进研讨会、海外自治体干部交流研讨会及自治体职员合作交流项目等，"
                "为两国地方政府人员增进相互了解、深化合作创造机会。</p>"
            ),
            "en": (
                "<p>Local governments in Japan and China have built up a long record of exchange through "
                "friendship-city partnerships. This report looks at how those partnerships developed, where "
                "they stand, what kinds there are, and how the Beijing Office promotes them. The figures "
                "quoted are those the Beijing Office published <strong>as of April 2019</strong>.</p>"
                "<h2>It began with Kobe and Tianjin</h2>"
                "<p>The first Japan–China friendship-city partnership was between Kobe and Tianjin, which "
                "signed it on 24 June 1973. What began as a link between two cities later spread to "
                "local governments across Japan and to provinces and cities across China.</p>"
                "<h2>368 partnerships as of April 2019</h2>"
                "<p>As of April 2019 there were 368 friendship-city partnerships between Japan and China. "
                "Counting the partnerships of Japan's local governments by partner country, China came "
                "second, after the United States. These figures date from April 2019 and may differ from "
                "the numbers today.</p>"
                "<h2>Kinds and levels of partnership</h2>"
                "<p>Besides sister-city and friendship-city partnerships, local governments also sign "
                "friendship exchange or cooperation agreements. Partnerships can also be grouped by the "
                "level of government on each side:</p>"
                "<ul>"
                "<li>a Japanese prefecture and a Chinese province (prefecture–province);</li>"
                "<li>a Japanese prefecture and a Chinese city (prefecture–city);</li>"
                "<li>a Japanese city and a Chinese province (city–province);</li>"
                "<li>a Japanese city and a Chinese city (city–city).</li>"
                "</ul>"
                "<p>The friendship-city registry on this site lets you filter partnerships by kind and by "
                "level.</p>"
                "<h2>What the Beijing Office does</h2>"
                "<p>The Beijing Office sees the promotion of friendship-city partnerships as an important "
                "part of its support for exchange between Japanese and Chinese local governments. Led by "
                "our Senior Researcher, we liaise with the relevant Chinese bodies, encourage new "
                "partnerships and help existing ones lead to more exchange. Through the Japan–China "
                "Regional Exchange Promotion Seminar, the Overseas Local Government Executives Exchange "
                "Seminar and the Local Government Staff Cooperation Exchange Programme, we also create "
                "opportunities for people from local governments in both countries to get to know each "
                "other and work more closely together.</p>"
            ),
        },
    },
    {
        "slug": "japanese-local-government-offices-in-china",
        "date": "2026-11-09",
        "category": "research",
        "tags": [
            {"ja": "自治体事務所", "zh": "驻华机构", "en": "Local government offices"},
            _TAG_FIGURES,
        ],
        "authors": ["senior_researcher", "deputy_director"],
        "title": {
            "ja": "中国にある日本の地方自治体の事務所",
            "zh": "日本地方自治体驻华机构概况",
            "en": "Offices of Japanese local governments in China",
        },
        "summary": {
            "ja": (
                "2019年4月現在、日本の地方自治体が中国に置く事務所等は45か所で、その半数以上が上海にあります。"
                "都市別の内訳と事務所の一般的な役割、北京事務所との連携についてまとめました。"
            ),
            "zh": (
                "截至2019年4月，日本地方自治体在华设立的机构共有45个，其中半数以上位于上海。"
                "本报告介绍各城市的分布情况、这些机构的一般职能以及与北京事务所的合作。"
            ),
            "en": (
                "As of April 2019, Japanese local governments kept 45 offices and bodies in China, more "
                "than half of them in Shanghai. This report sets out where they are, what such offices "
                "generally do and how the Beijing Office works with them."
            ),
        },
        "body": {
            "ja": (
                "<p>日本の地方自治体の中には、中国に事務所等を置き、現地での活動の拠点としているところがあります。"
                "このレポートでは、その数と所在地、一般的な役割、そして北京事務所との連携についてご紹介します。"
                "文中の数値は、北京事務所が公表した<strong>2019年4月現在</strong>のものです。</p>"
                "<h2>都市別の内訳（2019年4月現在）</h2>"
                "<p>2019年4月現在、日本の地方自治体が中国に置く事務所等は45か所です。都市別の内訳は次のとおりです。</p>"
                "<ul>"
                "<li>上海：24か所</li>"
                "<li>香港：9か所</li>"
                "<li>大連：6か所</li>"
                "<li>北京：3か所</li>"
                "<li>その他：3か所</li>"
                "</ul>"
                "<p>上海だけで全体の半数以上を占め、香港、大連がこれに続いています。"
                "これらの数値は2019年4月時点のものであり、現在の状況とは異なる場合があります。</p>"
                "<h2>事務所の主な役割</h2>"
                "<p>事務所の役割は自治体によってさまざまですが、一般的には次のような仕事を担っています。</p>"
                "<ul>"
                "<li>地元企業の中国での取引や販路開拓の後押しなど、経済交流の促進</li>"
                "<li>中国から地域への旅行者を増やすための観光プロモーション</li>"
                "<li>友好都市をはじめとする中国の自治体との交流の窓口</li>"
                "<li>現地の情報の収集と、地元への発信</li>"
                "</ul>"
                "<h2>北京事務所との連携</h2>"
                "<p>北京事務所は、日本の自治体全体の共同組織である自治体国際化協会の拠点として、中国にある各自治体の事務所等と情報を共有し、協力しながら活動しています。"
                "観光展への出展や訪日プロモーション、地域経済交流の促進、日中地域間交流推進セミナーなど、"
                "共通する目的を持つ取り組みでは、互いの強みを生かすことができます。</p>"
                "<p>また、中国に事務所を置いていない自治体の皆さまにとっても、北京事務所は活動支援や調査依頼の窓口となります。"
                "中国で活動される際には、どうぞお気軽にご相談ください。</p>"
            ),
            "zh": (
                "<p>日本部分地方自治体在中国设立了办事机构，作为在当地开展活动的据点。"
                "本报告介绍这些机构的数量与分布、一般职能，以及与北京事务所的合作情况。"
                "文中数据均为北京事务所公布的<strong>截至2019年4月</strong>的数据。</p>"
                "<h2>各城市分布情况（截至2019年4月）</h2>"
                "<p>截至2019年4月，日本地方自治体在华设立的机构共有45个，各城市分布如下：</p>"
                "<ul>"
                "<li>上海：24个</li>"
                "<li>香港：9个</li>"
                "<li>大连：6个</li>"
                "<li>北京：3个</li>"
                "<li>其他：3个</li>"
                "</ul>"
                "<p>仅上海一地就占总数的一半以上，其次是香港和大连。"
                "上述数据为2019年4月的统计，可能与目前的实际情况有所不同。</p>"
                "<h2>驻华机构的主要职能</h2>"
                "<p>各机构的职能因自治体而异，一般承担以下工作：</p>"
                "<ul>"
                "<li>促进经济交流，例如支持当地企业在华开展贸易、开拓市场</li>"
                "<li>开展旅游推介，吸引更多中国游客前往当地</li>"
                "<li>作为与友好城市等中国地方政府交流的窗口</li>"
                "<li>收集当地信息并向日本国内传递</li>"
                "</ul>"
                "<h2>与北京事务所的合作</h2>"
                "<p>北京事务所作为日本各地方自治体共同组织——日本自治体国际化协会的海外据点，"
                "与日本地方自治体驻华各机构共享信息、相互协作。"
                "在参加旅游展会、推介赴日旅游、促进地区经济交流以及中日地区间交流推进研讨会等目标相同的工作中，双方可以充分发挥各自优势。</p>"
                "<p>对于未在中国设立机构的日本地方自治体，北京事务所同样是受理活动支援和调研委托的窗口。"
                "在华开展活动时，欢迎随时与我们联系。</p>"
            ),
            "en": (
                "<p>Some Japanese local governments keep an office or other body in China as a base for "
                "their work there. This report looks at how many there are and where, what such offices "
                "generally do, and how the Beijing Office works with them. The figures quoted are those "
                "the Beijing Office published <strong>as of April 2019</strong>.</p>"
                "<h2>Where they are (as of April 2019)</h2>"
                "<p>As of April 2019, Japanese local governments kept 45 offices and bodies in China, "
                "spread as follows:</p>"
                "<ul>"
                "<li>Shanghai: 24</li>"
                "<li>Hong Kong: 9</li>"
                "<li>Dalian: 6</li>"
                "<li>Beijing: 3</li>"
                "<li>other cities: 3</li>"
                "</ul>"
                "<p>Shanghai alone accounted for more than half, followed by Hong Kong and Dalian. These "
                "figures date from April 2019 and may differ from the situation today.</p>"
                "<h2>What the offices do</h2>"
                "<p>Each local government sets its own priorities, but in general these offices:</p>"
                "<ul>"
                "<li>promote economic exchange, for example by helping local firms trade and find "
                "customers in China;</li>"
                "<li>promote tourism, encouraging more visitors from China to their region;</li>"
                "<li>act as a point of contact for exchange with Chinese local governments, including "
                "friendship cities;</li>"
                "<li>gather information locally and report it back home.</li>"
                "</ul>"
                "<h2>Working with the Beijing Office</h2>"
                "<p>As the China base of CLAIR, the joint organisation of Japan's local governments, the "
                "Beijing Office shares information and works together with the offices that individual "
                "local governments keep in China. In work with common aims, such as tourism fairs and the "
                "promotion of travel to Japan, regional economic exchange and the Japan–China Regional "
                "Exchange Promotion Seminar, each side can make the most of the other's strengths.</p>"
                "<p>For local governments without an office of their own in China, the Beijing Office is "
                "the place to turn for activity support and research requests. If you are planning work "
                "in China, please do get in touch.</p>"
            ),
        },
    },
]
