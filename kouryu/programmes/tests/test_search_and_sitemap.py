"""Consent in the site search and the sitemap: only names of people who agreed are indexed."""

from xml.etree import ElementTree

import pytest
from django.utils.html import strip_tags

from kouryu.programmes.models import Participant
from kouryu.programmes.tests.factories import TIANJIN_OFFICER, dispatch, person, training
from kouryu.search import selectors
from kouryu.search.models import SearchEntry

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def hits(query: str, language: str = "ja", *, public: bool = True):
    found = selectors.search(query, language=language, kinds=["programme"], public=public)
    return [(h.kind, h.url) for h in found.hits]


def indexed_text(record) -> str:
    entry = SearchEntry.objects.get(object_id=str(record.pk), kind="programme")
    return "\n".join([entry.title, entry.body, entry.title_tokens, entry.body_tokens])


def test_a_name_without_consent_is_not_indexed_nor_found():
    record = dispatch(people=[person()])
    stored = indexed_text(record)
    for name in ("山田", "花子", "Yamada", "Hanako"):
        assert name not in stored
    assert hits("山田") == []
    assert hits("Yamada", "en", public=False) == []  # nor in the staff search
    # The organisation is public, and finds the record.
    assert hits("兵庫県") == [("programme", f"/ja/programmes/2019/#record-{record.pk}")]


def test_a_name_with_consent_is_found_in_each_language():
    record = training(people=[person(TIANJIN_OFFICER, consent=True)])
    for query, language in (
        ("張偉", "ja"),
        ("張 偉", "ja"),
        ("张伟", "zh-hans"),
        ("Zhang Wei", "en"),
        ("Wei Zhang", "en"),
    ):
        assert hits(query, language) == [
            ("programme", f"/{language}/programmes/2019/#record-{record.pk}")
        ]


def test_withdrawing_consent_takes_the_name_out_of_the_index():
    record = dispatch(people=[person(consent=True)])
    assert hits("Hanako", "en")
    participant = Participant.objects.get(record=record)
    participant.name_consent = False
    participant.save()
    assert hits("Hanako", "en") == []
    assert "Hanako" not in indexed_text(record)


def test_a_hit_is_shown_in_the_readers_language():
    dispatch()
    [hit] = selectors.search("Tianjin", language="en", kinds=["programme"]).hits
    assert strip_tags(hit.title) == "2019 · Expert dispatch · Tianjin Tourism Administration"
    [hit] = selectors.search("天津", language="zh-hans", kinds=["programme"]).hits
    assert strip_tags(hit.title) == "2019 · 专家派遣 · 天津市旅游局"


def test_deleting_a_record_removes_its_entry():
    record = dispatch()
    pk = record.pk
    record.delete()
    assert not SearchEntry.objects.filter(object_id=str(pk), kind="programme").exists()


def test_the_sitemap_lists_the_index_and_each_year_without_names(client):
    dispatch(people=[person()])
    training(people=[person(TIANJIN_OFFICER, consent=True)])
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-programmes.xml" in index
    response = client.get("/sitemap-programmes.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    locations = {loc.text for loc in root.iter(f"{SITEMAP}loc")}
    for language in ("ja", "zh-hans", "en"):
        assert f"http://testserver/{language}/programmes/" in locations
        assert f"http://testserver/{language}/programmes/2019/" in locations
    body = response.content.decode()
    for name in ("山田", "Yamada", "張", "Zhang"):
        assert name not in body
