# Kouryu: the two commands for a fresh machine are `make run` and `make test`.
.DEFAULT_GOAL := help
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Tests and tools never need a real secret; production must set its own.
TEST_ENV := DJANGO_SECRET_KEY=test-only-not-secret TASKS_URL=immediate://

.PHONY: help run test test-browser lint format messages check-migrations demo-reset bench-pages bench-events echarts

help:
	@echo "make run    - set up (if needed) and serve the site with demo data on http://127.0.0.1:$(PORT)/"
	@echo "make test   - set up (if needed) and run the whole test suite (DATABASE_URL selects PostgreSQL)"
	@echo "make lint   - ruff check, format check and mypy"
	@echo "make messages - update and compile the ja, zh_Hans and en catalogues"
	@echo "make echarts - rebuild the site's ECharts bundle (needs npm; the bundle is committed)"

$(VENV)/.synced: pyproject.toml uv.lock scripts/bootstrap
	@scripts/bootstrap

# The task worker (emails, imports) and the scheduler of periodic tasks (scheduled
# publishing, clean-ups) run beside the development server and stop with it.
# Links in emails lead to this server (the demo's Site is localhost).
run: export KOURYU_BASE_URL ?= http://127.0.0.1:$(PORT)
run: $(VENV)/.synced
	DJANGO_DEBUG=true $(MANAGE) migrate --no-input
	DJANGO_DEBUG=true $(MANAGE) setup_site --demo
	DJANGO_DEBUG=true $(MANAGE) db_worker --no-reload -v0 & worker=$$!; \
	DJANGO_DEBUG=true $(MANAGE) crontask --no-heartbeat -v0 & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=true $(MANAGE) runserver 127.0.0.1:$(PORT)

# Tests run in parallel, one worker per core up to four (PYTEST_WORKERS=0 runs them in one
# process); a module's tests stay together in one worker, so that its fixtures are built once.
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 4 ] && n=4; echo $$n)
test: $(VENV)/.synced
	$(TEST_ENV) $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Typed code: the shared core, every service and selector, and the modules written since.
TYPED := kouryu/core \
	$(filter-out kouryu/core/%,$(wildcard kouryu/*/services.py kouryu/*/selectors.py kouryu/*/tasks.py)) \
	kouryu/partnerships/imports.py kouryu/partnerships/import_models.py \
	kouryu/publishing/newsletter.py kouryu/offices/signals.py kouryu/website/sitemaps.py

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(TEST_ENV) $(VENV)/bin/mypy $(TYPED)

format: $(VENV)/.synced
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(VENV)/.synced
	DJANGO_DEBUG=true $(MANAGE) makemessages --locale ja --locale zh_Hans --locale en --no-obsolete --ignore '.venv/*' --ignore 'var/*'
	DJANGO_DEBUG=true $(MANAGE) compilemessages --ignore '.venv/*'

bench-pages: $(VENV)/.synced
	$(PY) benchmarks/pages/run.py

# Registrations per second for one event; DATABASE_URL names a PostgreSQL database that the
# benchmark creates and drops (it must not exist yet).
bench-events: $(VENV)/.synced
	$(PY) benchmarks/events/run.py --database-url $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/kouryu_bench_events)

check-migrations: $(VENV)/.synced
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run

# The site's own ECharts build (kouryu/website/static/website/vendor/echarts/), from the
# versions pinned in scripts/echarts/package-lock.json. Only for changing it: the bundle is
# committed, so nothing else needs Node.js or npm.
echarts:
	cd scripts/echarts && npm ci --no-audit --no-fund && node build.mjs
