# The two commands of the README: `make run` and `make test`.
# Each creates its own virtual environment and installs from pyproject.toml.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
DB     ?= build/ledger.db
PORT   ?= 8001

.PHONY: install build run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/ledger build seeds/ --db $(DB)

run: build
	$(BIN)/ledger serve --db $(DB) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check ledger tests
	$(BIN)/ruff format --check ledger tests
	$(BIN)/mypy

test: lint
	mkdir -p out
	$(BIN)/pytest --junitxml=out/junit.xml

bench: $(STAMP)
	$(BIN)/python tests/bench.py

clean:
	rm -rf build out $(VENV) *.egg-info
