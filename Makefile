# The two commands of the README: `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3
PIP ?= $(PYTHON) -m pip
DB ?= data/luohu.duckdb
HOST ?= 127.0.0.1
PORT ?= 8050

.PHONY: run test install install-test system-deps build lint bench

run: install $(DB)
	$(PYTHON) app.py serve --host $(HOST) --port $(PORT)

test: install-test system-deps
	$(PYTHON) -m ruff check .
	$(PYTHON) -m pytest

install:
	$(PIP) install --quiet --disable-pip-version-check -r requirements.txt

install-test:
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt

# Debian's chromium (browser tests, image export) and a CJK font (Chinese in screenshots and exports).
system-deps:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  echo "chromium and a CJK font are installed"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    chromium chromium-driver fonts-liberation fonts-noto-cjk poppler-utils >/dev/null; \
	fi

# Rebuilt when it is missing or older than any input or any part of the ETL.
$(DB): $(wildcard data/raw/* data/curated/*.csv data/*.csv etl/*.py etl/schema.sql)
	$(PYTHON) -m etl build --db $(DB)

build:
	$(PYTHON) -m etl build --db $(DB)

lint:
	$(PYTHON) -m ruff check .

bench:
	$(PYTHON) bench/build_bench.py
