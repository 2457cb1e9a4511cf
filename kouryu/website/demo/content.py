"""Demo content for the office's website, in Japanese, Simplified Chinese and English."""

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
    "privacy": {
        "slug": "privacy",
        "title": {"ja": "個人情報の取扱い", "zh": "个人信息保护方针", "en": "Privacy policy"},
        "intro": {
            "ja": "このサイトでお預かりする個人情報と、その使い方・保管期間をご説明します。",
            "zh": "本页说明本网站收集哪些个人信息，以及如何使用和保存这些信息。",
            "en": "What personal data this site collects, how it is used and how long it is kept.",
        },
        "body": {
            "ja": (
                "<h2>お預かりする情報</h2>"
                "<ul><li>ニュースレターの購読：メールアドレスと購読する言語</li>"
                "<li>事務所への依頼：ご担当者の氏名、所属団体、メールアドレスと、依頼の内容・添付資料</li>"
                "<li>イベントへの申込み：参加者の氏名、連絡先と、申込みフォームでのご回答</li></ul>"
                "<h2>使い方</h2>"
                "<p>お預かりした情報は、ニュースレターの配信、依頼への対応、イベントの運営のためにだけ使います。"
                "事務所の職員のうち、その業務を担当する者だけが見られます。第三者に提供することはありません。</p>"
                "<h2>保管期間と削除</h2>"
                "<p>ニュースレターは、メールのリンクからいつでも購読をやめられ、アドレスは削除されます。"
                "イベントの参加者の情報は、イベントの終了後、定められた期間が過ぎると削除または匿名化し、人数だけを残します。</p>"
                "<h2>このサイトが使わないもの</h2>"
                "<p>アクセス解析や広告のためのクッキー、他のサイトから読み込むフォントやスクリプトは使っていません。"
                "ログインを保つためのクッキーだけを使います。</p>"
            ),
            "zh": (
                "<h2>收集的信息</h2>"
                "<ul><li>订阅电子简报：电子邮箱地址和订阅语言</li>"
                "<li>向事务所提出委托：经办人的姓名、所属单位、电子邮箱，以及委托内容和附件</li>"
                "<li>报名参加活动：参加者的姓名、联系方式及报名表中的回答</li></ul>"
                "<h2>使用方式</h2>"
                "<p>上述信息仅用于发送电子简报、处理委托和举办活动，只有负责相关工作的事务所职员可以查看，不会提供给第三方。</p>"
                "<h2>保存期限与删除</h2>"
                "<p>您可以随时通过邮件中的链接退订电子简报，邮箱地址随即删除。"
                "活动参加者的信息在活动结束并经过规定期限后删除或匿名化处理，仅保留人数统计。</p>"
                "<h2>本网站不使用的技术</h2>"
                "<p>本网站不使用用于访问分析或广告的Cookie，也不从其他网站加载字体或脚本，仅使用保持登录状态所需的Cookie。</p>"
            ),
            "en": (
                "<h2>What we collect</h2>"
                "<ul><li>Newsletter: your email address and the language you read</li>"
                "<li>Requests to the office: the name, organisation and email address of the person in charge, "
                "and the request with its files</li>"
                "<li>Event registration: participants' names, contact details and their answers on the form</li></ul>"
                "<h2>How we use it</h2>"
                "<p>Only to send the newsletter, to handle requests and to run events. Only the office staff "
                "who do that work can see it, and it is never passed to anyone else.</p>"
                "<h2>How long we keep it</h2>"
                "<p>You can stop the newsletter at any time from the link in each email; your address is then "
                "deleted. Participants' details are deleted or anonymised a set time after the event; only "
                "the numbers are kept.</p>"
                "<h2>What this site does not use</h2>"
                "<p>No analytics or advertising cookies, and no fonts or scripts from other sites. The only "
                "cookies keep you logged in.</p>"
            ),
        },
    },
    "accessibility": {
        "slug": "accessibility",
        "title": {
            "ja": "ウェブアクセシビリティ方針",
            "zh": "无障碍声明",
            "en": "Accessibility statement",
        },
        "intro": {
            "ja": "どなたにも使いやすいサイトを目指して、次のことに取り組んでいます。",
            "zh": "我们希望本网站便于所有人使用，为此做了以下努力。",
            "en": "We want everyone to be able to use this site. This is what we do, and how to tell us when something does not work.",
        },
        "body": {
            "ja": (
                "<h2>取り組んでいること</h2>"
                "<ul><li>日本語・中国語・英語の3言語で、それぞれの言語の表記に合わせて表示します。</li>"
                "<li>キーボードだけで操作でき、画面読み上げソフトで読める構成にしています。</li>"
                "<li>グラフには同じ数値の表を添えています。</li>"
                "<li>スマートフォンでも読みやすい文字の大きさと配置にしています。</li></ul>"
                "<h2>目標とする水準</h2>"
                "<p>JIS X 8341-3:2016（WCAG 2.1 に対応）の適合レベル AA を目標にしています。</p>"
                "<h2>お気づきの点があれば</h2>"
                "<p>使いにくい点や読めない箇所がありましたら、「お問い合わせ」のページからお知らせください。</p>"
            ),
            "zh": (
                "<h2>我们的做法</h2>"
                "<ul><li>以日文、中文和英文三种语言显示，并遵循各语言的书写习惯。</li>"
                "<li>仅用键盘即可操作，并可通过读屏软件阅读。</li>"
                "<li>图表均附有相同数据的表格。</li>"
                "<li>在手机上也采用便于阅读的字号和排版。</li></ul>"
                "<h2>目标标准</h2>"
                "<p>以符合 WCAG 2.1 AA 级为目标。</p>"
                "<h2>意见反馈</h2>"
                "<p>如发现难以使用或无法阅读的内容，请通过\u201c联系我们\u201d页面告知。</p>"
            ),
            "en": (
                "<h2>What we do</h2>"
                "<ul><li>Every page in Japanese, Chinese and English, each written the way that language is written.</li>"
                "<li>Everything works from the keyboard and reads with a screen reader.</li>"
                "<li>Every chart comes with a table of the same numbers.</li>"
                "<li>Type and layout are sized to read on a phone.</li></ul>"
                "<h2>The standard we aim for</h2>"
                "<p>WCAG 2.1 level AA (in Japan, JIS X 8341-3:2016).</p>"
                "<h2>Tell us</h2>"
                "<p>If something is hard to use or to read, please tell us through the Contact page.</p>"
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

# The home page's picture: an illustration drawn for this project (home.svg, rendered to
# home.png), not a photograph of anyone's.
HOME_IMAGE_ALT = {
    "ja": "日本と中国の街並みを、交流を表す二つの輪がつなぐイラスト",
    "zh": "以两个相连的圆环连接日本与中国城市风貌的插图",
    "en": "An illustration of Japanese and Chinese townscapes joined by two linked rings",
}
