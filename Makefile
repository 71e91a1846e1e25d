# hoinghi — two commands are all a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DB ?= var/demo.sqlite
QM     := resources/translations/hoinghi_vi.qm resources/translations/hoinghi_en.qm
TS     := $(wildcard resources/translations/*.ts)

.PHONY: run test test-quick lint bench screenshots package translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --compile -e ".[test]"
	touch $(STAMP)

# Translations are compiled from the .ts sources; no binary is committed.
translations: $(STAMP)
	@for ts in $(TS); do \
	  $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	$(VENV)/bin/hoinghi demo $(DEMO_DB)

run: $(STAMP) translations $(DEMO_DB)
	$(VENV)/bin/hoinghi gui --db $(DEMO_DB)

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app tests benchmarks
	$(VENV)/bin/lint-imports

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Benchmarks against baselines measured in the same run; writes docs/benchmarks.md (benchmarks/README.md).
# Not part of `make test`: performance is measured here, never asserted in tests.
bench: $(STAMP)
	$(PY) -m benchmarks $(BENCH_ARGS)

test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not gui and not slow"

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache var
