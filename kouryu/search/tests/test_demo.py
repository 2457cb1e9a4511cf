"""The demo content in the index: loading the demo indexes all of it."""

from collections import Counter

import pytest
from django.contrib.contenttypes.models import ContentType

from kouryu.publishing.demo import content
from kouryu.search import registry
from kouryu.search.models import SearchEntry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_the_demo_site_is_indexed_on_load():
    expected = {}
    for registration in registry.registrations():
        content_type = ContentType.objects.get_for_model(registration.model)
        for obj in registration.queryset():
            expected[(content_type.pk, str(obj.pk))] = getattr(obj, "live", True)
    entries = {(e.content_type_id, e.object_id): e.is_public for e in SearchEntry.objects.all()}
    assert entries == expected
    # The website's six page types, its privacy policy and accessibility statement, the
    # demo's news and its reports, in three languages,
    # all public.
    public = Counter(
        SearchEntry.objects.filter(is_public=True)
        .exclude(kind="place")
        .values_list("kind", "language")
    )
    per_language = {"page": 8, "news": len(content.NEWS), "report": len(content.REPORTS)}
    assert public == {
        (kind, code): count
        for kind, count in per_language.items()
        for code in ("ja", "zh-hans", "en")
    }
    # Pages in their language; registry records and places once in each language.
    assert set(SearchEntry.objects.values_list("language", flat=True)) == {"ja", "zh-hans", "en"}
    places = Counter(SearchEntry.objects.filter(kind="place").values_list("object_id", "language"))
    assert places and set(places.values()) == {1}
    assert Counter(language for _pk, language in places) == {
        code: len(places) // 3 for code in ("ja", "zh-hans", "en")
    }
