# The two commands of the README: `make run` and `make test`.
# Each creates its own virtual environment and installs from pyproject.toml.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
DB     ?= build/ledger.db
PORT   ?= 8001
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

CHROMIUM ?= /usr/bin/chromium

.PHONY: install build run test lint bench clean browser quality quality-target

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
	$(BIN)/lint-imports

# The browser tests drive Debian's Chromium through Playwright (never
# `playwright install`, which downloads a browser and fails here).
browser: $(CHROMIUM)

$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "need $(CHROMIUM): install Chromium"; exit 1; }
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# Quality gate on the `check` split of tests/corpus/: no contradiction between
# different events, and contradiction precision and recall at least the floors
# below. Issue 7's target is 0.9 / 0.8. Today's check split is two blind
# splits (80 articles, 127 contradictions), each written blind and scored once
# blind (the sixth 0.79 / 0.25, the seventh 0.93 / 0.30); rules are tuned on
# dev only, and check is read for its totals (docs/quality.md). Together:
# 0.93 / 0.32 (recall 41 of 127), none between different events. The floors
# hold the split's latest figures, a ratchet CI keeps while the ledger climbs
# to the target: raise them, never lower them while the split stays the same.
# `make quality-target` shows the distance to the target (it fails until met).
KEY ?= tests/corpus/key.yaml
CHECK_MIN_PRECISION ?= 0.92
CHECK_MIN_RECALL ?= 0.32

test: lint browser
	mkdir -p out/screenshots
	$(BIN)/pytest --junitxml=out/junit.xml
	$(MAKE) --no-print-directory quality

quality: $(STAMP)
	mkdir -p out
	$(BIN)/ledger build tests/corpus/dev --db out/dev.db
	$(BIN)/ledger evaluate $(KEY) --db out/dev.db --split dev
	$(BIN)/ledger build tests/corpus/check --db out/check.db
	$(BIN)/ledger evaluate $(KEY) --db out/check.db --split check \
		--min-precision $(CHECK_MIN_PRECISION) --min-recall $(CHECK_MIN_RECALL)

quality-target: $(STAMP)
	$(MAKE) --no-print-directory quality CHECK_MIN_PRECISION=0.9 CHECK_MIN_RECALL=0.8

bench: $(STAMP)
	$(BIN)/python tests/bench.py

clean:
	rm -rf build out $(VENV) *.egg-info
