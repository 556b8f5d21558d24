# Two commands on a fresh machine: `make demo` (the main job end to end) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export MINWON_DATA_DIR ?= $(CURDIR)/var
export PREFECT_HOME ?= $(CURDIR)/var/prefect
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=

.PHONY: setup demo test ui samples clean pii-model pii-model-build

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade-strategy only-if-needed -e '.[all,dev]'
	touch $@

# The learned PII tagger (issue 13): trained once per checkout (cached under build/pii-ner/ by the
# hash of its data and code) and published to the demo's model registry. Without KLUE-NER
# (../shared/data/klue-ner) the demo and the tests still run, on a tagger trained on synthetic
# sentences only; `minwon pii train-model` alone refuses to build one.
pii-model: setup
	$(BIN)/minwon pii train-model --allow-synthetic-only

demo: setup pii-model
	$(BIN)/minwon demo

# The same tagger, built into build/pii-ner/ but not published: what the tests (and CI's set-up) use.
pii-model-build: setup
	$(BIN)/minwon pii train-model --no-publish --allow-synthetic-only

test: setup pii-model-build
	$(BIN)/python -m pytest

ui: setup
	$(BIN)/minwon ui

samples: setup
	$(BIN)/python data/samples/generate.py --out data/samples

clean:
	rm -rf var
