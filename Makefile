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

## The full test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check codegen tests
	$(BIN)/mypy codegen

clean:
	rm -rf $(VENV) .codegen-cache .pytest_cache .mypy_cache .ruff_cache site
