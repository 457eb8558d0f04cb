# The two commands of the README: `make run` and `make test`. Everything else is a step of those.
# Both install into a project virtual environment (.venv) from the hash-locked requirement files;
# nothing is installed into the system Python. `make lock` rewrites the locks after a change to
# requirements.txt or requirements-dev.txt.
SYSTEM_PYTHON ?= python3
VENV ?= .venv
PYTHON := $(VENV)/bin/python
PIP := $(PYTHON) -m pip --disable-pip-version-check
DB ?= data/luohu.duckdb
HOST ?= 127.0.0.1
PORT ?= 8050

.PHONY: run test check install install-test system-deps test-deps build lint bench lock

run: install system-deps $(DB)
	$(PYTHON) app.py serve --host $(HOST) --port $(PORT)

test: install-test system-deps test-deps
	$(PYTHON) -m ruff check .
	$(PYTHON) -m pytest

# The fast inner loop (under a minute): every test but the browser and the slow layers
# (live servers, crash tests, image and PDF exports, the bad-input corpus build).
check: install-test
	$(PYTHON) -m ruff check .
	$(PYTHON) -m pytest -m "not browser and not slow"

$(PYTHON):
	$(SYSTEM_PYTHON) -m venv $(VENV)

# A stamp per lock: reinstalled only when its lock changes.
$(VENV)/.installed-run: requirements.lock | $(PYTHON)
	$(PIP) install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-test: requirements-dev.lock | $(PYTHON)
	$(PIP) install --quiet --require-hashes -r requirements-dev.lock
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run

install-test: $(VENV)/.installed-test

lock: install-test
	$(PIP) install --quiet uv
	$(VENV)/bin/uv pip compile requirements.txt --generate-hashes --python-version 3.11 -q -o requirements.lock
	$(VENV)/bin/uv pip compile requirements-dev.txt --generate-hashes --python-version 3.11 -q -o requirements-dev.lock

# Debian's chromium (browser tests, image export), CJK fonts (Noto for screenshots, WenQuanYi Micro
# Hei for exports: its PDFs carry the real characters, see components/charts.py; DejaVu Sans for the
# symbols neither has, so that no PDF holds a Type 3 font), poppler (pdftotext
# checks of exported PDFs), Tesseract with its simplified-Chinese model (scanned PDFs, etl/readers/ocr.py).
system-deps:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	    && fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" && fc-list 2>/dev/null | grep -qi "DejaVu Sans" \
	    && command -v pdftotext >/dev/null 2>&1 \
	    && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then \
	  echo "chromium, CJK fonts, poppler and tesseract are installed"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    chromium chromium-driver fonts-liberation fonts-dejavu-core fonts-noto-cjk fonts-wqy-microhei poppler-utils \
	    tesseract-ocr tesseract-ocr-chi-sim >/dev/null; \
	fi

# What only the tests need: R (Debian's r-base-core, for Rscript), which runs the README's R line
# against the data API (tests/test_api.py::test_the_readmes_r_line_reads_the_series). `make run` does not.
test-deps:
	@if command -v Rscript >/dev/null 2>&1; then \
	  echo "R is installed"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    r-base-core >/dev/null; \
	fi

# Rebuilt when it is missing or older than any input or any part of the ETL.
$(DB): $(wildcard data/raw/* data/curated/*.csv data/*.csv etl/*.py etl/*/*.py etl/store/schema.sql) | install
	$(PYTHON) -m etl build --db $(DB)

build: install
	$(PYTHON) -m etl build --db $(DB)

lint: install-test
	$(PYTHON) -m ruff check .

bench: install-test
	$(PYTHON) bench/build_bench.py
