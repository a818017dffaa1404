# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run demo test lint bench check-content preview clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) -m bot run

demo: install
	$(PY) -m bot demo

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

check-content: install
	$(PY) -m bot check-content

preview: install
	$(PY) -m bot preview

bench: install
	$(PY) -m bench.push
	$(PY) -m bench.crisis
	$(PY) -m bench.zones

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
