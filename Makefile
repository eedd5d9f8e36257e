# The two commands: `make run` and `make test`. Both set up what they need on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
CORPUS_DIR ?= seeds
STORE ?= data/processed
WORKERS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint data evaluate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-app

/usr/bin/chromium:
	$(SUDO) apt-get update -q
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium

run: $(VENV)/.installed-app
	CORPUS_DIR=$(CORPUS_DIR) $(BIN)/streamlit run dashboard/app.py --server.port $(PORT) \
		--server.address 127.0.0.1 --browser.gatherUsageStats false

test: $(VENV)/.installed-dev /usr/bin/chromium lint
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/python tests/code_shape.py data_prep

data: $(VENV)/.installed-app
	$(BIN)/python -m data_prep --input $(CORPUS_DIR) --output $(STORE) $(if $(WORKERS),--workers $(WORKERS))

evaluate: $(VENV)/.installed-app
	$(BIN)/python -m data_prep.evaluate

bench: $(VENV)/.installed-app
	$(BIN)/python -m data_prep.benchmark

clean:
	rm -rf data tests/artifacts .pytest_cache .ruff_cache
