# Two commands on a fresh machine (Python 3.10+ and make):
#   make build   set up .venv, fetch the segmentation model, build seeds/ into exports/
#   make test    the same set-up, then the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: build test model lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

model: $(STAMP)
	$(BIN)/python -c "from kg.nlp.segmenter_model import ensure_model; ensure_model()"

build: model
	$(BIN)/kg build seeds/ -o exports/

test: model
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kg tests scripts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis
