# codegen — make targets. Every target creates .venv/ at the repo root when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate test check lint typecheck bench fuzz publish contract-test clean install

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Regenerate generated/ from contracts/ (the embedded default).
generate: $(STAMP)
	$(BIN)/codegen generate

## Exit 1 with a diff when generated/ is not what contracts/ produce.
check: $(STAMP)
	$(BIN)/codegen check

## The full test suite (the npm tools it drives are installed first with `npm ci`).
test: $(STAMP) node_modules/.installed
	$(BIN)/python -m pytest

## Benchmark: cold / no-change / one-file-changed generation vs openapi-python-client (ratios).
bench: $(STAMP)
	$(BIN)/python bench/run.py

## Long fuzzing run (>=10,000 documents per reader).
fuzz: $(STAMP)
	CODEGEN_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/test_fuzz.py -q -p no:cacheprovider

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch node_modules/.installed

## Static API reference site (site/, git-ignored) from the generated specs.
publish: $(STAMP) node_modules/.installed
	$(BIN)/codegen publish

## Every generated client method against a Prism mock server built from each spec.
contract-test: $(STAMP) node_modules/.installed
	$(BIN)/python -m pytest tests/test_contract_prism.py -q

lint: $(STAMP)
	$(BIN)/ruff check codegen tests
	$(BIN)/mypy codegen

clean:
	rm -rf $(VENV) .codegen-cache .pytest_cache .mypy_cache .ruff_cache site
