import pytest


@pytest.fixture
def indexes(homes):
    from kouryu.events.tests.factories import index_pages

    return index_pages(homes)


@pytest.fixture
def event(indexes):
    from kouryu.events.tests.factories import event_make

    return event_make(indexes, capacity=3)
