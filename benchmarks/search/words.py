"""Word lists for the search benchmark's synthetic documents: Japanese, Chinese, English.

Written out here (no downloads). Common words come first: documents draw words with a
Zipf-like bias towards the top of each list, so some words are in many documents and
most are in few, as in real text.
"""


def _split(text: str) -> list[str]:
    return text.split()


JAPANESE = _split(
    """
交流 自治体 事務所 北京 友好 都市 地方 中国 日本 提携 協力 国際 支援 活動 事業 推進 調査 研究 情報 発信
経済 観光 文化 教育 青少年 研修 派遣 訪問 代表団 会議 報告 上海 大連 神戸 東京 大阪 京都 横浜 名古屋 札幌
福岡 広島 仙台 新潟 静岡 岡山 熊本 鹿児島 沖縄 北海道 兵庫 愛媛 長崎 天津 重慶 広州 深圳 杭州 南京 武漢
成都 西安 瀋陽 青島 廈門 蘇州 政府 促進 展示会 商談会 セミナー フォーラム シンポジウム プログラム プロジェクト イベント 料理 体験 旅行 温泉
城 港 空港 鉄道 新幹線 環境 技術 医療 福祉 介護 農業 漁業 工業 産業 企業 投資 貿易 輸出 輸入 物流
市場 消費 人口 高齢化 少子化 地域 振興 まちづくり 防災 災害 地震 復興 感染症 大学 学生 留学 語学 日本語 中国語 通訳
翻訳 職員 所長 次長 市長 知事 議会 予算 計画 条例 統計 数字 記念 周年 式典 署名 協定 覚書 姉妹 友情
信頼 関係 未来 歴史 伝統 祭り 花火 桜 梅 茶 酒 米 果物 柑橘 みかん りんご 写真 映画 音楽 美術
博物館 図書館 公園 庭園 スポーツ 卓球 野球 サッカー マラソン 交通 バス 電車 自転車 道路 橋 河川 森林 山 海 島
気候 エネルギー 水素 電気 自動車 ロボット 人工知能 デジタル 電子 商取引 広報 微信 ウェブサイト 雑誌 新聞 放送 記者 取材 写真展 講演
講師 参加者 申込 締切 会場 日程 報告書 発展 建設 サービス 管理 革新 人材 青年 農村 集落 港湾 造船 陶磁器 工芸
漆器 和紙 着物 書道 茶道 華道 武道 柔道 剣道 相撲 落語 歌舞伎 能楽 俳句 漫画 アニメ ゲーム 映像 出版 翻訳書
"""
)

CHINESE = _split(
    """
交流 地方政府 事务所 北京 友好 城市 中国 日本 缔结 合作 国际 支持 活动 项目 推进 调研 研究 信息 发布 经济
旅游 文化 教育 青少年 研修 派遣 访问 代表团 会议 报告 上海 大连 神户 东京 大阪 京都 横滨 名古屋 札幌 福冈
广岛 仙台 新潟 静冈 冈山 熊本 冲绳 北海道 兵库 爱媛 长崎 天津 重庆 广州 深圳 杭州 南京 武汉 成都 西安
沈阳 哈尔滨 青岛 厦门 苏州 促进 展会 洽谈会 研讨会 论坛 料理 体验 温泉 港口 机场 铁路 高铁 环境 技术 医疗
养老 农业 渔业 工业 产业 企业 投资 贸易 出口 进口 物流 市场 消费 人口 老龄化 少子化 地区 振兴 防灾 灾害
地震 重建 防疫 大学 学生 留学 语言 日语 汉语 英语 翻译 职员 所长 市长 省长 议会 预算 计划 统计 数据
纪念 周年 仪式 签署 协议 备忘录 姐妹 友谊 信任 关系 未来 历史 传统 节日 樱花 茶叶 清酒 大米 水果 柑橘
苹果 摄影 电影 音乐 美术 博物馆 图书馆 公园 园林 体育 乒乓球 棒球 足球 马拉松 交通 公交 地铁 自行车 道路 桥梁
河流 森林 山区 海洋 岛屿 气候 能源 氢能 电动汽车 机器人 人工智能 数字化 电子商务 宣传 微信 网站 杂志 报纸 广播 记者
采访 讲座 嘉宾 报名 截止 会场 日程 发展 建设 服务 管理 创新 人才 青年 农村 乡村 港湾 造船 陶瓷 工艺
漆器 和纸 和服 书法 茶道 花道 武术 柔道 剑道 相扑 动漫 游戏 影视 出版 图书 展览 市民 志愿者 社区 治理
"""
)

ENGLISH = _split(
    """
exchange local government office beijing friendship city partnership japan china cooperation international support
programme project research report information publishing economy tourism culture education youth training
delegation visit meeting shanghai dalian kobe tokyo osaka kyoto yokohama nagoya sapporo fukuoka hiroshima sendai
niigata shizuoka okayama kumamoto okinawa hokkaido hyogo ehime nagasaki tianjin chongqing guangzhou shenzhen
hangzhou nanjing wuhan chengdu xian shenyang harbin qingdao xiamen suzhou seminar forum symposium fair cooking
experience spring port airport railway environment technology health care agriculture fisheries industry business
investment trade export import logistics market population ageing region revitalisation disaster earthquake
recovery university student language japanese chinese english translation staff director mayor governor assembly
budget plan statistics figures anniversary ceremony agreement memorandum sister trust relations future history
tradition festival cherry blossom tea sake rice fruit citrus photography film music art museum library park
garden sports baseball football marathon transport bus metro bicycle road bridge river forest mountain sea island
climate energy hydrogen vehicle robot artificial intelligence digital commerce publicity wechat website magazine
newspaper broadcast journalist interview lecture speaker registration deadline venue schedule development
construction service management innovation talent rural village harbour shipbuilding ceramics craft lacquer paper
calligraphy martial judo sumo manga anime games publishing exhibition citizens volunteers community governance
"""
)

# Joining words into sentences, per language.
JAPANESE_PARTICLES = ["の", "を", "に", "と", "は", "が", "で", "から", "への", "について"]
JAPANESE_ENDINGS = [
    "を行いました。",
    "を開催します。",
    "について報告します。",
    "が進んでいます。",
    "です。",
]
CHINESE_LINKS = ["的", "和", "与", "在", "对", "", "", ""]
CHINESE_ENDINGS = ["。", "活动顺利举行。", "取得成果。", "正在推进。", "。"]
LATIN_IN_CJK = ["JET", "WeChat", "IT", "EXPO", "SDGs", "CLAIR", "DX", "AI"]
