# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
# Test workers. Most tests wait on sockets, subprocesses and timers rather than compute, so
# twice as many workers as this machine's 2 cores keep both busy. A worker that runs out of tests
# takes some from another (--dist worksteal), so no long test file holds up the end of the run.
TEST_JOBS ?= 4

.PHONY: install install-run run demo test lint bench check-content preview clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# `make run` needs only the runtime dependencies; the dev extra (pytest, ruff, ...) adds the
# tools `make test` uses. Both install the project in editable mode, so edits need no reinstall.
$(RUN_STAMP): pyproject.toml | $(PY)
	$(PIP) -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(PY)
	$(PIP) -e '.[dev]'
	touch $@ $(RUN_STAMP)

install: $(DEV_STAMP)

install-run: $(RUN_STAMP)

run: install-run
	$(PY) -m bot run

demo: install-run
	$(PY) -m bot demo

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# pytest exits 5 when it collected no tests: that fails too, with a word saying why.
# Bytecode is written even where the environment says not to: each worker and each `python -m
# bot` a test starts would otherwise compile every module (and rewrite every test's asserts) anew.
test: lint
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n $(TEST_JOBS) --dist worksteal || { status=$$?; \
	  [ $$status -ne 5 ] || echo "make test: pytest collected no tests" >&2; exit $$status; }

check-content: install-run
	$(PY) -m bot check-content

preview: install-run
	$(PY) -m bot preview

bench: install
	$(PY) -m bench.push
	$(PY) -m bench.crisis
	$(PY) -m bench.zones
	$(PY) -m bench.ask

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
