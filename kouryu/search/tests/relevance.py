"""Our relevance set: documents built with the factories, and queries with the documents
that must be among their first five results, in Japanese, Chinese and English and across
scripts (神戸/神户/Kobe, 臺灣/台湾, katakana and kanji, kana readings).

Used by ``test_relevance.py`` (every expectation must hold) and by the search benchmark
(``benchmarks/search/run.py``), which reports the set's recall@5 and MRR. The documents
sit beside the gazetteer every site has (about 6,000 places, each indexed in three
languages), so a place name meets its wards, its namesakes and its records.
"""

from dataclasses import dataclass

TOP = 5

# News items: slug -> (date, titles, bodies). The summaries are the bodies' first sentence.
NEWS = {
    "kobe-port": (
        "2026-05-12",
        {
            "ja": "神戸港で日中の港湾交流会",
            "zh-hans": "神户港举办中日港口交流会",
            "en": "A port exchange meeting in Kobe",
        },
        {
            "ja": "神戸市と天津市の港湾関係者が神戸港に集まり、物流の協力を話し合いました。",
            "zh-hans": "神户市和天津市的港口人士齐聚神户港，讨论物流合作。",
            "en": "Port officials of Kobe and Tianjin met at the port of Kobe to discuss logistics.",
        },
    ),
    "awaji-tour": (
        "2026-04-02",
        {
            "ja": "淡路島の観光を紹介しました",
            "zh-hans": "介绍淡路岛的旅游",
            "en": "Tourism on Awaji Island presented in Beijing",
        },
        {
            "ja": "北京の旅行会社に淡路島の観光と食を紹介しました。淡路島は兵庫県にあります。",
            "zh-hans": "我们向北京的旅行社介绍了淡路岛的旅游和美食。淡路岛位于兵库县。",
            "en": "We presented Awaji Island's sights and food to travel agents in Beijing.",
        },
    ),
    "taiwan-forum": (
        "2026-03-20",
        {
            "ja": "台湾の自治体とのフォーラム",
            "zh-hans": "与台湾地方政府的论坛",
            "en": "A forum with local governments of Taiwan",
        },
        {
            "ja": "台湾の自治体と日本の自治体が観光と防災について意見を交わしました。",
            "zh-hans": "台湾和日本的地方政府就旅游和防灾交换了意见。",
            "en": "Local governments of Taiwan and Japan talked about tourism and disaster relief.",
        },
    ),
}
REPORTS = {
    "kobe-economy": (
        "2026-02-10",
        {
            "ja": "神戸市の国際経済交流の現状",
            "zh-hans": "神户市国际经济交流的现状",
            "en": "Kobe's international economic exchange today",
        },
        {
            "ja": "本報告は神戸市の対中経済交流を調べたものです。神戸の企業の進出も扱います。",
            "zh-hans": "本报告调查了神户市对华经济交流，也涉及神户企业的投资。",
            "en": "This report looks at Kobe's economic exchange with China and its companies.",
        },
    ),
    "tianjin-trade": (
        "2026-01-15",
        {
            "ja": "天津市の貿易と日本企業",
            "zh-hans": "天津市的贸易与日本企业",
            "en": "Trade in Tianjin and Japanese companies",
        },
        {
            "ja": "天津市の貿易の動きと、天津に進出した日本企業を紹介します。",
            "zh-hans": "介绍天津市的贸易动向以及在天津投资的日本企业。",
            "en": "How trade in Tianjin is changing, and the Japanese companies there.",
        },
    ),
}
# Registry records: key -> (Japanese side's code, partner's code, partner's country).
PARTNERSHIPS = {
    "kobe-tianjin": ("281000", "120000", "CN"),
    "hyogo-guangdong": ("280003", "440000", "CN"),
}


@dataclass(frozen=True)
class Case:
    language: str
    query: str
    expected: tuple[tuple[str, str], ...]  # (kind, key): places by code, others by slug/key


