# hospcrisis — two commands: `make run` and `make test` (see README "Quick start").
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
RUNTIME_STAMP := $(VENV)/.runtime-installed
TEST_STAMP    := $(VENV)/.test-installed
QM     := resources/i18n/hospcrisis_fr.qm
TS     := $(wildcard resources/i18n/fr/*.ts)

.PHONY: run test bench dist screenshots forms-docs i18n lint typecheck sysdeps clean

run: sysdeps $(RUNTIME_STAMP) $(QM)
	$(PY) -m hospcrisis $(ARGS)

test: sysdeps $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: sysdeps $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check hospcrisis tests bench tools

typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy

sysdeps:
	@bash tools/sysdeps.sh

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
	  || { echo "hospcrisis needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(RUNTIME_STAMP): pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[test]'
	touch $@ $(RUNTIME_STAMP)

# Qt loads the compiled catalogue; the core reads the .ts sources directly.
$(QM): $(TS) | $(RUNTIME_STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $@

i18n: $(TEST_STAMP)
	$(PY) tools/i18n.py check

dist: sysdeps $(TEST_STAMP) $(QM)
	$(PIP) install -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

screenshots: sysdeps $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

forms-docs: $(TEST_STAMP)
	$(PY) tools/forms_docs.py docs/forms

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache $(QM)
