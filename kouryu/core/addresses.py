"""Addresses of many objects of one kind, built without a resolver call each."""

from collections.abc import Callable

from django.urls import reverse

_SENTINEL = 987654321


def url_for_pk(name: str) -> Callable[[int], str]:
    """The address of the named view (one integer argument) for any pk: reversed once,
    in the active language, the number put in after. A table of a hundred rows linking
    to their records otherwise spends longer in the resolver than on the rest of a row."""
    head, tail = reverse(name, args=[_SENTINEL]).split(str(_SENTINEL), 1)
    return lambda pk: f"{head}{int(pk)}{tail}"
