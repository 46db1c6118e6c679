# Two commands on a fresh machine (Python 3.10+ and make):
#   make build   set up .venv, fetch the segmentation model, build seeds/ into exports/
#   make test    the same set-up, Debian's chromium and CJK fonts for the browser tests
#                (installed when missing, if run as root with apt-get), then the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

BROWSER_PACKAGES := chromium fonts-noto-cjk
# "1" where this machine can install Debian packages: there the browser tests must run, not skip
CAN_APT := $(shell [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && echo 1)

.PHONY: build test model browser lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

model: $(STAMP)
	$(BIN)/python -c "from kg.nlp.segmenter_model import ensure_model; ensure_model()"

build: model
	$(BIN)/kg build seeds/ -o exports/

browser:
ifeq ($(CAN_APT),1)
	@missing=$$(for p in $(BROWSER_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing" $$missing "for the browser tests"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -q $$missing >/dev/null 2>&1 || \
	  { apt-get update -q >/dev/null && apt-get install -y -q $$missing >/dev/null; }; \
	fi
else
	@[ -x /usr/bin/chromium ] || echo "kg: cannot install chromium here (needs root and apt-get); the browser tests will be skipped"
endif

test: model browser
	KG_REQUIRE_BROWSER=$(CAN_APT) $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kg tests scripts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis
