"""One folding: every gazetteer name meets itself in every script, and the registry's name
filter and the site search agree on which names meet."""

import re

import opencc
import pytest

from kouryu.core.folding import fold
from kouryu.partnerships.selectors import place_ids_matching
from kouryu.places.models import Place
from kouryu.places.normalisation import name_key
from kouryu.search.selectors import search

pytestmark = pytest.mark.django_db

KANA = re.compile("[\u3041-\u30ff]")


def test_every_gazetteer_name_folds_to_one_key_in_every_script(gazetteer):
    to_traditional = opencc.OpenCC("s2t.json")
    apart = []
    for place in Place.objects.exclude(kind="other").only("name_ja", "name_zh"):
        # A Japanese name in kana (内モンゴル自治区) is a name of its own, not a form.
        forms = {f for f in (place.name_ja, place.name_zh) if f and not KANA.search(f)}
        if place.name_zh:
            forms.add(to_traditional.convert(place.name_zh))
        if len({fold(f) for f in forms}) > 1 or len({name_key(f) for f in forms}) > 1:
            apart.append(sorted(forms))
    assert apart == []


@pytest.mark.parametrize(
    ("forms", "code", "country"),
    [
        (("神戸", "神户", "神戶"), "281000", "JP"),
        (("黒竜江", "黑龙江", "黑龍江"), "230000", "CN"),
        (("広島", "广岛", "廣島"), "341002", "JP"),
    ],
)
def test_the_registry_filter_and_the_site_search_agree(gazetteer, forms, code, country):
    place = Place.objects.get(code=code, country__code=country)
    for form in forms:
        assert place.pk in place_ids_matching(form), form
        hits = search(form, kinds=["place"], per_page=50).hits
        assert str(place.pk) in {h.object_id for h in hits}, form
