# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB := .demo/foretold.db

.PHONY: run test lint format lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip>=24"

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install -q -r requirements-dev.lock
	touch $@

run: $(VENV)/.installed
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@FORETOLD_DB=$(DEMO_DB) BIN=$(BIN) sh examples/story.sh

test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(VENV)/.installed-dev
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache

# Re-pin: resolve pyproject's dependencies in a scratch venv and freeze them.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install -q --upgrade "pip>=25.1"
	.lock-venv/bin/pip install -q .
	.lock-venv/bin/pip freeze --exclude foretold > requirements.lock
	.lock-venv/bin/pip install -q --group dev
	.lock-venv/bin/pip freeze --exclude foretold | grep -vxFf requirements.lock > requirements-dev.lock
	rm -rf .lock-venv
