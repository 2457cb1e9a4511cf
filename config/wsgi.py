"""WSGI entry point for gunicorn and other servers."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Load the search's dictionaries (Sudachi, jieba, the folding table) in each worker as it
# starts, not on its first query: a few seconds otherwise (benchmarks/search, "cold start").
from kouryu.search.analyzer import warm_up  # noqa: E402

warm_up()
