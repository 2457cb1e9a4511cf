"""Person names written the way each language writes them."""

from django.utils.translation import get_language

# Languages that write the family name first, without a space between CJK names.
FAMILY_FIRST = ("ja", "zh")


def person_name(*, family: str, given: str, language: str | None = None) -> str:
    """Full name in the order and spacing the language expects.

    ja/zh: family name first (宮本 貴章); en: given name first (Takaaki Miyamoto).
    """
    language = (language or get_language() or "ja").lower()
    family, given = family.strip(), given.strip()
    if not given:
        return family
    if not family:
        return given
    if language.startswith(FAMILY_FIRST):
        return f"{family} {given}"
    return f"{given} {family}"