def _cases() -> list[Case]:
    kobe = ("place", "JP:281000")
    tianjin = ("place", "CN:120000")
    cases = []
    # The name as the reader's language writes it, or in another script that folds to
    # it: the place and the news and report about it share the first five.
    for language, queries in {
        "ja": ("神戸", "神户"),
        "zh-hans": ("神户", "神戸", "神戶"),
        "en": ("Kobe",),
    }.items():
        for query in queries:
            cases.append(
                Case(language, query, (kobe, ("news", "kobe-port"), ("report", "kobe-economy")))
            )
    # A reading or another language's name (Kobe on the Japanese site, こうべ, 神戸 in
    # English) meets the place's readings; the texts do not write it that way.
    for language, query in (
        ("ja", "Kobe"),
        ("ja", "こうべ"),
        ("ja", "コウベ"),
        ("zh-hans", "Kobe"),
        ("en", "神戸"),
        ("en", "神户"),
    ):
        cases.append(Case(language, query, (kobe, ("partnership", "kobe-tianjin"))))
    for language, query in (("ja", "天津"), ("zh-hans", "天津"), ("en", "Tianjin")):
        cases.append(
            Case(
                language,
                query,
                (tianjin, ("partnership", "kobe-tianjin"), ("report", "tianjin-trade")),
            )
        )
    cases += [
        # Sudachi cuts 淡路島 alone as one word and 淡路島の観光 as 淡路 + 島.
        Case("ja", "淡路島", (("news", "awaji-tour"),)),
        Case("ja", "淡路", (("news", "awaji-tour"), ("place", "JP:282260"))),
        Case("zh-hans", "淡路岛", (("news", "awaji-tour"),)),
        Case("zh-hans", "淡路島", (("news", "awaji-tour"),)),
        Case("en", "Awaji", (("news", "awaji-tour"), ("place", "JP:282260"))),
        # Traditional and Simplified (and Japanese) forms of Taiwan.
        Case("ja", "臺灣", (("news", "taiwan-forum"),)),
        Case("zh-hans", "臺灣", (("news", "taiwan-forum"),)),
        Case("zh-hans", "台湾", (("news", "taiwan-forum"), ("place", "CN:710000"))),
        Case("en", "台灣", (("place", "CN:710000"),)),
        # Katakana and kanji: 北京 has the alias ペキン.
        Case("ja", "ペキン", (("place", "CN:110000"),)),
        Case("ja", "ぺきん", (("place", "CN:110000"),)),
        # Pinyin, with and without a space.
        Case("en", "Tianjin", (tianjin,)),
        Case("zh-hans", "beijing", (("place", "CN:110000"),)),
        # Two words: the place and a word of the news about it.
        Case("ja", "神戸 港湾", (("news", "kobe-port"),)),
        Case("en", "Kobe port", (("news", "kobe-port"),)),
        Case("zh-hans", "兵库县 广东省", (("partnership", "hyogo-guangdong"),)),
    ]
    return cases


CASES = _cases()


def relevance_site() -> dict:
    """The set's documents, published through revisions (the index follows): the news and
    reports in three languages under a home page per language, and the registry records.
    Returns {(kind, key): {language: object}} for the news, reports and records, and
    {(kind, key): object} lookups for places are by code."""
    from kouryu.partnerships.tests.factories import PartnershipFactory
    from kouryu.places.tests.factories import gazetteer_place
    from kouryu.publishing.models import NewsPage, ReportPage
    from kouryu.publishing.tests.factories import article_indexes, articles_translated
    from kouryu.website.tests.factories import home_pages

    indexes = article_indexes(home_pages())
    made = {}
    for kind, model, section, specs in (
        ("news", NewsPage, "news", NEWS),
        ("report", ReportPage, "reports", REPORTS),
    ):
        for slug, (date, titles, bodies) in specs.items():
            made[(kind, slug)] = articles_translated(
                index_by_language=indexes[section],
                model=model,
                slug=slug,
                date=date,
                titles=titles,
                summaries={
                    code: body.split("。")[0].split(". ")[0] for code, body in bodies.items()
                },
                bodies={code: f"<p>{body}</p>" for code, body in bodies.items()},
            )
    for key, (japan, partner, country) in PARTNERSHIPS.items():
        made[("partnership", key)] = PartnershipFactory(
            japan_side=gazetteer_place(japan), partner=gazetteer_place(partner, country)
        )
    return made


def hit_key(hit, made: dict) -> tuple[str, str] | None:
    """The (kind, key) of a search hit, as the cases name them."""
    from django.contrib.contenttypes.models import ContentType

    model = ContentType.objects.get_for_id(hit.content_type_id).model_class()
    if hit.kind == "place":
        place = model.objects.select_related("country").get(pk=hit.object_id)
        return ("place", f"{place.country.code}:{place.code}")
    for key, objects in made.items():
        values = objects.values() if isinstance(objects, dict) else [objects]
        if any(str(obj.pk) == hit.object_id and key[0] == hit.kind for obj in values):
            return key
    return None


@dataclass(frozen=True)
class Outcome:
    case: Case
    found: list  # (kind, key) of the first TOP hits
    hits: list

    @property
    def missing(self) -> list:
        return [key for key in self.case.expected if key not in self.found]

    @property
    def recall(self) -> float:
        return 1 - len(self.missing) / len(self.case.expected)

    @property
    def reciprocal_rank(self) -> float:
        ranks = [i for i, key in enumerate(self.found, 1) if key in self.case.expected]
        return 1 / ranks[0] if ranks else 0.0


def evaluate(made: dict) -> list[Outcome]:
    """Every case searched as a reader of its language does (the language filter on)."""
    from django.utils import translation

    from kouryu.search import selectors

    outcomes = []
    for case in CASES:
        with translation.override(case.language):
            results = selectors.search(case.query, language=case.language, per_page=TOP)
        found = [hit_key(hit, made) for hit in results.hits]
        outcomes.append(Outcome(case=case, found=found, hits=results.hits))
    return outcomes


def score(outcomes: list[Outcome]) -> dict:
    """recall@5 and MRR over the set, per language and overall."""
    by_language: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_language.setdefault(outcome.case.language, []).append(outcome)

    def summary(group):
        return {
            "queries": len(group),
            "recall_at_5": round(sum(o.recall for o in group) / len(group), 3),
            "mrr": round(sum(o.reciprocal_rank for o in group) / len(group), 3),
        }

    return {
        "all": summary(outcomes),
        **{language: summary(group) for language, group in by_language.items()},
    }
