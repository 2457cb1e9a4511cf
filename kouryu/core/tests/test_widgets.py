import re

import pytest
from django import forms

from kouryu.core.widgets import QuickSelect

CHOICES = [
    ("", "All"),
    ("a", "A & <b>"),
    ("Group", [("x", "X"), ("y", 'Y "quoted"')]),
]


def _normalised(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", html)).strip()


@pytest.mark.parametrize("value", ["", "a", "y", None, "unknown"])
def test_quick_select_writes_what_djangos_select_writes(value):
    attrs = {"class": "wide", "required": True, "disabled": False, "data-note": 'say "hi"'}
    django_html = forms.Select(choices=CHOICES, attrs=attrs).render("n", value, {"id": "id_n"})
    quick_html = QuickSelect(choices=CHOICES, attrs=attrs).render("n", value, {"id": "id_n"})
    assert _normalised(quick_html) == _normalised(django_html)


def test_quick_select_escapes_labels_and_marks_the_chosen_option():
    html = QuickSelect(choices=CHOICES).render("n", "a")
    assert '<option value="a" selected>A &amp; &lt;b&gt;</option>' in html
    assert "<b>" not in html
    assert '<optgroup label="Group">' in html
