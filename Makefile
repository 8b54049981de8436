# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test bench fuzz install clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/oickg build data/corpus --out $(OUT)

test: install
	$(BIN)/pytest

# Longer robustness runs (issue 8): thousands of Hypothesis examples against the loaders, the
# full-size bad inputs, and the 8 clients x 500 queries load test of the read-only endpoint.
fuzz: install
	OICKG_FUZZ=1 OICKG_LONG=1 $(BIN)/pytest -p no:cacheprovider tests/test_properties.py tests/test_bad_input.py tests/test_serve_hostile.py

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(OUT) .pytest_cache
