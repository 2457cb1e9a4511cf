"""One folding of Japanese, Simplified and Traditional forms of CJK characters.

神戸 (Japanese), 神户 (Simplified) and 神戶 (Traditional) are one name. The gazetteer's
name keys (kouryu.places.normalisation) and the search analyzer (kouryu.search.analyzer)
both fold through ``fold`` here, so that the registry's name filter and the site search
always agree on which names meet.

Each CJK character goes to one representative of its class of variants, one character
for one character, so a folded form never depends on its context. Classes join a character
with what OpenCC's conversions (Japanese ↔ Traditional, Simplified ↔ Traditional, Taiwan
and Hong Kong forms) turn it into, and with the variants below that OpenCC leaves apart.
The representative is the Simplified form most of a class converts to, so that jieba,
which reads Simplified best, can segment folded text.

Nothing here imports Django: the gazetteer's data build uses it too.
"""

from functools import cache

# Variant characters that OpenCC's tables leave apart but that place names use side by
# side (崎/﨑, 高/髙, 辺/邊…), and pairs found by the gazetteer's data build whose
# Japanese, Simplified and Traditional forms OpenCC folds apart (呉/吳, 崑/昆…).
VARIANT_GROUPS = (
    "島嶋嶌",
    "崎﨑碕嵜",
    "高髙",
    "館舘",
    "辺邊邉边",
    "浜濱濵滨",
    "徳德",
    "吉𠮷",
    "台臺颱檯",
    "戸户戶",
    "冨富",
    "渋澁澀涩",
    "篠筱筿",
    "苅刈",
    "脇胁",
    "郷鄕鄉",
    "清淸",
    "麵麪",
    "峰峯",
    "槙槇",
    "秘祕",
    "兎兔",
    "亀龜",
    "箇個",
    "凌淩",
    "呉吳",
    "塚冢",
    "巨鉅",
    "拐柺",
    "敘敍",
    "昆崑",
    "暨曁",
    "査查",
    "棱稜",
    "榆楡",
    "沈瀋",
    "沖衝",
    "沾霑",
    "浚濬",
    "溪谿",
    "澄澂",
    "産產",
    "皋皐",
    "荔茘",
    "衛衞",
    "谷穀",
    "鄰隣",
    "鍾鐘",
    "鎌鐮",
    "鎮鎭",
    "雞鷄",
    "鰐鱷",
)

_OPENCC_CONFIGS = ("t2s", "s2t", "jp2t", "t2jp", "tw2s", "hk2s")


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F
    )


@cache
def fold_table() -> dict[int, str]:
    """Each CJK character that has variants, mapped to its class's representative."""
    import opencc

    chars = [chr(c) for c in [*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000)]]
    joined = "\n".join(chars)
    parent: dict[str, str] = {}

    def find(char: str) -> str:
        root = char
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(char, char) != root:
            parent[char], char = root, parent[char]
        return root

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_a] = root_b

    simplified = {}
    for config in _OPENCC_CONFIGS:
        converted = opencc.OpenCC(f"{config}.json").convert(joined).split("\n")
        for char, other in zip(chars, converted, strict=True):
            if len(other) == 1 and other != char:
                union(char, other)
            if config == "t2s":
                simplified[char] = other if len(other) == 1 else char
    for group in VARIANT_GROUPS:
        for other in group[1:]:
            union(group[0], other)

    classes: dict[str, list[str]] = {}
    for char in {*parent, *parent.values()}:
        classes.setdefault(find(char), []).append(char)
    table = {}
    for members in classes.values():
        votes: dict[str, int] = {}
        for member in members:
            target = simplified.get(member, member)
            if target in members:
                votes[target] = votes.get(target, 0) + 1
        representative = min(members, key=lambda m: (-votes.get(m, 0), m))
        for member in members:
            if member != representative:
                table[ord(member)] = representative
    return table


def fold(text: str) -> str:
    """Japanese, Simplified and Traditional forms of each CJK character folded to one.

    One character in, one character out: 神戸, 神户 and 神戶 all become 神户.
    """
    return text.translate(fold_table())
